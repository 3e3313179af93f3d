"""Where the time of a log page goes over loopback, every entry read: a profile, by layer.

    python -m bench.profile [--calls 2000] [--top 15]

Runs ``list_logs.sync`` through ``admin.client`` against the canned-bytes server of
``bench.loopback`` (server and client pinned to different cores), reading one field of every
entry, under ``cProfile``; then the same through raw httpx + ``json.loads``. Prints the time
per call of each, and ours split by layer (the module a function's own time is spent in): the
entries' decoding, JSON, httpx and httpcore, the sockets, the extension's layers.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time
from collections import defaultdict
from collections.abc import Callable

from . import loopback

LAYERS = (
    ("entries decoded (generated models)", ("client/models", "client/types")),
    ("endpoint function (generated)", ("client/api", "stitch_admin_client/client")),
    ("JSON parsing", ("json/",)),
    ("extension (auth flow, retries, errors, log)", ("stitch_admin_ext/",)),
    ("httpx_retries", ("httpx_retries/",)),
    ("httpx", ("httpx/",)),
    ("httpcore, h11", ("httpcore/", "h11/")),
    ("sockets (recv, send)", ("method 'recv", "method 'send", "method 'poll", "select.")),
)


def layer_of(where: str) -> str:
    for name, marks in LAYERS:
        if any(mark in where for mark in marks):
            return name
    return "other (attrs, stdlib, interpreter)"


def profile(call: Callable[[], object], calls: int) -> tuple[float, pstats.Stats]:
    for _ in range(50):
        call()
    profiler = cProfile.Profile()
    started = time.perf_counter()
    profiler.enable()
    for _ in range(calls):
        call()
    profiler.disable()
    return (time.perf_counter() - started) / calls, pstats.Stats(profiler)


def by_layer(stats: pstats.Stats) -> dict[str, float]:
    """Own time per layer; a built-in's (``dict.pop``, ``isinstance``) goes to the layers of
    its callers, in the shares they called it for."""
    totals: dict[str, float] = defaultdict(float)
    table = stats.stats  # type: ignore[attr-defined]
    for (filename, _, function), (_, _, own, _, callers) in table.items():
        where = f"{filename} {function}"
        if filename != "~" or layer_of(where).startswith("sockets") or not callers:
            totals[layer_of(where)] += own
            continue
        shares = {caller: row[2] for caller, row in callers.items()}
        whole = sum(shares.values()) or 1.0
        for (caller_file, _, caller_function), share in shares.items():
            totals[layer_of(f"{caller_file} {caller_function}")] += own * share / whole
    return totals


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args()
    with loopback.canned_server() as origin, loopback.contenders(origin, "no peer") as clients:
        calls = loopback.page_calls(clients, read=True)
        # Without the profiler: the ratio as the bench measures it (median of batches).
        plain = {}
        for name in ("raw", "ext", "raw", "ext"):
            started = time.perf_counter()
            for _ in range(args.calls // 4):
                calls[name]()
            plain[name] = (time.perf_counter() - started) / (args.calls // 4)
        ours, stats = profile(calls["ext"], args.calls)
        raw, raw_stats = profile(calls["raw"], args.calls)
    print(
        f"per call, every entry read, no profiler: ours {plain['ext'] * 1e6:.0f} µs,"
        f" raw httpx {plain['raw'] * 1e6:.0f} µs, ratio {plain['ext'] / plain['raw']:.2f}x"
    )
    print(f"per call under cProfile: ours {ours * 1e6:.0f} µs, raw {raw * 1e6:.0f} µs")
    for title, table in (("ours", by_layer(stats)), ("raw httpx", by_layer(raw_stats))):
        total = sum(table.values())
        print(f"\n{title}: own time by layer (share of the profiled total)")
        for name, seconds in sorted(table.items(), key=lambda item: -item[1]):
            print(f"  {name:<48} {seconds / args.calls * 1e6:8.1f} µs  {seconds / total:6.1%}")
    print(f"\nours: the {args.top} functions with the most own time")
    stats.sort_stats("tottime").print_stats(args.top)


if __name__ == "__main__":
    main()
