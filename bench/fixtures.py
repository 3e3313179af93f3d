"""The response bodies every contender receives: the same bytes for all of them.

They look like what the service sends: an App with the fields the document lists plus a few it
does not, and log entries with the fifteen-odd fields real entries carry (some undocumented).
"""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from collections.abc import Callable

    import httpx

    from stitch_admin_ext import StitchAdmin

GROUP_ID: Final = "5f0a1b2c3d4e5f6a7b8c9d0e"
APP_ID: Final = "6a7b8c9d0e1f2a3b4c5d6e7f"
ORIGIN: Final = "https://stitch.bench.invalid"
API_PATH: Final = "/api/admin/v3.0"
APP_PATH: Final = f"{API_PATH}/groups/{GROUP_ID}/apps/{APP_ID}"
LOGS_PATH: Final = f"{APP_PATH}/logs"
PAGE_SIZE: Final = 100
# When the newest entry of a generated log was written.
EPOCH: Final = datetime(2024, 5, 1, 12, 0, 0, tzinfo=UTC)
JSON_HEADERS: Final = (("Content-Type", "application/json"),)

APP: Final[dict[str, Any]] = {
    "_id": APP_ID,
    "client_app_id": "inventory-sync-abcde",
    "name": "inventory-sync",
    "location": "US-VA",
    "deployment_model": "GLOBAL",
    "domain_id": "5f0a1b2c3d4e5f6a7b8c9d11",
    "group_id": GROUP_ID,
    # Not in the document: kept in additional_properties.
    "product": "standard",
    "last_used": 1714564800,
    "last_modified": 1714564800,
}


def _object_id(n: int) -> str:
    return f"{0x65F1C0A0 + n:08x}a1b2c3d4e5f6a7b8"


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def log_entry(n: int) -> dict[str, Any]:
    """The n-th newest entry of a log: a function call with a few console lines."""
    started = EPOCH - timedelta(milliseconds=250 * n)
    return {
        "_id": _object_id(n),
        "co_id": _object_id(n + 7_000_000),
        "type": "FUNCTION" if n % 4 else "API",
        "domain_id": "5f0a1b2c3d4e5f6a7b8c9d11",
        "app_id": APP_ID,
        "group_id": GROUP_ID,
        "request_url": "/api/client/v2.0/app/inventory-sync-abcde/functions/call",
        "request_method": "POST",
        "remote_ip_address": "203.0.113.7",
        "started": _stamp(started),
        "completed": _stamp(started + timedelta(milliseconds=37 + n % 50)),
        "status": 200,
        "user_id": "65f1c0a0a1b2c3d4e5f6a7c0",
        "function_name": "syncInventory",
        "function_id": "65f1c0a0a1b2c3d4e5f6a7c1",
        "messages": [f"processed batch {n}", "upserted 12 documents"],
        "mem_time_usage": 1_200_000 + n % 977,
        "platform": "node",
        # Not in the document: kept in additional_properties.
        "served_by": "worker-3",
    }


def log_page(first: int, size: int = PAGE_SIZE, *, more: bool = True) -> dict[str, Any]:
    """Entries first..first+size-1; with ``more``, the cursor to the following page."""
    page: dict[str, Any] = {"logs": [log_entry(n) for n in range(first, first + size)]}
    if more:
        page["nextEndDate"] = _stamp(EPOCH - timedelta(milliseconds=250 * (first + size)))
    return page


def encode(body: object) -> bytes:
    return json.dumps(body, separators=(",", ":")).encode()


APP_BYTES: Final = encode(APP)
LOG_PAGE_BYTES: Final = encode(log_page(0))


def fake_jwt(lifetime: float = 30 * 60, *, now: float | None = None) -> str:
    """An unsigned JWT the client can read an expiry from, as the service's tokens are."""
    issued = int(datetime.now(UTC).timestamp() if now is None else now)

    def part(value: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(encode(value)).rstrip(b"=").decode()

    claims = {"sub": "admin", "typ": "access", "iat": issued, "exp": issued + int(lifetime)}
    return f"{part({'alg': 'HS256', 'typ': 'JWT'})}.{part(claims)}.c2lnbmF0dXJl"


def mock_admin(handler: Callable[[httpx.Request], httpx.Response], **options: Any) -> StitchAdmin:
    """``StitchAdmin.login`` over ``httpx.MockTransport(handler)`` (which must answer the login)."""
    import httpx

    from stitch_admin_ext import StitchAdmin

    return StitchAdmin.login(
        username="bench-public",
        api_key="bench-private-key",
        base_url=ORIGIN,
        transport=httpx.MockTransport(handler),
        **options,
    )
