"""Create an application with one of everything, through the bound surface only.

    python examples/bootstrap_app.py NAME [--async]

A data source with a rule, a function, a value and a secret it reads, triggers of all three
kinds, two authentication providers — all in one draft, deployed and waited for — then an API
key and a user, which change at once. Every call is a method of a handle: no ids repeated, no
models to build, and `mypy --strict` knows every result's type. With `--async` the same script
runs on `AsyncStitchAdmin`.
"""

from __future__ import annotations

import argparse
import asyncio
import secrets
import sys

import attrs
from settings import Settings, SettingsError, fail, say, short

from stitch_admin_ext import AsyncStitchAdmin, StitchAdmin, errors

FUNCTION_SOURCE = """exports = function(event) {
  const greeting = context.values.get("greeting");
  return {greeting: greeting, kind: event && event.operationType};
};"""
CLUSTER = {"clusterName": "Cluster0"}


@attrs.frozen
class Made:
    """What the script made, by kind: names, for the report and the tests."""

    app_id: str
    deployment_status: str
    triggers: tuple[str, ...]
    api_key: str
    user: str


def bootstrap(admin: StitchAdmin, group_id: str, name: str) -> Made:
    group = admin.group(group_id)
    created = group.apps.create(name=name)
    app = group.app(created.id)
    say(f"Created app {name} ({short(created.id)})")
    atlas = app.services.create(name="mongodb-atlas", type="mongodb-atlas", config=CLUSTER)
    app.rules.create(
        atlas.id,
        database="shop",
        collection="orders",
        roles=[{"name": "reader", "apply_when": {}, "read": True, "write": False}],
    )
    app.secrets.create(name="stripeKey", value="sk_test_emulated")
    with app.draft() as draft:
        function = app.functions.create(name="onEvent", source=FUNCTION_SOURCE)
        app.values.create(name="greeting", value={"text": "Hello!"})
        app.values.create(name="stripe", value="stripeKey", from_secret=True)
        database = app.triggers.create(
            name="onNewOrder",
            type="DATABASE",
            function_id=function.id,
            config={
                "operation_types": ["INSERT"],
                "database": "shop",
                "collection": "orders",
                "service_id": atlas.id,
            },
        )
        login = app.triggers.create(
            name="onLogin",
            type="AUTHENTICATION",
            function_id=function.id,
            config={"operation_type": "LOGIN", "providers": ["api-key"]},
        )
        nightly = app.triggers.create(
            name="nightly",
            type="SCHEDULED",
            function_id=function.id,
            config={"schedule": "0 3 * * *"},
        )
        app.auth_providers.create(type="api-key")
        app.auth_providers.create(
            type="local-userpass",
            config={"autoConfirm": True, "resetPasswordUrl": "https://example.com/reset"},
        )
        say(f"Draft {short(draft.id)} changes {len(draft.diff().diffs)} files")
    say(f"Deployed: {draft.deployment.status}")
    key = app.api_keys.create(name="server")
    user = app.users.create(email="first.user@example.com", password=secrets.token_urlsafe(16))
    say(f"Created API key {key.name} and user {short(user.id)}")
    return Made(
        app_id=created.id,
        deployment_status=str(draft.deployment.status),
        triggers=(database.name, login.name, nightly.name),
        api_key=key.name,
        user=user.id,
    )


async def bootstrap_async(admin: AsyncStitchAdmin, group_id: str, name: str) -> Made:
    group = admin.group(group_id)
    created = await group.apps.create(name=name)
    app = group.app(created.id)
    say(f"Created app {name} ({short(created.id)})")
    atlas = await app.services.create(name="mongodb-atlas", type="mongodb-atlas", config=CLUSTER)
    await app.rules.create(
        atlas.id,
        database="shop",
        collection="orders",
        roles=[{"name": "reader", "apply_when": {}, "read": True, "write": False}],
    )
    await app.secrets.create(name="stripeKey", value="sk_test_emulated")
    async with app.draft() as draft:
        function = await app.functions.create(name="onEvent", source=FUNCTION_SOURCE)
        await app.values.create(name="greeting", value={"text": "Hello!"})
        await app.values.create(name="stripe", value="stripeKey", from_secret=True)
        triggers = await asyncio.gather(
            app.triggers.create(
                name="onNewOrder",
                type="DATABASE",
                function_id=function.id,
                config={
                    "operation_types": ["INSERT"],
                    "database": "shop",
                    "collection": "orders",
                    "service_id": atlas.id,
                },
            ),
            app.triggers.create(
                name="onLogin",
                type="AUTHENTICATION",
                function_id=function.id,
                config={"operation_type": "LOGIN", "providers": ["api-key"]},
            ),
            app.triggers.create(
                name="nightly",
                type="SCHEDULED",
                function_id=function.id,
                config={"schedule": "0 3 * * *"},
            ),
        )
        await app.auth_providers.create(type="api-key")
        await app.auth_providers.create(
            type="local-userpass",
            config={"autoConfirm": True, "resetPasswordUrl": "https://example.com/reset"},
        )
        say(f"Draft {short(draft.id)} changes {len((await draft.diff()).diffs)} files")
    say(f"Deployed: {draft.deployment.status}")
    key = await app.api_keys.create(name="server")
    user = await app.users.create(
        email="first.user@example.com", password=secrets.token_urlsafe(16)
    )
    say(f"Created API key {key.name} and user {short(user.id)}")
    return Made(
        app_id=created.id,
        deployment_status=str(draft.deployment.status),
        triggers=tuple(trigger.name for trigger in triggers),
        api_key=key.name,
        user=user.id,
    )


async def run_async(settings: Settings, name: str) -> Made:
    async with await AsyncStitchAdmin.login(
        username=settings.username, api_key=settings.api_key, base_url=settings.base_url
    ) as admin:
        return await bootstrap_async(admin, settings.group_id, name)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("name", help="the new application's name")
    parser.add_argument("--async", dest="use_async", action="store_true")
    args = parser.parse_args(argv)
    try:
        settings = Settings.from_env()
    except SettingsError as exc:
        return fail("bootstrap_app", str(exc), 2)
    try:
        if args.use_async:
            asyncio.run(run_async(settings, args.name))
        else:
            with settings.login() as admin:
                bootstrap(admin, settings.group_id, args.name)
    except errors.StitchAdminError as exc:
        return fail("bootstrap_app", f"failed: {exc}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
