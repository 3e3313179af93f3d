"""The Data API's settings (part of the deployable configuration; deprecated, still served).

There are none until a `POST` sets them up (reads and changes answer 404 before that); a
`POST` again replaces them. The settings name who requests run as: a user of the app
(`run_as_user_id`) or a script that picks one (`run_as_user_id_script_source`), not both;
validating callers by a secret needs `secret_name` naming one of the app's secrets.
"""

from __future__ import annotations

import copy

from starlette.responses import Response

from stitch_admin_emulator import document
from stitch_admin_emulator.api.common import APP
from stitch_admin_emulator.api.resources import Setting, answer
from stitch_admin_emulator.app_config import Document
from stitch_admin_emulator.errors import bad_request, not_found
from stitch_admin_emulator.routing import Call, OperationTable

table = OperationTable()

CONFIG = f"{APP}/data_api/config"
SECRET_VALIDATIONS = ("SECRET_AS_QUERY_PARAM", "VERIFY_PAYLOAD")
DEFAULTS: Document = {
    "disabled": False,
    "versions": ["v1"],
    "return_type": "JSON",
    "create_user_on_auth": False,
    "run_as_user_id": "",
    "run_as_user_id_script_source": "",
    "validation_method": "NO_VALIDATION",
    "secret_name": "",
    "can_evaluate": {},
}
setting = Setting("data_api_config")


def _versions() -> list[str]:
    versions: list[str] = document.load()["components"]["schemas"]["DataApiVersion"]["enum"]
    return versions


def _checked(call: Call, settings: Document) -> Document:
    if not settings["versions"]:
        raise bad_request("the Data API needs at least one version")
    settings["versions"] = list(dict.fromkeys(settings["versions"]))
    if settings["run_as_user_id"] and settings["run_as_user_id_script_source"]:
        raise bad_request("give run_as_user_id or run_as_user_id_script_source, not both")
    if settings["run_as_user_id"] and settings["run_as_user_id"] not in call.app.users:
        raise bad_request(
            f"run_as_user_id {settings['run_as_user_id']!r} names no user of the app",
            "UserNotFound",
        )
    if settings["validation_method"] in SECRET_VALIDATIONS:
        secrets = call.app.collection("secrets").values()
        if not any(secret.get("name") == settings["secret_name"] for secret in secrets):
            raise bad_request(
                f"validation_method {settings['validation_method']} needs secret_name naming "
                "one of the app's secrets",
                "SecretNotFound",
            )
    return settings


def _current(call: Call) -> Document:
    if not setting.exists(call):
        raise not_found("Data API configuration", "DataAPIConfigNotFound")
    return setting.get(call)


@table.operation("GET", CONFIG)
def get_data_api_config(call: Call) -> Response:
    return answer(call, _current(call))


@table.operation("POST", CONFIG)
def create_data_api_config(call: Call) -> Response:
    return answer(call, setting.set(call, _checked(call, copy.deepcopy(DEFAULTS) | call.body)))


@table.operation("PATCH", CONFIG)
def update_data_api_config(call: Call) -> Response:
    return answer(call, setting.set(call, _checked(call, _current(call) | call.body)))


@table.operation("GET", f"{APP}/data_api/versions")
def list_data_api_versions(call: Call) -> Response:
    return answer(call, _versions())
