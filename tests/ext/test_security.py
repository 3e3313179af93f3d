"""Security defaults that need no server: plain http refused, TLS verified, tokens kept private.

(test_admin.py covers the basic refusal of http://, the 0600/0700 modes after a login, and
secrets in reprs, logs and errors.)
"""

from __future__ import annotations

import os
import ssl
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from stitch_admin_client.api.apps import get_app
from support.fake_auth import PRIVATE_KEY, PUBLIC_KEY, FakeAuthService

from stitch_admin_ext import AsyncStitchAdmin, StitchAdmin, errors
from stitch_admin_ext.session import Session, SessionOptions

BASE = "https://stitch.example"
G, A = "5e8f00000000000000000001", "6a7b8c9d0e1f2a3b4c5d6e7f"


# ------------------------------------------------------------------ plain http


@pytest.mark.parametrize(
    "base_url",
    [
        "http://stitch.example",
        "HTTP://stitch.example",
        "http://localhost.evil.example",
        "http://127.0.0.1.nip.io",
        "http://0.0.0.0:8080",
        "http://10.0.0.1",
        "http://[fe80::1]",
    ],
)
def test_plain_http_to_a_host_that_is_not_loopback_is_refused(
    service: FakeAuthService, base_url: str
) -> None:
    with pytest.raises(errors.InvalidArgumentError, match="plain http"):
        StitchAdmin.login(
            PUBLIC_KEY, PRIVATE_KEY, base_url=base_url, transport=httpx.MockTransport(service)
        )
    assert service.seen == []


@pytest.mark.parametrize(
    "base_url",
    ["http://localhost:8080", "http://LOCALHOST", "http://127.8.9.10:1", "http://[::1]:9000"],
)
def test_plain_http_to_loopback_is_allowed(service: FakeAuthService, base_url: str) -> None:
    with StitchAdmin.login(
        PUBLIC_KEY, PRIVATE_KEY, base_url=base_url, transport=httpx.MockTransport(service)
    ) as admin:
        assert admin.api_url.scheme == "http"


def _redirecting(service: FakeAuthService, location: str, seen: list[str]) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        if request.url.host == "stitch.example" and request.url.path.endswith(f"/apps/{A}"):
            return httpx.Response(307, headers={"Location": location})
        if request.url.host != "stitch.example":
            # httpx does not carry the token to another origin.
            assert "authorization" not in request.headers
            return httpx.Response(200, json={"_id": A})
        return service(request)

    return handler


@pytest.mark.parametrize("location", ["http://stitch.example/x", "http://elsewhere.example/x"])
def test_a_redirect_to_plain_http_is_not_followed(service: FakeAuthService, location: str) -> None:
    seen: list[str] = []
    with (
        StitchAdmin.login(
            PUBLIC_KEY,
            PRIVATE_KEY,
            base_url=BASE,
            transport=httpx.MockTransport(_redirecting(service, location, seen)),
            follow_redirects=True,
        ) as admin,
        pytest.raises(errors.InvalidArgumentError, match="redirect away from https"),
    ):
        get_app.sync(G, A, client=admin.client)
    assert not any(url.startswith("http://") for url in seen)


@pytest.mark.anyio
async def test_a_redirect_to_plain_http_is_not_followed_async(service: FakeAuthService) -> None:
    seen: list[str] = []
    transport = httpx.MockTransport(_redirecting(service, "http://elsewhere.example/x", seen))
    async with await AsyncStitchAdmin.login(
        PUBLIC_KEY, PRIVATE_KEY, base_url=BASE, transport=transport, follow_redirects=True
    ) as admin:
        with pytest.raises(errors.InvalidArgumentError, match="redirect away from https"):
            await get_app.asyncio(G, A, client=admin.client)
    assert not any(url.startswith("http://") for url in seen)


def test_a_redirect_to_plain_http_is_followed_when_insecure_http_is_allowed(
    service: FakeAuthService,
) -> None:
    seen: list[str] = []
    with StitchAdmin.login(
        PUBLIC_KEY,
        PRIVATE_KEY,
        base_url=BASE,
        transport=httpx.MockTransport(_redirecting(service, "http://elsewhere.example/x", seen)),
        follow_redirects=True,
        allow_insecure_http=True,
    ) as admin:
        get_app.sync(G, A, client=admin.client)
    assert seen[-1] == "http://elsewhere.example/x"


# ------------------------------------------------------------------ TLS


def _pools(session: Session) -> Iterator[Any]:
    """The connection pools under the session's sync and async clients (below every wrapper:
    the retries, the body reading)."""
    for client, attribute in (
        (session.factory.sync_client(), "_sync_transport"),
        (session.factory.async_client(), "_async_transport"),
    ):
        transport: Any = client._transport
        while not hasattr(transport, "_pool"):
            transport = getattr(transport, attribute, None) or transport._inner
        yield transport._pool


@pytest.mark.parametrize("retry", [None, False])
def test_tls_certificates_and_host_names_are_verified_by_default(retry: Any) -> None:
    options = SessionOptions.build(base_url=BASE, retry=retry)
    session = Session(options, provider="mongodb-cloud", username="u", credentials=None)
    for pool in _pools(session):
        context: ssl.SSLContext = pool._ssl_context
        assert context.verify_mode == ssl.CERT_REQUIRED
        assert context.check_hostname is True
        assert context.minimum_version >= ssl.TLSVersion.TLSv1_2


def test_tls_verification_is_off_only_when_asked() -> None:
    options = SessionOptions.build(base_url=BASE, httpx_options={"verify": False})
    session = Session(options, provider="mongodb-cloud", username="u", credentials=None)
    for pool in _pools(session):
        assert pool._ssl_context.verify_mode == ssl.CERT_NONE


# ------------------------------------------------------------------ the token store


@pytest.fixture
def open_umask() -> Iterator[None]:
    """A umask that filters nothing: the modes must come from the code, not the umask."""
    previous = os.umask(0)
    yield
    os.umask(previous)


@pytest.mark.usefixtures("open_umask")
def test_session_files_are_private_whatever_the_umask(
    service: FakeAuthService, tmp_path: Path
) -> None:
    data_dir = tmp_path / "nested" / "stitch"
    with StitchAdmin.login(
        PUBLIC_KEY,
        PRIVATE_KEY,
        base_url=BASE,
        transport=httpx.MockTransport(service),
        data_dir=data_dir,
    ) as admin:
        service.expire_access_tokens()
        get_app.sync(G, A, client=admin.client)  # refreshed: the file is written again
    (session_file,) = data_dir.iterdir()
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE(session_file.stat().st_mode) == 0o600


@pytest.mark.parametrize("mode", [0o640, 0o604, 0o660, 0o644, 0o666, 0o610], ids=oct)
def test_a_session_file_others_can_access_is_refused(
    service: FakeAuthService, tmp_path: Path, mode: int
) -> None:
    transport = httpx.MockTransport(service)
    with StitchAdmin.login(
        PUBLIC_KEY, PRIVATE_KEY, base_url=BASE, transport=transport, data_dir=tmp_path
    ):
        pass
    (tmp_path / "admin-session.json").chmod(mode)
    with pytest.raises(errors.InvalidArgumentError, match="accessible by other users"):
        StitchAdmin.resume(tmp_path, base_url=BASE, transport=transport)


@pytest.mark.parametrize("mode", [0o770, 0o777, 0o1777, 0o720], ids=oct)
def test_a_data_directory_others_can_write_to_is_refused_before_logging_in(
    service: FakeAuthService, tmp_path: Path, mode: int
) -> None:
    tmp_path.chmod(mode)
    with pytest.raises(errors.InvalidArgumentError, match="written by other users"):
        StitchAdmin.login(
            PUBLIC_KEY,
            PRIVATE_KEY,
            base_url=BASE,
            transport=httpx.MockTransport(service),
            data_dir=tmp_path,
        )
    assert service.seen == []
    with pytest.raises(errors.InvalidArgumentError, match="written by other users"):
        StitchAdmin.resume(tmp_path, base_url=BASE)
