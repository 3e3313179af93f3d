"""An in-memory stand-in for the service's authentication, for unit tests over httpx.MockTransport.

It answers login, refresh and logout the way the real service does (see API_FACTS.md) and
protects every other path: a valid access token gets ``{"_id", "name", "method", "path", "body"}``
back (201 for POST, else 200).
It records each request so tests can count logins and refreshes and compare replays.
"""

from __future__ import annotations

import base64
import itertools
import json
import threading
import time
from collections.abc import Callable
from typing import Any

import attrs
import httpx

PUBLIC_KEY = "fake-public"
PRIVATE_KEY = "fake-private-key-0123"
API = "/api/admin/v3.0"


def make_jwt(claims: dict[str, Any]) -> str:
    def encode(part: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(part).encode()).rstrip(b"=").decode()

    return f"{encode({'alg': 'HS256', 'typ': 'JWT'})}.{encode(claims)}.c2lnbmF0dXJl"


@attrs.define
class Seen:
    method: str
    path: str
    authorization: str | None
    content: bytes
    headers: dict[str, str]


def error(status: int, message: str, code: str | None = None) -> httpx.Response:
    body: dict[str, str] = {"error": message}
    if code:
        body["error_code"] = code
    return httpx.Response(status, json=body)


class FakeAuthService:
    """Callable as a MockTransport handler."""

    def __init__(
        self, *, access_ttl: float = 1800.0, clock: Callable[[], float] = time.time
    ) -> None:
        self.access_ttl = access_ttl
        self.clock = clock
        self.lock = threading.Lock()
        self.counter = itertools.count(1)
        self.access: dict[str, float] = {}  # token -> expiry
        self.refresh: set[str] = set()
        self.seen: list[Seen] = []
        self.logins = 0
        self.refreshes = 0
        self.refresh_delay = 0.0  # seconds a refresh takes, to let concurrent callers pile up
        # Optional overrides: path suffix -> response factory.
        self.routes: dict[str, Callable[[httpx.Request], httpx.Response]] = {}

    # -------------------------------------------------------------- tokens

    def _issue_access(self) -> str:
        now = self.clock()
        claims = {"sub": "admin-1", "typ": "access", "iat": now, "exp": now + self.access_ttl}
        token = make_jwt({**claims, "jti": next(self.counter)})
        self.access[token] = now + self.access_ttl
        return token

    def _issue_refresh(self) -> str:
        token = make_jwt({"sub": "admin-1", "typ": "refresh", "jti": next(self.counter)})
        self.refresh.add(token)
        return token

    def expire_access_tokens(self) -> None:
        with self.lock:
            self.access.clear()

    def revoke_refresh_tokens(self) -> None:
        with self.lock:
            self.refresh.clear()

    # -------------------------------------------------------------- handler

    def __call__(self, request: httpx.Request) -> httpx.Response:
        content = request.read()
        path = request.url.path.removeprefix(API)
        with self.lock:
            self.seen.append(
                Seen(
                    request.method,
                    path,
                    request.headers.get("authorization"),
                    content,
                    dict(request.headers),
                )
            )
        bearer = (request.headers.get("authorization") or "").removeprefix("Bearer ")
        if path.startswith("/auth/providers/") and path.endswith("/login"):
            return self._login(path, content)
        if path == "/auth/session":
            return self._session(request.method, bearer)
        with self.lock:
            expiry = self.access.get(bearer)
            is_refresh = bearer in self.refresh
        if is_refresh:
            return error(401, "invalid session: valid Issuer required")
        if expiry is None or self.clock() >= expiry:
            return error(401, "invalid session: access token expired", "InvalidSession")
        for suffix, route in self.routes.items():
            if path.endswith(suffix):
                return route(request)
        body = json.loads(content) if content else None
        # Shaped to parse as an open object and as a Value (`_id` and `name`).
        echo = {
            "_id": "0" * 24,
            "name": "echo",
            "method": request.method,
            "path": path,
            "body": body,
        }
        return httpx.Response(200 if request.method != "POST" else 201, json=echo)

    def _login(self, path: str, content: bytes) -> httpx.Response:
        body = json.loads(content or b"{}")
        provider = path.split("/")[3]
        secret = body.get("apiKey") if provider == "mongodb-cloud" else body.get("password")
        if body.get("username") != PUBLIC_KEY or secret != PRIVATE_KEY:
            return error(
                401,
                "failed to authenticate with MongoDB Cloud API: You are not authorized for this resource.",
            )
        with self.lock:
            self.logins += 1
            tokens = {"access_token": self._issue_access(), "refresh_token": self._issue_refresh()}
        return httpx.Response(
            200, json={**tokens, "user_id": "admin-1", "device_id": "000000000000000000000000"}
        )

    def _session(self, method: str, bearer: str) -> httpx.Response:
        with self.lock:
            known_refresh = bearer in self.refresh
            known_access = bearer in self.access
        if method == "DELETE":
            if not known_refresh:
                return error(401, "invalid session: failed to find refresh token", "InvalidSession")
            with self.lock:
                self.refresh.discard(bearer)
            return httpx.Response(204)
        if known_access:
            return error(401, "invalid refresh token: incorrect token type")
        if not known_refresh:
            return error(401, "invalid session: failed to find refresh token", "InvalidSession")
        if self.refresh_delay:
            time.sleep(self.refresh_delay)
        with self.lock:
            self.refreshes += 1
            return httpx.Response(201, json={"access_token": self._issue_access()})

    def calls_to(self, method: str, path: str) -> list[Seen]:
        return [seen for seen in self.seen if seen.method == method and seen.path == path]
