"""error_from_response: the exception class, its fields and its message for every kind of answer."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest
from support.ext import make_jwt

from stitch_admin_ext import errors
from stitch_admin_ext.errors import error_from_response, retry_after_seconds
from stitch_admin_ext.redaction import Redactor

PATH = "/api/admin/v3.0/groups/g1/apps/a1/drafts"


def answer(
    status: int,
    content: bytes = b"",
    *,
    headers: dict[str, str] | None = None,
    method: str = "POST",
    path: str = PATH,
    reason: bytes | None = None,
) -> httpx.Response:
    request = httpx.Request(method, f"https://stitch.test{path}")
    extensions = {"reason_phrase": reason} if reason is not None else {}
    return httpx.Response(
        status, content=content, headers=headers, request=request, extensions=extensions
    )


def body(**fields: object) -> bytes:
    return json.dumps(fields).encode()


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (400, errors.BadRequestError),
        (401, errors.AuthenticationError),
        (403, errors.PermissionDeniedError),
        (404, errors.NotFoundError),
        (409, errors.ConflictError),
        (429, errors.RateLimitError),
        (500, errors.ServerError),
        (502, errors.ServerError),
        (503, errors.ServerError),
        (504, errors.ServerError),
        (599, errors.ServerError),
        (405, errors.APIError),
        (418, errors.APIError),
        (422, errors.APIError),
        (301, errors.UnexpectedStatusError),
        (302, errors.UnexpectedStatusError),
        (304, errors.UnexpectedStatusError),
    ],
)
def test_each_status_maps_to_its_class(status: int, expected: type[errors.APIError]) -> None:
    exc = error_from_response(answer(status, body(error="it failed", error_code="SomeCode")))
    assert type(exc) is expected
    assert isinstance(exc, errors.APIError)
    assert isinstance(exc, errors.StitchAdminError)
    assert exc.status_code == status
    assert str(exc) == f"POST {PATH} answered {status} SomeCode: it failed"


def test_draft_already_exists_is_its_own_conflict() -> None:
    exc = error_from_response(
        answer(409, body(error="a draft already exists", error_code="DraftAlreadyExists"))
    )
    assert type(exc) is errors.DraftExistsError
    assert isinstance(exc, errors.ConflictError)
    assert exc.draft_id is None
    assert exc.error_code == "DraftAlreadyExists"


def test_draft_already_exists_code_on_another_status_is_not_a_draft_conflict() -> None:
    exc = error_from_response(answer(400, body(error="odd", error_code="DraftAlreadyExists")))
    assert type(exc) is errors.BadRequestError


def test_attributes_name_the_request_and_the_answer() -> None:
    exc = error_from_response(
        answer(404, body(error="app not found", error_code="AppNotFound"), method="DELETE")
    )
    assert (exc.status_code, exc.error, exc.error_code) == (404, "app not found", "AppNotFound")
    assert (exc.method, exc.path) == ("DELETE", PATH)
    assert exc.message == str(exc) == f"DELETE {PATH} answered 404 AppNotFound: app not found"
    assert repr(exc) == f"NotFoundError({str(exc)!r})"


@pytest.mark.parametrize(
    ("content", "error", "error_code"),
    [
        (body(error="flat message", error_code="Flat"), "flat message", "Flat"),
        (
            body(error={"error": "nested message", "error_code": "Nested"}),
            "nested message",
            "Nested",
        ),
        (body(error="only a message"), "only a message", None),
        (body(error_code="OnlyACode"), None, "OnlyACode"),
        (body(error="", error_code=""), None, None),
        (body(error=42, error_code=["x"]), None, None),
        (body(error=["a list"]), None, None),
        (body(error={"error": {"error": "too deep"}}), None, None),
        (body(), None, None),
    ],
    ids=[
        "flat",
        "nested",
        "message-only",
        "code-only",
        "empty-strings",
        "wrong-types",
        "error-is-a-list",
        "nested-twice",
        "empty-object",
    ],
)
def test_error_fields_from_the_body(
    content: bytes, error: str | None, error_code: str | None
) -> None:
    exc = error_from_response(answer(400, content))
    assert (exc.error, exc.error_code) == (error, error_code)
    description = error or "Bad Request (no error message in the body)"
    code = f" {error_code}" if error_code else ""
    assert str(exc) == f"POST {PATH} answered 400{code}: {description}"


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"<html><body><h1>502 Bad Gateway</h1></body></html>",
        b"\xc3\x28\xa0\xa1\xff\xfe\xfd",
        b'[{"error": "in an array", "error_code": "Array"}]',
        b'"just a string"',
        b"null",
        b"[" * 100_000 + b"]" * 100_000,
        b'{"error":' * 100_000 + b"1" + b"}" * 100_000,
        b'{"error": "truncated',
    ],
    ids=[
        "empty",
        "html",
        "not-utf8",
        "array",
        "string",
        "null",
        "deep-array",
        "deep-object",
        "truncated",
    ],
)
def test_unreadable_bodies_fall_back_to_the_reason_phrase(content: bytes) -> None:
    exc = error_from_response(answer(502, content))
    assert type(exc) is errors.ServerError
    assert (exc.error, exc.error_code) == (None, None)
    assert str(exc) == f"POST {PATH} answered 502: Bad Gateway (no error message in the body)"


def test_the_reason_phrase_sent_by_the_server_is_used() -> None:
    exc = error_from_response(answer(503, b"", reason=b"Slow Down Please"))
    assert str(exc).endswith("answered 503: Slow Down Please (no error message in the body)")


def test_a_status_without_a_reason_phrase_still_gets_a_message() -> None:
    exc = error_from_response(answer(599, b""))
    assert str(exc) == f"POST {PATH} answered 599: error (no error message in the body)"


def test_invalid_argument_error_is_a_value_error() -> None:
    exc = errors.InvalidArgumentError("bad")
    assert isinstance(exc, ValueError)
    assert isinstance(exc, errors.StitchAdminError)
    with pytest.raises(ValueError, match="bad"):
        raise exc


# ---------------------------------------------------------------------------- Retry-After


def http_date(offset: timedelta) -> str:
    return format_datetime(datetime.now(UTC) + offset, usegmt=True)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("120", 120.0),
        (" 7 ", 7.0),
        ("0", 0.0),
        ("2.5", 2.5),
        ("-3", 0.0),
        ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0),  # in the past
        ("soon", None),
        ("", None),
        ("Mon, 99 Foo 2024 99:99:99 GMT", None),
        ("inf", None),
        ("Infinity", None),
        ("nan", None),
        ("-inf", None),
    ],
)
def test_retry_after_values(header: str, expected: float | None) -> None:
    assert retry_after_seconds(header) == expected
    exc = error_from_response(answer(429, b"", headers={"Retry-After": header}))
    assert isinstance(exc, errors.RateLimitError)
    assert exc.retry_after == expected


def test_retry_after_http_date_in_the_future() -> None:
    exc = error_from_response(answer(429, b"", headers={"Retry-After": http_date(timedelta(90))}))
    assert isinstance(exc, errors.RateLimitError)
    assert exc.retry_after is not None
    # Whole days away; the seconds lost between building the header and reading it do not matter.
    assert 89 * 86_400 < exc.retry_after <= 90 * 86_400


def test_no_retry_after_header() -> None:
    exc = error_from_response(answer(429, body(error="slow down")))
    assert isinstance(exc, errors.RateLimitError)
    assert exc.retry_after is None


# ---------------------------------------------------------------------------- no credential leaks

JWT = make_jwt({"sub": "admin", "exp": 2_000_000_000})
KNOWN_SECRET = "private-api-key-0123456789"


def scrubbed(exc: errors.APIError, secret: str) -> bool:
    texts = (str(exc), repr(exc), exc.message, exc.error or "", exc.error_code or "")
    return all(secret not in text for text in texts) and "***" in str(exc)


def known_secret_redactor() -> Redactor:
    redactor = Redactor()
    redactor.remember(KNOWN_SECRET)
    return redactor


@pytest.mark.parametrize(
    ("leaky", "secret"),
    [
        (f"invalid session: token {JWT} expired", JWT),
        ("header was Authorization: Bearer xyz-opaque-123", "xyz-opaque-123"),
        ("header was bearer xyz-opaque-123, retry", "xyz-opaque-123"),
        (f"failed to authenticate with key {KNOWN_SECRET}", KNOWN_SECRET),
    ],
    ids=["jwt", "bearer", "bearer-lowercase", "known-secret"],
)
@pytest.mark.parametrize("where", ["error", "error_code", "nested"])
def test_credentials_in_the_body_never_reach_the_message(
    leaky: str, secret: str, where: str
) -> None:
    fields = {"error_code": leaky} if where == "error_code" else {"error": leaky}
    content = body(error=fields) if where == "nested" else body(**fields)
    exc = error_from_response(answer(400, content), known_secret_redactor())
    assert scrubbed(exc, secret)


@pytest.mark.parametrize("secret", [JWT, KNOWN_SECRET])
def test_credentials_in_the_path_never_reach_the_message(secret: str) -> None:
    exc = error_from_response(answer(404, b"", path=f"{PATH}/{secret}"), known_secret_redactor())
    assert scrubbed(exc, secret)


def test_default_redaction_scrubs_token_shapes() -> None:
    exc = error_from_response(answer(401, body(error=f"bad token {JWT}")))
    assert JWT not in str(exc)
    assert exc.error == "bad token ***"
