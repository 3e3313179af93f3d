"""Authentication through admin.client: bearer tokens, refresh ahead of time and on 401, replay."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from stitch_admin_client.api.administrator_auth import refresh_session
from stitch_admin_client.api.services import get_service_config
from stitch_admin_client.api.values import create_value
from stitch_admin_client.models import ValueInput
from support.fake_auth import PRIVATE_KEY, PUBLIC_KEY, FakeAuthService

from stitch_admin_ext import AsyncStitchAdmin, RetryPolicy, StitchAdmin, errors

BASE = "https://stitch.example"
G, A = "5e8f00000000000000000001", "6a7b8c9d0e1f2a3b4c5d6e7f"
S = "0123456789abcdef01234567"
VALUES = f"/groups/{G}/apps/{A}/values"
CONFIG = f"/groups/{G}/apps/{A}/services/{S}/config"


def get_config(admin: StitchAdmin) -> dict[str, Any]:  # an open object: the echo parses
    return get_service_config.sync(G, A, S, client=admin.client).to_dict()


class Clock:
    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def service(clock: Clock) -> FakeAuthService:
    return FakeAuthService(access_ttl=1800, clock=clock)


@pytest.fixture
def admin(service: FakeAuthService, clock: Clock) -> Iterator[StitchAdmin]:
    with StitchAdmin.login(
        PUBLIC_KEY, PRIVATE_KEY, base_url=BASE, transport=httpx.MockTransport(service)
    ) as admin:
        admin._session.state.clock = clock
        yield admin


def test_login_sends_the_api_key_pair_and_authorizes_calls(
    admin: StitchAdmin, service: FakeAuthService
) -> None:
    (login,) = service.calls_to("POST", "/auth/providers/mongodb-cloud/login")
    assert json.loads(login.content) == {"username": PUBLIC_KEY, "apiKey": PRIVATE_KEY}
    assert login.authorization is None
    assert get_config(admin)["path"] == CONFIG
    (call,) = service.calls_to("GET", CONFIG)
    assert call.authorization is not None
    assert call.authorization.startswith("Bearer ey")
    assert admin.user_id == "admin-1"


def test_local_provider_sends_username_and_password(service: FakeAuthService) -> None:
    with StitchAdmin.login(
        PUBLIC_KEY,
        password=PRIVATE_KEY,
        provider="local",
        base_url=BASE,
        transport=httpx.MockTransport(service),
    ):
        pass
    (login,) = service.calls_to("POST", "/auth/providers/local/login")
    assert json.loads(login.content) == {"username": PUBLIC_KEY, "password": PRIVATE_KEY}


def test_bad_credentials_raise_authentication_error_without_the_secret(
    service: FakeAuthService,
) -> None:
    with pytest.raises(errors.AuthenticationError) as caught:
        StitchAdmin.login(
            PUBLIC_KEY, "wrong-private-key", base_url=BASE, transport=httpx.MockTransport(service)
        )
    assert caught.value.status_code == 401
    assert caught.value.error_code is None
    assert "not authorized" in str(caught.value)
    assert "wrong-private-key" not in str(caught.value) + repr(caught.value)
    assert service.refreshes == 0


def test_access_token_near_expiry_is_refreshed_before_the_call(
    admin: StitchAdmin, service: FakeAuthService, clock: Clock
) -> None:
    clock.now += 1800 - 30  # inside the 60 s skew
    get_config(admin)
    assert service.refreshes == 1
    assert [seen.path for seen in service.seen[-2:]] == ["/auth/session", CONFIG]
    # The refresh used the refresh token, not the access token.
    (refresh,) = service.calls_to("POST", "/auth/session")
    assert refresh.authorization == "Bearer " + next(iter(service.refresh))
    get_config(admin)
    assert service.refreshes == 1  # the new token is fresh


def test_short_lived_tokens_are_not_refreshed_on_every_call(clock: Clock) -> None:
    service = FakeAuthService(access_ttl=4, clock=clock)
    with StitchAdmin.login(
        PUBLIC_KEY, PRIVATE_KEY, base_url=BASE, transport=httpx.MockTransport(service)
    ) as admin:
        admin._session.state.clock = clock
        for _ in range(3):
            get_config(admin)
        assert service.refreshes == 0  # skew is capped at a quarter of the 4 s lifetime
        clock.now += 3.5
        get_config(admin)
        assert service.refreshes == 1


def test_invalid_session_is_refreshed_and_the_request_replayed_byte_for_byte(
    admin: StitchAdmin, service: FakeAuthService
) -> None:
    service.expire_access_tokens()
    create_value.sync(
        G,
        A,
        client=admin.client,
        body=ValueInput(name="greeting", value={"text": "héllo", "n": [1, 2]}),
    )
    first, replay = service.calls_to("POST", VALUES)
    assert service.refreshes == 1
    assert replay.content == first.content
    assert json.loads(replay.content) == {
        "name": "greeting",
        "value": {"text": "héllo", "n": [1, 2]},
    }
    assert first.authorization != replay.authorization
    differing = {k for k in first.headers if first.headers[k] != replay.headers.get(k)}
    assert differing == {"authorization"}


def test_a_request_is_replayed_once_only(admin: StitchAdmin, service: FakeAuthService) -> None:
    service.routes[CONFIG] = lambda request: httpx.Response(
        401, json={"error": "invalid session: still no", "error_code": "InvalidSession"}
    )
    with pytest.raises(errors.AuthenticationError) as caught:
        get_config(admin)
    assert caught.value.error_code == "InvalidSession"
    assert len(service.calls_to("GET", CONFIG)) == 2
    assert service.refreshes == 1


def test_401_without_invalid_session_is_not_refreshed(
    admin: StitchAdmin, service: FakeAuthService
) -> None:
    service.routes[CONFIG] = lambda request: httpx.Response(
        401, json={"error": "invalid session: valid Issuer required"}
    )
    with pytest.raises(errors.AuthenticationError, match="valid Issuer required"):
        get_config(admin)
    assert service.refreshes == 0
    assert len(service.calls_to("GET", CONFIG)) == 1


def test_dead_refresh_token_logs_in_again_with_the_stored_credentials(
    admin: StitchAdmin, service: FakeAuthService
) -> None:
    service.expire_access_tokens()
    service.revoke_refresh_tokens()
    assert get_config(admin)["method"] == "GET"
    assert service.logins == 2
    assert service.refreshes == 0
    get_config(admin)
    assert service.logins == 2


def test_dead_refresh_token_without_credentials_raises_authentication_error(
    service: FakeAuthService, tmp_path: Any
) -> None:
    transport = httpx.MockTransport(service)
    with StitchAdmin.login(
        PUBLIC_KEY, PRIVATE_KEY, base_url=BASE, transport=transport, data_dir=tmp_path
    ):
        pass
    resumed = StitchAdmin.resume(tmp_path, base_url=BASE, transport=transport)
    service.expire_access_tokens()
    service.revoke_refresh_tokens()
    with pytest.raises(errors.AuthenticationError) as caught:
        get_config(resumed)
    assert caught.value.error_code == "InvalidSession"
    assert service.logins == 1


def test_refresh_session_called_directly_carries_the_refresh_token(
    admin: StitchAdmin, service: FakeAuthService
) -> None:
    answer = refresh_session.sync(client=admin.client)
    (call,) = service.calls_to("POST", "/auth/session")
    assert call.authorization == "Bearer " + next(iter(service.refresh))
    assert answer.access_token.startswith("ey")


def _refresh_answers(service: FakeAuthService, statuses: list[int]) -> None:
    """Make the next refreshes answer these statuses (then behave normally)."""
    original = service._session
    queue = list(statuses)

    def patched(method: str, bearer: str) -> httpx.Response:
        if method == "POST" and queue:
            return httpx.Response(queue.pop(0), json={"error": "refresh trouble"})
        return original(method, bearer)

    service._session = patched  # type: ignore[method-assign]


def test_a_failing_refresh_fails_the_call_once_without_looping(
    admin: StitchAdmin, service: FakeAuthService
) -> None:
    service.expire_access_tokens()
    _refresh_answers(service, [500])
    with pytest.raises(errors.ServerError, match="refresh trouble"):
        get_config(admin)
    assert len(service.calls_to("POST", "/auth/session")) == 1
    assert len(service.calls_to("GET", CONFIG)) == 1
    get_config(admin)  # the next call leads a new refresh, which works
    assert service.refreshes == 1


def test_the_refresh_itself_is_retried_on_503(service: FakeAuthService) -> None:
    policy = RetryPolicy(backoff_factor=0.001, max_backoff=0.01)
    with StitchAdmin.login(
        PUBLIC_KEY, PRIVATE_KEY, base_url=BASE, transport=httpx.MockTransport(service), retry=policy
    ) as admin:
        service.expire_access_tokens()
        _refresh_answers(service, [503, 503])
        assert get_config(admin)["method"] == "GET"
    assert len(service.calls_to("POST", "/auth/session")) == 3
    assert service.refreshes == 1


@pytest.mark.parametrize(
    "failure",
    [
        lambda: httpx.Response(503, json={"error": "busy"}),
        lambda: httpx.Response(429, json={"error": "slow down"}, headers={"Retry-After": "0"}),
        lambda: httpx.RemoteProtocolError("Server disconnected without sending a response."),
    ],
    ids=["503", "429", "lost-answer"],
)
def test_the_first_login_is_retried_like_the_refresh(
    service: FakeAuthService, failure: Any
) -> None:
    failures = [failure()]

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/login") and failures:
            answer = failures.pop()
            if isinstance(answer, Exception):
                raise answer
            return answer
        return service(request)

    policy = RetryPolicy(backoff_factor=0.001, max_backoff=0.01)
    with StitchAdmin.login(
        PUBLIC_KEY, PRIVATE_KEY, base_url=BASE, transport=httpx.MockTransport(handler), retry=policy
    ) as admin:
        assert get_config(admin)["method"] == "GET"
    assert failures == []
    assert service.logins == 1


def test_a_login_is_not_retried_without_retries(service: FakeAuthService) -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        return httpx.Response(503, json={"error": "busy"})

    with pytest.raises(errors.ServerError):
        StitchAdmin.login(
            PUBLIC_KEY,
            PRIVATE_KEY,
            base_url=BASE,
            transport=httpx.MockTransport(handler),
            retry=False,
        )
    assert len(seen) == 1


def test_logout_revokes_the_refresh_token_and_ends_the_session(
    admin: StitchAdmin, service: FakeAuthService
) -> None:
    refresh_token = next(iter(service.refresh))
    admin.logout()
    (call,) = service.calls_to("DELETE", "/auth/session")
    assert call.authorization == f"Bearer {refresh_token}"
    assert service.refresh == set()
    before = len(service.seen)
    with pytest.raises(errors.AuthenticationError, match="logged out"):
        get_config(admin)
    assert len(service.seen) == before  # refused locally, nothing sent


def test_concurrent_threads_share_one_refresh(admin: StitchAdmin, service: FakeAuthService) -> None:
    service.refresh_delay = 0.05
    service.expire_access_tokens()
    barrier = threading.Barrier(8)
    failures: list[BaseException] = []

    def call() -> None:
        barrier.wait()
        try:
            get_config(admin)
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=call) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    assert failures == []
    assert service.refreshes == 1
    assert admin.refreshes == 1
    assert len([s for s in service.calls_to("GET", CONFIG) if s.authorization]) >= 8


@pytest.mark.anyio
async def test_concurrent_tasks_share_one_refresh(service: FakeAuthService) -> None:
    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/auth/session") and request.method == "POST":
            await asyncio.sleep(0.05)  # a slow refresh: the other tasks must wait for it
        return service(request)

    async with await AsyncStitchAdmin.login(
        PUBLIC_KEY, PRIVATE_KEY, base_url=BASE, transport=httpx.MockTransport(handler)
    ) as admin:
        service.expire_access_tokens()
        results = await asyncio.gather(
            *(get_service_config.asyncio(G, A, S, client=admin.client) for _ in range(100)),
            return_exceptions=True,
        )
    assert [r for r in results if isinstance(r, BaseException)] == []
    assert service.refreshes == 1


class SyncOrAsyncHandler:
    """A MockTransport handler for a client used from threads and from tasks at once.

    A refresh is slow (so that concurrent callers pile up behind it): threads sleep, tasks await.
    """

    def __init__(self, service: FakeAuthService, delay: float) -> None:
        self.service = service
        self.delay = delay

    def __call__(self, request: httpx.Request) -> Any:
        slow = request.url.path.endswith("/auth/session") and request.method == "POST"
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            if slow:
                threading.Event().wait(self.delay)
            return self.service(request)

        async def answer() -> httpx.Response:
            if slow:
                await asyncio.sleep(self.delay)
            return self.service(request)

        return answer()


def test_threads_and_tasks_on_one_session_share_one_refresh_per_expiry(
    service: FakeAuthService,
) -> None:
    handler = SyncOrAsyncHandler(service, delay=0.05)
    admin = StitchAdmin.login(
        PUBLIC_KEY, PRIVATE_KEY, base_url=BASE, transport=httpx.MockTransport(handler)
    )
    failures: list[BaseException] = []

    def thread_calls(start: threading.Barrier) -> None:
        start.wait()
        try:
            get_config(admin)
        except BaseException as exc:
            failures.append(exc)

    async def task_calls() -> None:
        results = await asyncio.gather(
            *(get_service_config.asyncio(G, A, S, client=admin.client) for _ in range(50)),
            return_exceptions=True,
        )
        failures.extend(r for r in results if isinstance(r, BaseException))

    for expiry in range(1, 4):
        service.expire_access_tokens()
        start = threading.Barrier(9)
        threads = [threading.Thread(target=thread_calls, args=(start,)) for _ in range(8)]
        for thread in threads:
            thread.start()
        start.wait()
        asyncio.run(task_calls())
        for thread in threads:
            thread.join(timeout=10)
        assert failures == []
        assert service.refreshes == expiry
    asyncio.run(admin.aclose())
