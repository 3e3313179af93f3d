"""``login``, ``logout`` and ``whoami``.

The key pair comes from the options, else from ``STITCH_ADMIN_USERNAME`` and
``STITCH_ADMIN_API_KEY``, else from a prompt (the private key is not echoed; no prompt when
standard input is not a terminal). The private key is never written anywhere: the data
directory keeps the session's tokens and ``cli.json`` (base URL, project).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from .connection import (
    API_KEY_VARIABLE,
    BASE_URL_VARIABLE,
    USERNAME_VARIABLE,
    Options,
    Saved,
    forget,
    load_saved,
    open_admin,
    save,
)
from .output import console, emit_json, err_console, status, stdin_is_terminal
from .problems import UsageProblem

if TYPE_CHECKING:
    from stitch_admin_client.models import AdminProfile


def register(app: typer.Typer) -> None:
    app.command()(login)
    app.command()(logout)
    app.command()(whoami)


def _asked(value: str | None, prompt: str, *, hide: bool, variable: str) -> str:
    if value:
        return value
    if not stdin_is_terminal():
        raise UsageProblem(
            f"{prompt.lower()} missing: pass it as an option or set {variable} (no prompt: "
            "standard input is not a terminal)"
        )
    answer: str = typer.prompt(prompt, hide_input=hide, err=True)
    return answer


def _groups(profile: AdminProfile) -> list[str]:
    roles = profile.roles if isinstance(profile.roles, list) else []
    return sorted({role.group_id for role in roles if isinstance(role.group_id, str)})


def login(
    ctx: typer.Context,
    username: Annotated[
        str | None,
        typer.Option(
            "--username", "-u", envvar=USERNAME_VARIABLE, help="the API key's public part"
        ),
    ] = None,
    api_key: Annotated[
        str | None,
        typer.Option(
            envvar=API_KEY_VARIABLE,
            help="the API key's private part (prefer the variable or the prompt)",
            show_default=False,
        ),
    ] = None,
    base_url: Annotated[
        str | None,
        typer.Option(envvar=BASE_URL_VARIABLE, help="the service's origin"),
    ] = None,
) -> None:
    """Log in with an Atlas programmatic API key and keep the session."""
    from stitch_admin_ext import DEFAULT_BASE_URL, Secret, StitchAdmin

    options: Options = ctx.ensure_object(Options)
    username = _asked(username, "Public key", hide=False, variable=USERNAME_VARIABLE)
    secret = Secret(_asked(api_key, "Private key", hide=True, variable=API_KEY_VARIABLE))
    del api_key
    url = base_url or DEFAULT_BASE_URL
    with (
        status("Logging in…"),
        StitchAdmin.login(username, secret, base_url=url, data_dir=options.data_dir) as admin,
    ):
        profile = admin.profile()
    groups = _groups(profile)
    group_id = options.group_id or (groups[0] if len(groups) == 1 else None)
    save(options.data_dir, Saved(url, group_id))
    project = f"project {group_id}" if group_id else "no project chosen (pass --group later)"
    err_console().print(f"Logged in as {username} at {url}; {project}.", markup=False)


def logout(ctx: typer.Context) -> None:
    """Revoke the session and forget it."""
    options: Options = ctx.ensure_object(Options)
    if load_saved(options.data_dir) is None:
        err_console().print("Not logged in.")
        return
    admin, _ = open_admin(options)
    with admin:
        admin.logout()
    forget(options.data_dir)
    err_console().print("Logged out.")


def whoami(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="print JSON")] = False,
) -> None:
    """Who the session is, where, and in which project."""
    options: Options = ctx.ensure_object(Options)
    admin, saved = open_admin(options)
    with admin:
        profile = admin.profile()
    data = profile.data.to_dict() if profile.data else {}
    shown = {
        "user_id": profile.user_id or None,
        "name": data.get("name"),
        "email": data.get("email"),
        "base_url": saved.base_url,
        "group_id": options.group_id or saved.group_id,
        "groups": _groups(profile),
    }
    if as_json:
        emit_json(shown)
        return
    for key, value in shown.items():
        text = ", ".join(value) if isinstance(value, list) else value
        console().print(f"{key}: {text if text is not None else '-'}", markup=False)
