"""Local variables captured with a traceback show no credential, and capturing them never fails.

Error reporters capture every frame's local variables (Sentry does by default, so does
``pytest --showlocals`` and ``traceback.TracebackException(capture_locals=True)``). From the
public signatures down to the moment a login body is encoded, a credential only travels
wrapped in a ``Secret``.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
from stitch_admin_client.api.services import get_service_config
from support.fake_auth import PRIVATE_KEY, PUBLIC_KEY, FakeAuthService

from stitch_admin_ext import AsyncStitchAdmin, Secret, StitchAdmin, errors

BASE = "https://stitch.example"
TESTS = Path(__file__).resolve().parents[1]
G, A, S = "5e8f00000000000000000001", "6a7b8c9d0e1f2a3b4c5d6e7f", "0123456789abcdef01234567"


def chain(error: BaseException) -> Iterator[BaseException]:
    """The error and every exception it was raised from or while handling."""
    seen: set[int] = set()
    pending = [error]
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        pending.extend(e for e in (current.__cause__, current.__context__) if e is not None)


def captured_locals(error: BaseException) -> Iterator[tuple[str, str, str]]:
    """(function, name, repr) of every local of every frame an error reporter would see, in
    the library's frames (the caller's own frames hold what the caller put there)."""
    for current in chain(error):
        tb = current.__traceback__
        while tb is not None:
            frame = tb.tb_frame
            if TESTS in Path(frame.f_code.co_filename).parents:
                tb = tb.tb_next
                continue
            for name, value in frame.f_locals.items():
                try:
                    shown = repr(value)
                except Exception as exc:  # what a reporter would meet
                    shown = f"<repr raised {type(exc).__name__}>"
                yield frame.f_code.co_name, name, shown
            tb = tb.tb_next


def assert_no_credential_in_locals(error: BaseException, *secrets: str) -> None:
    leaks = [
        (function, name)
        for function, name, shown in captured_locals(error)
        for secret in secrets
        if secret in shown
    ]
    assert leaks == []
    # The standard library's own capture calls repr() on every local: it must not fail.
    formatted = "".join(
        traceback.TracebackException.from_exception(error, capture_locals=True).format()
    )
    assert type(error).__name__ in formatted


def refusing_logins(service: FakeAuthService, *, after: int = 0) -> Callable[..., Any]:
    """A handler whose logins (after the first ``after``) fail before any answer."""
    logins = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/login"):
            logins.append(request)
            if len(logins) > after:
                raise httpx.ConnectError("connection refused", request=request)
        return service(request)

    return handler


@pytest.mark.parametrize("key", [PRIVATE_KEY, Secret(PRIVATE_KEY)], ids=["str", "Secret"])
def test_a_failed_login_captures_no_credential(service: FakeAuthService, key: Any) -> None:
    transport = httpx.MockTransport(refusing_logins(service))
    with pytest.raises(errors.TransportError) as caught:
        StitchAdmin.login(PUBLIC_KEY, key, base_url=BASE, transport=transport, retry=False)
    assert_no_credential_in_locals(caught.value, PRIVATE_KEY)


def test_a_failed_local_login_captures_no_password(service: FakeAuthService) -> None:
    transport = httpx.MockTransport(refusing_logins(service))
    with pytest.raises(errors.TransportError) as caught:
        StitchAdmin.login(
            PUBLIC_KEY,
            password=PRIVATE_KEY,
            provider="local",
            base_url=BASE,
            transport=transport,
            retry=False,
        )
    assert_no_credential_in_locals(caught.value, PRIVATE_KEY)


def test_a_failed_async_login_captures_no_credential(service: FakeAuthService) -> None:
    transport = httpx.MockTransport(refusing_logins(service))

    async def login() -> None:
        await AsyncStitchAdmin.login(
            PUBLIC_KEY, PRIVATE_KEY, base_url=BASE, transport=transport, retry=False
        )

    with pytest.raises(errors.TransportError) as caught:
        anyio.run(login)
    assert_no_credential_in_locals(caught.value, PRIVATE_KEY)


def test_a_failed_login_again_captures_no_credential(service: FakeAuthService) -> None:
    transport = httpx.MockTransport(refusing_logins(service, after=1))
    with StitchAdmin.login(
        PUBLIC_KEY, PRIVATE_KEY, base_url=BASE, transport=transport, retry=False
    ) as admin:
        service.expire_access_tokens()
        service.revoke_refresh_tokens()  # the session must log in again, which fails
        with pytest.raises(errors.TransportError) as caught:
            get_service_config.sync(G, A, S, client=admin.client)
    assert_no_credential_in_locals(caught.value, PRIVATE_KEY, *service.access, *service.refresh)


@pytest.mark.parametrize(
    "answer",
    [
        {"access_token": "access-token-1"},  # no refresh token: decoding stops half-way
        {"access_token": "access-token-1", "refresh_token": 7},
        {"refresh_token": "refresh-token-1", "access_token": None},
    ],
    ids=["missing", "wrong-type", "null"],
)
def test_capturing_locals_survives_a_half_decoded_login_answer(
    service: FakeAuthService, answer: dict[str, Any]
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/login"):
            return httpx.Response(200, json=answer)
        return service(request)

    with pytest.raises(errors.UnexpectedResponseError) as caught:
        StitchAdmin.login(
            PUBLIC_KEY, PRIVATE_KEY, base_url=BASE, transport=httpx.MockTransport(handler)
        )
    assert_no_credential_in_locals(caught.value, PRIVATE_KEY, "access-token-1", "refresh-token-1")


def test_capturing_locals_survives_a_half_decoded_refresh_answer(service: FakeAuthService) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/auth/session") and request.method == "POST":
            return httpx.Response(201, json={"access_token": 42})
        return service(request)

    with StitchAdmin.login(
        PUBLIC_KEY, PRIVATE_KEY, base_url=BASE, transport=httpx.MockTransport(handler)
    ) as admin:
        service.expire_access_tokens()
        with pytest.raises(errors.UnexpectedResponseError) as caught:
            get_service_config.sync(G, A, S, client=admin.client)
    assert_no_credential_in_locals(caught.value, PRIVATE_KEY, *service.access, *service.refresh)
