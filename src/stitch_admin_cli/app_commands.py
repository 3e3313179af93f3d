"""``apps list``, ``apps create`` and ``apps delete``: the project's apps."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from .connection import Options, find_app, group_of, open_admin
from .output import confirm, emit_json, err_console, table

if TYPE_CHECKING:
    from stitch_admin_client.models import App

apps = typer.Typer(help="List, create and delete the project's apps.", no_args_is_help=True)


def _row(app: App) -> dict[str, object]:
    return {
        "name": app.name or None,
        "id": app.id,
        "client_app_id": app.client_app_id or None,
        "environment": str(app.environment) if app.environment else None,
        "deployment_model": app.deployment_model or None,
        "provider_region": str(app.provider_region) if app.provider_region else None,
    }


@apps.command("list")
def list_apps(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="print JSON Lines")] = False,
) -> None:
    """The project's apps."""
    options: Options = ctx.ensure_object(Options)
    admin, saved = open_admin(options)
    with admin:
        found = admin.group(group_of(options, saved)).apps.list()
    rows = [_row(app) for app in sorted(found, key=lambda app: app.name or "")]
    if as_json:
        for row in rows:
            emit_json(row)
        return
    table(
        ["NAME", "ID", "CLIENT APP ID", "ENVIRONMENT"],
        [(row["name"], row["id"], row["client_app_id"], row["environment"] or "-") for row in rows],
    )


@apps.command("create")
def create_app(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="the new app's name")],
    provider_region: Annotated[
        str | None, typer.Option(help="where it runs, e.g. aws-us-east-1")
    ] = None,
    deployment_model: Annotated[
        str | None, typer.Option(help="GLOBAL or LOCAL (default: the service's)")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print JSON")] = False,
) -> None:
    """Create an app."""
    from stitch_admin_client.types import UNSET

    options: Options = ctx.ensure_object(Options)
    admin, saved = open_admin(options)
    with admin:
        made = admin.group(group_of(options, saved)).apps.create(
            name=name,
            provider_region=provider_region or UNSET,
            deployment_model=deployment_model or UNSET,
        )
    if as_json:
        emit_json(_row(made))
        return
    err_console().print(f"Created app {made.name} ({made.id}, {made.client_app_id}).")


@apps.command("delete")
def delete_app(
    ctx: typer.Context,
    app: Annotated[str, typer.Argument(help="name, id or client app id")],
    yes: Annotated[bool, typer.Option("--yes", "-y", help="do not ask")] = False,
) -> None:
    """Delete an app, with everything it holds."""
    options: Options = ctx.ensure_object(Options)
    admin, saved = open_admin(options)
    with admin:
        handle, found = find_app(admin, group_of(options, saved), app)
        if not yes and not confirm(f"Delete app {found.name} ({found.id}) and all it holds?"):
            raise typer.Exit(1)
        handle.apps.delete()
    err_console().print(f"Deleted app {found.name} ({found.id}).")
