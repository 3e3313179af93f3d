"""Scenarios over real loopback HTTP, against the local emulator of the service.

The emulator runs in a thread of the ``make bench`` process; the clients being measured run
in a process of their own, so that the server's work and the client's do not share an
interpreter. When ``stitch_admin_emulator`` (with ``run_in_thread``) is not installed, the
scenarios are reported as skipped.

    python -m bench.emulator --base-url URL --username U --api-key K \\
        --group G --app A --calls 1000 --concurrency 50 --rounds 5    # scenario 6

Scenario 6 runs both contenders in that one process, on one event loop, in alternating
rounds (which goes first alternates too): run in processes of their own, the two differed by
up to 4x from how httpcore's connection pool queued their requests, which says nothing about
the clients; side by side, each round compares them in the same conditions.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import import_module
from typing import Any

import httpx

from . import fixtures as fx

SEED_BATCH = 10_000


def unavailable() -> str | None:
    """Why the emulator scenarios cannot run here, or None."""
    try:
        module = import_module("stitch_admin_emulator")
    except ImportError:
        return "stitch_admin_emulator not installed"
    if not hasattr(module, "run_in_thread"):
        return "stitch_admin_emulator has no run_in_thread"
    return None


@dataclass(frozen=True)
class Target:
    """A running emulator with one application whose log holds the seeded entries."""

    base_url: str
    username: str
    api_key: str
    group_id: str
    app_id: str

    def arguments(self) -> list[str]:
        return [
            "--base-url",
            self.base_url,
            "--username",
            self.username,
            "--api-key",
            self.api_key,
            "--group",
            self.group_id,
            "--app",
            self.app_id,
        ]


@contextmanager
def seeded(entries: int) -> Iterator[Target]:
    emulator = import_module("stitch_admin_emulator")
    from stitch_admin_client.api.apps import create_app
    from stitch_admin_client.models import AppCreate

    from stitch_admin_ext import StitchAdmin

    with emulator.run_in_thread(emulator.EmulatorConfig(access_token_ttl=1800)) as emu:
        with StitchAdmin.login(
            username=emu.public_key, api_key=emu.private_key, base_url=emu.base_url
        ) as admin:
            app = create_app.sync(emu.group_id, client=admin.client, body=AppCreate(name="bench"))
        seed = f"{emu.base_url}/_emulator/groups/{emu.group_id}/apps/{app.id}/logs"
        with httpx.Client(timeout=120) as client:
            for first in range(0, entries, SEED_BATCH):
                batch = [
                    {**fx.log_entry(n), "app_id": app.id, "group_id": emu.group_id}
                    for n in range(first, min(first + SEED_BATCH, entries))
                ]
                client.post(seed, json={"logs": batch}).raise_for_status()
        yield Target(emu.base_url, emu.public_key, emu.private_key, emu.group_id, app.id)


# ------------------------------------------------------------------ scenario 6, one round


async def _concurrently(calls: int, concurrency: int, call: Any) -> float:
    gate = asyncio.Semaphore(concurrency)

    async def one() -> None:
        async with gate:
            await call()

    started = time.perf_counter()
    await asyncio.gather(*(one() for _ in range(calls)))
    return time.perf_counter() - started


async def _rounds(args: argparse.Namespace) -> dict[str, list[float]]:
    """Seconds per round of each contender, rounds alternating, on one event loop."""
    from stitch_admin_client.api.apps import get_app

    from stitch_admin_ext import AsyncStitchAdmin

    limits = httpx.Limits(max_connections=args.concurrency)
    async with httpx.AsyncClient() as login_client:
        login = await login_client.post(
            args.base_url + fx.API_PATH + "/auth/providers/mongodb-cloud/login",
            json={"username": args.username, "apiKey": args.api_key},
        )
    headers = {"Authorization": f"Bearer {login.json()['access_token']}"}
    path = f"/groups/{args.group}/apps/{args.app}"
    admin = await AsyncStitchAdmin.login(
        args.username, args.api_key, base_url=args.base_url, limits=limits
    )
    async with (
        httpx.AsyncClient(
            base_url=args.base_url + fx.API_PATH, headers=headers, limits=limits
        ) as client,
        admin,
    ):

        async def raw() -> None:
            response = await client.get(path)
            response.raise_for_status()
            json.loads(response.content)

        async def ext() -> None:
            await get_app.asyncio(args.group, args.app, client=admin.client)

        calls = {"raw": raw, "ext": ext}
        for call in calls.values():  # warm both pools
            await _concurrently(args.concurrency, args.concurrency, call)
        seconds: dict[str, list[float]] = {"raw": [], "ext": []}
        for number in range(args.rounds):
            order = ("raw", "ext") if number % 2 == 0 else ("ext", "raw")
            for name in order:
                seconds[name].append(await _concurrently(args.calls, args.concurrency, calls[name]))
        return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description="scenario 6, both contenders interleaved")
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--username", required=True)
    parser.add_argument("--api-key", required=True)
    parser.add_argument("--group", required=True)
    parser.add_argument("--app", required=True)
    parser.add_argument("--calls", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    print(json.dumps({"seconds": asyncio.run(_rounds(args)), "calls": args.calls}))


if __name__ == "__main__":
    main()
