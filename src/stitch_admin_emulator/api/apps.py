"""Applications of a group, and their export as a zip."""

from __future__ import annotations

import re

from starlette.responses import Response

from stitch_admin_emulator import config_files, ids
from stitch_admin_emulator.api.common import APP, bool_query
from stitch_admin_emulator.app_config import AppConfig, ServiceRecord
from stitch_admin_emulator.errors import bad_request, conflict
from stitch_admin_emulator.responses import created, json_response, no_content
from stitch_admin_emulator.routing import Call, OperationTable

table = OperationTable()

# The service's rule: 1 to 32 ASCII letters, digits, '_' and '-'.
APP_NAME_MAX_LENGTH = 32
_APP_NAME = re.compile(rf"[A-Za-z0-9_-]{{1,{APP_NAME_MAX_LENGTH}}}")
DEFAULT_LOCATION = "US-VA"
DEFAULT_DEPLOYMENT_MODEL = "GLOBAL"


def add_defaults(config: AppConfig) -> None:
    """What `?defaults=true` adds: API-key and anonymous login, and a linked Atlas cluster."""
    for kind, disabled in (("api-key", False), ("anon-user", True)):
        provider_id = ids.object_id()
        config.auth_providers[provider_id] = {
            "_id": provider_id,
            "name": kind,
            "type": kind,
            "disabled": disabled,
            "config": {},
        }
    service_id = ids.object_id()
    config.services[service_id] = ServiceRecord(
        {
            "_id": service_id,
            "name": "mongodb-atlas",
            "type": "mongodb-atlas",
            "version": 1,
            "config": {"clusterName": "Cluster0"},
        }
    )


@table.operation("GET", "/groups/{groupId}/apps")
def list_apps(call: Call) -> Response:
    return json_response(
        [app.document() for app in call.store.apps_of_group(call.params["groupId"])]
    )


@table.operation("POST", "/groups/{groupId}/apps")
def create_app(call: Call) -> Response:
    group_id, name = call.params["groupId"], call.body["name"]
    defaults = bool_query(call.query("defaults"), "defaults")
    if not _APP_NAME.fullmatch(name):
        raise bad_request(
            f"the app name must be 1 to {APP_NAME_MAX_LENGTH} ASCII letters, digits, '_' or '-'"
        )
    if any(app.name == name for app in call.store.apps_of_group(group_id)):
        raise conflict(f"an app named '{name}' already exists in this group")
    app = call.store.create_app(
        group_id,
        name,
        call.body.get("location", DEFAULT_LOCATION),
        call.body.get("deployment_model", DEFAULT_DEPLOYMENT_MODEL),
    )
    if defaults:
        add_defaults(app.deployed)
    return created(app.document())


@table.operation("GET", APP)
def get_app(call: Call) -> Response:
    return json_response(call.app.document())


@table.operation("DELETE", APP)
def delete_app(call: Call) -> Response:
    call.store.delete_app(call.app)
    return no_content()


@table.operation("GET", f"{APP}/export")
def export_app(call: Call) -> Response:
    archive = config_files.export_zip(call.app.document(), call.app.deployed)
    disposition = f'attachment; filename="{call.app.name}.zip"'
    return Response(
        archive, media_type="application/zip", headers={"Content-Disposition": disposition}
    )
