"""The HTTP layer: URL rules, retry policy, client options, retries, error translation, logs."""

from __future__ import annotations

import asyncio
import logging
import os
from types import SimpleNamespace
from typing import Any

import httpx
import pytest
from httpx_retries import Retry
from httpx_retries import retry as retry_module
from support.ext import ORIGIN, make_jwt

from stitch_admin_ext import retries as retries_module
from stitch_admin_ext.errors import (
    InvalidArgumentError,
    NotFoundError,
    RateLimitError,
    RequestTimeoutError,
    ServerError,
    StitchAdminError,
    TransportError,
    UnexpectedResponseError,
)
from stitch_admin_ext.http_clients import (
    HTTPX_OPTIONS,
    USER_AGENT,
    HttpClientFactory,
    StitchHTTPClient,
    log_exchange,
    translate,
)
from stitch_admin_ext.redaction import Redactor
from stitch_admin_ext.retries import RetryPolicy, SharedBackoff, session_request_extensions
from stitch_admin_ext.urls import api_url, environment_proxy, is_loopback

# ---------------------------------------------------------------------------- api_url


@pytest.mark.parametrize(
    ("base_url", "expected"),
    [
        ("https://stitch.mongodb.com", "https://stitch.mongodb.com/api/admin/v3.0"),
        ("https://stitch.mongodb.com/", "https://stitch.mongodb.com/api/admin/v3.0"),
        ("https://stitch.mongodb.com//", "https://stitch.mongodb.com/api/admin/v3.0"),
        ("https://realm.mongodb.com/api/admin/v3.0", "https://realm.mongodb.com/api/admin/v3.0"),
        ("https://realm.mongodb.com/api/admin/v3.0/", "https://realm.mongodb.com/api/admin/v3.0"),
        ("https://proxy.example/stitch", "https://proxy.example/stitch/api/admin/v3.0"),
        ("https://proxy.example/stitch/", "https://proxy.example/stitch/api/admin/v3.0"),
        (
            "https://proxy.example/stitch/api/admin/v3.0",
            "https://proxy.example/stitch/api/admin/v3.0",
        ),
        ("https://host.example:8443", "https://host.example:8443/api/admin/v3.0"),
        (httpx.URL("https://host.example"), "https://host.example/api/admin/v3.0"),
        ("HTTPS://Host.Example", "https://host.example/api/admin/v3.0"),
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080/api/admin/v3.0"),
        ("http://127.1.2.3", "http://127.1.2.3/api/admin/v3.0"),
        ("http://[::1]:9000/", "http://[::1]:9000/api/admin/v3.0"),
        ("http://localhost:1234", "http://localhost:1234/api/admin/v3.0"),
        ("http://LOCALHOST", "http://localhost/api/admin/v3.0"),
    ],
)
def test_api_url_appends_the_api_path_once(base_url: str | httpx.URL, expected: str) -> None:
    assert str(api_url(base_url)) == expected


@pytest.mark.parametrize(
    "base_url",
    [
        "http://stitch.mongodb.com",
        "http://10.0.0.1:8080",
        "http://192.168.1.10",
        "http://localhost.evil.example",
        "http://127.0.0.1.nip.io",
        "http://[::2]",
        "http://0.0.0.0:8080",
    ],
)
def test_plain_http_is_refused_except_to_loopback(base_url: str) -> None:
    with pytest.raises(InvalidArgumentError, match="refusing plain http://"):
        api_url(base_url)
    assert api_url(base_url, allow_insecure_http=True).scheme == "http"


@pytest.mark.parametrize(
    ("base_url", "message"),
    [
        ("https://stitch.mongodb.com/?region=us", "must not carry a query or fragment"),
        ("https://stitch.mongodb.com/#top", "must not carry a query or fragment"),
        ("ftp://stitch.mongodb.com", "must be an http.s. origin"),
        ("mailto:admin@example.com", "must be an http.s. origin"),
        ("stitch.mongodb.com", "must be an http.s. origin"),
        ("//stitch.mongodb.com", "must be an http.s. origin"),
        ("https://", "must be an http.s. origin"),
        ("https:///api/admin/v3.0", "must be an http.s. origin"),
        ("", "must be an http.s. origin"),
        ("not a url at all", "must be an http.s. origin"),
        ("https://[::1", "is not a URL"),
        ("https://host:port", "is not a URL"),
        (42, "is not a URL"),
        (None, "is not a URL"),
    ],
)
def test_api_url_refuses_what_is_not_an_origin(base_url: Any, message: str) -> None:
    with pytest.raises(InvalidArgumentError, match=message):
        api_url(base_url, allow_insecure_http=True)


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("localhost", True),
        ("LocalHost", True),
        ("localhost.", True),
        ("127.0.0.1", True),
        ("127.255.0.9", True),
        ("::1", True),
        ("[::1]", True),
        ("0.0.0.0", False),  # noqa: S104 (a host name, not a bind address)
        ("10.0.0.1", False),
        ("localhost.example", False),
        ("example.com", False),
        ("", False),
    ],
)
def test_is_loopback(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


# ---------------------------------------------------------------------------- RetryPolicy


def test_retry_policy_defaults() -> None:
    policy = RetryPolicy()
    assert (policy.attempts, policy.backoff_factor, policy.max_backoff) == (4, 0.5, 20.0)
    assert (policy.total_timeout, policy.jitter, policy.respect_retry_after) == (60.0, 1.0, True)
    assert policy.statuses == {429, 502, 503, 504}
    assert policy.methods == {"GET", "HEAD", "PUT", "DELETE"}
    assert "POST" not in policy.methods
    assert RetryPolicy.disabled().attempts == 0


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("attempts", -1),
        ("attempts", "3"),
        ("attempts", True),
        ("attempts", None),
        ("backoff_factor", -0.1),
        ("max_backoff", 0),
        ("max_backoff", -1),
        ("total_timeout", 0),
        ("total_timeout", "60"),
        ("jitter", -0.5),
    ],
)
def test_retry_policy_refuses_bad_numbers(field: str, value: object) -> None:
    with pytest.raises(InvalidArgumentError, match=rf"^RetryPolicy\.{field} must be"):
        RetryPolicy(**{field: value})


@pytest.mark.parametrize("kwargs", [{"jitter": 1.5}, {"jitter": 1.5, "attempts": 0}])
def test_a_jitter_over_one_is_refused_at_once(kwargs: dict[str, Any]) -> None:
    with pytest.raises(InvalidArgumentError, match="jitter must be between 0 and 1"):
        RetryPolicy(**kwargs)


@pytest.mark.parametrize("attempts", [2.5, -1, True, "3"])
def test_attempts_must_be_a_whole_number(attempts: object) -> None:
    with pytest.raises(InvalidArgumentError, match="attempts must be a whole number"):
        RetryPolicy(attempts=attempts)  # type: ignore[arg-type]


def test_methods_are_upper_cased_and_statuses_kept() -> None:
    policy = RetryPolicy(methods=["get", "Put"], statuses=[500, 503])
    assert policy.methods == frozenset({"GET", "PUT"})
    assert policy.statuses == frozenset({500, 503})


def test_to_retry_maps_every_field() -> None:
    policy = RetryPolicy(
        attempts=7,
        backoff_factor=0.1,
        max_backoff=3.0,
        total_timeout=9.0,
        jitter=0.25,
        statuses={500, 503},
        methods={"GET"},
        respect_retry_after=False,
    )
    retry = policy.to_retry()
    assert (retry.total, retry.backoff_factor, retry.backoff_jitter) == (7, 0.1, 0.25)
    # Retry-After may use the whole budget; computed backoff stops at max_backoff.
    assert (retry.total_timeout, retry.max_backoff_wait) == (9.0, 9.0)
    assert (
        retry.increment().increment().increment().increment().increment().backoff_strategy() <= 3.0
    )
    assert retry.respect_retry_after_header is False
    assert set(retry.status_forcelist) == {500, 503}
    assert retry.allowed_methods == {"GET"}
    assert policy.to_retry(methods={"GET", "POST"}).allowed_methods == {"GET", "POST"}


@pytest.mark.parametrize(("statuses", "methods"), [((), {"GET"}), ({503}, ())])
def test_empty_statuses_or_methods_mean_none_not_the_library_defaults(
    statuses: Any, methods: Any
) -> None:
    retry = RetryPolicy(statuses=statuses, methods=methods).to_retry()
    retried_statuses = {s for s in (429, 500, 502, 503, 504) if retry.is_retryable_status_code(s)}
    retried_methods = {
        m for m in ("GET", "PUT", "DELETE", "OPTIONS") if retry.is_retryable_method(m)
    }
    assert retried_statuses == set(statuses)
    assert retried_methods == set(methods)
    # And the same after a retry (httpx-retries copies the Retry at every attempt).
    again = retry.increment()
    assert {s for s in (429, 503) if again.is_retryable_status_code(s)} == set(statuses) & {
        429,
        503,
    }
    assert {m for m in ("GET", "PUT") if again.is_retryable_method(m)} == set(methods) & {"GET"}


# ---------------------------------------------------------------------------- HttpClientFactory

API = api_url(ORIGIN)


def factory(
    handler: Any = None, retry: RetryPolicy | None = None, **options: Any
) -> HttpClientFactory:
    if handler is not None:
        options["transport"] = httpx.MockTransport(handler)
    return HttpClientFactory(API, httpx.Auth(), retry, Redactor(), options)


@pytest.mark.parametrize("unknown", [{"timeot": 5}, {"base_url": "x"}, {"auth": None, "app": 1}])
def test_unknown_httpx_options_are_refused(unknown: dict[str, Any]) -> None:
    with pytest.raises(InvalidArgumentError, match=r"unknown httpx option\(s\)") as caught:
        factory(**unknown)
    for name in unknown:
        assert repr(name) in str(caught.value)


def test_every_documented_option_is_accepted() -> None:
    factory(**dict.fromkeys(HTTPX_OPTIONS))  # refusing one would raise


def test_client_options_reach_the_clients() -> None:
    built = factory(
        lambda request: httpx.Response(200),
        timeout=7.0,
        headers={"X-Team": "ops"},
        follow_redirects=True,
    )
    for client in (built.sync_client(), built.async_client()):
        assert client.timeout == httpx.Timeout(7.0)
        assert client.headers["X-Team"] == "ops"
        assert client.headers["User-Agent"] == USER_AGENT
        assert client.headers["Accept"] == "application/json"
        assert client.follow_redirects is True
        assert client.base_url == httpx.URL(f"{API}/")


def test_session_requests_are_retried_like_idempotent_ones() -> None:
    assert session_request_extensions(None) == {}
    assert session_request_extensions(RetryPolicy.disabled()) == {}
    extensions = session_request_extensions(RetryPolicy())
    retry = extensions["retry"]
    assert isinstance(retry, Retry)
    assert retry.allowed_methods == {"GET", "HEAD", "PUT", "DELETE", "POST"}


# ---------------------------------------------------------------------------- retries

FAST = RetryPolicy(attempts=3, backoff_factor=0.001, max_backoff=0.01)


class Script:
    """A MockTransport handler that plays its answers (or raises its exceptions) in order."""

    def __init__(self, *answers: httpx.Response | Exception) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer


@pytest.fixture
def slept(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The retry waits, recorded instead of slept (sync and async alike)."""
    waits: list[float] = []

    async def asleep(seconds: float) -> None:
        waits.append(seconds)

    monkeypatch.setattr(retry_module, "time", SimpleNamespace(sleep=waits.append))
    monkeypatch.setattr(retry_module, "asyncio", SimpleNamespace(sleep=asleep))
    return waits


def send(kind: str, built: HttpClientFactory, method: str) -> httpx.Response:
    url = "/groups/g1/apps"
    if kind == "sync":
        with built.sync_client() as client:
            return client.request(method, url)

    async def send_async() -> httpx.Response:
        async with built.async_client() as client:
            return await client.request(method, url)

    return asyncio.run(send_async())


KINDS = pytest.mark.parametrize("kind", ["sync", "async"])


def unavailable(**headers: str) -> httpx.Response:
    return httpx.Response(503, json={"error": "unavailable"}, headers=headers)


@KINDS
@pytest.mark.usefixtures("slept")
def test_get_is_retried_until_it_succeeds(kind: str) -> None:
    script = Script(unavailable(), unavailable(), httpx.Response(200, json=[]))
    response = send(kind, factory(script, FAST), "GET")
    assert response.status_code == 200
    assert len(script.requests) == 3
    assert response.extensions["retry"].attempts_made == 2


@KINDS
@pytest.mark.parametrize("method", ["PUT", "DELETE", "HEAD"])
@pytest.mark.usefixtures("slept")
def test_other_idempotent_methods_are_retried(kind: str, method: str) -> None:
    script = Script(unavailable(), httpx.Response(204))
    assert send(kind, factory(script, FAST), method).status_code == 204
    assert len(script.requests) == 2


@KINDS
def test_retry_after_zero_is_retried_at_once(kind: str, slept: list[float]) -> None:
    script = Script(httpx.Response(429, headers={"Retry-After": "0"}), httpx.Response(200))
    assert send(kind, factory(script, FAST), "GET").status_code == 200
    assert len(script.requests) == 2
    assert len(slept) == 1
    assert slept[0] <= FAST.max_backoff


@KINDS
@pytest.mark.parametrize("respect", [True, False])
def test_retry_after_is_the_wait_when_respected(
    kind: str, slept: list[float], respect: bool
) -> None:
    script = Script(httpx.Response(429, headers={"Retry-After": "3"}), httpx.Response(200))
    policy = RetryPolicy(attempts=1, backoff_factor=0.001, respect_retry_after=respect)
    assert send(kind, factory(script, policy), "GET").status_code == 200
    (wait,) = slept
    assert wait == (3.0 if respect else pytest.approx(0.001, abs=0.001))


@KINDS
@pytest.mark.parametrize(("retry_after", "expected"), [("30", 30.0), ("60", 60.0)])
def test_retry_after_beyond_max_backoff_is_honoured_within_the_budget(
    kind: str, slept: list[float], retry_after: str, expected: float
) -> None:
    script = Script(httpx.Response(503, headers={"Retry-After": retry_after}), httpx.Response(200))
    policy = RetryPolicy(attempts=1, max_backoff=2.0, total_timeout=60.0)
    assert send(kind, factory(script, policy), "GET").status_code == 200
    assert slept == [expected]


@KINDS
@pytest.mark.parametrize("retry_after", ["1000", "61", "Fri, 31 Dec 9999 23:59:59 GMT"])
def test_a_retry_after_beyond_the_budget_raises_at_once(
    kind: str, slept: list[float], retry_after: str
) -> None:
    script = Script(
        httpx.Response(429, headers={"Retry-After": retry_after}, json={"error": "slow down"}),
        httpx.Response(200),
    )
    policy = RetryPolicy(attempts=3, total_timeout=60.0)
    with pytest.raises(RateLimitError) as caught:
        send(kind, factory(script, policy), "GET")
    assert caught.value.retry_after is not None
    assert caught.value.retry_after > 60
    assert caught.value.status_code == 429
    assert "slow down" in str(caught.value)
    assert slept == []  # no wait that could not be the one asked for
    assert len(script.requests) == 1  # and no early retry


@KINDS
def test_the_budget_left_decides_whether_a_retry_after_fits(kind: str, slept: list[float]) -> None:
    script = Script(
        httpx.Response(429, headers={"Retry-After": "30"}),
        httpx.Response(429, headers={"Retry-After": "40"}),
        httpx.Response(200),
    )
    policy = RetryPolicy(attempts=3, total_timeout=60.0)
    with pytest.raises(RateLimitError) as caught:
        send(kind, factory(script, policy), "GET")
    assert caught.value.retry_after == 40
    assert slept == [30.0]
    assert len(script.requests) == 2


@KINDS
def test_a_retry_after_is_ignored_when_the_policy_says_so(kind: str, slept: list[float]) -> None:
    script = Script(httpx.Response(429, headers={"Retry-After": "1000"}), httpx.Response(200))
    policy = RetryPolicy(attempts=1, backoff_factor=0.001, respect_retry_after=False)
    assert send(kind, factory(script, policy), "GET").status_code == 200
    assert len(slept) == 1


# ---------------------------------------------------------------------------- shared backoff


def test_a_shared_backoff_holds_until_its_latest_hold_ends() -> None:
    now = [100.0]
    backoff = SharedBackoff(clock=lambda: now[0])
    assert backoff.remaining() == 0
    backoff.hold(3)
    backoff.hold(1)  # a shorter hold does not end a longer one early
    assert backoff.remaining() == 3
    now[0] += 2.5
    assert backoff.remaining() == pytest.approx(0.5)
    now[0] += 1
    assert backoff.remaining() == 0
    assert backoff.holds == 2
    assert "holds=2" in repr(backoff)


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The waits for the shared backoff, recorded instead of slept."""
    waits: list[float] = []

    async def asleep(seconds: float) -> None:
        waits.append(seconds)

    monkeypatch.setattr(retries_module, "time", SimpleNamespace(sleep=waits.append))
    monkeypatch.setattr(retries_module, "asyncio", SimpleNamespace(sleep=asleep))
    return waits


@KINDS
def test_a_429_holds_the_session_s_other_requests_for_the_wait_it_was_given(
    kind: str, slept: list[float], held: list[float]
) -> None:
    script = Script(
        httpx.Response(429, headers={"Retry-After": "30"}),
        httpx.Response(200),
        httpx.Response(200),
    )
    built = factory(script, RetryPolicy(attempts=2, total_timeout=60.0))
    assert send(kind, built, "GET").status_code == 200
    assert slept == [30.0]  # the request that met the 429 waits as its policy says...
    assert held == []  # ...and only once
    assert send(kind, built, "GET").status_code == 200
    (wait,) = held  # the next request of the session waits for what is left of the hold
    assert 29 < wait <= 30
    assert built.backoff.holds == 1


@KINDS
def test_other_answers_and_a_retry_after_beyond_the_budget_hold_nobody(
    kind: str, slept: list[float], held: list[float]
) -> None:
    script = Script(
        unavailable(**{"Retry-After": "5"}),
        httpx.Response(200),
        httpx.Response(429, headers={"Retry-After": "1000"}),
        httpx.Response(200),
    )
    built = factory(script, RetryPolicy(attempts=2, total_timeout=60.0))
    assert send(kind, built, "GET").status_code == 200
    with pytest.raises(RateLimitError):
        send(kind, built, "GET")
    assert send(kind, built, "GET").status_code == 200
    assert held == []
    assert built.backoff.holds == 0


# Failures after which the service may have acted on the request: its answer was lost.
LOST_ANSWERS = [
    lambda: httpx.RemoteProtocolError("Server disconnected without sending a response."),
    lambda: httpx.ReadError("connection reset by peer"),
    lambda: httpx.ReadTimeout("timed out"),
]


def not_found() -> httpx.Response:
    return httpx.Response(404, json={"error": "value not found", "error_code": "ValueNotFound"})


@KINDS
@pytest.mark.parametrize("lost", LOST_ANSWERS, ids=["disconnected", "reset", "read-timeout"])
@pytest.mark.usefixtures("slept")
def test_a_retried_delete_that_finds_nothing_after_a_lost_answer_has_succeeded(
    kind: str, lost: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="stitch_admin_ext")
    script = Script(lost(), not_found())
    response = send(kind, factory(script, FAST), "DELETE")
    assert 200 <= response.status_code <= 299
    assert len(script.requests) == 2
    (line,) = [r.getMessage() for r in caplog.records if "lost" in r.getMessage()]
    assert line.startswith("DELETE /api/admin/v3.0/groups/g1/apps: 404 after a lost answer")


@KINDS
@pytest.mark.parametrize(
    "before",
    [[], [lambda: httpx.ConnectError("refused")], [unavailable], [unavailable, unavailable]],
    ids=["first-attempt", "never-sent", "refused-503", "refused-twice"],
)
@pytest.mark.usefixtures("slept")
def test_a_delete_that_finds_nothing_otherwise_raises_not_found(kind: str, before: Any) -> None:
    script = Script(*[make() for make in before], not_found())
    with pytest.raises(NotFoundError) as caught:
        send(kind, factory(script, FAST), "DELETE")
    assert caught.value.error_code == "ValueNotFound"
    assert len(script.requests) == len(before) + 1


@KINDS
@pytest.mark.parametrize("method", ["GET", "PUT"])
@pytest.mark.usefixtures("slept")
def test_only_a_delete_is_done_when_it_finds_nothing(kind: str, method: str) -> None:
    script = Script(httpx.ReadError("reset"), not_found())
    with pytest.raises(NotFoundError):
        send(kind, factory(script, FAST), method)


@KINDS
@pytest.mark.parametrize("status", [503, 429])
@pytest.mark.usefixtures("slept")
def test_post_is_never_retried(kind: str, status: int) -> None:
    script = Script(httpx.Response(status), httpx.Response(201))
    with pytest.raises(StitchAdminError) as caught:
        send(kind, factory(script, FAST), "POST")
    assert caught.value.status_code == status
    assert len(script.requests) == 1


@KINDS
@pytest.mark.usefixtures("slept")
def test_connection_errors_are_retried_for_get(kind: str) -> None:
    refused = httpx.ConnectError("connection refused")
    script = Script(refused, httpx.ConnectError("again"), httpx.Response(200))
    assert send(kind, factory(script, FAST), "GET").status_code == 200
    assert len(script.requests) == 3


@KINDS
@pytest.mark.usefixtures("slept")
def test_connection_errors_are_not_retried_for_post(kind: str) -> None:
    script = Script(httpx.ConnectError("connection refused"), httpx.Response(201))
    with pytest.raises(TransportError) as caught:
        send(kind, factory(script, FAST), "POST")
    assert type(caught.value) is TransportError
    assert str(caught.value) == (
        "POST /api/admin/v3.0/groups/g1/apps failed: ConnectError: connection refused"
    )
    assert len(script.requests) == 1


@KINDS
@pytest.mark.parametrize(
    "policy", [None, RetryPolicy.disabled(), RetryPolicy(statuses=(), methods=())]
)
@pytest.mark.usefixtures("slept")
def test_without_retries_one_request_is_made(kind: str, policy: RetryPolicy | None) -> None:
    script = Script(unavailable(), httpx.Response(200))
    with pytest.raises(ServerError):
        send(kind, factory(script, policy), "GET")
    assert len(script.requests) == 1
    script = Script(httpx.ConnectError("refused"), httpx.Response(200))
    with pytest.raises(TransportError):
        send(kind, factory(script, policy), "GET")
    assert len(script.requests) == 1


@KINDS
@pytest.mark.usefixtures("slept")
def test_a_status_outside_the_policy_is_not_retried(kind: str) -> None:
    script = Script(httpx.Response(500), httpx.Response(200))
    with pytest.raises(ServerError):
        send(kind, factory(script, FAST), "GET")
    assert len(script.requests) == 1


@KINDS
@pytest.mark.parametrize(
    ("failure", "error", "text"),
    [
        (unavailable, ServerError, "answered 503: unavailable"),
        (lambda: httpx.ConnectError("refused"), TransportError, "failed: ConnectError: refused"),
        (
            lambda: httpx.ReadTimeout("too slow"),
            RequestTimeoutError,
            "timed out (ReadTimeout: too slow)",
        ),
    ],
    ids=["status", "connection", "timeout"],
)
@pytest.mark.usefixtures("slept")
def test_the_final_failure_after_retries_is_typed(
    kind: str, failure: Any, error: type[StitchAdminError], text: str
) -> None:
    script = Script(*[failure() for _ in range(FAST.attempts + 1)])
    with pytest.raises(error) as caught:
        send(kind, factory(script, FAST), "GET")
    assert type(caught.value) is error
    assert str(caught.value) == f"GET {API.path}/groups/g1/apps {text}"
    assert len(script.requests) == FAST.attempts + 1
    assert (caught.value.method, caught.value.path) == ("GET", f"{API.path}/groups/g1/apps")


@KINDS
def test_a_closed_client_says_so(kind: str) -> None:
    built = factory(Script(httpx.Response(200)))
    if kind == "sync":
        client = built.sync_client()
        client.close()
        with pytest.raises(StitchAdminError, match="the StitchAdmin session is closed"):
            client.get("/groups")
        return

    async def closed() -> None:
        client = built.async_client()
        await client.aclose()
        await client.get("/groups")

    with pytest.raises(StitchAdminError, match="the StitchAdmin session is closed"):
        asyncio.run(closed())


# ---------------------------------------------------------------------------- environment_proxy

PROXY = "http://proxy.internal:3128"
SERVICE = httpx.URL("https://stitch.mongodb.com/api/admin/v3.0")


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in list(os.environ):
        if name.lower().endswith("_proxy") or name == "REQUEST_METHOD":
            monkeypatch.delenv(name)
    return monkeypatch


@pytest.mark.parametrize(
    ("env", "url", "expected"),
    [
        ({}, SERVICE, None),
        ({"HTTPS_PROXY": PROXY}, SERVICE, PROXY),
        ({"https_proxy": PROXY}, SERVICE, PROXY),
        ({"ALL_PROXY": PROXY}, SERVICE, PROXY),
        ({"HTTP_PROXY": PROXY}, SERVICE, None),
        ({"HTTP_PROXY": PROXY}, httpx.URL("http://127.0.0.1:8080/api"), PROXY),
        ({"HTTPS_PROXY": PROXY, "NO_PROXY": "stitch.mongodb.com"}, SERVICE, None),
        ({"HTTPS_PROXY": PROXY, "NO_PROXY": ".mongodb.com"}, SERVICE, None),
        ({"HTTPS_PROXY": PROXY, "NO_PROXY": "mongodb.com"}, SERVICE, None),
        ({"HTTPS_PROXY": PROXY, "no_proxy": "other.example, mongodb.com"}, SERVICE, None),
        ({"HTTPS_PROXY": PROXY, "NO_PROXY": "*"}, SERVICE, None),
        ({"HTTPS_PROXY": PROXY, "NO_PROXY": "other.example"}, SERVICE, PROXY),
        ({"HTTPS_PROXY": PROXY, "NO_PROXY": "notmongodb.com"}, SERVICE, PROXY),
    ],
)
def test_environment_proxy(
    clean_env: pytest.MonkeyPatch, env: dict[str, str], url: httpx.URL, expected: str | None
) -> None:
    for name, value in env.items():
        clean_env.setenv(name, value)
    assert environment_proxy(url) == expected


# ---------------------------------------------------------------------------- translate

REQUEST = httpx.Request("GET", f"{API}/groups/g1/apps")


@pytest.mark.parametrize(
    ("exc", "error"),
    [
        (httpx.ConnectTimeout("t"), RequestTimeoutError),
        (httpx.ReadTimeout("t"), RequestTimeoutError),
        (httpx.WriteTimeout("t"), RequestTimeoutError),
        (httpx.PoolTimeout("t"), RequestTimeoutError),
        (httpx.DecodingError("t"), UnexpectedResponseError),
        (httpx.TooManyRedirects("t"), UnexpectedResponseError),
        (httpx.ConnectError("t"), TransportError),
        (httpx.ReadError("t"), TransportError),
        (httpx.RemoteProtocolError("t"), TransportError),
        (httpx.ProxyError("t"), TransportError),
        (httpx.UnsupportedProtocol("t"), TransportError),
    ],
)
def test_translate_picks_the_class(exc: httpx.HTTPError, error: type[StitchAdminError]) -> None:
    translated = translate(exc, REQUEST, Redactor())
    assert type(translated) is error
    assert (translated.method, translated.path) == ("GET", "/api/admin/v3.0/groups/g1/apps")
    assert translated.status_code is None
    assert "GET /api/admin/v3.0/groups/g1/apps" in str(translated)


def test_translate_names_the_exception_when_it_has_no_text() -> None:
    translated = translate(httpx.ReadError(""), REQUEST, Redactor())
    assert str(translated) == "GET /api/admin/v3.0/groups/g1/apps failed: ReadError: ReadError"


def test_translate_redacts_credentials() -> None:
    redactor = Redactor()
    redactor.remember("private-key-material")
    jwt = make_jwt({"sub": "x"})
    request = httpx.Request("GET", f"{API}/keys/private-key-material")
    translated = translate(httpx.ConnectError(f"bad header Bearer {jwt}"), request, redactor)
    assert "private-key-material" not in str(translated)
    assert jwt not in str(translated)
    assert (
        str(translated)
        == "GET /api/admin/v3.0/keys/*** failed: ConnectError: bad header Bearer ***"
    )


# ---------------------------------------------------------------------------- log_exchange


def test_one_debug_line_per_exchange(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="stitch_admin_ext")
    redactor = Redactor()
    redactor.remember("refresh-token-secret")
    request = httpx.Request("GET", f"{API}/groups?token=refresh-token-secret")
    refresh = httpx.Response(201, request=httpx.Request("POST", f"{API}/auth/session"))
    response = httpx.Response(200, request=request, extensions={"retry": Retry(attempts_made=2)})
    response.history = [refresh]
    log_exchange(request, response, 0.0, redactor)
    log_exchange(request, None, 0.0, redactor)
    first, second = (record.getMessage() for record in caplog.records)
    assert first.startswith("GET /api/admin/v3.0/groups?token=*** -> 200 in ")
    assert first.endswith(" ms (retries=2, refreshes=1)")
    assert second.startswith("GET /api/admin/v3.0/groups?token=*** failed after ")
    assert "refresh-token-secret" not in caplog.text


def test_nothing_is_logged_above_debug(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="stitch_admin_ext")
    request = httpx.Request("GET", f"{API}/groups")
    log_exchange(request, httpx.Response(200, request=request), 0.0, Redactor())
    assert caplog.records == []


def test_the_client_logs_each_request(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="stitch_admin_ext")
    with factory(Script(httpx.Response(404))).sync_client() as client:
        assert isinstance(client, StitchHTTPClient)
        with pytest.raises(StitchAdminError):
            client.get("/groups/g1")
    messages = [r.getMessage() for r in caplog.records if r.name == "stitch_admin_ext"]
    assert len(messages) == 1
    assert messages[0].startswith("GET /api/admin/v3.0/groups/g1 -> 404 in ")
