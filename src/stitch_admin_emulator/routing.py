"""The operation table and the request pipeline every Admin API operation goes through.

Each handler module declares its operations on an `OperationTable` with the path template of
the OpenAPI document. The pipeline authenticates the caller (before reading any of the body),
reads the body within the size limit, then, in one transaction of the store, resolves the group
and the application of the path (settling their deployments), parses and checks the body, and
runs the handler. An `ApiError` is rendered as the service does; any other exception undoes the
transaction and answers a JSON 500, so that neither the state nor the connection suffers.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

import attrs
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response

from stitch_admin_emulator import document, ids, json_body, request_body, usage
from stitch_admin_emulator.app_config import AppConfig
from stitch_admin_emulator.document import OperationSpec
from stitch_admin_emulator.errors import ApiError, bad_request, internal_error, not_found
from stitch_admin_emulator.responses import error_response
from stitch_admin_emulator.sessions import Admin
from stitch_admin_emulator.state import AppRecord, Store

if TYPE_CHECKING:
    from stitch_admin_emulator.emulator import Emulator

API_PREFIX = "/api/admin/v3.0"
Handler = Callable[["Call"], Response | Awaitable[Response]]
_PARAMETER = re.compile(r"\{(\w+)\}")
# Methods that may change state: their transactions snapshot what they touch, to undo it.
_READ_METHODS = ("GET", "HEAD")
logger = logging.getLogger("stitch_admin_emulator")


@attrs.frozen
class Operation:
    """A handler, and what the OpenAPI document says about the operation it serves."""

    handler: Handler
    spec: OperationSpec
    pattern: re.Pattern[str]
    # Literal segments in the template: `.../commands/build_info` wins over `.../{command}`.
    literals: int

    @property
    def method(self) -> str:
        return self.spec.method

    @property
    def template(self) -> str:
        return self.spec.template

    @property
    def key(self) -> str:
        return f"{self.method} {self.template}"


@attrs.frozen
class Match:
    """What a request's method and path reached: `operation` None when the path is known but
    not with that method; `allowed` lists the methods the path has, in declaration order."""

    operation: Operation | None
    params: dict[str, str]
    allowed: tuple[str, ...] = ()


class OperationTable:
    def __init__(self) -> None:
        self.operations: list[Operation] = []

    def operation(self, method: str, template: str) -> Callable[[Handler], Handler]:
        """Declare the handler of the document's operation `method template`; KeyError if the
        document has no such operation."""
        spec = document.operations()[(method, template)]

        def register(handler: Handler) -> Handler:
            pattern = re.compile(_PARAMETER.sub(r"(?P<\1>[^/]+)", template) + "/?")
            literals = sum(1 for part in template.split("/") if part and "{" not in part)
            self.operations.append(Operation(handler, spec, pattern, literals))
            return handler

        return register

    def include(self, *tables: OperationTable) -> None:
        for table in tables:
            self.operations.extend(table.operations)
        # The most specific template first, as OpenAPI matches concrete paths before templated.
        self.operations.sort(key=lambda operation: -operation.literals)

    def match(self, method: str, path: str) -> Match | None:
        """The operation for a path below the base path; `operation` None: wrong method only."""
        matched = [
            (operation, found)
            for operation in self.operations
            if (found := operation.pattern.fullmatch(path)) is not None
        ]
        if not matched:
            return None
        # Only the most specific templates own the path (as in OpenAPI): `.../users/verify_token`
        # is not also `.../users/{uid}` for the methods only the latter has.
        most = max(operation.literals for operation, _ in matched)
        matched = [(operation, found) for operation, found in matched if operation.literals == most]
        allowed = tuple(dict.fromkeys(operation.method for operation, _ in matched))
        for operation, found in matched:
            if operation.method == method:
                return Match(operation, found.groupdict(), allowed)
        return Match(None, matched[0][1].groupdict(), allowed)


@attrs.define
class Call:
    """One request to one operation, as a handler sees it."""

    emulator: Emulator
    request: Request
    operation: Operation
    params: dict[str, str]
    raw_body: bytes
    body: Any = None
    admin: Admin | None = None
    app_record: AppRecord | None = None

    @property
    def store(self) -> Store:
        return self.emulator.store

    @property
    def user(self) -> Admin:
        if self.admin is None:
            raise RuntimeError("the operation is not authenticated")
        return self.admin

    @property
    def app(self) -> AppRecord:
        if self.app_record is None:
            raise RuntimeError("the operation has no application in its path")
        return self.app_record

    @property
    def config(self) -> AppConfig:
        """The configuration this administrator sees: their draft's, else the deployed one."""
        return self.app.config_for(self.user.user_id)

    def query(self, name: str) -> str | None:
        return self.request.query_params.get(name)

    def bearer(self) -> str | None:
        scheme, _, token = self.request.headers.get("authorization", "").partition(" ")
        return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def group_not_found() -> ApiError:
    return not_found("group", "GroupNotFound")


def _authenticate(call: Call, operation: Operation) -> None:
    # Operations that take no access token (login, refresh, logout) check their own.
    if operation.spec.needs_access_token:
        with call.store.lock:
            call.admin = call.store.sessions.authenticate(call.bearer())


def _resolve_scope(call: Call, operation: Operation) -> None:
    """Find the group and application the path names, and enlist the app in the transaction."""
    group_id = call.params.get("groupId")
    if group_id is None:
        return
    if group_id not in call.user.group_ids:
        if operation.spec.documents_forbidden and group_id in call.store.sessions.groups():
            raise ApiError(403, "user does not have access to this group", "Forbidden")
        raise group_not_found()
    app_id = call.params.get("appId")
    if app_id is None:
        return
    app = call.store.app_in_group(group_id, app_id) if ids.is_object_id(app_id) else None
    if app is None:
        raise not_found("app", "AppNotFound")
    transaction = call.store.current
    writes = operation.method not in _READ_METHODS
    if writes:
        transaction.touch(app)
    if app.settle() and not writes:
        transaction.touch(app, snapshot=False)
    call.app_record = app


def _parse_body(call: Call, operation: Operation) -> None:
    """Parse a JSON body and check it against the document's schema for the operation."""
    spec = operation.spec
    if spec.body_schema is None:
        return
    if not call.raw_body.strip():
        if spec.body_required:
            raise bad_request("a JSON request body is required")
        return
    try:
        call.body = json_body.parse(call.raw_body)
        spec.body_schema.check(call.body)
    except (json_body.BadJson, document.InvalidBody) as exc:
        raise bad_request(str(exc)) from exc


async def run_operation(
    emulator: Emulator, request: Request, operation: Operation, params: dict[str, str]
) -> Response:
    call = Call(emulator, request, operation, params, b"")
    try:
        # Who is asking is settled before a byte of the body is read: an anonymous client
        # cannot make the server buffer anything.
        _authenticate(call, operation)
        limits, kind = emulator.settings, operation.spec.body_kind
        call.raw_body = await request_body.read(
            request,
            limit=limits.max_upload_bytes if kind == "multipart" else limits.max_body_bytes,
            timeout=limits.body_timeout,
            kind=kind,
        )
        with emulator.store.transaction():
            _resolve_scope(call, operation)
            _parse_body(call, operation)
            result = operation.handler(call)
        # Asynchronous handlers (function runs) wait outside the lock and take it themselves.
        response = result if isinstance(result, Response) else await result
    except ApiError as error:
        response = error_response(error)
    except ClientDisconnect:
        raise
    except Exception:
        logger.exception("%s %s failed", request.method, request.url.path)
        response = error_response(internal_error(f"{operation.key} failed"))
    _count_usage(call, response)
    return response


def _count_usage(call: Call, response: Response) -> None:
    """Add the answered request to its application's usage (see `usage`)."""
    if call.app_record is None:
        return
    body = getattr(response, "body", b"")
    with call.store.lock:
        # A failed transaction put back a copy of the application: count on the current one.
        app = call.store.apps.get(call.app_record.id)
        if app is not None:
            usage.record_request(app, response.status_code, len(body) if body else 0)
