"""``pull``, ``diff`` and ``push``: an app's configuration as a directory (see the SDK's
``config_sync``).

``push`` shows the plan and asks before applying it (``--yes`` does not ask; with no terminal
to ask on, it refuses); the push then applies exactly the plan that was shown, or nothing if
the app or the directory changed meanwhile.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from .connection import Options, find_app, group_of, open_admin
from .output import confirm, console, emit_json, err_console, progress_display, status

if TYPE_CHECKING:
    from stitch_admin_ext.config_plan import Plan
    from stitch_admin_ext.config_sync import PushStep

AppArgument = Annotated[str, typer.Argument(help="the app: name, id or client app id")]
DirArgument = Annotated[Path, typer.Argument(help="the configuration directory")]
IncludeHosting = Annotated[
    bool,
    typer.Option(
        "--include-hosting", help="also compare hosted files (by MD5), and sync them on push"
    ),
]
AsJson = Annotated[bool, typer.Option("--json", help="print the plan as JSON")]


def register(app: typer.Typer) -> None:
    app.command()(pull)
    app.command()(diff)
    app.command()(push)


def pull(
    ctx: typer.Context,
    app: AppArgument,
    directory: DirArgument,
    *,
    deployment: Annotated[
        str | None, typer.Option(help="pull what this earlier deployment deployed")
    ] = None,
    template: Annotated[
        bool,
        typer.Option("--template", help="leave out the app's identity, environment and values"),
    ] = False,
) -> None:
    """Write the app's configuration directory (replacing DIRECTORY atomically)."""
    options: Options = ctx.ensure_object(Options)
    admin, saved = open_admin(options)
    with admin:
        handle, found = find_app(admin, group_of(options, saved), app)
        with status(f"Pulling {found.name}…"):
            written = handle.pull(directory, deployment=deployment, template=template)
    count = sum(1 for path in written.rglob("*") if path.is_file())
    err_console().print(f"Pulled {found.name} into {written} ({count} files).", markup=False)


def show_plan(plan: Plan, *, patch: bool) -> None:
    """The plan's summary, and with ``patch`` the change of each file, coloured."""
    out = console()
    if patch and plan.unified_diff():
        from rich.syntax import Syntax

        out.print(
            Syntax(plan.unified_diff(), "diff", theme="ansi_dark", background_color="default")
        )
    for line in str(plan).splitlines():
        style = {"+": "green", "-": "red", "~": "yellow", "^": "cyan"}.get(line.strip()[:1])
        out.print(line, style=style, markup=False)


def diff(
    ctx: typer.Context,
    app: AppArgument,
    directory: DirArgument,
    *,
    include_hosting: IncludeHosting = False,
    summary: Annotated[
        bool, typer.Option("--summary", help="only the summary, not each file's changes")
    ] = False,
    as_json: AsJson = False,
) -> None:
    """What pushing DIRECTORY would change in the app."""
    options: Options = ctx.ensure_object(Options)
    admin, saved = open_admin(options)
    with admin:
        handle, _ = find_app(admin, group_of(options, saved), app)
        plan = handle.diff(directory, include_hosting=include_hosting)
    if as_json:
        emit_json(plan.to_json())
    else:
        show_plan(plan, patch=not summary)


def push(
    ctx: typer.Context,
    app: AppArgument,
    directory: DirArgument,
    *,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="show the plan, change nothing")
    ] = False,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="apply without asking")] = False,
    include_hosting: IncludeHosting = False,
    timeout: Annotated[
        float, typer.Option(help="seconds to wait for the deployment", min=0.1)
    ] = 300.0,
    discard_draft: Annotated[
        bool,
        typer.Option("--discard-draft", help="discard a draft you already have, not fail"),
    ] = False,
    as_json: AsJson = False,
) -> None:
    """Make the app's configuration DIRECTORY: shows the plan, asks, deploys, waits.

    With --json the plan, then the deployment, are printed as JSON Lines."""
    options: Options = ctx.ensure_object(Options)
    admin, saved = open_admin(options)
    with admin:
        handle, found = find_app(admin, group_of(options, saved), app)
        with status("Planning…"):
            plan = handle.diff(directory, include_hosting=include_hosting)
        if as_json:
            emit_json(plan.to_json())
        else:
            show_plan(plan, patch=False)
        if plan.empty or dry_run:
            if not plan.empty and not as_json:
                err_console().print("Dry run: nothing pushed.")
            return
        if not yes and not confirm(f"Push these changes to {found.name}?"):
            err_console().print("Nothing pushed.")
            raise typer.Exit(1)
        with progress_display() as shown:
            task = shown.add_task("Pushing", total=None) if shown is not None else None

            def report(step: PushStep) -> None:
                if shown is not None and task is not None:
                    label = {"draft": "Opening a draft", "deploy": "Deploying"}.get(
                        step.phase, step.phase.capitalize()
                    )
                    detail = f" {step.detail}" if step.detail else ""
                    shown.update(
                        task, description=f"{label}{detail}", completed=step.done, total=step.total
                    )

            result = handle.push(
                directory,
                include_hosting=include_hosting,
                timeout=timeout,
                on_existing="discard" if discard_draft else "raise",
                progress=report,
                expected_plan=plan,
            )
    deployment = result.deployment
    if deployment is None:
        return
    if as_json:
        emit_json({"deployment": deployment.to_dict()})
    else:
        err_console().print(
            f"Deployed {found.name}: deployment {deployment.id} {deployment.status}.",
            markup=False,
        )
