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
from typing import TYPE_CHECKING, Any, Literal

import attrs
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response

from stitch_admin_emulator import ids, json_body, request_body
from stitch_admin_emulator.app_config import AppConfig
from stitch_admin_emulator.errors import ApiError, bad_request, internal_error, not_found
from stitch_admin_emulator.responses import error_response
from stitch_admin_emulator.sessions import Admin
from stitch_admin_emulator.shapes import BadShape, Shape
from stitch_admin_emulator.state import AppRecord, Store

if TYPE_CHECKING:
    from stitch_admin_emulator.emulator import Emulator

API_PREFIX = "/api/admin/v3.0"
# "none": the operation checks its own credentials (login, and the refresh-token endpoints).
Auth = Literal["none", "access"]
Handler = Callable[["Call"], Response | Awaitable[Response]]
# What a request body must be, for the operations that take one.
BodyKind = Literal["json", "multipart"]
_PARAMETER = re.compile(r"\{(\w+)\}")
# Methods that may change state: their transactions snapshot what they touch, to undo it.
_READ_METHODS = ("GET", "HEAD")
logger = logging.getLogger("stitch_admin_emulator")


@attrs.frozen
class Operation:
    method: str
    template: str
    handler: Handler
    auth: Auth
    body: Shape | None
    body_required: bool
    body_kind: BodyKind | None
    # Where the document lists 403, a group the caller is not in answers 403 instead of 404.
    forbidden_documented: bool
    pattern: re.Pattern[str]

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

    def operation(
        self,
        method: str,
        template: str,
        *,
        body: Shape | None = None,
        body_required: bool | None = None,
        body_kind: BodyKind | None = None,
        auth: Auth = "access",
        forbidden_documented: bool = False,
    ) -> Callable[[Handler], Handler]:
        if body_kind is None and body is not None:
            body_kind = "json"

        def register(handler: Handler) -> Handler:
            pattern = re.compile(_PARAMETER.sub(r"(?P<\1>[^/]+)", template) + "/?")
            self.operations.append(
                Operation(
                    method=method,
                    template=template,
                    handler=handler,
                    auth=auth,
                    body=body,
                    body_required=body is not None if body_required is None else body_required,
                    body_kind=body_kind,
                    forbidden_documented=forbidden_documented,
                    pattern=pattern,
                )
            )
            return handler

        return register

    def include(self, *tables: OperationTable) -> None:
        for table in tables:
            self.operations.extend(table.operations)

    def match(self, method: str, path: str) -> Match | None:
        """The operation for a path below the base path; `operation` None: wrong method only."""
        matched = [
            (operation, found)
            for operation in self.operations
            if (found := operation.pattern.fullmatch(path)) is not None
        ]
        if not matched:
            return None
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
    if operation.auth == "access":
        with call.store.lock:
            call.admin = call.store.sessions.authenticate(call.bearer())


def _resolve_scope(call: Call, operation: Operation) -> None:
    """Find the group and application the path names, and enlist the app in the transaction."""
    group_id = call.params.get("groupId")
    if group_id is None:
        return
    if group_id not in call.user.group_ids:
        if operation.forbidden_documented and group_id in call.store.sessions.groups():
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
    if operation.body is None:
        return
    if not call.raw_body.strip():
        if operation.body_required:
            raise bad_request("a JSON request body is required")
        return
    try:
        call.body = json_body.parse(call.raw_body)
    except json_body.BadJson as exc:
        raise bad_request(str(exc)) from exc
    try:
        operation.body.check(call.body, "")
    except BadShape as exc:
        raise bad_request(str(exc)) from exc


async def run_operation(
    emulator: Emulator, request: Request, operation: Operation, params: dict[str, str]
) -> Response:
    call = Call(emulator, request, params, b"")
    try:
        # Who is asking is settled before a byte of the body is read: an anonymous client
        # cannot make the server buffer anything.
        _authenticate(call, operation)
        limits = emulator.settings
        call.raw_body = await request_body.read(
            request,
            limit=limits.max_upload_bytes
            if operation.body_kind == "multipart"
            else limits.max_body_bytes,
            timeout=limits.body_timeout,
            kind=operation.body_kind,
        )
        with emulator.store.transaction():
            _resolve_scope(call, operation)
            _parse_body(call, operation)
            result = operation.handler(call)
        if isinstance(result, Response):
            return result
        # Asynchronous handlers (function runs) wait outside the lock and take it themselves.
        return await result
    except ApiError as error:
        return error_response(error)
    except ClientDisconnect:
        raise
    except Exception:
        logger.exception("%s %s failed", request.method, request.url.path)
        return error_response(internal_error(f"{operation.key} failed"))
