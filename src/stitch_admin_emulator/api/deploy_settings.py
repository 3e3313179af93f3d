"""How an application deploys, and moving it to another region (both change at once).

The deploy configuration (`.../deploy/config`) says whether changes made in the web UI skip
drafts and whether pushes to a GitHub repository deploy automatically (`provider` must then
be `github`); each change stamps `last_modified`.

A move (`PUT .../deployment_migration`) takes the application to another deployment model
and/or region: the region must offer the model (see `regions`) and the move must change
something (`400` otherwise). The emulator's moves complete at once: the application shows its
new `deployment_model`, `provider_region` and `location` right away and the move reads back
as `successful`, with where it came `from` and went `to`. Before any move, reading it answers
`404`.
"""

from __future__ import annotations

import time

from starlette.responses import Response

from stitch_admin_emulator import regions, timestamps
from stitch_admin_emulator.api.common import APP
from stitch_admin_emulator.api.resources import Setting, answer, serve_setting
from stitch_admin_emulator.app_config import Document
from stitch_admin_emulator.errors import ApiError, bad_request
from stitch_admin_emulator.routing import Call, OperationTable

table = OperationTable()

GITHUB = "github"
deploy_config = Setting(
    "deploy_config",
    lambda call: {"ui_drafts_disabled": False, "automatic_deployment": {"enabled": False}},
    deployable=False,
)
migration = Setting("deployment_migration", deployable=False)


def _deploy_fields(call: Call, current: Document | None) -> Document:
    current = current or {}
    changed = dict(call.body)
    if "automatic_deployment" in changed:
        automatic = {**current.get("automatic_deployment", {}), **changed["automatic_deployment"]}
        if automatic.get("enabled") and automatic.get("provider") != GITHUB:
            raise bad_request(f"automatic deployment needs the provider '{GITHUB}'")
        changed["automatic_deployment"] = automatic
    return changed | {"last_modified": int(time.time())}


serve_setting(table, deploy_config, f"{APP}/deploy/config", fields=_deploy_fields)


@table.operation("GET", f"{APP}/deployment_migration")
def get_deployment_migration(call: Call) -> Response:
    if not migration.exists(call):
        raise ApiError(404, "deployment migration not found", "DeploymentMigrationNotFound")
    return answer(call, migration.get(call))


@table.operation("PUT", f"{APP}/deployment_migration")
def migrate_deployment(call: Call) -> Response:
    app = call.app
    if not call.body.get("deployment_model") and not call.body.get("provider_region"):
        raise bad_request("give the deployment_model or the provider_region to move to")
    before = {"deployment_model": app.deployment_model, "provider_region": app.provider_region}
    after = {
        "deployment_model": call.body.get("deployment_model", app.deployment_model),
        "provider_region": call.body.get("provider_region", app.provider_region),
    }
    region = regions.BY_ID.get(after["provider_region"])
    if region is None:
        raise bad_request(f"unknown provider_region {after['provider_region']!r}")
    if not regions.allows(region, after["deployment_model"]):
        raise bad_request(
            f"{region.id} offers only {', '.join(region.deployment_models)} deployments"
        )
    if after == before:
        raise bad_request("the application is already deployed there")
    app.deployment_model, app.provider_region = after["deployment_model"], region.id
    app.location = region.location
    migration.set(
        call,
        {
            "status": "successful",
            "message": "",
            "updated_at": timestamps.format_ms(timestamps.now_ms()),
            "from": {key: value for key, value in before.items() if value},
            "to": after,
        },
    )
    return answer(call)
