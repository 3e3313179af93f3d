"""Access tokens of an application's users: minted by the control endpoint, checked by
`POST .../users/verify_token`.

The emulator serves no client logins, so the control endpoint stands in for them: it issues
a user of the app an access token (a JWT signed with a key of that app, derived from the
emulator's secret). `verify` answers as the service does: the claims of a valid token, the
string `token expired` for an expired one, and an `InvalidToken` error for anything the app
did not issue or whose user is gone or disabled.
"""

from __future__ import annotations

import time
from typing import Any

from stitch_admin_emulator import ids, tokens
from stitch_admin_emulator.app_config import Document
from stitch_admin_emulator.errors import ApiError, bad_request
from stitch_admin_emulator.sessions import Sessions
from stitch_admin_emulator.state import AppRecord

EXPIRED = "token expired"
ACCESS_TTL_SECONDS = 1800
ACCESS = "access"


def _key(sessions: Sessions, app: AppRecord) -> bytes:
    return sessions.derived_key(f"user-access:{app.id}")


def mint(
    sessions: Sessions,
    app: AppRecord,
    user: Document,
    *,
    expires_in: float = ACCESS_TTL_SECONDS,
    device_id: str | None = None,
) -> dict[str, Any]:
    """A new access token for a user of the app, and when it expires."""
    now = int(time.time())
    claims = {
        "sub": user["_id"],
        "typ": ACCESS,
        "iat": now,
        "exp": now + int(expires_in),
        "iss": app.id,
        "domain_id": app.domain_id,
        "device_id": device_id or ids.object_id(),
        "jti": ids.object_id(),
    }
    return {
        "access_token": tokens.encode(claims, _key(sessions, app)),
        "user_id": user["_id"],
        "device_id": claims["device_id"],
        "expires": claims["exp"],
    }


def invalid(reason: str) -> ApiError:
    return bad_request(f"invalid token: {reason}", "InvalidToken")


def verify(sessions: Sessions, app: AppRecord, token: str) -> Document | str:
    """The token's claims as the service shows them, or `EXPIRED`; ApiError if invalid."""
    try:
        claims = tokens.decode(token, _key(sessions, app))
    except tokens.InvalidToken as exc:
        raise invalid("the app did not issue it") from exc
    if claims.get("typ") != ACCESS or claims.get("iss") != app.id:
        raise invalid("not an access token of this app")
    user = app.users.get(str(claims.get("sub")))
    if user is None:
        raise invalid("its user no longer exists")
    if user.get("disabled"):
        raise invalid("its user is disabled")
    expires = claims.get("exp")
    if not isinstance(expires, int) or expires <= time.time():
        return EXPIRED
    shown: Document = {
        key: claims[key] for key in ("sub", "exp", "iat", "iss", "domain_id", "device_id")
    }
    if user.get("data"):
        shown["data"] = user["data"]
    return shown
