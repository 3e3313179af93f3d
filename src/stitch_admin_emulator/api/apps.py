"""Applications of a group, and their export as a zip.

A new application may say where it runs with `provider_region` (which sets its `location`)
or the older `location` (which sets the region when it names an AWS one), in which
`deployment_model` (the region must offer it), which `environment` it is in, which `product`
it belongs to (the `product` query parameter; lists filter by it too) and a first
`data_source` (a service created with it, rules and all).
"""

from __future__ import annotations

import re

from starlette.responses import Response

from stitch_admin_emulator import config_files, config_layout, ids, regions
from stitch_admin_emulator.api.common import APP, bool_query
from stitch_admin_emulator.api.configuration import configuration_zip
from stitch_admin_emulator.api.services import add_service
from stitch_admin_emulator.app_config import AppConfig, ServiceRecord
from stitch_admin_emulator.errors import bad_request, conflict, not_found
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


PRODUCTS = ("standard", "atlas", "data-api", "device-sync")
DEFAULT_PRODUCT = PRODUCTS[0]


def _product(call: Call) -> str | None:
    product = call.query("product")
    if product is not None and product not in PRODUCTS:
        raise bad_request(f"product must be one of {', '.join(PRODUCTS)}, not {product!r}")
    return product


@table.operation("GET", "/groups/{groupId}/apps")
def list_apps(call: Call) -> Response:
    # An unknown product has no applications.
    product = call.query("product")
    return json_response(
        [
            app.document()
            for app in call.store.apps_of_group(call.params["groupId"])
            if product is None or app.product == product
        ]
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
    body = call.body
    model = body.get("deployment_model", DEFAULT_DEPLOYMENT_MODEL)
    location = body.get("location", DEFAULT_LOCATION)
    region = regions.BY_ID.get(body.get("provider_region", ""))
    if region is not None:
        if not regions.allows(region, model):
            raise bad_request(
                f"{region.id} offers only {', '.join(region.deployment_models)} deployments"
            )
        location = region.location
    app = call.store.create_app(group_id, name, location, model)
    if region is not None:
        app.provider_region = region.id
    app.environment = body.get("environment", "")
    app.product = _product(call) or DEFAULT_PRODUCT
    if defaults:
        add_defaults(app.deployed)
    if "data_source" in body:
        add_service(app.deployed, body["data_source"])
    return created(app.document())


@table.operation("GET", APP)
def get_app(call: Call) -> Response:
    return json_response(call.app.document())


@table.operation("DELETE", APP)
def delete_app(call: Call) -> Response:
    call.store.delete_app(call.app)
    return no_content()


def _deployed_by(call: Call, deployment_id: str) -> AppConfig:
    """The configuration a deployment resulted in, while the app keeps it (the latest
    successful deployments of drafts, `state.REDEPLOYABLE`)."""
    for deployment in call.app.deployments:
        if deployment.id == deployment_id and deployment.result is not None:
            return deployment.result
    raise not_found("deployment", "DeploymentNotFound")


@table.operation("GET", f"{APP}/export")
def export_app(call: Call) -> Response:
    """The older export: the 20180301 layout unless `version` asks for the current one;
    the configuration a deployment resulted in when `deployment` names one."""
    deployment_id = call.query("deployment")
    config = _deployed_by(call, deployment_id) if deployment_id else call.app.deployed
    if call.query("version") == str(config_layout.CONFIG_VERSION):
        archive = configuration_zip(call.app, config)
    else:
        archive = config_files.export_zip(call.app.document(), config)
    disposition = f'attachment; filename="{call.app.name}.zip"'
    return Response(
        archive, media_type="application/zip", headers={"Content-Disposition": disposition}
    )
