"""Custom HTTPS endpoints (part of the deployable configuration; deprecated, still served).

Each endpoint runs a function of the app, named by `function_id` (the API's way) or
`function_name` (configuration files' way); answers show both. No two endpoints share a
route and method, and `*` stands for every method, so it clashes with any endpoint of its
route. Validating callers by a secret needs `secret_id` naming one of the app's secrets.
Deleting answers `200 {}`, as the service does.
"""

from __future__ import annotations

from starlette.responses import Response

from stitch_admin_emulator.api.common import APP, pick
from stitch_admin_emulator.api.resources import Family, answer, serve_family
from stitch_admin_emulator.app_config import Document
from stitch_admin_emulator.errors import bad_request, conflict
from stitch_admin_emulator.routing import Call, OperationTable

table = OperationTable()

ENDPOINTS = f"{APP}/endpoints"
ENDPOINT = f"{ENDPOINTS}/{{endpointId}}"
SECRET_VALIDATIONS = ("SECRET_AS_QUERY_PARAM", "VERIFY_PAYLOAD")
endpoints = Family("endpoints", "HTTPS endpoint", "EndpointNotFound", "endpointId", name=None)
_KEPT = (
    "validation_method",
    "return_type",
    "respond_result",
    "fetch_custom_user_data",
    "create_user_on_auth",
)


def _function_id(call: Call, body: Document) -> str:
    functions = call.config.functions
    function_id, name = body.get("function_id"), body.get("function_name")
    if function_id is not None:
        function = functions.get(function_id)
        if function is None:
            raise bad_request(f"function_id {function_id!r} names no function", "FunctionNotFound")
        if name is not None and function["name"] != name:
            raise bad_request(f"function_id {function_id!r} names no function called {name!r}")
        return str(function_id)
    if name is None:
        raise bad_request("an endpoint needs the function it runs: function_id or function_name")
    found = call.config.function_named(name)
    if found is None:
        raise bad_request(f"function {name!r} does not exist", "FunctionNotFound")
    return str(found["_id"])


def _check_route(call: Call, route: str, method: str, keep: str | None) -> None:
    for key, other in endpoints.documents(call).items():
        if key == keep or other["route"] != route:
            continue
        if "*" in (method, other["http_method"]) or other["http_method"] == method:
            raise conflict(
                f"an endpoint for {other['http_method']} {route} already exists",
                "DuplicateEndpoint",
            )


def _fields(call: Call, current: Document | None) -> Document:
    body = call.body
    if current is not None and body.get("_id", current["_id"]) != current["_id"]:
        raise bad_request("'_id' does not match the endpoint in the path")
    method = body["http_method"]
    _check_route(call, body["route"], method, None if current is None else current["_id"])
    fields: Document = {
        "route": body["route"],
        "http_method": method,
        "function_id": _function_id(call, body),
        "validation_method": "NO_VALIDATION",
        "return_type": "JSON",
        "respond_result": False,
        "fetch_custom_user_data": False,
        "create_user_on_auth": False,
        "disabled": body.get("disabled", False),
    } | pick(body, *_KEPT)
    if fields["validation_method"] in SECRET_VALIDATIONS:
        secret_id = body.get("secret_id")
        if secret_id not in call.app.collection("secrets"):
            raise bad_request(
                f"validation_method {fields['validation_method']} needs secret_id naming one "
                "of the app's secrets",
                "SecretNotFound",
            )
        fields["secret_id"] = secret_id
    return fields


def _shown(call: Call, endpoint: Document) -> Document:
    function = call.config.functions.get(endpoint["function_id"])
    return endpoint if function is None else {**endpoint, "function_name": function["name"]}


@table.operation("DELETE", ENDPOINT)
def delete_https_endpoint(call: Call) -> Response:
    endpoints.remove(call)
    return answer(call, {})


serve_family(
    table, endpoints, ENDPOINTS, ENDPOINT, fields=_fields, shown=_shown, skip=("DELETE item",)
)
