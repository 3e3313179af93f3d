"""Scenario 9: a parallel export against the emulator with a per-request latency.

The emulator (in a thread of ``make bench``'s process) answers every log request after an
injected latency (50 ms: a far region of the service). Its log holds generated entries, spread
uniformly over a day, or skewed (90% of them in 1% of the day). Each export runs in a process
of its own and reads every entry (its id: each entry is decoded), newest first:

    python -m bench.export --base-url URL --username U --api-key K --group G --app A \\
        --concurrency 16 [--async]

It prints one JSON object: entries, seconds, a digest of the ids in the order read (two exports
that print the same digest yielded the same entries in the same order), and the resident set
before and at its peak (as in ``bench.stream``, after the first two pages).
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import import_module
from typing import Any

import httpx

from .emulator import Target
from .stream import WARMUP_ENTRIES, _status_kb, reset_peak

DAY_START = "2024-05-01T00:00:00Z"
DAY_END = "2024-05-02T00:00:00Z"
# 1% of the day: 14 minutes 24 seconds.
DENSE = {"start": "2024-05-01T08:00:00Z", "end": "2024-05-01T08:14:24Z", "share": 0.9}


@dataclass
class Export:
    """An emulator with one application, and how to seed its log and set the latency."""

    target: Target
    control: httpx.Client

    def seed(self, entries: int, *, skewed: bool) -> None:
        """The application's log, emptied, then filled with generated entries."""
        app = f"/groups/{self.target.group_id}/apps/{self.target.app_id}"
        body: dict[str, Any] = {"count": entries, "start": DAY_START, "end": DAY_END, "seed": 1}
        if skewed:
            body["dense"] = DENSE
        self.control.post(f"{app}/logs/generate", json=body).raise_for_status()

    def latency(self, seconds: float) -> None:
        self.control.put(
            "/latency", json={"seconds": seconds, "method": "GET", "path": "/groups/*/apps/*/logs"}
        ).raise_for_status()


@contextmanager
def emulator(entries: int = 0) -> Iterator[Export]:
    """A fresh emulator with an empty application (its log seeded by ``Export.seed``)."""
    module = import_module("stitch_admin_emulator")
    from stitch_admin_client.api.apps import create_app
    from stitch_admin_client.models import AppCreate

    from stitch_admin_ext import StitchAdmin

    with module.run_in_thread(module.EmulatorConfig(access_token_ttl=3600)) as emu:
        with StitchAdmin.login(
            username=emu.public_key, api_key=emu.private_key, base_url=emu.base_url
        ) as admin:
            app = create_app.sync(emu.group_id, client=admin.client, body=AppCreate(name="bench"))
        target = Target(emu.base_url, emu.public_key, emu.private_key, emu.group_id, app.id)
        with httpx.Client(
            base_url=emu.base_url + "/_emulator",
            headers={"X-Emulator-Token": emu.control_token},
            timeout=600,
        ) as control:
            yield Export(target, control)


# ------------------------------------------------------------------ one export, in its process


class Reading:
    """Counts and hashes the ids read, and notes memory once the first pages are in."""

    def __init__(self) -> None:
        self.digest = hashlib.sha256()
        self.count = 0
        self.rss_start = 0
        self.peak_reset = False
        self.started = time.perf_counter()

    def read(self, entry: Any) -> None:
        self.digest.update(entry.id.encode())
        self.count += 1
        if self.count == WARMUP_ENTRIES:
            self.rss_start = _status_kb("VmRSS")
            self.peak_reset = reset_peak()

    def result(self) -> dict[str, Any]:
        return {
            "entries": self.count,
            "seconds": time.perf_counter() - self.started,
            "digest": self.digest.hexdigest(),
            "rss_start_kb": self.rss_start,
            "rss_peak_kb": _status_kb("VmHWM"),
            "peak_reset": self.peak_reset,
        }


def run(args: argparse.Namespace) -> dict[str, Any]:
    from stitch_admin_ext import AsyncStitchAdmin, StitchAdmin

    reading = Reading()
    if args.use_async:

        async def export() -> None:
            admin = await AsyncStitchAdmin.login(
                args.username, args.api_key, base_url=args.base_url
            )
            async with admin:
                reading.started = time.perf_counter()
                async for entry in admin.iter_logs(
                    args.group, args.app, concurrency=args.concurrency
                ):
                    reading.read(entry)

        asyncio.run(export())
        return reading.result()
    with StitchAdmin.login(args.username, args.api_key, base_url=args.base_url) as admin:
        reading.started = time.perf_counter()
        for entry in admin.iter_logs(args.group, args.app, concurrency=args.concurrency):
            reading.read(entry)
    return reading.result()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--username", required=True)
    parser.add_argument("--api-key", required=True)
    parser.add_argument("--group", required=True)
    parser.add_argument("--app", required=True)
    parser.add_argument("--concurrency", type=int, default=1)
    parser.add_argument("--async", dest="use_async", action="store_true")
    print(json.dumps(run(parser.parse_args())))


if __name__ == "__main__":
    main()
