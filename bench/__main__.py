"""``make bench``: every figure, one line each, and optionally the results table of BENCHMARKS.md.

python -m bench                        # all scenarios (under ten minutes)
python -m bench --write BENCHMARKS.md  # and replace the results block of that file
python -m bench --quick                # tiny sizes: checks that the code runs, measures nothing
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from importlib.metadata import version
from pathlib import Path
from typing import Any

from . import emulator, export, fixtures, harness, imports, inprocess, loopback, plugin
from .harness import Figure, Settings, Skipped, Target

Result = Figure | Skipped
BEGIN = "<!-- bench:results:begin -->"
END = "<!-- bench:results:end -->"


def peer_or_reason(settings: Settings) -> Any:
    """The peer module (openapi-generator's client), or why it is left out."""
    if settings.quick:
        return "left out of the quick run"
    try:
        from . import peer

        peer.load()
    except Exception as exc:
        return f"openapi-generator's client could not be built: {exc}"
    return peer


# ------------------------------------------------------------------ scenarios 1, 2, 3, 8

CALL_ONLY = "call only"
EVERY_ENTRY = "every entry read"
COLLECTED = "entries kept, none read"
COLLECTED_READ = "entries kept, every entry read"


def calls(settings: Settings, peer: Any) -> Iterator[Result]:
    """In-process: every contender gets the same bytes from a fake of its connection layer."""
    sessions: list[tuple[str, str, bytes, Callable[..., dict[str, Any]], dict[str, Any]]] = [
        ("get_app", CALL_ONLY, fixtures.APP_BYTES, inprocess.app_calls, {}),
        ("log page", CALL_ONLY, fixtures.LOG_PAGE_BYTES, inprocess.page_calls, {}),
        ("log page", EVERY_ENTRY, fixtures.LOG_PAGE_BYTES, inprocess.page_calls, {"read": True}),
    ]
    for label, includes, body, make, options in sessions:
        with inprocess.clients(body) as clients:
            contenders = make(clients, **options)
            if not isinstance(peer, str):
                contenders["peer"] = (
                    peer.app_call(body) if label == "get_app" else peer.page_call(body, **options)
                )
            if includes == EVERY_ENTRY:
                contenders = {k: v for k, v in contenders.items() if k in ("raw", "ext", "peer")}
            failure = _warm(contenders)
            samples = harness.interleaved(contenders, settings)
        yield from _call_figures(label, includes, samples, peer)
        if failure:
            number = "8" if includes == CALL_ONLY else " "
            yield Skipped(f"{number} {label} (in-process; {includes}): openapi-generator", failure)


def _warm(contenders: dict[str, Callable[[], object]]) -> str | None:
    """Call each contender once; the peer is left out when it fails (openapi-generator's client
    refusing an answer is a finding about it, not a fault of the bench), and why is returned."""
    failure = None
    for name, call in list(contenders.items()):
        try:
            call()
        except Exception as exc:
            if name != "peer":
                raise
            del contenders[name]
            # Its messages quote the body after " from ": the reason alone.
            reason = str(exc).partition(" from ")[0]
            failure = f"openapi-generator's client raises {type(exc).__name__}: {reason}"
    return failure


def _call_figures(
    label: str, includes: str, samples: dict[str, harness.Samples], peer: Any
) -> Iterator[Result]:
    scenario = {"get_app": "1", "log page": "2"}[label] if includes == CALL_ONLY else " "
    figure = harness.figure_from
    target = {"1": Target(1.2), "2": Target(1.3)}.get(scenario)
    where = f"{label} (in-process; {includes})"
    name = f"{scenario} {where}: admin.client / raw httpx"
    yield figure(samples, name, "ext", "raw", target=target)
    if "bound" in samples:
        yield figure(
            samples,
            f"10 {where}: bound method / the generated function it calls (admin.client)",
            "bound",
            "ext",
            target=Target(1.1),
        )
    if scenario.strip():
        yield figure(
            samples,
            f"3 {where}: admin.client / bare generated client",
            "ext",
            "generated",
            target=Target(1.1),
        )
        for layer, text in (
            ("generated", "bare generated client / raw httpx"),
            ("typed", "+ typed errors & request log (StitchHTTPClient) / bare"),
            ("auth", "+ auth flow (StitchAuth, retry=False) / bare"),
        ):
            baseline = "raw" if layer == "generated" else "generated"
            yield figure(samples, f"  {where}: {text}", layer, baseline)
    if "peer" in samples:
        number = "8" if scenario.strip() else " "
        ratio = harness.median_ratio(samples, "peer", "ext")
        yield Figure(
            f"{number} {where}: openapi-generator / admin.client",
            samples["peer"].median,
            samples["ext"].median,
            "s",
            ratio,
            Target(1.5, at_most=False) if scenario.strip() else None,
            "ext",
        )
    elif isinstance(peer, str) and scenario.strip():
        yield Skipped(f"scenario 8 ({label}, in-process)", peer)


def over_loopback(settings: Settings, peer: Any) -> Iterator[Result]:
    """The same calls over real loopback sockets, against a canned-bytes server on another
    core (see ``bench.loopback``), beside raw httpx, urllib3 and openapi-generator's client."""
    cases: list[tuple[str, str, Callable[..., dict[str, Any]], dict[str, Any], Target]] = [
        ("get_app", CALL_ONLY, loopback.app_calls, {}, Target(1.2)),
        ("log page", CALL_ONLY, loopback.page_calls, {"read": False}, Target(1.3)),
        ("log page", EVERY_ENTRY, loopback.page_calls, {"read": True}, Target(1.3)),
    ]
    with loopback.canned_server() as origin, loopback.contenders(origin, peer) as clients:
        for label, includes, make, options, target in cases:
            contenders = make(clients, **options)
            failure = _warm(contenders)
            samples = harness.interleaved(contenders, settings)
            where = f"{label} (loopback; {includes})"
            number = {"get_app": "1", "log page": "2"}[label]
            yield harness.figure_from(
                samples, f"{number} {where}: admin.client / raw httpx", "ext", "raw", target=target
            )
            yield harness.figure_from(samples, f"  {where}: urllib3 / raw httpx", "urllib3", "raw")
            if "peer" in samples:
                yield harness.figure_from(
                    samples, f"  {where}: openapi-generator / raw httpx", "peer", "raw"
                )
                yield harness.figure_from(
                    samples, f"  {where}: openapi-generator / admin.client", "peer", "ext"
                )
            elif isinstance(peer, str) or failure:
                yield Skipped(f"  {where}: openapi-generator", failure or str(peer))
        pages = 5 if settings.quick else 100
        held = loopback.collected_bytes(clients, pages)
        for ours, includes in (("ext", COLLECTED), ("ext_read", COLLECTED_READ)):
            yield Figure(
                f"  log page (loopback; {includes}, {pages * fixtures.PAGE_SIZE:,} entries):"
                " memory per entry, admin.client / raw httpx",
                round(held[ours]),
                round(held["raw"]),
                "B",
                held[ours] / held["raw"],
                None,
                "raw",
            )


# ------------------------------------------------------------------ scenario 4 and 5


def _run_json(module: str, contender: str, arguments: list[str]) -> dict[str, Any]:
    """One measured run, in an interpreter of its own; it prints its result as JSON."""
    chosen = ["--contender", contender] if contender else []
    command = [sys.executable, "-m", module, *chosen, *arguments]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def _rates(
    module: str, arguments: list[str], rounds: int, rate: Callable[[dict[str, Any]], float]
) -> tuple[dict[str, list[dict[str, Any]]], dict[str, list[float]], float]:
    """Runs of raw and ext alternating (which goes first alternates too); their rates, and the
    median of the per-round ratios ext/raw."""
    runs: dict[str, list[dict[str, Any]]] = {"raw": [], "ext": []}
    for round_ in range(rounds):
        for contender in ("raw", "ext") if round_ % 2 == 0 else ("ext", "raw"):
            runs[contender].append(_run_json(module, contender, arguments))
    rates = {k: [rate(run) for run in v] for k, v in runs.items()}
    ratios = [e / r for e, r in zip(rates["ext"], rates["raw"], strict=True)]
    return runs, rates, statistics.median(ratios)


def _throughput(
    name: str, rates: dict[str, list[float]], ratio: float, target: Target | None
) -> Figure:
    median = statistics.median
    return Figure(name, median(rates["ext"]), median(rates["raw"]), "/s", ratio, target, "raw")


def _stream_figures(name: str, arguments: list[str], rounds: int) -> Iterator[Result]:
    runs, rates, ratio = _rates(
        "bench.stream", arguments, rounds, lambda run: run["entries"] / run["seconds"]
    )
    yield _throughput(f"{name}: entries per second, iter_logs / raw httpx", rates, ratio, None)
    growth = {
        k: max((run["rss_peak_kb"] - run["rss_start_kb"]) / 1024 for run in v)
        for k, v in runs.items()
    }
    entries = runs["ext"][0]["entries"]
    yield Figure(
        f"{name}: peak RSS growth over {entries:,} entries",
        growth["ext"],
        growth["raw"],
        "MB",
        None,
        "< 30 MB",
        "raw",
        verdict=growth["ext"] < 30,
    )


def stream_in_process(settings: Settings) -> Iterator[Result]:
    total = 2_000 if settings.quick else 1_000_000
    yield from _stream_figures(
        f"4 iter_logs, pages in-process ({EVERY_ENTRY})",
        ["--entries", str(total)],
        1 if settings.quick else 2,
    )


def over_emulator(settings: Settings) -> Iterator[Result]:
    reason = emulator.unavailable()
    if reason:
        yield Skipped("scenario 5", reason)
        yield Skipped("scenario 6", reason)
        return
    entries = 2_000 if settings.quick else 100_000
    with emulator.seeded(entries) as target:
        for mode in ([], ["--async"]):
            name = f"5 iter_logs over loopback HTTP ({'async' if mode else 'sync'}; {EVERY_ENTRY})"
            rounds = 1 if settings.quick else 2
            yield from _stream_figures(name, [*target.arguments(), *mode], rounds)
        calls = 50 if settings.quick else 1000
        rounds = 2 if settings.quick else 10
        arguments = [*target.arguments(), "--calls", str(calls), "--concurrency", "50"]
        run = _run_json("bench.emulator", "", [*arguments, "--rounds", str(rounds)])
        seconds = run["seconds"]
        ratios = [r / e for r, e in zip(seconds["raw"], seconds["ext"], strict=True)]
        median = statistics.median
        yield Figure(
            f"6 async get_app x{calls}, 50 at a time, interleaved in one process ({CALL_ONLY}):"
            " throughput / raw httpx.AsyncClient",
            calls / median(seconds["ext"]),
            calls / median(seconds["raw"]),
            "/s",
            median(ratios),
            Target(0.9, at_most=False),
            "raw",
        )


def parallel_export(settings: Settings) -> Iterator[Result]:
    """Scenario 9 (see ``bench.export``): sequential against concurrency=16, same output."""
    reason = emulator.unavailable()
    if reason:
        yield Skipped("scenario 9", reason)
        return
    entries = 2_000 if settings.quick else 100_000
    big = 5_000 if settings.quick else 1_000_000
    latency = 0.005 if settings.quick else 0.05
    wait = f"{latency * 1000:g} ms latency"
    repeats = 1 if settings.quick else 3
    for shape, target in (("uniform", 8.0), ("skewed", 5.0)):
        with export.emulator() as running:
            running.seed(entries, skewed=shape == "skewed")
            running.latency(latency)

            def export_with(*options: str) -> dict[str, Any]:
                arguments = [*running.target.arguments(), *options]
                return _run_json("bench.export", "", arguments)

            # The sequential read waits on the latency, its time is steady; the parallel ones
            # spend CPU on both cores, which other work on the machine takes from: the median
            # of three.
            runs = {"sequential": [export_with("--concurrency", "1")]}
            for _ in range(repeats):
                runs.setdefault("parallel", []).append(export_with("--concurrency", "16"))
                runs.setdefault("async", []).append(export_with("--concurrency", "16", "--async"))
        what = f"9 parallel export, {shape}, {entries:,} entries, {wait} ({EVERY_ENTRY})"
        sequential = runs["sequential"][0]["seconds"]
        for name, text in (("parallel", "concurrency=16"), ("async", "async, concurrency=16")):
            seconds = statistics.median(run["seconds"] for run in runs[name])
            label = what if name == "parallel" else "  " + what[2:]
            yield Figure(
                f"{label}: {text}{' (median of 3)' if repeats == 3 else ''} / sequential",
                seconds,
                sequential,
                "s",
                sequential / seconds,
                Target(target, at_most=False) if name == "parallel" else None,
                "sequential",
            )
        outputs = [run for kind in runs.values() for run in kind]
        same = {(run["entries"], run["digest"]) for run in outputs}
        yield Figure(
            f"  {what[2:]}: every export yields the sequential entries, in order",
            float(len(outputs)),
            None,
            "exports",
            None,
            "identical",
            "",
            verdict=len(same) == 1 and runs["sequential"][0]["entries"] == entries,
        )
    with export.emulator() as running:
        running.seed(big, skewed=False)
        running.latency(latency)
        run = _run_json("bench.export", "", [*running.target.arguments(), "--concurrency", "16"])
    growth = (run["rss_peak_kb"] - run["rss_start_kb"]) / 1024
    yield Figure(
        f"9 parallel export, {big:,} entries, {wait}, concurrency=16 ({EVERY_ENTRY}):"
        f" peak RSS growth (read in {run['seconds']:.0f} s)",
        growth,
        None,
        "MB",
        None,
        "< 50 MB",
        "",
        verdict=growth < 50 and run["entries"] == big,
    )


# ------------------------------------------------------------------ scenario 7 and 8 (imports)


def cold_imports(settings: Settings, peer: Any) -> Iterator[Result]:
    cases = {
        "httpx": "import httpx",
        "ext": "from stitch_admin_ext import StitchAdmin",
        "first_raw": "import bench.imports as b; b.first_call_raw()",
        "first_ext": "import bench.imports as b; b.first_call_ext()",
    }
    extra_path = ""
    if not isinstance(peer, str):
        cases["peer"] = f"import {peer.PACKAGE}"
        extra_path = str(peer.generate().directory)
    times = imports.measure(cases, 3 if settings.quick else 30, extra_path)
    yield Figure(
        "7 cold import: from stitch_admin_ext import StitchAdmin / import httpx",
        times.median("ext"),
        times.median("httpx"),
        "s",
        times.ratio("ext", "httpx"),
        Target(1.5),
        "httpx",
    )
    yield Figure(
        "  fresh interpreter to first get_app (import, login, call) / httpx get",
        times.median("first_ext"),
        times.median("first_raw"),
        "s",
        times.ratio("first_ext", "first_raw"),
        None,
        "first_raw",
    )
    if "peer" in cases:
        yield Figure(
            "8 cold import: import openapi-generator client / stitch_admin_ext",
            times.median("peer"),
            times.median("ext"),
            "s",
            times.ratio("peer", "ext"),
            Target(3, at_most=False),
            "ext",
        )
    else:
        yield Skipped("scenario 8 (cold import)", str(peer))


def peer_notes(peer: Any) -> list[str]:
    if isinstance(peer, str):
        return [f"openapi-generator: {peer}"]
    generated = peer.generate()
    lines = [
        f"openapi-generator-cli {generated.version} (PyPI), {generated.operations} operations"
        f" generated: `{generated.command}`",
    ]
    unusable = peer.unusable_operations()
    lines += [f"generated but unusable: {line}" for line in unusable] or ["every operation usable"]
    return lines


# ------------------------------------------------------------------ output


def machine() -> str:
    cpu = "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        found = re.search(r"^model name\s*:\s*(.+)$", cpuinfo.read_text(), re.MULTILINE)
        cpu = found.group(1).strip() if found else cpu
    return (
        f"{cpu}, {os.cpu_count()} cores (shared), Python {platform.python_version()},"
        f" httpx {version('httpx')}, {platform.system()} {platform.release()}"
    )


# ------------------------------------------------------------------ scenario 11 (pytest plugin)
def pytest_plugin(settings: Settings) -> Iterator[Result]:
    tests = 5 if settings.quick else 200
    costs = plugin.measure(tests)
    yield Figure(
        "11 pytest plugin: session start-up (first test using stitch_emulator)",
        costs.first["stitch_emulator"] - costs.first["none"],
        None,
        "s",
    )
    for fixture in ("stitch_emulator", "stitch_app"):
        yield Figure(
            f"   pytest plugin: per test using {fixture} (setup + teardown, {tests} tests)",
            costs.each[fixture] - costs.each["none"],
            None,
            "s",
        )


def line(result: Result) -> str:
    if isinstance(result, Skipped):
        return result.line()
    name, value, baseline, ratio, target, met = result.cells()
    base = f"{baseline} ({result.baseline_name})" if baseline else ""
    return f"{name:<72} {value:>12} {base:>26} {ratio:>7} {target:>9} {met}"


def table(results: list[Result]) -> list[str]:
    rows = ["| figure | value | baseline | ratio | target | met? |", "|---|---:|---:|---:|---|---|"]
    for result in results:
        if isinstance(result, Skipped):
            rows.append(f"| {result.name} | skipped: {result.reason} | | | | |")
            continue
        name, value, baseline, ratio, target, met = result.cells()
        base = f"{baseline} ({result.baseline_name})" if baseline else ""
        rows.append(f"| {name.strip()} | {value} | {base} | {ratio} | {target} | {met} |")
    return rows


def load() -> str:
    """The machine's load average over the last minute (other processes share its cores)."""
    return f"{os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else "unknown"


def write(
    path: Path, results: list[Result], notes: list[str], command: str, *, took: float, loads: str
) -> None:
    block = [
        BEGIN,
        f"Run {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC with `{command}` in {took / 60:.1f} min"
        f" on {machine()}; load average {loads}.",
        "",
        *table(results),
        "",
        *[f"- {note}" for note in notes],
        END,
    ]
    text = (
        path.read_text(encoding="utf-8") if path.exists() else f"# Benchmarks\n\n{BEGIN}\n{END}\n"
    )
    start, stop = text.index(BEGIN), text.index(END) + len(END)
    path.write_text(text[:start] + "\n".join(block) + text[stop:], encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny sizes, a smoke run")
    parser.add_argument("--write", type=Path, help="replace the results block of this file")
    args = parser.parse_args()
    settings = Settings.smoke() if args.quick else Settings()
    started = time.perf_counter()
    load_at_start = load()
    print(f"machine: {machine()}; load average {load_at_start}", flush=True)
    peer = peer_or_reason(settings)
    results: list[Result] = []
    scenarios: list[Callable[[], Iterator[Result]]] = [
        lambda: calls(settings, peer),
        lambda: over_loopback(settings, peer),
        lambda: stream_in_process(settings),
        lambda: over_emulator(settings),
        lambda: parallel_export(settings),
        lambda: cold_imports(settings, peer),
        lambda: pytest_plugin(settings),
    ]
    for scenario in scenarios:
        for result in scenario():
            results.append(result)
            print(line(result), flush=True)
    notes = peer_notes(peer)
    for note in notes:
        print(note)
    took = time.perf_counter() - started
    loads = f"{load_at_start} at the start, {load()} at the end"
    print(f"took {took / 60:.1f} min; load average {loads}")
    if args.write:
        command = (
            "make bench"
            if os.environ.get("MAKELEVEL")
            else " ".join(["python -m bench", *sys.argv[1:]])
        )
        write(args.write, results, notes, command, took=took, loads=loads)
    return 0


if __name__ == "__main__":
    sys.exit(main())
