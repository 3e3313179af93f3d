"""Emulator-only control endpoints under `/_emulator/` (never under the API base path).

They answer loopback clients only. A request that changes anything (any method but GET) must
carry the emulator's control token in `X-Emulator-Token`, or be labelled `Content-Type:
application/json`: a web page can send neither without the browser asking first (a CORS
preflight, which the emulator never grants), so a page the user opens cannot reset the emulator
or add an administrator. `RunningEmulator.control_token` holds the token, and the command line
prints it. Errors are `{"error", "error_code"}`.

    POST   /groups/{g}/apps/{a}/logs             {"logs": [entries]} -> 201 {"inserted": n}
    POST   /groups/{g}/apps/{a}/logs/generate    {"count", "start", "end", "dense"?, "step_ms"?,
                                                  "seed"?} -> 201 {"inserted": n} (see
                                                  `seeding.generated_entries`)
    POST   /groups/{g}/apps/{a}/pending_users    {"email"} -> 201 the pending registration
    GET    /groups/{g}/apps/{a}/pending_users    registrations, with confirmation mails sent
    POST   /groups/{g}/apps/{a}/users/{uid}/devices   {"device_id"?, "platform"?} -> 201
    POST   /groups/{g}/apps/{a}/users/{uid}/access_token  {"expires_in"?, "device_id"?} -> 201
                                                  {"access_token", "user_id", "device_id",
                                                  "expires"}: what a login would issue
    POST   /groups/{g}/apps/{a}/triggers/{id}/suspend  {"error"?} -> 204, as the service
                                                  suspends a trigger that cannot go on
    POST   /groups/{g}/apps/{a}/deployments/next {"status"?, "status_error_message"?,
                                                  "delay"?} -> 204, for the next deployment
    POST   /faults                               a fault (see `faults`) -> 201 {"id"}
    GET    /faults, DELETE /faults               pending faults with what remains; clear them
                                                 (and the latency)
    PUT    /latency  {"seconds", "method"?, "path"?}  -> 200, every matching API request waits
    GET    /latency, DELETE /latency             the latency (null if none); remove it
    DELETE /faults/{id}                          -> 204, that fault is removed (if still pending)
    GET    /counters, DELETE /counters           see `counters`; reset them
    POST   /tokens/expire    {"refresh_tokens"?} -> 204, every access token so far expires;
                                                  with `"refresh_tokens": true` every session
                                                  ends too (a refresh fails: log in again)
    POST   /admins    {"public_key", "private_key", "group_ids"} -> 201 {"user_id", ...}
    POST   /reset                                -> 204, no apps, faults or counts (admins stay)
    GET    /hosting/{appId}{path}[?draft_id=]    a hosted file's bytes
    GET    /health                               {"status": "ok", "group_id"}

Log entries are stored as given, with an `_id` and `started` (now) added when missing.
"""

from __future__ import annotations

import mimetypes
import time
from collections.abc import Awaitable, Callable
from ipaddress import ip_address
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from stitch_admin_emulator import (
    app_tokens,
    event_subscriptions,
    ids,
    json_body,
    log_store,
    request_body,
    seeding,
    timestamps,
)
from stitch_admin_emulator.deployments import FAILED, SUCCESSFUL, Outcome
from stitch_admin_emulator.emulator import Emulator
from stitch_admin_emulator.errors import ApiError, bad_request, conflict, not_found
from stitch_admin_emulator.faults import parse_fault, parse_latency
from stitch_admin_emulator.responses import created, error_response, json_response, no_content
from stitch_admin_emulator.shapes import (
    Anything,
    ArrayOf,
    BadShape,
    Boolean,
    Number,
    Object,
    Shape,
    String,
)
from stitch_admin_emulator.state import AppRecord

CONTROL_PREFIX = "/_emulator"
APP = CONTROL_PREFIX + "/groups/{groupId}/apps/{appId}"
LOGS_SHAPE = Object(required={"logs": ArrayOf(Anything())})
PENDING_USER_SHAPE = Object(required={"email": String()})
DEVICE_SHAPE = Object(optional={"device_id": String(), "platform": String()})
USER_TOKEN_SHAPE = Object(optional={"expires_in": Number(), "device_id": String()})
SUSPEND_SHAPE = Object(optional={"error": String()})
EXPIRE_SHAPE = Object(optional={"refresh_tokens": Boolean()})
# A user token lives (or expired) at most ten years from now.
MAX_TOKEN_SECONDS = 10 * 365 * 86400
NEXT_DEPLOYMENT_SHAPE = Object(
    optional={
        "status": String(enum=(SUCCESSFUL, FAILED)),
        "status_error_message": String(),
        "delay": Number(minimum=0),
    }
)
ADMIN_SHAPE = Object(
    required={"public_key": String(), "private_key": String(), "group_ids": ArrayOf(String())}
)
Endpoint = Callable[[Request], Awaitable[Response]]
TOKEN_HEADER = "x-emulator-token"  # noqa: S105 - a header name, not a secret
_SAFE_METHODS = ("GET", "HEAD")


def _is_loopback(request: Request) -> bool:
    host = request.client.host if request.client else ""
    try:
        return ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


async def _raw_body(request: Request, emulator: Emulator) -> bytes:
    settings = emulator.settings
    return await request_body.read(
        request, limit=settings.max_body_bytes, timeout=settings.body_timeout, kind="json"
    )


async def _body(request: Request, emulator: Emulator, shape: Shape) -> Any:
    raw = await _raw_body(request, emulator)
    try:
        value = json_body.parse(raw) if raw.strip() else {}
        shape.check(value, "")
    except (ValueError, BadShape) as exc:
        raise bad_request(f"bad control request: {exc}") from exc
    return value


class Control:
    def __init__(self, emulator: Emulator) -> None:
        self.emulator = emulator
        self.store = emulator.store

    def routes(self) -> list[Route]:
        endpoints: list[tuple[str, str, Endpoint]] = [
            ("POST", f"{APP}/logs", self.add_logs),
            ("POST", f"{APP}/logs/generate", self.generate_logs),
            ("POST", f"{APP}/pending_users", self.add_pending_user),
            ("GET", f"{APP}/pending_users", self.list_pending_users),
            ("POST", f"{APP}/users/{{uid}}/devices", self.add_device),
            ("POST", f"{APP}/users/{{uid}}/access_token", self.user_access_token),
            ("POST", f"{APP}/triggers/{{triggerId}}/suspend", self.suspend_trigger),
            ("POST", f"{APP}/deployments/next", self.set_next_deployment),
            ("POST", f"{CONTROL_PREFIX}/faults", self.add_fault),
            ("GET", f"{CONTROL_PREFIX}/faults", self.list_faults),
            ("DELETE", f"{CONTROL_PREFIX}/faults", self.clear_faults),
            ("DELETE", f"{CONTROL_PREFIX}/faults/{{faultId}}", self.remove_fault),
            ("PUT", f"{CONTROL_PREFIX}/latency", self.set_latency),
            ("GET", f"{CONTROL_PREFIX}/latency", self.get_latency),
            ("DELETE", f"{CONTROL_PREFIX}/latency", self.clear_latency),
            ("GET", f"{CONTROL_PREFIX}/counters", self.get_counters),
            ("DELETE", f"{CONTROL_PREFIX}/counters", self.reset_counters),
            ("POST", f"{CONTROL_PREFIX}/tokens/expire", self.expire_tokens),
            ("POST", f"{CONTROL_PREFIX}/admins", self.add_admin),
            ("POST", f"{CONTROL_PREFIX}/reset", self.reset),
            ("GET", f"{CONTROL_PREFIX}/hosting/{{appId}}/{{path:path}}", self.hosted_file),
            ("GET", f"{CONTROL_PREFIX}/health", self.health),
        ]
        return [
            Route(path, self._guarded(endpoint), methods=[method])
            for method, path, endpoint in endpoints
        ]

    def _guarded(self, endpoint: Endpoint) -> Endpoint:
        async def guarded(request: Request) -> Response:
            if not _is_loopback(request):
                return error_response(
                    ApiError(403, "control endpoints answer loopback clients only", "Forbidden")
                )
            if request.method not in _SAFE_METHODS and not (
                self.emulator.accepts_control_token(request.headers.get(TOKEN_HEADER))
                or request_body.media_type(request) == "application/json"
            ):
                return error_response(
                    ApiError(
                        403,
                        "control requests that change state need the X-Emulator-Token header "
                        "or a JSON body",
                        "Forbidden",
                    )
                )
            try:
                return await endpoint(request)
            except ApiError as error:
                return error_response(error)

        return guarded

    def _app(self, request: Request) -> AppRecord:
        params = request.path_params
        app = self.store.app_in_group(params["groupId"], params["appId"])
        if app is None:
            raise not_found("app", "AppNotFound")
        return app

    def _changed_app(self, request: Request) -> AppRecord:
        """The app of the path, enlisted in the transaction in progress (it will change)."""
        app = self._app(request)
        self.store.current.touch(app)
        return app

    async def add_logs(self, request: Request) -> Response:
        body = await _body(request, self.emulator, LOGS_SHAPE)
        now = timestamps.now_ms()
        try:
            entries = [log_store.normalize(entry, now) for entry in body["logs"]]
        except log_store.InvalidEntry as exc:
            raise bad_request(str(exc)) from exc
        with self.store.transaction() as transaction:
            inserted = transaction.add_logs(self._app(request), entries)
        return created({"inserted": inserted})

    async def generate_logs(self, request: Request) -> Response:
        body = await _body(request, self.emulator, seeding.GENERATE_SHAPE)
        try:
            plan = seeding.Generation.from_body(body)
        except ValueError as exc:
            raise bad_request(f"bad control request: {exc}") from exc

        def generate() -> int:
            # Many entries: made and stored off the event loop, in one transaction.
            with self.store.transaction() as transaction:
                app = self._app(request)
                return transaction.add_logs(app, seeding.generated_entries(app, plan))

        return created({"inserted": await run_in_threadpool(generate)})

    async def add_pending_user(self, request: Request) -> Response:
        email = (await _body(request, self.emulator, PENDING_USER_SHAPE))["email"]
        with self.store.transaction():
            app = self._changed_app(request)
            if email in app.pending_users or any(
                user["data"].get("email") == email for user in app.users.values()
            ):
                raise conflict(f"'{email}' is already registered")
            pending = {
                "_id": ids.object_id(),
                "email": email,
                "created": timestamps.format_ms(timestamps.now_ms()),
                "confirmation_emails_sent": 0,
            }
            app.pending_users[email] = pending
            return created(pending)

    async def list_pending_users(self, request: Request) -> Response:
        with self.store.lock:
            return json_response(list(self._app(request).pending_users.values()))

    async def add_device(self, request: Request) -> Response:
        body = await _body(request, self.emulator, DEVICE_SHAPE)
        with self.store.transaction():
            app = self._changed_app(request)
            user_id = request.path_params["uid"]
            if user_id not in app.users:
                raise not_found("user", "UserNotFound")
            device = {
                "device_id": body.get("device_id", ids.object_id()),
                "platform": body.get("platform", "emulator"),
                "app_id": app.id,
                "created": int(time.time()),
                "session_active": True,
            }
            app.devices.setdefault(user_id, []).append(device)
            return created(device)

    async def user_access_token(self, request: Request) -> Response:
        body = await _body(request, self.emulator, USER_TOKEN_SHAPE)
        if abs(body.get("expires_in", 0)) > MAX_TOKEN_SECONDS:
            raise bad_request(f"expires_in must be within {MAX_TOKEN_SECONDS} seconds of now")
        with self.store.transaction():
            app = self._app(request)
            user = app.users.get(request.path_params["uid"])
            if user is None:
                raise not_found("user", "UserNotFound")
            return created(
                app_tokens.mint(
                    self.store.sessions,
                    app,
                    user,
                    expires_in=float(body.get("expires_in", app_tokens.ACCESS_TTL_SECONDS)),
                    device_id=body.get("device_id"),
                )
            )

    async def suspend_trigger(self, request: Request) -> Response:
        body = await _body(request, self.emulator, SUSPEND_SHAPE)
        with self.store.transaction():
            app = self._changed_app(request)
            trigger_id = request.path_params["triggerId"]
            if trigger_id not in app.deployed.triggers:
                raise not_found("deployed trigger", "TriggerNotFound")
            event_subscriptions.suspend(app, trigger_id, body.get("error", "suspended"))
        return no_content()

    async def set_next_deployment(self, request: Request) -> Response:
        body = await _body(request, self.emulator, NEXT_DEPLOYMENT_SHAPE)
        delay = body.get("delay")
        outcome = Outcome(
            status=body.get("status", SUCCESSFUL),
            error_message=body.get("status_error_message", "deployment failed"),
            delay=None if delay is None else float(delay),
        )
        with self.store.transaction():
            self._changed_app(request).outcomes.append(outcome)
        return no_content()

    async def add_fault(self, request: Request) -> Response:
        raw = await _raw_body(request, self.emulator)
        try:
            fault = parse_fault(json_body.parse(raw))
        except (ValueError, BadShape) as exc:
            raise bad_request(f"bad fault: {exc}") from exc
        self.emulator.faults.add(fault)
        return created({"id": fault.id})

    async def list_faults(self, request: Request) -> Response:
        return json_response(self.emulator.faults.pending())

    async def clear_faults(self, request: Request) -> Response:
        self.emulator.faults.clear()
        return no_content()

    async def remove_fault(self, request: Request) -> Response:
        # Idempotent: a fault used up meanwhile is as removed as one taken away now.
        self.emulator.faults.remove(request.path_params["faultId"])
        return no_content()

    async def set_latency(self, request: Request) -> Response:
        raw = await _raw_body(request, self.emulator)
        try:
            latency = parse_latency(json_body.parse(raw))
        except (ValueError, BadShape) as exc:
            raise bad_request(f"bad latency: {exc}") from exc
        self.emulator.faults.latency = latency
        return json_response(latency.document())

    async def get_latency(self, request: Request) -> Response:
        latency = self.emulator.faults.latency
        return json_response(None if latency is None else latency.document())

    async def clear_latency(self, request: Request) -> Response:
        self.emulator.faults.latency = None
        return no_content()

    async def get_counters(self, request: Request) -> Response:
        return json_response(self.emulator.counters.snapshot())

    async def reset_counters(self, request: Request) -> Response:
        self.emulator.counters.reset()
        return no_content()

    async def expire_tokens(self, request: Request) -> Response:
        body = await _body(request, self.emulator, EXPIRE_SHAPE)
        with self.store.transaction():
            if body.get("refresh_tokens", False):
                self.store.sessions.end_sessions()
            else:
                self.store.sessions.expire_access_tokens()
        return no_content()

    async def add_admin(self, request: Request) -> Response:
        body = await _body(request, self.emulator, ADMIN_SHAPE)
        if not all(ids.is_object_id(group_id) for group_id in body["group_ids"]):
            raise bad_request("group ids are 24 hexadecimal digits")
        if not body["public_key"] or not body["private_key"]:
            raise bad_request("the key pair must not be empty")
        with self.store.transaction():
            sessions = self.store.sessions
            if sessions.admin_with_key(body["public_key"]) is not None:
                raise conflict("an administrator with this public key exists")
            admin = sessions.add_admin(body["public_key"], body["private_key"], body["group_ids"])
        return created(
            {"user_id": admin.user_id, "public_key": admin.public_key, "group_ids": admin.group_ids}
        )

    async def reset(self, request: Request) -> Response:
        self.emulator.reset()
        return no_content()

    async def hosted_file(self, request: Request) -> Response:
        """A hosted file's bytes, with its Content-Type attribute if it has one: the deployed
        file, or the one in the draft named by `?draft_id=` while that draft exists."""
        path = "/" + request.path_params["path"]
        with self.store.transaction() as transaction:
            app = self.store.apps.get(request.path_params["appId"])
            asset = None
            if app is not None:
                if app.settle():
                    transaction.touch(app, snapshot=False)
                draft_id = request.query_params.get("draft_id")
                drafts = [d for d in app.drafts.values() if d.id == draft_id]
                asset = (drafts[0].config if drafts else app.deployed).hosting.get(path)
        if asset is None:
            raise not_found("hosted file", "AssetNotFound")
        content_type = next(
            (a["value"] for a in asset.attrs if a["name"].lower() == "content-type"),
            mimetypes.guess_type(asset.path)[0] or "application/octet-stream",
        )
        # An uploaded page must not run scripts with the emulator's origin.
        return Response(
            asset.data,
            media_type=content_type,
            headers={"Content-Security-Policy": "sandbox"},
        )

    async def health(self, request: Request) -> Response:
        return json_response({"status": "ok", "group_id": self.store.settings.group_id})
