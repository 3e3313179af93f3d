"""The whole configuration at once: `GET .../pull` and `PATCH .../push`.

A pull answers the deployed configuration as one JSON document (`AppConfiguration`), or,
when the `Accept` header prefers `application/zip` to `application/json`, as a zip of the
configuration directory (config version 20210101, see `config_layout`), hosted files
included; JSON whatever else the header asks for. The same configuration always pulls as
the same bytes, in either form.

A push replaces the whole configuration: in the caller's draft if they have one (deploying
the draft applies it), else directly, as a deployment that is `successful` at once and
listed with the others; a push that changes nothing leaves no deployment. The app's
environment is not drafted: a push sets it at once, with or without a draft.
"""

from __future__ import annotations

import json
import time

from starlette.responses import Response

from stitch_admin_emulator import (
    config_document,
    config_files,
    config_layout,
    config_push,
    ids,
    regions,
)
from stitch_admin_emulator.api.common import APP
from stitch_admin_emulator.api.resources import answer
from stitch_admin_emulator.app_config import AppConfig
from stitch_admin_emulator.config_document import AppSettings
from stitch_admin_emulator.deployments import SUCCESSFUL, Deployment, Outcome
from stitch_admin_emulator.routing import Call, OperationTable
from stitch_admin_emulator.state import AppRecord

table = OperationTable()

PULL = f"{APP}/pull"
PUSH = f"{APP}/push"
ZIP = "application/zip"
JSON = "application/json"


def app_settings(app: AppRecord) -> AppSettings:
    located = regions.for_location(app.location)
    region = app.document().get("provider_region") or (located.id if located else None)
    return AppSettings(app.name, app.deployment_model, region, app.environment)


def secret_names(app: AppRecord) -> dict[str, str]:
    """The app's secrets' names by id (never their values)."""
    return {key: secret["name"] for key, secret in app.collections.get("secrets", {}).items()}


def _quality(accept: str, media_type: str) -> float:
    """How much an Accept header wants a media type (0 when it does not)."""
    ranges = (media_type, media_type.partition("/")[0] + "/*", "*/*")
    given: dict[str, float] = {}
    for part in accept.split(","):
        media, *params = (piece.strip().lower() for piece in part.split(";"))
        if media not in ranges:
            continue
        quality = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        given[media] = max(given.get(media, 0.0), quality)
    # The most specific range that covers the media type decides.
    return next((given[media] for media in ranges if media in given), 0.0)


def wants_zip(accept: str | None) -> bool:
    """Whether an Accept header prefers the zip to JSON; JSON when it does not say."""
    return bool(accept) and _quality(accept or "", ZIP) > _quality(accept or "", JSON)


def configuration_zip(app: AppRecord, config: AppConfig) -> bytes:
    """A configuration as the zip of its directory, hosted files included."""
    document = config_document.to_document(app_settings(app), config, secret_names(app))
    files = config_layout.document_to_files(document) | config_layout.hosting_files(
        config.hosting.values()
    )
    return config_files.zip_archive(files)


@table.operation("GET", PULL)
def pull_app_configuration(call: Call) -> Response:
    app = call.app
    if wants_zip(call.request.headers.get("accept")):
        disposition = f'attachment; filename="{app.name}.zip"'
        return Response(
            configuration_zip(app, app.deployed),
            media_type=ZIP,
            headers={"Content-Disposition": disposition},
        )
    document = config_document.to_document(app_settings(app), app.deployed, secret_names(app))
    body = json.dumps(document, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return Response(body.encode(), media_type=JSON)


@table.operation("PATCH", PUSH)
def push_app_configuration(call: Call) -> Response:
    app = call.app
    draft = app.drafts.get(call.user.user_id)
    current = app.deployed if draft is None else draft.config
    config, settings = config_push.from_document(
        call.body,
        current,
        app_settings(app),
        secret_names(app),
        new_id=ids.object_id,
        now=int(time.time()),
    )
    app.environment = settings.environment
    if draft is not None:
        draft.config = config
    elif not config_push.same_configuration(config, app.deployed):
        app.deployed = config
        app.deployments.append(
            Deployment(
                id=ids.object_id(),
                app_id=app.id,
                draft_id="",
                user_id=call.user.user_id,
                base=None,
                config=None,
                outcome=Outcome(),
                delay=0.0,
                status=SUCCESSFUL,
            )
        )
        call.emulator.counters.deployments += 1
    return answer(call)
