"""Functions run in worker processes: many at once, hostile ones among them, workers killed.

Every run here goes through the HTTP API of a real emulator; the worker processes are found
through the emulator's runner (`worker_pids()`).
"""

from __future__ import annotations

import asyncio
import os
import signal
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import TLS, new_client
from test_emulator_cli import emulator_process

from stitch_admin_emulator import EmulatorConfig, RunningEmulator, run_in_thread
from stitch_admin_emulator.js_runtime import FunctionRunner
from stitch_admin_emulator.routing import API_PREFIX
from stitch_admin_emulator.settings import (
    DEFAULT_GROUP_ID,
    DEFAULT_PRIVATE_KEY,
    DEFAULT_PUBLIC_KEY,
)

SYSTEM = {"run_as_system": "true"}
MiB = 1024 * 1024

SQUARE = "exports = function(i) { return i * i; };"
HOGS = {
    "spin": "exports = function() { console.log('spinning'); while (true) {} };",
    "typedArrays": "exports = function() { var all = [];"
    " for (var i = 0; i < 10; i++) { all.push(new Uint8Array(100 * 1000 * 1000)); }"
    " return all.length; };",
    "wasmMemory": "exports = function() { var memory = new WebAssembly.Memory({initial: 1});"
    " memory.grow(30000); return memory.buffer.byteLength; };",
    "heap": "exports = function() { var all = [];"
    " while (true) { all.push(new Array(100000).fill(1)); } };",
    "throws": "exports = function() { throw new Error('on purpose'); };",
}


class Functions:
    """One application of an emulator, and runs of its functions over HTTP."""

    def __init__(self, api_url: str, group_id: str, runner: FunctionRunner | None) -> None:
        self.api_url = api_url
        self._runner = runner
        with new_client(api_url) as client:
            response = client.post(
                "/auth/providers/mongodb-cloud/login",
                json={"username": DEFAULT_PUBLIC_KEY, "apiKey": DEFAULT_PRIVATE_KEY},
            )
        self.token = response.json()["access_token"]
        with self.api() as api:
            group = f"/groups/{group_id}"
            self.app = (
                f"{group}/apps/" + api.post(f"{group}/apps", json={"name": "w"}).json()["_id"]
            )

    @classmethod
    def of(cls, emulator: RunningEmulator) -> Functions:
        return cls(emulator.api_url, emulator.group_id, emulator.emulator.runner)

    @property
    def runner(self) -> FunctionRunner:
        assert self._runner is not None
        return self._runner

    def api(self, **options: Any) -> httpx.Client:
        return new_client(self.api_url, self.token, **options)

    def store(self, name: str, source: str) -> None:
        with self.api() as api:
            response = api.post(f"{self.app}/functions", json={"name": name, "source": source})
        assert response.status_code == 201, response.text

    def execute(self, name: str, *arguments: Any) -> dict[str, Any]:
        with self.api(timeout=60) as api:
            response = api.post(
                f"{self.app}/debug/execute_function",
                params=SYSTEM,
                json={"name": name, "arguments": list(arguments)},
            )
        assert response.status_code == 200, response.text
        outcome: dict[str, Any] = response.json()
        return outcome

    def execute_all(
        self, calls: list[tuple[str, list[Any]]], connections: int | None = None
    ) -> list[dict[str, Any]]:
        """Run the calls over `connections` connections (by default one each), as fast as
        they go; the answers in the same order."""
        connections = connections or len(calls)

        async def all_at_once() -> list[httpx.Response]:
            async with httpx.AsyncClient(
                base_url=self.api_url,
                headers={"Authorization": f"Bearer {self.token}"},
                limits=httpx.Limits(max_connections=connections),
                timeout=120,
                verify=TLS,
            ) as client:
                return await asyncio.gather(
                    *(
                        client.post(
                            f"{self.app}/debug/execute_function",
                            params=SYSTEM,
                            json={"name": name, "arguments": arguments},
                        )
                        for name, arguments in calls
                    )
                )

        responses = asyncio.run(all_at_once())
        assert [response.status_code for response in responses] == [200] * len(calls)
        return [response.json() for response in responses]

    def logs(self) -> list[dict[str, Any]]:
        with self.api() as api:
            entries: list[dict[str, Any]] = api.get(f"{self.app}/logs").json()["logs"]
        return entries

    def in_background(self, name: str) -> tuple[threading.Thread, dict[str, Any]]:
        """Start a run in a thread; its answer lands in the returned dict (or its error)."""
        outcome: dict[str, Any] = {}

        def run() -> None:
            try:
                outcome.update(self.execute(name))
            except (httpx.HTTPError, AssertionError) as exc:
                outcome["failure"] = exc

        thread = threading.Thread(target=run)
        thread.start()
        return thread, outcome

    def busy_worker(self, thread: threading.Thread) -> int:
        """The pid of the one worker, once it has been given the run in `thread`."""
        while thread.is_alive():
            if pids := self.runner.worker_pids(busy=True):
                (pid,) = pids
                return pid
            threading.Event().wait(0.01)
        pytest.fail("the run ended before a worker process was seen")


@pytest.fixture
def functions(start_emulator: Callable[..., RunningEmulator]) -> Callable[..., Functions]:
    return lambda **options: Functions.of(start_emulator(**options))


def alive(pid: int) -> bool:
    return Path(f"/proc/{pid}").exists()


def test_a_hundred_concurrent_runs_give_a_hundred_right_answers(
    functions: Callable[..., Functions],
) -> None:
    app = functions()
    app.store("square", SQUARE)
    outcomes = app.execute_all([("square", [i]) for i in range(100)])
    assert [outcome["result"] for outcome in outcomes] == [i * i for i in range(100)]
    assert all("error" not in outcome for outcome in outcomes)
    assert len(app.logs()) == 100
    assert 1 <= len(app.runner.worker_pids()) <= os.cpu_count()  # type: ignore[operator]


def test_hogs_among_normal_runs_fail_alone_and_the_server_carries_on(
    functions: Callable[..., Functions],
) -> None:
    app = functions(function_workers=3)
    app.store("square", SQUARE)
    for name, source in HOGS.items():
        app.store(name, source)
    calls = [(name, []) for name in HOGS for _ in range(2)]
    calls += [("square", [i]) for i in range(20)]
    outcomes = app.execute_all(calls)
    failed = {name: [] for name in HOGS}  # type: dict[str, list[dict[str, str]]]
    for (name, _), outcome in zip(calls, outcomes, strict=True):
        if name != "square":
            assert outcome["result"] is None
            failed[name].append(outcome["error"])
    assert [outcome["result"] for outcome in outcomes[-20:]] == [i * i for i in range(20)]
    for name, errors in failed.items():
        assert len(errors) == 2, name
    assert {error["name"] for error in failed["spin"]} == {"TimeoutError"}
    assert {error["name"] for error in failed["typedArrays"]} == {"RangeError"}
    assert {error["name"] for error in failed["wasmMemory"]} == {"RangeError"}
    assert {error["message"] for error in failed["heap"]} == {
        f"memory limit exceeded ({64 * MiB} bytes)"
    }
    assert {error["message"] for error in failed["throws"]} == {"on purpose"}
    # The server answers the next requests, and the pool runs functions still.
    assert app.execute("square", 9)["result"] == 81
    assert len(app.logs()) == len(calls) + 1


def test_a_worker_killed_mid_run_fails_that_run_and_is_replaced(
    functions: Callable[..., Functions],
) -> None:
    app = functions(function_time_limit=30.0, function_workers=1)
    app.store("spin", HOGS["spin"])
    app.store("square", SQUARE)
    assert app.execute("square", 1)["result"] == 1  # the one worker has started
    thread, outcome = app.in_background("spin")
    pid = app.busy_worker(thread)
    os.kill(pid, signal.SIGKILL)
    thread.join()
    assert outcome["error"] == {
        "name": "Error",
        "message": "the function's worker process was ended by SIGKILL",
    }
    assert app.execute("square", 7)["result"] == 49
    assert pid not in app.runner.worker_pids()
    assert not alive(pid)


def test_a_worker_that_stops_answering_is_killed_after_the_time_limit(
    functions: Callable[..., Functions],
) -> None:
    app = functions(function_time_limit=0.5, function_workers=1)
    app.store("spin", HOGS["spin"])
    app.store("square", SQUARE)
    assert app.execute("square", 1)["result"] == 1  # the one worker has started
    thread, outcome = app.in_background("spin")
    pid = app.busy_worker(thread)
    # A stopped process cannot time its own run out: the server's deadline has to.
    os.kill(pid, signal.SIGSTOP)
    thread.join()
    assert outcome["error"] == {
        "name": "TimeoutError",
        "message": "execution time limit exceeded (0.5s)",
    }
    assert not alive(pid)
    assert app.execute("square", 3)["result"] == 9


def test_stopping_the_emulator_mid_run_leaves_no_worker_behind() -> None:
    threads, pids = [], set()
    with run_in_thread(EmulatorConfig(function_time_limit=30.0, function_workers=2)) as emulator:
        app = Functions.of(emulator)
        app.store("spin", HOGS["spin"])
        app.store("square", SQUARE)
        assert app.execute("square", 2)["result"] == 4
        for _ in range(2):
            thread, _outcome = app.in_background("spin")
            threads.append(thread)
        while len(pids) < 2 and any(thread.is_alive() for thread in threads):
            pids.update(app.runner.worker_pids(busy=True))
            threading.Event().wait(0.01)
        assert len(pids) == 2
    for thread in threads:
        thread.join()
    assert not any(alive(pid) for pid in pids)
    assert app.runner.worker_pids() == []


HOSTILE_PRELUDE = """
  JSON.stringify = function () { return 'forged'; };
  JSON.parse = function () { return 'forged'; };
  Array.prototype.map = Array.prototype.join = Array.prototype.push = function () {
    throw new Error('map, join and push are broken');
  };
  Array.prototype.slice = function () { return ['forged']; };
  Object.prototype.hasOwnProperty = function () { return true; };
  Object.prototype.toString = function () { return 'forged'; };
  Function.prototype.call = Function.prototype.apply = function () { return 'forged'; };
  Reflect.apply = function () { return 'forged'; };
  String = function () { return 'forged'; };
  Promise.prototype.then = function () { return this; };
  Object.defineProperty(Object.prototype, 'logs', {set: function () {}, get: function () { return []; }});
  Object.defineProperty(Object.prototype, 'result', {set: function () {}, get: function () { return 'forged'; }});
  Object.defineProperty(Array.prototype, '0', {set: function () {}, get: function () { return 'forged'; }});
  Object.prototype.toJSON = Array.prototype.toJSON = function () { return 'forged'; };
  globalThis.__emulatorFinish = globalThis.__emulatorLogs = function () { return 'forged'; };
"""


@pytest.mark.parametrize("asynchronous", [False, True])
def test_functions_that_break_builtins_cannot_break_the_runtime(
    functions: Callable[..., Functions], asynchronous: bool
) -> None:
    app = functions(function_time_limit=0.5)
    app.store("double", "exports = function(x) { console.log('doubling'); return 2 * x; };")
    prefix = "async function(x) { await null;" if asynchronous else "function(x) {"
    # The prelude replaces toJSON too: the result is a string, which has none.
    app.store(
        "hostile",
        f"exports = {prefix} console.log('before', 1);"
        + HOSTILE_PRELUDE
        + " console.log('after', 'x');"
        " return '' + (context.values.get('missing') === undefined)"
        " + context.functions.execute('double', x); };",
    )
    outcome = app.execute("hostile", 21)
    assert "error" not in outcome
    assert outcome["result"] == "true42"
    assert outcome["logs"] == ["before 1", "after x", "doubling"]
    app.store(
        "hostileThrow",
        "exports = function() {" + HOSTILE_PRELUDE + " console.log('going'); throw 'thrown'; };",
    )
    thrown = app.execute("hostileThrow")
    assert (thrown["result"], thrown["logs"]) == (None, ["going"])
    assert thrown["error"] == {"name": "Error", "message": "thrown"}
    app.store(
        "hostileSpin",
        "exports = function() {" + HOSTILE_PRELUDE + " console.log('spinning'); while (true) {} };",
    )
    spun = app.execute("hostileSpin")
    assert (spun["logs"], spun["error"]["name"]) == (["spinning"], "TimeoutError")


def test_lone_surrogates_become_replacement_characters(functions: Callable[..., Functions]) -> None:
    app = functions()
    app.store(
        "lone",
        "exports = function() { console.log('log \\ud800', {'k\\udc00': 1});"
        " return {'key \\udc00': ['value \\ud800', '\\ud83d\\ude00', '\\ude00\\ud83d']}; };",
    )
    outcome = app.execute("lone")
    assert outcome["result"] == {"key \ufffd": ["value \ufffd", "\U0001f600", "\ufffd\ufffd"]}
    # JSON.stringify writes a lone surrogate as an escape: nothing to replace in that part.
    assert outcome["logs"] == ['log \ufffd {"k\\udc00":1}']
    assert app.logs()[0]["messages"] == outcome["logs"]
    app.store("loneThrow", "exports = function() { throw new RangeError('bad \\udfff'); };")
    thrown = app.execute("loneThrow")
    assert thrown["error"] == {"name": "RangeError", "message": "bad \ufffd"}
    assert app.logs()[0]["error"] == "bad \ufffd"


@pytest.mark.parametrize(
    ("returned", "message"),
    [("var a = {}; a.self = a; return a;", "circular"), ("return {n: 1n};", "BigInt")],
)
def test_results_that_cannot_be_serialized_are_errors(
    functions: Callable[..., Functions], returned: str, message: str
) -> None:
    app = functions()
    app.store("unserializable", f"exports = function() {{ console.log('ran'); {returned} }};")
    outcome = app.execute("unserializable")
    assert (outcome["result"], outcome["logs"]) == (None, ["ran"])
    assert outcome["error"]["name"] == "TypeError"
    assert message in outcome["error"]["message"]


def test_a_stress_of_mixed_runs_gives_every_right_answer(
    functions: Callable[..., Functions],
) -> None:
    # Many isolates created and driven at once: what crashed the threaded runner.
    app = functions(function_workers=4)
    app.store("square", SQUARE)
    app.store("later", "exports = async function(i) { await null; console.log(i); return -i; };")
    app.store(
        "nested",
        "exports = function(i) { return context.functions.execute('square', i) + 1; };",
    )
    calls = [(("square", "later", "nested")[i % 3], [i]) for i in range(300)]
    for _ in range(2):
        outcomes = app.execute_all(calls, connections=32)
        expected = [(i * i, -i, i * i + 1)[i % 3] for i in range(300)]
        assert [outcome["result"] for outcome in outcomes] == expected
        assert [outcome["logs"] for outcome in outcomes[1::3]] == [
            [str(i)] for i in range(1, 300, 3)
        ]


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        found.update(int(child) for child in (task / "children").read_text().split())
    return found


def test_the_emulator_as_a_process_runs_functions_at_once_and_takes_its_workers_along() -> None:
    with emulator_process() as (process, lines):
        app = Functions(lines[0] + API_PREFIX, DEFAULT_GROUP_ID, None)
        app.store("square", SQUARE)
        outcomes = app.execute_all([("square", [i]) for i in range(8)])
        assert [outcome["result"] for outcome in outcomes] == [i * i for i in range(8)]
        workers = _children(process.pid)
        assert workers
        process.send_signal(signal.SIGTERM)
        process.communicate(timeout=20)
        assert process.returncode == 0
    assert not any(alive(pid) for pid in workers)
