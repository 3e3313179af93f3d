"""Application API keys: the secret `key` is shown once, in the answer to the create."""

from __future__ import annotations

from starlette.responses import Response

from stitch_admin_emulator import ids
from stitch_admin_emulator.api.collections import Collection
from stitch_admin_emulator.api.common import APP
from stitch_admin_emulator.app_config import Document
from stitch_admin_emulator.responses import created, json_response, no_content
from stitch_admin_emulator.routing import Call, OperationTable

table = OperationTable()

KEYS = f"{APP}/api_keys"
KEY = f"{KEYS}/{{apiKeyId}}"
api_keys = Collection("API key", "APIKeyNotFound", "apiKeyId", lambda call: call.app.api_keys)


def _without_secret(key: Document) -> Document:
    return {name: value for name, value in key.items() if name != "key"}


@table.operation("GET", KEYS)
def list_api_keys(call: Call) -> Response:
    return json_response([_without_secret(key) for key in call.app.api_keys.values()])


@table.operation("POST", KEYS)
def create_api_key(call: Call) -> Response:
    return created(
        api_keys.add(call, {"name": call.body["name"], "disabled": False, "key": ids.secret()})
    )


@table.operation("GET", KEY)
def get_api_key(call: Call) -> Response:
    return json_response(_without_secret(api_keys.one(call)))


@table.operation("DELETE", KEY)
def delete_api_key(call: Call) -> Response:
    api_keys.remove(call)
    return no_content()


@table.operation("PUT", f"{KEY}/enable")
def enable_api_key(call: Call) -> Response:
    api_keys.one(call)["disabled"] = False
    return no_content()


@table.operation("PUT", f"{KEY}/disable")
def disable_api_key(call: Call) -> Response:
    api_keys.one(call)["disabled"] = True
    return no_content()
