"""Make an application's Values match a local JSON file, in one draft.

    python examples/sync_values.py APP_ID values.json [--private NAME ...] [--dry-run]

`values.json` maps value names to any JSON: `{"greeting": "Hello world!", "limits": {"max": 5}}`.
Values missing from the app are created, different ones updated, and values absent from the
file deleted — all in one draft, whose changes are printed before it is deployed. When the app
already matches, no draft is made and nothing is deployed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import attrs
from settings import Settings, SettingsError, fail, say, short
from stitch_admin_client.api.values import (
    create_value,
    delete_value,
    get_value,
    list_values,
    update_value,
)
from stitch_admin_client.models import Value, ValueInput
from stitch_admin_client.types import UNSET

from stitch_admin_ext import StitchAdmin, errors


@attrs.frozen
class Plan:
    create: dict[str, Any]
    update: dict[str, tuple[str, Any]]  # name -> (value id, new value)
    delete: dict[str, str]  # name -> value id

    def __bool__(self) -> bool:
        return bool(self.create or self.update or self.delete)

    def summary(self) -> str:
        counts = (len(self.create), len(self.update), len(self.delete))
        return "{} to create, {} to update, {} to delete".format(*counts)


def current_values(admin: StitchAdmin, group_id: str, app_id: str) -> dict[str, Value]:
    """Every value with its content (lists carry names only)."""
    listed = list_values.sync(group_id, app_id, client=admin.client)
    return {v.name: get_value.sync(group_id, app_id, v.id, client=admin.client) for v in listed}


def plan(wanted: dict[str, Any], private: set[str], current: dict[str, Value]) -> Plan:
    create = {name: value for name, value in wanted.items() if name not in current}
    update = {
        name: (current[name].id, value)
        for name, value in wanted.items()
        if name in current
        and (current[name].value != value or bool(current[name].private) != (name in private))
    }
    delete = {name: existing.id for name, existing in current.items() if name not in wanted}
    return Plan(create, update, delete)


def apply(admin: StitchAdmin, group_id: str, app_id: str, changes: Plan, private: set[str]) -> None:
    for name, value in changes.create.items():
        body = ValueInput(name=name, value=value, private=name in private)
        create_value.sync(group_id, app_id, client=admin.client, body=body)
    for name, (value_id, value) in changes.update.items():
        body = ValueInput(name=name, value=value, private=name in private)
        update_value.sync(group_id, app_id, value_id, client=admin.client, body=body)
    for value_id in changes.delete.values():
        delete_value.sync(group_id, app_id, value_id, client=admin.client)


def sync(admin: StitchAdmin, group_id: str, app_id: str, args: argparse.Namespace) -> Plan:
    wanted = json.loads(Path(args.file).read_text(encoding="utf-8"))
    if not isinstance(wanted, dict):
        raise ValueError(f"{args.file} must hold a JSON object mapping value names to values")
    private = set(args.private or [])
    changes = plan(wanted, private, current_values(admin, group_id, app_id))
    if not changes:
        say(f"Values of app {short(app_id)} already match {args.file}: nothing to deploy")
        return changes
    say(f"Values of app {short(app_id)}: {changes.summary()}")
    if args.dry_run:
        return changes
    with admin.draft(group_id, app_id) as draft:
        apply(admin, group_id, app_id, changes, private)
        for diff in draft.diff().diffs or []:
            say(diff.rstrip())
    deployment = draft.deployment
    status = deployment.status if deployment is not None else UNSET
    say(f"Deployed draft {short(draft.id)}: {status}")
    return changes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("app_id")
    parser.add_argument("file", help="a JSON object mapping value names to values")
    parser.add_argument(
        "--private", action="append", metavar="NAME", help="make this value private"
    )
    parser.add_argument("--dry-run", action="store_true", help="show the plan, change nothing")
    args = parser.parse_args(argv)
    try:
        settings = Settings.from_env()
    except SettingsError as exc:
        return fail("sync_values", str(exc), 2)
    try:
        with settings.login() as admin:
            sync(admin, settings.group_id, args.app_id, args)
    except (OSError, ValueError) as exc:
        return fail("sync_values", f"cannot read {args.file}: {exc}", 2)
    except errors.StitchAdminError as exc:
        return fail("sync_values", f"failed: {exc}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
