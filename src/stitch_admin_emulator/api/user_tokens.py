"""App users' tokens: checking an access token, and how long refresh tokens live (runtime).

See `app_tokens` for which tokens are valid (the control endpoint mints them, as the service's
logins would). The refresh token lifetime is between 30 minutes and 180 days, 60 days
unless set; a `PUT` without it puts the default back.
"""

from __future__ import annotations

from starlette.responses import Response

from stitch_admin_emulator import app_tokens
from stitch_admin_emulator.api.common import APP
from stitch_admin_emulator.api.resources import Setting, answer, serve_setting
from stitch_admin_emulator.app_config import Document
from stitch_admin_emulator.routing import Call, OperationTable

table = OperationTable()

DEFAULT_REFRESH_SECONDS = 60 * 86400
expiration = Setting(
    "refresh_token_expiration",
    default=lambda call: {"expiration_time_seconds": DEFAULT_REFRESH_SECONDS},
    deployable=False,
)


@table.operation("POST", f"{APP}/users/verify_token")
def verify_user_token(call: Call) -> Response:
    return answer(call, app_tokens.verify(call.store.sessions, call.app, call.body["token"]))


def _expiration(call: Call, current: Document | None) -> Document:
    return {
        "expiration_time_seconds": call.body.get("expiration_time_seconds", DEFAULT_REFRESH_SECONDS)
    }


serve_setting(table, expiration, f"{APP}/security/refresh_token_expiration", fields=_expiration)
