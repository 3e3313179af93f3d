"""List every application of the group with its functions, services and triggers, concurrently.

    python examples/async_inventory.py [--concurrency 8]

Uses `AsyncStitchAdmin`: the three lists of every app are fetched at the same time (at most
`--concurrency` requests in flight), then printed app by app.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Awaitable
from typing import TypeVar

import attrs
from settings import Settings, SettingsError, fail, say, short
from stitch_admin_client.api.apps import list_apps
from stitch_admin_client.api.functions import list_functions
from stitch_admin_client.api.services import list_services
from stitch_admin_client.api.triggers import list_triggers
from stitch_admin_client.models import App

from stitch_admin_ext import AsyncStitchAdmin, errors

T = TypeVar("T")


@attrs.frozen
class Inventory:
    app: App
    functions: list[str]
    services: list[str]
    triggers: list[str]

    def line(self) -> str:
        def part(names: list[str], noun: str) -> str:
            listed = f" ({', '.join(sorted(names))})" if names else ""
            return f"{len(names)} {noun}{'' if len(names) == 1 else 's'}{listed}"

        counts = "; ".join(
            (
                part(self.functions, "function"),
                part(self.services, "service"),
                part(self.triggers, "trigger"),
            )
        )
        return f"{self.app.name} ({short(self.app.id)}): {counts}"


async def inventory(admin: AsyncStitchAdmin, group_id: str, concurrency: int) -> list[Inventory]:
    limit = asyncio.Semaphore(concurrency)

    async def limited(call: Awaitable[T]) -> T:
        async with limit:
            return await call

    async def one(app: App) -> Inventory:
        functions, services, triggers = await asyncio.gather(
            limited(list_functions.asyncio(group_id, app.id, client=admin.client)),
            limited(list_services.asyncio(group_id, app.id, client=admin.client)),
            limited(list_triggers.asyncio(group_id, app.id, client=admin.client)),
        )
        return Inventory(
            app, [f.name for f in functions], [s.name for s in services], [t.name for t in triggers]
        )

    apps = await list_apps.asyncio(group_id, client=admin.client)
    return list(await asyncio.gather(*(one(app) for app in apps)))


async def run(settings: Settings, concurrency: int) -> list[Inventory]:
    async with await AsyncStitchAdmin.login(
        username=settings.username, api_key=settings.api_key.reveal(), base_url=settings.base_url
    ) as admin:
        found = await inventory(admin, settings.group_id, concurrency)
    for item in sorted(found, key=lambda i: str(i.app.name)):
        say(item.line())
    say(f"{len(found)} apps in group {short(settings.group_id)}")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--concurrency", type=int, default=8, help="requests in flight at most")
    args = parser.parse_args(argv)
    if args.concurrency < 1:
        return fail("async_inventory", "--concurrency must be at least 1", 2)
    try:
        settings = Settings.from_env()
    except SettingsError as exc:
        return fail("async_inventory", str(exc), 2)
    try:
        asyncio.run(run(settings, args.concurrency))
    except errors.StitchAdminError as exc:
        return fail("async_inventory", f"failed: {exc}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
