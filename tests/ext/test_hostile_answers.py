"""Answers a broken or hostile service may give, each pinned after the response fuzzer found
the SDK mishandling it (tests/fuzz): the SDK must end in a typed result or a StitchAdminError
whose text holds no secret."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from stitch_admin_client.api.apps import get_app
from stitch_admin_client.api.users import delete_pending_user
from support.fake_auth import PRIVATE_KEY, PUBLIC_KEY, FakeAuthService, make_jwt

from stitch_admin_ext import AsyncStitchAdmin, StitchAdmin, errors

BASE = "https://stitch.example"
G, A, D = "5e8f00000000000000000001", "6a7b8c9d0e1f2a3b4c5d6e7f", "0123456789abcdef01234567"


def test_deployment_errors_pass_service_data_through_the_redactor(
    admin: StitchAdmin, service: FakeAuthService
) -> None:
    failed = {"_id": PRIVATE_KEY, "status": "failed", "status_error_message": f"no {PRIVATE_KEY}"}
    service.routes["/deployment"] = lambda request: httpx.Response(201, json=failed)
    with pytest.raises(errors.DeploymentFailedError) as caught:
        admin.deploy_draft(G, A, D)
    assert "failed" in str(caught.value)
    service.routes["/deployment"] = lambda request: httpx.Response(
        201, json={"_id": D, "status": f"stuck-{PRIVATE_KEY}"}
    )
    service.routes[f"/deployments/{D}"] = lambda request: httpx.Response(
        200, json={"_id": D, "status": f"stuck-{PRIVATE_KEY}"}
    )
    with pytest.raises(errors.DeploymentTimeoutError) as timed_out:
        admin.deploy_draft(G, A, D, timeout=0.001)
    for error in (caught.value, timed_out.value):
        assert PRIVATE_KEY not in str(error)
        assert PRIVATE_KEY not in repr(error)


@pytest.mark.parametrize(
    "content",
    [b"[" * 100_000, b'{"api_url": ' + b"[" * 5_000 + b"]" * 5_000 + b"}", b"\xff\xfe", b"[]"],
)
def test_a_mangled_session_file_is_refused_with_invalid_argument_error(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "admin-session.json"
    path.write_bytes(content)
    path.chmod(0o600)
    with pytest.raises(errors.InvalidArgumentError, match="is not a saved session"):
        StitchAdmin.resume(tmp_path, base_url=BASE)


def _pages(service: FakeAuthService, *pages: dict[str, Any]) -> list[str | None]:
    """Serve the log pages in turn, from the first again after the last; the end_dates asked."""
    asked: list[str | None] = []
    turn = itertools.cycle(pages)

    def answer(request: httpx.Request) -> httpx.Response:
        asked.append(request.url.params.get("end_date"))
        assert len(asked) < 50, "paging does not end"
        return httpx.Response(200, json=next(turn))

    service.routes["/logs"] = answer
    return asked


def test_log_cursors_that_go_back_and_forth_are_refused_instead_of_followed_forever(
    admin: StitchAdmin, service: FakeAuthService
) -> None:
    asked = _pages(
        service,
        {"logs": [], "nextEndDate": "2024-01-01T00:00:00Z"},
        {"logs": [], "nextEndDate": "2024-01-01T00:00:01Z"},
    )
    with pytest.raises(errors.UnexpectedResponseError, match="does not come after"):
        list(admin.iter_logs(G, A))
    assert len(asked) == 2


def test_a_first_cursor_later_than_the_end_date_asked_for_is_refused(
    admin: StitchAdmin, service: FakeAuthService
) -> None:
    asked = _pages(service, {"logs": [], "nextEndDate": "2024-01-02T00:00:00Z"})
    with pytest.raises(errors.UnexpectedResponseError, match="paging would not advance"):
        list(admin.iter_log_pages(G, A, end_date="2024-01-01T00:00:00Z"))
    assert len(asked) == 1


def test_paging_moves_on_through_skips_at_one_instant(
    admin: StitchAdmin, service: FakeAuthService
) -> None:
    instant = "2024-01-01T00:00:00Z"
    entry = {"_id": "e", "started": instant}
    asked = _pages(
        service,
        {"logs": [entry], "nextEndDate": instant, "nextSkip": 1},
        {"logs": [entry], "nextEndDate": instant, "nextSkip": 2},
        {"logs": [entry]},
    )
    pages = list(admin.iter_log_pages(G, A, end_date=instant))
    assert [page.cursor.skip if page.cursor else None for page in pages] == [1, 2, None]
    assert len(asked) == 3


@pytest.mark.parametrize("status", [100, 101, 199, 300, 302, 304, 399])
def test_an_upload_answered_with_neither_success_nor_error_is_an_unexpected_status(
    admin: StitchAdmin, service: FakeAuthService, status: int
) -> None:
    service.routes["/hosting/assets/asset"] = lambda request: httpx.Response(status)
    with pytest.raises(errors.UnexpectedStatusError) as caught:
        admin.upload_asset(G, A, "/index.html", b"<html></html>")
    assert caught.value.status_code == status
    service.routes["/hosting/assets/asset"] = lambda request: httpx.Response(204)
    assert admin.upload_asset(G, A, "/index.html", b"<html></html>") is None


def test_an_id_too_long_for_a_url_is_an_invalid_argument_error(
    admin: StitchAdmin, service: FakeAuthService
) -> None:
    huge = "x" * 100_000
    service.routes["/drafts"] = lambda request: httpx.Response(201, json={"_id": huge})
    scope = admin.draft(G, A).__enter__()
    with pytest.raises(errors.InvalidArgumentError, match="must be an ObjectId") as caught:
        scope.__exit__(None, None, None)  # deploying the draft: its id is in the URL
    assert len(str(caught.value)) < 500
    assert caught.value.parameter == "draft_id"
    with pytest.raises(errors.InvalidArgumentError, match="must be an ObjectId"):
        get_app.sync(G, huge, client=admin.client)
    # A parameter that is no id is sent as it is, up to what a URL can carry.
    with pytest.raises(errors.InvalidArgumentError, match="not a valid request URL"):
        delete_pending_user.sync(G, A, huge + "@example.com", client=admin.client)


@pytest.mark.anyio
async def test_an_id_too_long_for_a_url_is_an_invalid_argument_error_async(
    service: FakeAuthService,
) -> None:
    async with await AsyncStitchAdmin.login(
        PUBLIC_KEY, PRIVATE_KEY, base_url=BASE, transport=httpx.MockTransport(service)
    ) as admin:
        with pytest.raises(errors.InvalidArgumentError, match="must be an ObjectId"):
            await get_app.asyncio(G, "x" * 100_000, client=admin.client)
        with pytest.raises(errors.InvalidArgumentError, match="not a valid request URL"):
            await delete_pending_user.asyncio(G, A, "x" * 100_000, client=admin.client)


@pytest.mark.parametrize("exp", [10**400, -(10**400), "soon", None, 1e308])
def test_an_access_token_with_an_absurd_expiry_is_used_until_the_service_refuses_it(
    exp: Any,
) -> None:
    token = make_jwt({"sub": "admin", "iat": 0, "exp": exp})

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/login"):
            return httpx.Response(200, json={"access_token": token, "refresh_token": "r" * 12})
        assert request.headers["Authorization"] == f"Bearer {token}"
        return httpx.Response(200, json={"_id": A})

    with StitchAdmin.login(
        PUBLIC_KEY, PRIVATE_KEY, base_url=BASE, transport=httpx.MockTransport(handler)
    ) as admin:
        assert get_app.sync(G, A, client=admin.client).id == A


@pytest.mark.parametrize("token", ["", "with space", "caf\u00e9", "\x80\x81", "tab\there"])
def test_tokens_that_cannot_be_sent_back_are_an_unexpected_response(
    service: FakeAuthService, token: str
) -> None:
    def login_handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/login"):
            return httpx.Response(200, json={"access_token": token, "refresh_token": "r" * 12})
        return service(request)

    with pytest.raises(errors.UnexpectedResponseError, match="Authorization header"):
        StitchAdmin.login(
            PUBLIC_KEY, PRIVATE_KEY, base_url=BASE, transport=httpx.MockTransport(login_handler)
        )

    def refresh_handler(request: httpx.Request) -> httpx.Response:
        if request.method == "POST" and request.url.path.endswith("/auth/session"):
            return httpx.Response(201, json={"access_token": token})
        return service(request)

    with StitchAdmin.login(
        PUBLIC_KEY, PRIVATE_KEY, base_url=BASE, transport=httpx.MockTransport(refresh_handler)
    ) as admin:
        service.expire_access_tokens()
        with pytest.raises(errors.UnexpectedResponseError, match="Authorization header"):
            get_app.sync(G, A, client=admin.client)


def test_a_session_file_whose_tokens_cannot_be_sent_is_refused(tmp_path: Path) -> None:
    record = {
        "api_url": BASE + "/api/admin/v3.0",
        "provider": "mongodb-cloud",
        "username": PUBLIC_KEY,
        "access_token": "caf\u00e9",
        "refresh_token": "r" * 12,
    }
    path = tmp_path / "admin-session.json"
    path.write_text(json.dumps(record))
    path.chmod(0o600)
    with pytest.raises(errors.InvalidArgumentError, match="is not a saved session"):
        StitchAdmin.resume(tmp_path, base_url=BASE)


def test_a_session_file_for_another_service_is_refused_without_quoting_its_tokens(
    tmp_path: Path,
) -> None:
    refresh = "opaque-refresh-token-1234"
    record = {
        "api_url": f"https://elsewhere.example/{refresh}",
        "provider": "mongodb-cloud",
        "username": PUBLIC_KEY,
        "access_token": "a" * 12,
        "refresh_token": refresh,
    }
    path = tmp_path / "admin-session.json"
    path.write_text(json.dumps(record))
    path.chmod(0o600)
    with pytest.raises(errors.InvalidArgumentError, match="saved session is for") as caught:
        StitchAdmin.resume(tmp_path, base_url=BASE)
    assert refresh not in str(caught.value)
