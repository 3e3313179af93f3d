"""Where the command line's session lives, and how a command reaches the service and an app.

``login`` keeps the session's tokens (the SDK's token store) and ``cli.json`` (the service's
base URL and the project) in the data directory: ``--data-dir``, ``STITCH_ADMIN_DATA_DIR`` or
``~/.stitch-admin``; the directory is made 0700, its files 0600, and no file ever holds the
private API key. Later commands resume that session. With no saved session, the
``STITCH_ADMIN_USERNAME`` and ``STITCH_ADMIN_API_KEY`` variables log in for the one command and
nothing is written (what a CI job wants).

An app is named by its name, its id or its client app id.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Final

import attrs

from .problems import CommandError

if TYPE_CHECKING:
    from stitch_admin_client.models import App

    from stitch_admin_ext import StitchAdmin
    from stitch_admin_ext.handles import AppHandle

SETTINGS_FILE: Final = "cli.json"
SESSION_FILE: Final = "admin-session.json"
DEFAULT_DATA_DIR: Final = "~/.stitch-admin"
USERNAME_VARIABLE: Final = "STITCH_ADMIN_USERNAME"
API_KEY_VARIABLE: Final = "STITCH_ADMIN_API_KEY"
BASE_URL_VARIABLE: Final = "STITCH_ADMIN_BASE_URL"
GROUP_VARIABLE: Final = "STITCH_ADMIN_GROUP_ID"


@attrs.define
class Options:
    """The options every command shares (given before the command's name)."""

    data_dir: Path
    group_id: str | None = None
    debug: bool = False


@attrs.frozen
class Saved:
    """What ``login`` keeps beside the tokens: where the service is, and which project."""

    base_url: str
    group_id: str | None = None


def load_saved(data_dir: Path) -> Saved | None:
    try:
        record = json.loads((data_dir / SETTINGS_FILE).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except ValueError:
        raise CommandError(
            f"{data_dir / SETTINGS_FILE} is not a stitch-admin settings file: "
            "run `stitch-admin logout`, then log in again"
        ) from None
    base_url, group_id = record.get("base_url"), record.get("group_id")
    if not isinstance(base_url, str) or not (group_id is None or isinstance(group_id, str)):
        raise CommandError(f"{data_dir / SETTINGS_FILE} is damaged: log out and in again")
    return Saved(base_url, group_id)


def save(data_dir: Path, saved: Saved) -> None:
    from stitch_admin_ext.files import private_directory, write_atomically

    private_directory(data_dir)
    content = json.dumps(attrs.asdict(saved), indent=2) + "\n"
    write_atomically(data_dir / SETTINGS_FILE, content.encode(), mode=0o600)


def forget(data_dir: Path) -> None:
    (data_dir / SETTINGS_FILE).unlink(missing_ok=True)


def open_admin(options: Options) -> tuple[StitchAdmin, Saved]:
    """A session: the saved one, else one logged in from the environment's variables."""
    from stitch_admin_ext import StitchAdmin

    saved = load_saved(options.data_dir)
    api_key = os.environ.get(API_KEY_VARIABLE) or None
    if saved is not None and (options.data_dir / SESSION_FILE).exists():
        # With the key in the environment, the session logs in again once its refresh token
        # has expired instead of failing.
        admin = StitchAdmin.resume(options.data_dir, base_url=saved.base_url, api_key=api_key)
        return admin, saved
    username = os.environ.get(USERNAME_VARIABLE)
    if username and api_key:
        base_url = os.environ.get(BASE_URL_VARIABLE) or _default_base_url()
        return StitchAdmin.login(username, api_key, base_url=base_url), Saved(base_url)
    raise CommandError(
        f"not logged in: run `stitch-admin login`, or set {USERNAME_VARIABLE} and "
        f"{API_KEY_VARIABLE}"
    )


def _default_base_url() -> str:
    from stitch_admin_ext import DEFAULT_BASE_URL

    return DEFAULT_BASE_URL


def group_of(options: Options, saved: Saved) -> str:
    """The project (group) commands act in: ``--group``, the variable, or the saved one."""
    group_id = options.group_id or saved.group_id
    if not group_id:
        raise CommandError(
            f"no project chosen: pass --group or set {GROUP_VARIABLE} (or log in again with "
            "--group)"
        )
    return group_id


def find_app(admin: StitchAdmin, group_id: str, ref: str) -> tuple[AppHandle, App]:
    """The app ``ref`` names: its id or client app id, else its name."""
    apps = admin.group(group_id).apps.list()
    matches = [app for app in apps if ref in (app.id, app.client_app_id)]
    if not matches:
        matches = [app for app in apps if app.name == ref]
    if not matches:
        raise CommandError(f"no app named {ref!r} in project {group_id}")
    if len(matches) > 1:
        ids = ", ".join(app.id for app in matches)
        raise CommandError(f"{len(matches)} apps are named {ref!r} ({ids}): name one by its id")
    return admin.group(group_id).app(matches[0].id), matches[0]
