"""Administrators, their sessions and tokens, and the service's exact answers to bad tokens.

A session is created by a login and named by its refresh token's `jti`; every access token
records the session it came from (`sid`), so revoking the session (`DELETE /auth/session`) also
ends the access tokens minted from it. Every access token also carries the current
*generation*: the control endpoint that expires every access token moves the generation on,
which kills all earlier tokens without tracking them one by one. Logins, refreshes and checks
cost the same however many sessions are live; ended sessions are forgotten in amortized
constant time.

The signing secret is random for a new emulator and kept in its data directory, if it has one,
like the administrators, the sessions and the generation: each change is handed to `journal`.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import time
from collections.abc import Callable
from typing import Any

import attrs

from stitch_admin_emulator import ids, tokens
from stitch_admin_emulator.errors import ApiError

ACCESS = "access"
REFRESH = "refresh"
# Ended sessions are swept when the table reaches this size, then when it doubles.
_SWEEP_AT_LEAST = 4096

# Receives every change worth keeping: ("admin" | "session", id, state) or ("meta", key, value).
Journal = Callable[[str, str, Any], None]

BAD_CREDENTIALS = (
    "failed to authenticate with MongoDB Cloud API: You are not authorized for this resource."
)


def invalid_session(reason: str) -> ApiError:
    return ApiError(401, f"invalid session: {reason}", "InvalidSession")


@attrs.define
class Admin:
    user_id: str
    public_key: str
    private_key: str = attrs.field(repr=False)
    group_ids: list[str]
    domain_id: str = attrs.field(factory=ids.object_id)
    identity_id: str = attrs.field(factory=ids.object_id)

    def state(self) -> dict[str, Any]:
        return attrs.asdict(self)

    def profile(self) -> dict[str, Any]:
        return {
            "user_id": self.user_id,
            "domain_id": self.domain_id,
            "identities": [
                {
                    "id": self.identity_id,
                    "provider_type": "mongodb-cloud",
                    "provider_id": self.public_key,
                }
            ],
            "data": {
                "email": f"{self.public_key}@emulator.invalid",
                "name": self.public_key,
            },
            "type": "normal",
            "roles": [
                {"role_name": "GROUP_OWNER", "group_id": group_id} for group_id in self.group_ids
            ],
        }


@attrs.define
class Session:
    id: str
    user_id: str
    expires: float
    revoked: bool = False

    def state(self) -> dict[str, Any]:
        return attrs.asdict(self)

    def ended(self, now: float) -> bool:
        return self.revoked or self.expires <= now


class Sessions:
    """The administrators and the live sessions. Callers hold the store's lock."""

    def __init__(self, access_ttl: float, refresh_ttl: float, journal: Journal) -> None:
        self.access_ttl = access_ttl
        self.refresh_ttl = refresh_ttl
        self._journal = journal
        self._secret = os.urandom(32)
        self._generation = 0
        self.admins: dict[str, Admin] = {}
        self._by_key: dict[str, Admin] = {}
        self.providers = [
            {"_id": ids.object_id(), "name": kind, "type": kind, "disabled": False}
            for kind in ("mongodb-cloud", "local")
        ]
        self._sessions: dict[str, Session] = {}
        self._sweep_at = _SWEEP_AT_LEAST

    def derived_key(self, purpose: str) -> bytes:
        """A signing key for other tokens (an app's user tokens), kept with the secret but
        never equal to it: a token signed with one is never accepted by the other."""
        return hmac.new(self._secret, f"derived:{purpose}".encode(), hashlib.sha256).digest()

    def start(self) -> None:
        """Record the new signing secret (a fresh emulator's first step)."""
        self._journal("meta", "secret", self._secret.hex())
        self._journal("meta", "generation", str(self._generation))

    def restore(
        self,
        meta: dict[str, str],
        admins: list[dict[str, Any]],
        sessions: list[dict[str, Any]],
    ) -> list[str]:
        """Take back what a data directory kept; returns the ids of sessions that have ended."""
        self._secret = bytes.fromhex(meta["secret"])
        self._generation = int(meta.get("generation", "0"))
        for state in admins:
            self._remember(Admin(**state))
        now = time.time()
        ended = []
        for state in sessions:
            session = Session(**state)
            if session.ended(now):
                ended.append(session.id)
            else:
                self._sessions[session.id] = session
        return ended

    def _remember(self, admin: Admin) -> None:
        self.admins[admin.user_id] = admin
        self._by_key[admin.public_key] = admin

    def add_admin(self, public_key: str, private_key: str, group_ids: list[str]) -> Admin:
        admin = Admin(ids.object_id(), public_key, private_key, list(group_ids))
        self._remember(admin)
        self._journal("admin", admin.user_id, admin.state())
        return admin

    def ensure_admin(self, public_key: str, private_key: str, group_id: str) -> Admin:
        """The administrator with this key, made to accept this private key and group."""
        admin = self._by_key.get(public_key)
        if admin is None:
            return self.add_admin(public_key, private_key, [group_id])
        if admin.private_key != private_key or group_id not in admin.group_ids:
            admin.private_key = private_key
            admin.group_ids = list(dict.fromkeys([*admin.group_ids, group_id]))
            self._journal("admin", admin.user_id, admin.state())
        return admin

    def admin_with_key(self, public_key: str) -> Admin | None:
        return self._by_key.get(public_key)

    def groups(self) -> set[str]:
        return {group for admin in self.admins.values() for group in admin.group_ids}

    def login(self, public_key: str, secret: str | None) -> dict[str, Any]:
        admin = self.admin_with_key(public_key)
        if admin is None or secret is None or not _same(secret, admin.private_key):
            raise ApiError(401, BAD_CREDENTIALS)
        now = time.time()
        self._sweep(now)
        session = Session(ids.object_id(), admin.user_id, now + self.refresh_ttl)
        self._sessions[session.id] = session
        self._journal("session", session.id, session.state())
        refresh = self._token(
            REFRESH,
            admin.user_id,
            session.id,
            now=now,
            expires=session.expires,
            session_id=session.id,
        )
        return {
            "access_token": self._access_token(session, now),
            "refresh_token": refresh,
            "user_id": admin.user_id,
            "device_id": ids.object_id(),
        }

    def refresh(self, bearer: str | None) -> str:
        session = self._session_of_refresh_token(bearer)
        return self._access_token(session, time.time())

    def revoke(self, bearer: str | None) -> None:
        session = self._session_of_refresh_token(bearer)
        session.revoked = True
        self._journal("session", session.id, session.state())

    def authenticate(self, bearer: str | None) -> Admin:
        """The administrator an access token belongs to, or the service's 401."""
        claims = self._claims(bearer)
        if claims.get("typ") != ACCESS:
            # The service names no error_code here: a client must not refresh and retry.
            raise ApiError(401, "invalid session: valid Issuer required")
        session = self._sessions.get(str(claims.get("sid")))
        if (
            session is None
            or session.revoked
            or claims.get("gen") != self._generation
            or not _unexpired(claims)
        ):
            raise invalid_session("access token expired")
        admin = self.admins.get(session.user_id)
        if admin is None:
            raise invalid_session("access token expired")
        return admin

    def expire_access_tokens(self) -> None:
        self._generation += 1
        self._journal("meta", "generation", str(self._generation))

    def end_sessions(self) -> None:
        """Every session ends, as if its refresh token had expired: its tokens are refused
        and the administrator must log in again."""
        self.expire_access_tokens()
        for session in self._sessions.values():
            if not session.revoked:
                session.revoked = True
                self._journal("session", session.id, session.state())

    def _session_of_refresh_token(self, bearer: str | None) -> Session:
        try:
            claims = self._claims(bearer)
        except ApiError as exc:
            raise invalid_session("failed to find refresh token") from exc
        if claims.get("typ") != REFRESH:
            raise ApiError(401, "invalid refresh token: incorrect token type")
        session = self._sessions.get(str(claims.get("jti")))
        if session is None or session.revoked or not _unexpired(claims):
            raise invalid_session("failed to find refresh token")
        return session

    def _claims(self, bearer: str | None) -> dict[str, Any]:
        if not bearer:
            raise invalid_session("missing access token")
        try:
            return tokens.decode(bearer, self._secret)
        except tokens.InvalidToken as exc:
            raise invalid_session("signature is invalid") from exc

    def _access_token(self, session: Session, now: float) -> str:
        return self._token(
            ACCESS,
            session.user_id,
            ids.object_id(),
            now=now,
            expires=now + self.access_ttl,
            session_id=session.id,
            generation=self._generation,
        )

    def _token(
        self,
        kind: str,
        user_id: str,
        jti: str,
        *,
        now: float,
        expires: float,
        session_id: str,
        generation: int | None = None,
    ) -> str:
        claims: dict[str, Any] = {"sub": user_id, "typ": kind, "iat": now, "exp": expires}
        # `sid` names the session, so a token can be traced to the login that began it.
        claims |= {"jti": jti, "sid": session_id}
        if generation is not None:
            claims["gen"] = generation
        return tokens.encode(claims, self._secret)

    def _sweep(self, now: float) -> None:
        """Forget ended sessions once the table has doubled since the last sweep: a long run
        does not grow without bound, and each login pays amortized constant time for it."""
        if len(self._sessions) < self._sweep_at:
            return
        self._sessions = {key: s for key, s in self._sessions.items() if not s.ended(now)}
        self._sweep_at = max(_SWEEP_AT_LEAST, 2 * len(self._sessions))


def _unexpired(claims: dict[str, Any]) -> bool:
    expires = claims.get("exp")
    return isinstance(expires, int | float) and time.time() < expires


def _same(given: str, expected: str) -> bool:
    return hmac.compare_digest(given.encode(), expected.encode())
