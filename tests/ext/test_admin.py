"""StitchAdmin / AsyncStitchAdmin: arguments, typed errors, secrets, closing, the token store."""

from __future__ import annotations

import base64
import json
import logging
import stat
from pathlib import Path
from typing import Any
from urllib.parse import quote

import attrs
import httpx
import pytest
from stitch_admin_client.api.apps import get_app
from stitch_admin_client.api.services import get_service_config
from stitch_admin_client.api.values import create_value
from stitch_admin_client.models import ValueInput
from support.fake_auth import PRIVATE_KEY, PUBLIC_KEY, FakeAuthService

from stitch_admin_ext import AsyncStitchAdmin, RetryPolicy, StitchAdmin, errors

BASE = "https://stitch.example"
G, A, S = "5e8f00000000000000000001", "6a7b8c9d0e1f2a3b4c5d6e7f", "0123456789abcdef01234567"


def secrets_of(service: FakeAuthService) -> list[str]:
    return [PRIVATE_KEY, *service.access, *service.refresh]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"username": PUBLIC_KEY}, "needs api_key"),
        ({"username": PUBLIC_KEY, "api_key": ""}, "needs api_key"),
        ({"username": "", "api_key": PRIVATE_KEY}, "username"),
        (
            {"username": PUBLIC_KEY, "api_key": PRIVATE_KEY, "password": "x"},
            "takes api_key, not password",
        ),
        ({"username": PUBLIC_KEY, "api_key": PRIVATE_KEY, "provider": "local"}, "takes password"),
        (
            {"username": PUBLIC_KEY, "api_key": PRIVATE_KEY, "provider": "oauth2-google"},
            "provider must be",
        ),
        (
            {"username": PUBLIC_KEY, "api_key": PRIVATE_KEY, "base_url": "http://stitch.example"},
            "plain http",
        ),
        (
            {"username": PUBLIC_KEY, "api_key": PRIVATE_KEY, "base_url": "ftp://x"},
            r"http\(s\) origin",
        ),
        ({"username": PUBLIC_KEY, "api_key": PRIVATE_KEY, "retry": 3}, "retry must be"),
        ({"username": PUBLIC_KEY, "api_key": PRIVATE_KEY, "refresh_skew": -1}, "refresh_skew"),
        ({"username": PUBLIC_KEY, "api_key": PRIVATE_KEY, "verfy": False}, "unknown httpx option"),
    ],
)
def test_bad_login_arguments_are_refused_before_anything_is_sent(
    service: FakeAuthService, kwargs: dict[str, Any], message: str
) -> None:
    kwargs.setdefault("base_url", BASE)
    with pytest.raises(errors.InvalidArgumentError, match=message) as caught:
        StitchAdmin.login(transport=httpx.MockTransport(service), **kwargs)
    assert isinstance(caught.value, ValueError)
    assert service.seen == []
    assert PRIVATE_KEY not in str(caught.value)


def test_insecure_http_is_allowed_for_loopback_and_on_request(service: FakeAuthService) -> None:
    for base_url, extra in (
        ("http://127.0.0.1:9", {}),
        ("http://stitch.internal", {"allow_insecure_http": True}),
    ):
        with StitchAdmin.login(
            PUBLIC_KEY,
            PRIVATE_KEY,
            base_url=base_url,
            transport=httpx.MockTransport(service),
            **extra,
        ) as admin:
            assert str(admin.api_url) == base_url + "/api/admin/v3.0"


def test_httpx_options_reach_the_client(service: FakeAuthService) -> None:
    hooked: list[str] = []
    with StitchAdmin.login(
        PUBLIC_KEY,
        PRIVATE_KEY,
        base_url=BASE,
        transport=httpx.MockTransport(service),
        headers={"X-Team": "ops"},
        timeout=7.5,
        event_hooks={"request": [lambda request: hooked.append(request.url.path)]},
    ) as admin:
        get_service_config.sync(G, A, S, client=admin.client)
        http = admin.client.get_httpx_client()
        assert http.timeout == httpx.Timeout(7.5)
    assert service.seen[-1].headers["x-team"] == "ops"
    assert service.seen[-1].headers["user-agent"].startswith("stitch-admin/")
    assert hooked[-1].endswith("/config")


def test_error_answers_raise_typed_errors_with_request_details(
    admin: StitchAdmin, service: FakeAuthService
) -> None:
    service.routes[f"/apps/{A}"] = lambda request: httpx.Response(
        404, json={"error": "app not found", "error_code": "AppNotFound"}
    )
    with pytest.raises(errors.NotFoundError) as caught:
        get_app.sync(G, A, client=admin.client)
    error = caught.value
    assert (error.status_code, error.error, error.error_code) == (
        404,
        "app not found",
        "AppNotFound",
    )
    assert (error.method, error.path) == ("GET", f"/api/admin/v3.0/groups/{G}/apps/{A}")
    assert (
        str(error)
        == f"GET /api/admin/v3.0/groups/{G}/apps/{A} answered 404 AppNotFound: app not found"
    )


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (httpx.Response(302, headers={"Location": "/elsewhere"}), errors.UnexpectedStatusError),
        (httpx.Response(200, text="<html>maintenance</html>"), errors.UnexpectedResponseError),
        (httpx.Response(200, json=["a", "list"]), errors.UnexpectedResponseError),
        (httpx.Response(500, text="Internal Server Error"), errors.ServerError),
        (httpx.Response(418, text=""), errors.APIError),
    ],
)
def test_every_odd_answer_is_a_stitch_admin_error(
    admin: StitchAdmin, service: FakeAuthService, answer: httpx.Response, expected: type[Exception]
) -> None:
    service.routes[f"/apps/{A}"] = lambda request: answer
    with pytest.raises(expected) as caught:
        get_app.sync(G, A, client=admin.client)
    assert isinstance(caught.value, errors.StitchAdminError)
    assert str(caught.value)


def test_transport_failures_are_typed_and_posts_are_not_retried(service: FakeAuthService) -> None:
    attempts: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/login"):
            return service(request)
        attempts.append(request.method)
        if request.method == "POST":
            raise httpx.ConnectError("connection refused", request=request)
        raise httpx.ReadTimeout("read timed out", request=request)

    policy = RetryPolicy(backoff_factor=0.001, max_backoff=0.01, attempts=2)
    with StitchAdmin.login(
        PUBLIC_KEY, PRIVATE_KEY, base_url=BASE, transport=httpx.MockTransport(handler), retry=policy
    ) as admin:
        with pytest.raises(errors.TransportError, match="ConnectError"):
            create_value.sync(G, A, client=admin.client, body=ValueInput(name="v"))
        assert attempts == ["POST"]
        with pytest.raises(errors.RequestTimeoutError, match="timed out"):
            get_app.sync(G, A, client=admin.client)
        assert attempts == ["POST", "GET", "GET", "GET"]


def test_no_secret_in_reprs_logs_or_errors(
    service: FakeAuthService, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    service.routes[f"/apps/{A}"] = lambda request: httpx.Response(
        400, json={"error": f"bad header {request.headers['authorization']}"}
    )
    with StitchAdmin.login(
        PUBLIC_KEY, PRIVATE_KEY, base_url=BASE, transport=httpx.MockTransport(service)
    ) as admin:
        service.expire_access_tokens()
        get_service_config.sync(G, A, S, client=admin.client)  # a refresh happens
        with pytest.raises(errors.BadRequestError) as caught:
            get_app.sync(G, A, client=admin.client)
        texts = [
            caplog.text,
            str(caught.value),
            repr(caught.value),
            repr(admin),
            repr(admin._session),
            repr(admin.client),
            repr(admin._session.auth),
            repr(admin._session.state),
            repr(admin._session.state.current()),
            repr(admin._session.credentials),
        ]
    assert "answered 400" in str(caught.value)
    assert "refreshes=1" in caplog.text
    for secret in secrets_of(service):
        for text in texts:
            assert secret not in text


@pytest.mark.parametrize(
    "echo",
    [
        lambda key: quote(key, safe=""),
        lambda key: base64.b64encode(key.encode()).decode(),
        lambda key: base64.b64encode(f"{PUBLIC_KEY}:{key}".encode()).decode(),
        lambda key: json.dumps(key)[1:-1],
        lambda key: key[:10] + "...",
    ],
    ids=["url-encoded", "base64", "basic-auth", "json-escaped", "cut"],
)
@pytest.mark.parametrize("key", ['k3y"with/odd\\chars+1', "abc12"], ids=["odd", "short"])
def test_a_login_error_echoing_the_key_in_any_form_does_not_show_it(
    service: FakeAuthService, echo: Any, key: str
) -> None:
    echoed = echo(key)

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(401, json={"error": f"key {echoed} is not valid"})

    with pytest.raises(errors.AuthenticationError) as caught:
        StitchAdmin.login(PUBLIC_KEY, key, base_url=BASE, transport=httpx.MockTransport(handler))
    for text in (str(caught.value), repr(caught.value), caught.value.error or ""):
        assert echoed.removesuffix("...") not in text
        assert "***" in text


def test_login_and_resume_build_one_frozen_options_object(
    service: FakeAuthService, tmp_path: Path
) -> None:
    transport = httpx.MockTransport(service)
    policy = RetryPolicy(attempts=2)
    options: dict[str, Any] = {
        "base_url": BASE,
        "retry": policy,
        "refresh_skew": 30,
        "transport": transport,
        "timeout": 5.0,
    }
    with StitchAdmin.login(PUBLIC_KEY, PRIVATE_KEY, data_dir=tmp_path, **options) as admin:
        built = admin._session.options
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            built.retry = None  # type: ignore[misc]
        # The retry policy of the session's own requests was given to the auth at construction.
        assert admin._session.auth.session_extensions["retry"].total == 2
    resumed = StitchAdmin.resume(tmp_path, **options)
    assert resumed._session.options == built
    assert built.refresh_skew == 30.0
    assert built.httpx_options == {"transport": transport, "timeout": 5.0}


def test_a_closed_session_refuses_calls(admin: StitchAdmin) -> None:
    admin.close()
    with pytest.raises(errors.StitchAdminError, match="closed"):
        get_app.sync(G, A, client=admin.client)


def test_tokens_persist_in_the_data_directory_with_owner_only_permissions(
    service: FakeAuthService, tmp_path: Path
) -> None:
    data_dir = tmp_path / "stitch"
    transport = httpx.MockTransport(service)
    with StitchAdmin.login(
        PUBLIC_KEY, PRIVATE_KEY, base_url=BASE, transport=transport, data_dir=data_dir
    ) as admin:
        (session_file,) = data_dir.iterdir()
        assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
        assert stat.S_IMODE(session_file.stat().st_mode) == 0o600
        saved = json.loads(session_file.read_text())
        assert saved["refresh_token"] in service.refresh
        service.expire_access_tokens()
        get_service_config.sync(G, A, S, client=admin.client)
        refreshed = json.loads(session_file.read_text())
        assert refreshed["access_token"] != saved["access_token"]
        assert refreshed["access_token"] in service.access
    resumed = StitchAdmin.resume(data_dir, base_url=BASE, transport=transport)
    assert get_service_config.sync(G, A, S, client=resumed.client).to_dict()["method"] == "GET"
    assert service.logins == 1
    resumed.logout()
    assert list(data_dir.iterdir()) == []
    with pytest.raises(errors.InvalidArgumentError, match="no saved session"):
        StitchAdmin.resume(data_dir, base_url=BASE, transport=transport)


def test_resume_refuses_a_session_saved_for_another_service(
    service: FakeAuthService, tmp_path: Path
) -> None:
    transport = httpx.MockTransport(service)
    with StitchAdmin.login(
        PUBLIC_KEY, PRIVATE_KEY, base_url=BASE, transport=transport, data_dir=tmp_path
    ):
        pass
    with pytest.raises(errors.InvalidArgumentError, match="saved session is for"):
        StitchAdmin.resume(tmp_path, base_url="https://realm.example", transport=transport)


@pytest.mark.anyio
async def test_async_admin_logs_in_calls_and_logs_out(service: FakeAuthService) -> None:
    async with await AsyncStitchAdmin.login(
        PUBLIC_KEY, PRIVATE_KEY, base_url=BASE, transport=httpx.MockTransport(service)
    ) as admin:
        config = await get_service_config.asyncio(G, A, S, client=admin.client)
        assert config.to_dict()["method"] == "GET"
        await admin.logout()
        with pytest.raises(errors.AuthenticationError):
            await get_service_config.asyncio(G, A, S, client=admin.client)
    assert service.refresh == set()
    with pytest.raises(errors.StitchAdminError, match="closed"):
        await get_service_config.asyncio(G, A, S, client=admin.client)


def test_logout_with_a_dead_refresh_token_still_logs_out(
    admin: StitchAdmin, service: FakeAuthService
) -> None:
    service.revoke_refresh_tokens()
    admin.logout()
    assert len(service.calls_to("DELETE", "/auth/session")) == 1
    with pytest.raises(errors.AuthenticationError, match="logged out"):
        get_service_config.sync(G, A, S, client=admin.client)


def test_cookies_set_by_an_answer_or_passed_by_the_caller_are_sent(
    service: FakeAuthService,
) -> None:
    service.routes["/apps/" + A] = lambda request: httpx.Response(
        200,
        json={"_id": A, "cookie": request.headers.get("cookie")},
        headers={"Set-Cookie": "route=b; Path=/"},
    )
    with StitchAdmin.login(
        PUBLIC_KEY,
        PRIVATE_KEY,
        base_url=BASE,
        transport=httpx.MockTransport(service),
        cookies={"tenant": "t1"},
    ) as admin:
        first = get_app.sync(G, A, client=admin.client)
        second = get_app.sync(G, A, client=admin.client)
    assert first["cookie"] == "tenant=t1"
    assert second["cookie"] in ("tenant=t1; route=b", "route=b; tenant=t1")


def test_a_sibling_client_shares_the_session_but_not_its_connections() -> None:
    """What each worker of a parallel log read sends through."""
    from stitch_admin_ext.session import Session, SessionOptions  # noqa: PLC0415

    options = SessionOptions.build(base_url="https://stitch.example")
    session = Session(options, provider="mongodb-cloud", username="u", credentials=None)
    client = session.client
    sibling = client.sibling()
    assert sibling is not client
    mine, theirs = client.get_httpx_client(), sibling.get_httpx_client()
    assert mine is not theirs
    assert theirs.auth is mine.auth  # one token state, one refresh
    assert sibling.redactor is client.redactor
    sibling.close_own_connections(client)
    assert theirs.is_closed
    assert not mine.is_closed
    client.close_own_connections(client)  # the original is never closed this way
    assert not mine.is_closed
    mine.close()


def test_a_session_on_a_caller_s_transport_has_no_siblings(admin: StitchAdmin) -> None:
    assert admin.client.sibling() is admin.client  # the caller's transport is shared as it is
