"""The exceptions of stitch-admin: one hierarchy, rooted at ``StitchAdminError``.

Every failure a caller can meet through ``StitchAdmin`` or ``admin.client`` is one of these:
an error answer from the service (a subclass per status family), a body that does not match
the document, a transport failure or timeout, a failed or stuck deployment, or a bad argument.
Messages never contain a credential: text quoted from the service passes through a redactor.

``error_from_response`` turns an error answer into the right exception; it does no I/O.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import httpx

from .redaction import redact_tokens

if TYPE_CHECKING:
    from stitch_admin_client.models import Deployment

    from .config_checks import Problem

__all__ = [
    "APIError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "DeploymentError",
    "DeploymentFailedError",
    "DeploymentTimeoutError",
    "DraftExistsError",
    "InvalidArgumentError",
    "InvalidConfigurationError",
    "NotFoundError",
    "PermissionDeniedError",
    "PlanChangedError",
    "RateLimitError",
    "RequestTimeoutError",
    "ServerError",
    "StitchAdminError",
    "TransportError",
    "UnexpectedResponseError",
    "UnexpectedStatusError",
    "error_from_response",
    "unexpected_status",
]


class StitchAdminError(Exception):
    """Base of every stitch-admin error.

    ``status_code``, ``error`` and ``error_code`` come from the service's answer when there was
    one (``None`` otherwise); ``method`` and ``path`` name the request that failed.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        error: str | None = None,
        error_code: str | None = None,
        method: str | None = None,
        path: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.error = error
        self.error_code = error_code
        self.method = method
        self.path = path

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r})"

    def redact(self, redact: Callable[[str], str]) -> None:
        """Pass the texts of this error through ``redact`` (for errors built from service data
        where no redactor was at hand, such as a deployment's id or failure message)."""
        self.message = redact(self.message)
        self.args = (self.message,)
        if self.error:
            self.error = redact(self.error)
        if self.error_code:
            self.error_code = redact(self.error_code)


class APIError(StitchAdminError):
    """The service answered with an error status (4xx or 5xx)."""


class BadRequestError(APIError):
    """400: the request is malformed or misses a required field."""


class AuthenticationError(APIError):
    """401, or a session that cannot be used: bad credentials, revoked or expired tokens.

    Raised after the automatic refresh (and, with stored credentials, a fresh login) could not
    recover. ``status_code`` is ``None`` when no request was made (after ``logout()``).
    """


class PermissionDeniedError(APIError):
    """403: the caller has no role in this group."""


class NotFoundError(APIError):
    """404: no such group, application or resource."""


class ConflictError(APIError):
    """409: a name is taken, or a similar conflict."""


class DraftExistsError(ConflictError):
    """409 ``DraftAlreadyExists``: the caller already has a draft for this application.

    ``draft_id`` is the existing draft's id when it could be found (``None`` otherwise).
    """

    def __init__(self, message: str, *, draft_id: str | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.draft_id = draft_id


class RateLimitError(APIError):
    """429: too many requests. ``retry_after`` is the server's advice in seconds, if it gave one."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class ServerError(APIError):
    """5xx: the service failed."""


class UnexpectedStatusError(APIError):
    """A status the operation does not document and no other class covers (a 3xx, a 418...)."""


class UnexpectedResponseError(StitchAdminError):
    """The answer's body does not match the document (not JSON, wrong shape, wrong types)."""


class TransportError(StitchAdminError):
    """The request could not be sent or its answer not received (after retries)."""


class RequestTimeoutError(TransportError):
    """The request timed out (after retries)."""


class DeploymentError(StitchAdminError):
    """A deployment did not end in success."""

    def __init__(
        self,
        message: str,
        *,
        deployment_id: str,
        deployment: Deployment | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(message, **kwargs)
        self.deployment_id = deployment_id
        self.deployment = deployment


class DeploymentFailedError(DeploymentError):
    """The deployment ended ``failed``; ``status_error_message`` says why."""

    def __init__(self, message: str, *, status_error_message: str | None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.status_error_message = status_error_message


class DeploymentTimeoutError(DeploymentError):
    """The deployment was still not final when the wait timed out; ``deployment_id`` names it."""


class InvalidArgumentError(StitchAdminError, ValueError):
    """An argument is invalid (a naive datetime, an insecure URL, an unknown policy...); raised
    before anything is sent. ``parameter`` names the argument when one is to blame."""

    def __init__(self, message: str, *, parameter: str | None = None) -> None:
        super().__init__(message)
        self.parameter = parameter


class InvalidConfigurationError(StitchAdminError, ValueError):
    """A configuration directory the service would refuse; raised before anything changes.
    ``problems`` lists every problem found, each with its file (and line and column for a
    file that is not JSON)."""

    def __init__(self, message: str, *, problems: Sequence[Problem]) -> None:
        super().__init__(message)
        self.problems = tuple(problems)


class PlanChangedError(StitchAdminError):
    """A push was given the plan it was expected to apply, and found another (the app or the
    directory changed meanwhile); nothing was pushed."""


_BY_STATUS: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    429: RateLimitError,
}


def _error_fields(content: bytes) -> tuple[str | None, str | None]:
    """``error`` and ``error_code`` from an error body: flat, nested in ``error``, or absent."""
    try:
        body: Any = json.loads(content)
    except (ValueError, RecursionError):
        return None, None
    if isinstance(body, dict) and isinstance(body.get("error"), dict):
        body = body["error"]  # some hosting answers wrap the error object
    if not isinstance(body, dict):
        return None, None
    error, code = body.get("error"), body.get("error_code")
    return (error if isinstance(error, str) and error else None), (
        code if isinstance(code, str) and code else None
    )


def retry_after_seconds(value: str | None) -> float | None:
    """A ``Retry-After`` header in seconds: a number or an HTTP date (``None`` if unreadable)."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        # float() also reads "inf" and "nan", which no server means as a delay.
        return max(0.0, seconds) if math.isfinite(seconds) else None
    from email.utils import parsedate_to_datetime

    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    from datetime import UTC, datetime

    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return max(0.0, (moment - datetime.now(UTC)).total_seconds())


def unexpected_status(response: httpx.Response) -> UnexpectedStatusError:
    """The exception for a status below 400 that the operation does not document (1xx, 3xx...)."""
    request = response.request
    return UnexpectedStatusError(
        f"{request.method} {request.url.path} answered {response.status_code},"
        " which this operation does not document",
        status_code=response.status_code,
        method=request.method,
        path=request.url.path,
    )


def error_from_response(
    response: httpx.Response, redact: Callable[[str], str] = redact_tokens
) -> APIError:
    """The exception for an error answer. The body must have been read."""
    status = response.status_code
    method = response.request.method
    path = response.request.url.path
    error, error_code = _error_fields(response.content)
    error = redact(error) if error else None
    error_code = redact(error_code) if error_code else None
    reason = response.reason_phrase or httpx.codes.get_reason_phrase(status) or "error"
    description = error or f"{reason} (no error message in the body)"
    message = f"{method} {redact(path)} answered {status}"
    message += f" {error_code}: {description}" if error_code else f": {description}"
    fields: dict[str, Any] = {
        "status_code": status,
        "error": error,
        "error_code": error_code,
        "method": method,
        "path": path,
    }
    if status == 409 and error_code == "DraftAlreadyExists":
        return DraftExistsError(message, **fields)
    if status == 429:
        retry_after = retry_after_seconds(response.headers.get("Retry-After"))
        return RateLimitError(message, retry_after=retry_after, **fields)
    cls = _BY_STATUS.get(status) or (
        ServerError if status >= 500 else APIError if status >= 400 else UnexpectedStatusError
    )
    return cls(message, **fields)
