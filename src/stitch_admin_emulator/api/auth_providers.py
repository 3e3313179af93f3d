"""The ways an application's users log in (part of the deployable configuration)."""

from __future__ import annotations

from starlette.responses import Response

from stitch_admin_emulator.api.common import APP, check_name_free
from stitch_admin_emulator.api.resources import Family, answer, serve_family
from stitch_admin_emulator.errors import bad_request
from stitch_admin_emulator.responses import no_content
from stitch_admin_emulator.routing import Call, OperationTable

table = OperationTable()

PROVIDERS = f"{APP}/auth_providers"
PROVIDER = f"{PROVIDERS}/{{providerId}}"


providers = Family(
    "auth_providers",
    "auth provider",
    "AuthProviderNotFound",
    "providerId",
    where=lambda call: call.config.auth_providers,
)


@table.operation("POST", PROVIDERS)
def create_auth_provider(call: Call) -> Response:
    fields = {
        "name": call.body.get("name", call.body["type"]),
        "type": call.body["type"],
        "disabled": call.body.get("disabled", False),
        "config": call.body.get("config", {}),
    }
    return answer(call, providers.add(call, fields))


serve_family(table, providers, PROVIDERS, PROVIDER, skip=("POST collection", "PATCH item"))


@table.operation("PATCH", PROVIDER)
def update_auth_provider(call: Call) -> Response:
    provider, body = providers.one(call), call.body
    if body.get("_id", provider["_id"]) != provider["_id"]:
        raise bad_request("'_id' does not match the provider in the path")
    if body.get("type", provider["type"]) != provider["type"]:
        raise bad_request("a provider's type cannot change")
    if "name" in body:
        existing = call.config.auth_providers
        check_name_free(existing, body["name"], "auth provider", provider["_id"], status=400)
        provider["name"] = body["name"]
    if "disabled" in body:
        provider["disabled"] = body["disabled"]
    if "config" in body:
        provider["config"] = {**provider.get("config", {}), **body["config"]}
    return no_content()


def _set_disabled(call: Call, disabled: bool) -> Response:
    providers.one(call)["disabled"] = disabled
    return no_content()


@table.operation("PUT", f"{PROVIDER}/disable")
def disable_auth_provider(call: Call) -> Response:
    return _set_disabled(call, True)


@table.operation("PUT", f"{PROVIDER}/enable")
def enable_auth_provider(call: Call) -> Response:
    return _set_disabled(call, False)
