"""Deploy a function and use it: what an operator automates first.

Logs in; creates an app; in one draft creates the function `echoArg`, a value and a trigger;
prints the draft's changes; deploys and waits; runs `echoArg` with ["Hello world!"] through the
admin debug endpoint; reads the latest log entries; uploads a small hosted file; exports the app
to a zip; deletes the demo app; logs out. One line per step.

    export STITCH_ADMIN_BASE_URL=https://services.cloud.mongodb.com
    export STITCH_ADMIN_USERNAME=<public API key> STITCH_ADMIN_API_KEY=<private API key>
    export STITCH_ADMIN_GROUP_ID=<project id>
    python examples/deploy_function.py

`make demo` runs it against the local emulator.
"""

from __future__ import annotations

import secrets
import sys
import tempfile
import time
import zipfile
from itertools import islice
from pathlib import Path

from settings import Settings, SettingsError, fail, say, short
from stitch_admin_client.api.apps import create_app, delete_app
from stitch_admin_client.api.functions import create_function, execute_function
from stitch_admin_client.api.hosting import get_hosting_asset
from stitch_admin_client.api.triggers import create_trigger
from stitch_admin_client.api.values import create_value
from stitch_admin_client.models import (
    AppCreate,
    AuthOperationType,
    Deployment,
    ExecuteFunctionRequest,
    FunctionInput,
    TriggerConfig,
    TriggerInput,
    TriggerType,
    ValueInput,
)

from stitch_admin_ext import StitchAdmin, errors

ECHO_ARG = "exports = function(arg){ return {arg: arg}; };"
HELLO_FILE = b"Hello from stitch-admin!\n"


class DeploymentProgress:
    """Shows a deployment's statuses on one line as they change."""

    def __init__(self) -> None:
        self.started = time.monotonic()
        self.statuses: list[str] = []

    def __call__(self, deployment: Deployment) -> None:
        status = str(deployment.status) if deployment.status else "unknown"
        if not self.statuses:
            print(f"Deploying (deployment {short(deployment.id)}): {status}", end="", flush=True)
        elif status != self.statuses[-1]:
            print(f" → {status}", end="", flush=True)
        else:
            return
        self.statuses.append(status)

    def done(self) -> None:
        if self.statuses:
            print(f" ({time.monotonic() - self.started:.1f} s)", flush=True)


def changed_files(diffs: list[str]) -> list[str]:
    """The configuration files a draft's unified diffs touch."""
    names = []
    for diff in diffs:
        for line in diff.splitlines():
            if line.startswith(("+++ ", "--- ")) and not line.endswith("/dev/null"):
                name = line[4:].split("\t")[0].removeprefix("a/").removeprefix("b/")
                if name not in names:
                    names.append(name)
                break
    return names


def build_in_draft(admin: StitchAdmin, group_id: str, app_id: str) -> None:
    progress = DeploymentProgress()
    with admin.draft(group_id, app_id, on_existing="discard", progress=progress) as draft:
        say(f"Started draft {short(draft.id)}")
        function = create_function.sync(
            group_id,
            app_id,
            client=admin.client,
            body=FunctionInput(name="echoArg", source=ECHO_ARG),
        )
        say(f"Created function echoArg ({short(function.id)})")
        create_value.sync(
            group_id,
            app_id,
            client=admin.client,
            body=ValueInput(name="greeting", value="Hello world!"),
        )
        say("Created value greeting")
        trigger = create_trigger.sync(
            group_id,
            app_id,
            client=admin.client,
            body=TriggerInput(
                name="onUserCreated",
                type_=TriggerType.AUTHENTICATION,
                function_id=function.id,
                config=TriggerConfig(
                    operation_type=AuthOperationType.CREATE, providers=["local-userpass"]
                ),
            ),
        )
        say(f"Created trigger onUserCreated ({short(trigger.id)})")
        diff = draft.diff()
        files = changed_files(diff.diffs if isinstance(diff.diffs, list) else [])
        say(f"Draft {short(draft.id)} changes {len(files)} files: {', '.join(files) or 'none'}")
    progress.done()
    deployment = draft.deployment
    if deployment is not None:  # always set after a normal exit: failures raise
        say(f"Deployed: deployment {short(deployment.id)} is {deployment.status}")


def use_app(admin: StitchAdmin, group_id: str, app_id: str, app_name: str) -> None:
    outcome = execute_function.sync(
        group_id,
        app_id,
        client=admin.client,
        run_as_system=True,
        body=ExecuteFunctionRequest(name="echoArg", arguments=["Hello world!"]),
    )
    echoed = outcome.result.get("arg") if isinstance(outcome.result, dict) else outcome.result
    say(f"Echoed result: {echoed}")
    for entry in islice(admin.iter_logs(group_id, app_id), 3):
        when = entry.started.strftime("%H:%M:%S") if entry.started else "?"
        outcome_text = f"error {entry.error}" if entry.error else "ok"
        say(
            f"Log: {entry.type_} {entry.function_name or ''} at {when} UTC: {outcome_text}".replace(
                "  ", " "
            )
        )
    admin.upload_asset(
        group_id, app_id, "/hello.txt", HELLO_FILE, attrs={"Content-Type": "text/plain"}
    )
    asset = get_hosting_asset.sync(group_id, app_id, client=admin.client, path="/hello.txt")
    say(f"Uploaded /hello.txt ({asset.size} bytes, MD5 {str(asset.hash_)[:8]}…)")
    with tempfile.TemporaryDirectory(prefix="stitch-admin-demo-") as directory:
        archive = admin.export_app(group_id, app_id, Path(directory) / f"{app_name}.zip")
        with zipfile.ZipFile(archive) as exported:
            count = len(exported.namelist())
        say(f"Exported the app to {archive.name} ({archive.stat().st_size} bytes, {count} files)")


def run(settings: Settings) -> None:
    with settings.login() as admin:
        say(f"Logged in to {settings.base_url} as {settings.username}")
        group_id = settings.group_id
        name = f"stitch-admin-demo-{secrets.token_hex(3)}"
        app = create_app.sync(group_id, client=admin.client, body=AppCreate(name=name))
        say(f"Created app {name} ({short(app.id)})")
        try:
            build_in_draft(admin, group_id, app.id)
            use_app(admin, group_id, app.id, name)
        finally:
            delete_app.sync(group_id, app.id, client=admin.client)
            say(f"Deleted app {name}")
        admin.logout()
        say("Logged out")


def main() -> int:
    try:
        settings = Settings.from_env()
    except SettingsError as exc:
        return fail("deploy_function", str(exc), 2)
    try:
        run(settings)
    except errors.StitchAdminError as exc:
        return fail("deploy_function", f"failed: {exc}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
