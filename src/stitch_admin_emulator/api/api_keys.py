"""Application API keys: the secret `key` is shown once, in the answer to the create."""

from __future__ import annotations

from starlette.responses import Response

from stitch_admin_emulator import ids
from stitch_admin_emulator.api.common import APP
from stitch_admin_emulator.api.resources import Family, answer, serve_family
from stitch_admin_emulator.app_config import Document
from stitch_admin_emulator.responses import no_content
from stitch_admin_emulator.routing import Call, OperationTable

table = OperationTable()

KEYS = f"{APP}/api_keys"
KEY = f"{KEYS}/{{apiKeyId}}"
api_keys = Family(
    "api_keys", "API key", "APIKeyNotFound", "apiKeyId", where=lambda call: call.app.api_keys
)


def _without_secret(call: Call, key: Document) -> Document:
    return {name: value for name, value in key.items() if name != "key"}


@table.operation("POST", KEYS)
def create_api_key(call: Call) -> Response:
    fields = {"name": call.body["name"], "disabled": False, "key": ids.secret()}
    return answer(call, api_keys.add(call, fields))


serve_family(table, api_keys, KEYS, KEY, shown=_without_secret, skip=("POST collection",))


@table.operation("PUT", f"{KEY}/enable")
def enable_api_key(call: Call) -> Response:
    api_keys.one(call)["disabled"] = False
    return no_content()


@table.operation("PUT", f"{KEY}/disable")
def disable_api_key(call: Call) -> Response:
    api_keys.one(call)["disabled"] = True
    return no_content()
