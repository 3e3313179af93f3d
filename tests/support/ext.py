"""Helpers for the extension layer's unit tests: tokens, clocks, sessions and procedure drivers."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from typing import Any

import httpx

from stitch_admin_ext.redaction import Secret
from stitch_admin_ext.session import Session, SessionOptions
from stitch_admin_ext.steps import Procedure, Step

ORIGIN = "https://stitch.test"
API_PATH = "/api/admin/v3.0"
LOGIN_PATH = f"{API_PATH}/auth/providers/mongodb-cloud/login"
ACCESS_TOKEN = "opaque-access-token-1"
REFRESH_TOKEN = "opaque-refresh-token-1"
GROUP = "5f0a1b2c3d4e5f6a7b8c9d0e"
APP = "6a7b8c9d0e1f2a3b4c5d6e7f"

Handler = Callable[[httpx.Request], httpx.Response]


def b64url(data: bytes, *, pad: bool = False) -> str:
    text = base64.urlsafe_b64encode(data).decode("ascii")
    return text if pad else text.rstrip("=")


def make_jwt(payload: object, *, pad: bool = False, raw_payload: bytes | None = None) -> str:
    """A JWT-shaped token (unsigned: nothing here checks signatures)."""
    header = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}).encode(), pad=pad)
    body = raw_payload if raw_payload is not None else json.dumps(payload).encode()
    return f"{header}.{b64url(body, pad=pad)}.c2lnbmF0dXJl"


class FakeClock:
    """A clock that moves only when told to."""

    def __init__(self, now: float = 1_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def new_session(handler: Handler, **httpx_options: Any) -> Session:
    """A logged-in session whose requests go to ``handler`` (no retries unless asked)."""
    retry = httpx_options.pop("retry", False)
    options = SessionOptions.build(
        base_url=ORIGIN,
        retry=retry,
        httpx_options={"transport": httpx.MockTransport(handler), **httpx_options},
    )
    session = Session(options, provider="mongodb-cloud", username="public-key", credentials=None)
    session.install(Secret(ACCESS_TOKEN), Secret(REFRESH_TOKEN), "admin-user")
    return session


def login_answer() -> httpx.Response:
    return httpx.Response(
        200,
        json={"access_token": ACCESS_TOKEN, "refresh_token": REFRESH_TOKEN, "user_id": "admin"},
    )


class Driver:
    """Runs a procedure by hand: each reply is sent in, or thrown in when it is an exception.

    ``steps`` keeps every step the procedure yielded, so that a test can check them even when
    the procedure ends by raising.
    """

    def __init__(self, procedure: Procedure[Any]) -> None:
        self.procedure = procedure
        self.steps: list[Step] = []

    def run(self, *replies: object) -> Any:
        """Feed ``replies`` one per step; the procedure must end right after the last one."""
        try:
            self.steps.append(next(self.procedure))
            for reply in replies:
                if isinstance(reply, BaseException):
                    step = self.procedure.throw(reply)
                else:
                    step = self.procedure.send(reply)
                self.steps.append(step)
        except StopIteration as done:
            assert len(self.steps) == len(replies), f"ended early, after {self.steps}"
            return done.value
        raise AssertionError(f"the procedure is still running; its last step: {self.steps[-1]}")

    @property
    def endpoints(self) -> list[str]:
        """The steps, each named by its endpoint (``Call``) or its type."""
        names = []
        for step in self.steps:
            endpoint = getattr(step, "endpoint", None)
            names.append(endpoint.__name__.rsplit(".", 1)[-1] if endpoint else type(step).__name__)
        return names
