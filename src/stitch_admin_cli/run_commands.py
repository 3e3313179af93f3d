"""``deployments list|wait``, ``functions run`` and ``emulator``: what runs on the service, and
the local service itself."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from .connection import Options, find_app, group_of, open_admin
from .output import emit_json, err_console, status, table
from .problems import CommandError

if TYPE_CHECKING:
    from stitch_admin_client.models import Deployment

AppArgument = Annotated[str, typer.Argument(help="the app: name, id or client app id")]
AsJson = Annotated[bool, typer.Option("--json", help="print JSON")]

deployments = typer.Typer(help="An app's deployments.", no_args_is_help=True)
functions = typer.Typer(help="Run an app's functions.", no_args_is_help=True)


def _deployment_row(deployment: Deployment) -> dict[str, Any]:
    return {
        "id": deployment.id,
        "status": str(deployment.status) if deployment.status else None,
        "deployed_at": (
            datetime.fromtimestamp(deployment.deployed_at, UTC).isoformat()
            if isinstance(deployment.deployed_at, int)
            else None
        ),
        "name": deployment.name or None,
        "error": deployment.status_error_message or None,
    }


@deployments.command("list")
def list_deployments(ctx: typer.Context, app: AppArgument, as_json: AsJson = False) -> None:
    """The app's latest deployments, newest first."""
    options: Options = ctx.ensure_object(Options)
    admin, saved = open_admin(options)
    with admin:
        handle, _ = find_app(admin, group_of(options, saved), app)
        rows = [_deployment_row(d) for d in handle.deployments.list()]
    if as_json:
        for row in rows:
            emit_json(row)
        return
    table(
        ["ID", "STATUS", "DEPLOYED AT", "NAME", "ERROR"],
        [(r["id"], r["status"], r["deployed_at"], r["name"], r["error"]) for r in rows],
    )


@deployments.command("wait")
def wait_deployment(
    ctx: typer.Context,
    app: AppArgument,
    deployment_id: Annotated[
        str | None, typer.Argument(help="the deployment (default: the latest)")
    ] = None,
    timeout: Annotated[float, typer.Option(help="seconds to wait", min=0.1)] = 300.0,
    as_json: AsJson = False,
) -> None:
    """Wait until a deployment is final: status 0 when it succeeded, 1 when it failed."""
    options: Options = ctx.ensure_object(Options)
    admin, saved = open_admin(options)
    with admin:
        handle, found = find_app(admin, group_of(options, saved), app)
        if deployment_id is None:
            latest = handle.deployments.list()
            if not latest:
                raise CommandError(f"app {found.name} has no deployment")
            deployment = latest[0]
        else:
            deployment = handle.deployments.get(deployment_id)
        with status(f"Waiting for deployment {deployment.id}…"):
            final = handle.wait_for_deployment(deployment, timeout=timeout)
    if as_json:
        emit_json(_deployment_row(final))
    else:
        err_console().print(f"Deployment {final.id}: {final.status}.", markup=False)


@functions.command("run")
def run_function(
    ctx: typer.Context,
    app: AppArgument,
    name: Annotated[str, typer.Argument(help="the function's name")],
    args_json: Annotated[
        str | None, typer.Argument(help="its arguments as a JSON array, e.g. '[1, \"a\"]'")
    ] = None,
    user_id: Annotated[
        str | None, typer.Option(help="run as this user (default: the system user)")
    ] = None,
) -> None:
    """Run a function; its result is printed as JSON, its log lines on standard error."""
    arguments = _arguments(args_json)
    options: Options = ctx.ensure_object(Options)
    admin, saved = open_admin(options)
    with admin:
        handle, _ = find_app(admin, group_of(options, saved), app)
        if user_id is None:
            ran = handle.functions.execute(name=name, arguments=arguments, run_as_system=True)
        else:
            ran = handle.functions.execute(name=name, arguments=arguments, user_id=user_id)
    for logged in ran.logs if isinstance(ran.logs, list) else []:
        err_console().print(str(logged), markup=False)
    if ran.error:
        error = ran.error.get("message", ran.error) if isinstance(ran.error, dict) else ran.error
        raise CommandError(f"the function {name} failed: {error}")
    emit_json(ran.result if ran.result is not None else None)


def _arguments(args_json: str | None) -> list[Any]:
    if args_json is None:
        return []
    try:
        arguments = json.loads(args_json)
    except ValueError as bad:
        raise typer.BadParameter(f"not JSON: {bad}", param_hint="ARGS_JSON") from None
    if not isinstance(arguments, list):
        raise typer.BadParameter(
            "must be a JSON array of the arguments, e.g. '[1, \"a\"]'", param_hint="ARGS_JSON"
        )
    return arguments


def register_emulator(app: typer.Typer) -> None:
    app.command()(emulator)


def emulator(
    port: Annotated[
        int | None, typer.Option(help="0 picks a free port (default: the emulator's)", min=0)
    ] = None,
    data_dir: Annotated[
        Path | None, typer.Option(help="keep the state here across restarts (default: memory)")
    ] = None,
) -> None:
    """Run the local emulator of the service (the `emulator` extra) until Ctrl-C.

    The first line printed is its base URL; then its project id and API key pair."""
    from stitch_admin_emulator.__main__ import main as run

    argv = [] if port is None else ["--port", str(port)]
    if data_dir is not None:
        argv += ["--data-dir", str(data_dir)]
    code = run(argv)
    if code:
        raise typer.Exit(code)
