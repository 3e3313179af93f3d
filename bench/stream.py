"""Reading a whole log, in a process of its own: entries per second and peak memory growth.

    python -m bench.stream --contender ext --entries 1000000             # in-process pages
    python -m bench.stream --contender raw --entries 100000 --base-url URL --username U \\
        --api-key K --group G --app A [--async]                           # over loopback HTTP

``ext`` is ``admin.iter_logs`` (or ``async for`` on ``AsyncStitchAdmin``); ``raw`` is httpx +
``json.loads`` following ``nextEndDate`` / ``nextSkip`` by hand. Both read one field of every
entry. Prints one JSON object: entries, seconds, and the resident set before and at its peak.

Memory: after the first two pages (imports, caches and the first buffers are in place), the
process's peak resident set is reset (``/proc/self/clear_refs``); growth is the peak reached
while reading the rest minus the resident set at that moment.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import time
from collections.abc import AsyncIterator, Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx

from . import fixtures as fx

WARMUP_ENTRIES = 2 * fx.PAGE_SIZE
LOGIN_PATH = f"{fx.API_PATH}/auth/providers/mongodb-cloud/login"


def _status_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise RuntimeError(f"no {field} in /proc/self/status")


def reset_peak() -> bool:
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


class PagedLog:
    """A MockTransport handler serving ``pages`` pages of the same 100 entries, newest first."""

    def __init__(self, pages: int, token: str) -> None:
        self.pages = pages
        self.served = 0
        self.prefix = fx.LOG_PAGE_BYTES[: fx.LOG_PAGE_BYTES.rindex(b',"nextEndDate"')]
        self.login = fx.encode({"access_token": token, "refresh_token": "r-" + token})

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            return httpx.Response(200, content=self.login, headers=fx.JSON_HEADERS)
        page = self.served
        self.served += 1
        if page + 1 < self.pages:
            cursor = fx.EPOCH - timedelta(seconds=25 * (page + 1))
            body = self.prefix + b',"nextEndDate":"' + cursor.isoformat().encode() + b'"}'
        else:
            body = self.prefix + b"}"
        return httpx.Response(200, content=body, headers=fx.JSON_HEADERS)


def _next_params(page: dict[str, Any]) -> dict[str, Any] | None:
    if page.get("nextEndDate") is None:
        return None
    params: dict[str, Any] = {"end_date": page["nextEndDate"]}
    if page.get("nextSkip"):
        params["skip"] = page["nextSkip"]
    return params


def raw_entries(client: httpx.Client, path: str) -> Iterator[dict[str, Any]]:
    params: dict[str, Any] | None = {}
    while params is not None:
        response = client.get(path, params=params)
        response.raise_for_status()
        page = json.loads(response.content)
        yield from page["logs"]
        params = _next_params(page)


async def raw_entries_async(client: httpx.AsyncClient, path: str) -> AsyncIterator[Any]:
    params: dict[str, Any] | None = {}
    while params is not None:
        response = await client.get(path, params=params)
        response.raise_for_status()
        page = json.loads(response.content)
        for entry in page["logs"]:
            yield entry
        params = _next_params(page)


def measure(entries: Iterator[Any], read: Callable[[Any], object]) -> dict[str, Any]:
    count = 0
    for entry in entries:
        read(entry)
        count += 1
        if count == WARMUP_ENTRIES:
            break
    gc.collect()
    rss_start = _status_kb("VmRSS")
    peak_reset = reset_peak()
    started = time.perf_counter()
    for entry in entries:
        read(entry)
        count += 1
    seconds = time.perf_counter() - started
    return {
        "entries": count - WARMUP_ENTRIES,
        "seconds": seconds,
        "rss_start_kb": rss_start,
        "rss_peak_kb": _status_kb("VmHWM"),
        "peak_reset": peak_reset,
    }


async def measure_async(entries: AsyncIterator[Any], read: Callable[[Any], object]) -> Any:
    warm: list[Any] = []
    async for entry in entries:
        read(entry)
        warm.append(entry)
        if len(warm) == WARMUP_ENTRIES:
            break
    warm.clear()
    gc.collect()
    rss_start = _status_kb("VmRSS")
    peak_reset = reset_peak()
    started = time.perf_counter()
    count = 0
    async for entry in entries:
        read(entry)
        count += 1
    seconds = time.perf_counter() - started
    return {
        "entries": count,
        "seconds": seconds,
        "rss_start_kb": rss_start,
        "rss_peak_kb": _status_kb("VmHWM"),
        "peak_reset": peak_reset,
    }


def read_raw(entry: Any) -> object:
    return entry["function_name"]


def read_model(entry: Any) -> object:
    return entry.function_name


def in_process(contender: str, total: int) -> dict[str, Any]:
    token = fx.fake_jwt()
    handler = PagedLog(max(1, total // fx.PAGE_SIZE), token)
    path = fx.LOGS_PATH.removeprefix(fx.API_PATH)
    if contender == "raw":
        with httpx.Client(
            base_url=fx.ORIGIN + fx.API_PATH,
            headers={"Authorization": f"Bearer {token}"},
            transport=httpx.MockTransport(handler),
        ) as client:
            return measure(raw_entries(client, path), read_raw)
    with fx.mock_admin(handler) as admin:
        return measure(iter(admin.iter_logs(fx.GROUP_ID, fx.APP_ID)), read_model)


def _raw_token(base_url: str, username: str, api_key: str) -> str:
    answer = httpx.post(base_url + LOGIN_PATH, json={"username": username, "apiKey": api_key})
    answer.raise_for_status()
    token: str = answer.json()["access_token"]
    return token


def over_http(args: argparse.Namespace) -> dict[str, Any]:
    path = f"/groups/{args.group}/apps/{args.app}/logs"
    api = args.base_url + fx.API_PATH
    if args.contender == "raw":
        headers = {
            "Authorization": f"Bearer {_raw_token(args.base_url, args.username, args.api_key)}"
        }
        if args.use_async:

            async def run_raw() -> Any:
                async with httpx.AsyncClient(base_url=api, headers=headers) as client:
                    return await measure_async(raw_entries_async(client, path), read_raw)

            return asyncio.run(run_raw())
        with httpx.Client(base_url=api, headers=headers) as client:
            return measure(raw_entries(client, path), read_raw)
    from stitch_admin_ext import AsyncStitchAdmin, StitchAdmin

    if args.use_async:

        async def run_ext() -> Any:
            admin = await AsyncStitchAdmin.login(
                args.username, args.api_key, base_url=args.base_url
            )
            async with admin:
                return await measure_async(aiter(admin.iter_logs(args.group, args.app)), read_model)

        return asyncio.run(run_ext())
    with StitchAdmin.login(args.username, args.api_key, base_url=args.base_url) as admin:
        return measure(iter(admin.iter_logs(args.group, args.app)), read_model)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contender", choices=("raw", "ext"), required=True)
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--base-url", help="the emulator's origin: read over loopback HTTP")
    parser.add_argument("--username")
    parser.add_argument("--api-key")
    parser.add_argument("--group")
    parser.add_argument("--app")
    parser.add_argument("--async", dest="use_async", action="store_true")
    args = parser.parse_args()
    result = over_http(args) if args.base_url else in_process(args.contender, args.entries)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
