"""Administrators, their sessions and tokens, and the service's exact answers to bad tokens.

A session is created by a login and named by its refresh token's `jti`; every access token
records the session it came from, so revoking the session (`DELETE /auth/session`) also ends
the access tokens minted from it. Access tokens are also tracked one by one, which lets the
control endpoint expire all of them at once. The signing secret is random per process.
"""

from __future__ import annotations

import hmac
import os
import time
from typing import Any

import attrs

from stitch_admin_emulator import ids, tokens
from stitch_admin_emulator.errors import ApiError

ACCESS = "access"
REFRESH = "refresh"

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


class Sessions:
    """The administrators and the live sessions. Callers hold the store's lock."""

    def __init__(self, access_ttl: float, refresh_ttl: float) -> None:
        self.access_ttl = access_ttl
        self.refresh_ttl = refresh_ttl
        self._secret = os.urandom(32)
        self.admins: dict[str, Admin] = {}
        self.providers = [
            {"_id": ids.object_id(), "name": kind, "type": kind, "disabled": False}
            for kind in ("mongodb-cloud", "local")
        ]
        self._sessions: dict[str, Session] = {}
        # jti -> (session id, expiry) of every access token that has not been force-expired.
        self._access_tokens: dict[str, tuple[str, float]] = {}

    def add_admin(self, public_key: str, private_key: str, group_ids: list[str]) -> Admin:
        admin = Admin(ids.object_id(), public_key, private_key, list(group_ids))
        self.admins[admin.user_id] = admin
        return admin

    def admin_with_key(self, public_key: str) -> Admin | None:
        return next((a for a in self.admins.values() if a.public_key == public_key), None)

    def groups(self) -> set[str]:
        return {group for admin in self.admins.values() for group in admin.group_ids}

    def login(self, public_key: str, secret: str | None) -> dict[str, Any]:
        admin = self.admin_with_key(public_key)
        if admin is None or secret is None or not _same(secret, admin.private_key):
            raise ApiError(401, BAD_CREDENTIALS)
        now = time.time()
        session = Session(ids.object_id(), admin.user_id, now + self.refresh_ttl)
        self._sessions[session.id] = session
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
        self._session_of_refresh_token(bearer).revoked = True

    def authenticate(self, bearer: str | None) -> Admin:
        """The administrator an access token belongs to, or the service's 401."""
        claims = self._claims(bearer)
        if claims.get("typ") != ACCESS:
            # The service names no error_code here: a client must not refresh and retry.
            raise ApiError(401, "invalid session: valid Issuer required")
        session_id, _ = self._access_tokens.get(str(claims.get("jti")), ("", 0.0))
        session = self._sessions.get(session_id)
        if session is None or session.revoked or not _unexpired(claims):
            raise invalid_session("access token expired")
        admin = self.admins.get(session.user_id)
        if admin is None:
            raise invalid_session("access token expired")
        return admin

    def expire_access_tokens(self) -> None:
        self._access_tokens.clear()

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
        self._prune(now)
        jti = ids.object_id()
        expires = now + self.access_ttl
        self._access_tokens[jti] = (session.id, expires)
        return self._token(
            ACCESS, session.user_id, jti, now=now, expires=expires, session_id=session.id
        )

    def _token(
        self, kind: str, user_id: str, jti: str, *, now: float, expires: float, session_id: str
    ) -> str:
        claims = {"sub": user_id, "typ": kind, "iat": now, "exp": expires, "jti": jti}
        # `sid` names the session, so a token can be traced to the login that began it.
        claims["sid"] = session_id
        return tokens.encode(claims, self._secret)

    def _prune(self, now: float) -> None:
        """Forget what has ended, now and then, so a long run does not grow without bound."""
        if len(self._sessions) + len(self._access_tokens) < 4096:
            return
        self._sessions = {
            key: s for key, s in self._sessions.items() if not s.revoked and s.expires > now
        }
        self._access_tokens = {
            jti: (session_id, expires)
            for jti, (session_id, expires) in self._access_tokens.items()
            if expires > now and session_id in self._sessions
        }


def _unexpired(claims: dict[str, Any]) -> bool:
    expires = claims.get("exp")
    return isinstance(expires, int | float) and time.time() < expires


def _same(given: str, expected: str) -> bool:
    return hmac.compare_digest(given.encode(), expected.encode())
