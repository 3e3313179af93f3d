"""The ``stitch-admin`` command: its options, its commands, and how a failure ends it.

Every command runs inside ``_Commands.invoke``: a ``StitchAdminError`` (the service or a check
refused) or a ``CommandError`` is printed as one line on standard error and ends the command
with status 1, with no traceback unless ``--debug`` is given. Usage errors end with status 2
(typer's rule, and ``UsageProblem``'s); success is 0.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from . import app_commands, auth_commands, config_commands, log_commands, run_commands
from .connection import DEFAULT_DATA_DIR, GROUP_VARIABLE, Options
from .problems import CommandError, UsageProblem, one_line


class _Commands(TyperGroup):
    """The root group: turns failures into one line and status 1."""

    # `Any`: the context is the click Context typer carries inside, which it does not export.
    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except (typer.Exit, typer.Abort):
            raise
        except Exception as error:
            options = ctx.find_object(Options)
            # typer's own usage errors carry their exit status and know how to show it.
            if options is None or options.debug or hasattr(error, "exit_code"):
                raise
            from .output import err_console

            err_console().print(f"error: {_told(error)}", markup=False)
            raise typer.Exit(2 if isinstance(error, UsageProblem) else 1) from None


def _told(error: Exception) -> str:
    from stitch_admin_ext.errors import StitchAdminError

    if isinstance(error, StitchAdminError | CommandError | UsageProblem | OSError):
        return one_line(error)
    # A fault of the command line itself: still one line, with the way to learn more.
    return f"{type(error).__name__}: {one_line(error)} (--debug shows the traceback)"


app = typer.Typer(
    cls=_Commands,
    name="stitch-admin",
    help="Manage MongoDB Stitch / App Services apps: configuration as code, deployments, logs.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


@app.callback()
def _options(
    ctx: typer.Context,
    data_dir: Annotated[
        Path,
        typer.Option(
            envvar="STITCH_ADMIN_DATA_DIR",
            help="where the session is kept (private: mode 0700)",
            show_default=True,
        ),
    ] = Path(DEFAULT_DATA_DIR),
    group: Annotated[
        str | None,
        typer.Option(
            "--group", envvar=GROUP_VARIABLE, help="the project (group) id; default: login's"
        ),
    ] = None,
    debug: Annotated[bool, typer.Option("--debug", help="show tracebacks")] = False,
) -> None:
    ctx.obj = Options(data_dir=data_dir.expanduser(), group_id=group, debug=debug)


auth_commands.register(app)
app.add_typer(app_commands.apps, name="apps")
config_commands.register(app)
app.add_typer(run_commands.deployments, name="deployments")
app.add_typer(run_commands.functions, name="functions")
log_commands.register(app)
run_commands.register_emulator(app)


def main(argv: list[str] | None = None) -> int:
    """The console script: run one command, return its exit status."""
    try:
        typer.main.get_command(app).main(args=argv, prog_name="stitch-admin")
    except SystemExit as exit_:
        code = exit_.code
        return code if isinstance(code, int) else (0 if code is None else 1)
    return 0
