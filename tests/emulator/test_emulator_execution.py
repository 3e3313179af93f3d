"""Running stored functions and given source in V8, and the log entries each run leaves."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from conftest import client_for, login

from stitch_admin_emulator import RunningEmulator

SYSTEM = {"run_as_system": "true"}


def store(api: httpx.Client, app: str, name: str, source: str) -> dict[str, Any]:
    response = api.post(f"{app}/functions", json={"name": name, "source": source})
    assert response.status_code == 201, response.text
    function: dict[str, Any] = response.json()
    return function


def execute(
    api: httpx.Client, app: str, name: str, *arguments: Any, **params: str
) -> dict[str, Any]:
    response = api.post(
        f"{app}/debug/execute_function",
        params=params or SYSTEM,
        json={"name": name, "arguments": list(arguments)},
    )
    assert response.status_code == 200, response.text
    outcome: dict[str, Any] = response.json()
    return outcome


def last_log_entry(api: httpx.Client, app: str) -> dict[str, Any]:
    entry: dict[str, Any] = api.get(f"{app}/logs").json()["logs"][0]
    return entry


def test_a_function_returns_its_result_and_console_lines(api: httpx.Client, app: str) -> None:
    function = store(
        api,
        app,
        "sum",
        "exports = function(a, b) { console.log('adding', a, b); console.warn({a: a});"
        " console.error('done'); return {total: a + b, parts: [a, b]}; };",
    )
    outcome = execute(api, app, "sum", 2, 3)
    assert outcome["result"] == {"total": 5, "parts": [2, 3]}
    assert outcome["logs"] == ["adding 2 3", '{"a":2}', "done"]
    assert "error" not in outcome
    assert re.fullmatch(r"\d+\.\d{3}ms", outcome["stats"]["execution_time"])
    entry = last_log_entry(api, app)
    assert entry["type"] == "FUNCTION"
    assert entry["function_name"] == "sum"
    assert entry["function_id"] == function["_id"]
    assert entry["messages"] == outcome["logs"]
    assert entry["request_method"] == "POST"
    assert entry["request_url"].endswith("/debug/execute_function?run_as_system=true")
    assert entry["started"] <= entry["completed"]
    assert "error" not in entry
    assert "user_id" not in entry
    assert entry["co_id"]


def test_async_functions_are_awaited(api: httpx.Client, app: str) -> None:
    store(
        api,
        app,
        "later",
        "exports = async function(x) { await null; console.log('awaited'); return x * 2; };",
    )
    outcome = execute(api, app, "later", 21)
    assert outcome["result"] == 42
    assert outcome["logs"] == ["awaited"]


@pytest.mark.parametrize(
    ("source", "name", "message"),
    [
        (
            "exports = function() { console.log('before'); throw new TypeError('bad input'); };",
            "TypeError",
            "bad input",
        ),
        (
            "exports = async function() { await null; throw new RangeError('late'); };",
            "RangeError",
            "late",
        ),
        ("exports = function( {", "SyntaxError", ""),
        ("exports = 5;", "TypeError", "exports is not a function"),
        ("exports = function() { return 1n; };", "TypeError", "BigInt"),
        ("exports = function() { return new Promise(function () {}); };", "Error", "never settled"),
        ("exports = function() { setTimeout(function () {}, 1); };", "Error", "timers"),
    ],
)
def test_failures_answer_an_error_object_and_log_an_error(
    api: httpx.Client, app: str, source: str, name: str, message: str
) -> None:
    store(api, app, "broken", source)
    outcome = execute(api, app, "broken")
    assert outcome["error"]["name"] == name
    assert message in outcome["error"]["message"]
    assert outcome["result"] is None
    entry = last_log_entry(api, app)
    assert entry["error"] == outcome["error"]["message"]
    assert entry["error_code"] == "FunctionExecutionError"
    assert api.get(f"{app}/logs", params={"errors_only": "true"}).json()["logs"] == [entry]


def test_a_thrown_error_keeps_the_lines_logged_before_it(api: httpx.Client, app: str) -> None:
    store(
        api,
        app,
        "noisy",
        "exports = function() { console.log('one'); console.log('two'); throw 'x'; };",
    )
    outcome = execute(api, app, "noisy")
    assert outcome["logs"] == ["one", "two"]
    assert outcome["error"] == {"name": "Error", "message": "x"}


def test_runaway_functions_hit_the_time_limit_and_the_server_stays_up(
    start_emulator: Callable[..., RunningEmulator],
) -> None:
    emulator = start_emulator(function_time_limit=0.8)
    with client_for(emulator, login(emulator)["access_token"]) as api:
        app = (
            f"/groups/{emulator.group_id}/apps/"
            + api.post(f"/groups/{emulator.group_id}/apps", json={"name": "spin"}).json()["_id"]
        )
        store(
            api, app, "spin", "exports = function() { console.log('spinning'); while (true) {} };"
        )
        store(api, app, "spinLater", "exports = async function() { await null; while (true) {} };")
        outcomes: dict[str, Any] = {}

        def run(name: str) -> None:
            with client_for(emulator, login(emulator)["access_token"]) as own:
                outcomes[name] = execute(own, app, name)

        runs = [threading.Thread(target=run, args=(name,)) for name in ("spin", "spinLater")]
        for thread in runs:
            thread.start()
        # While both functions spin in V8, the server still answers.
        assert api.get("/auth/profile").status_code == 200
        assert any(thread.is_alive() for thread in runs)
        for thread in runs:
            thread.join()
        for name in ("spin", "spinLater"):
            assert outcomes[name]["error"]["name"] == "TimeoutError"
            assert "time limit" in outcomes[name]["error"]["message"]
        assert outcomes["spin"]["logs"] == ["spinning"]
        assert execute(api, app, "spin")["error"]["name"] == "TimeoutError"


def test_memory_hogs_hit_the_memory_limit(start_emulator: Callable[..., RunningEmulator]) -> None:
    emulator = start_emulator(function_memory_limit=32 * 1024 * 1024)
    with client_for(emulator, login(emulator)["access_token"]) as api:
        app = (
            f"/groups/{emulator.group_id}/apps/"
            + api.post(f"/groups/{emulator.group_id}/apps", json={"name": "hog"}).json()["_id"]
        )
        store(
            api,
            app,
            "hog",
            "exports = function() { var all = [];"
            " while (true) { all.push(new Array(100000).fill(1)); } };",
        )
        outcome = execute(api, app, "hog")
        assert outcome["error"]["name"] == "RangeError"
        assert "memory limit" in outcome["error"]["message"]
        store(api, app, "fine", "exports = function() { return 'still here'; };")
        assert execute(api, app, "fine")["result"] == "still here"


def test_each_run_starts_from_a_fresh_context(api: httpx.Client, app: str) -> None:
    store(
        api,
        app,
        "counter",
        "exports = function() {"
        " globalThis.runs = (globalThis.runs || 0) + 1; return globalThis.runs; };",
    )
    assert [execute(api, app, "counter")["result"] for _ in range(3)] == [1, 1, 1]


def test_functions_call_each_other_through_the_context(api: httpx.Client, app: str) -> None:
    store(
        api, app, "double", "exports = function(x) { console.log('doubling', x); return 2 * x; };"
    )
    store(
        api,
        app,
        "quadruple",
        "exports = function(x) {"
        " return context.functions.execute('double', context.functions.execute('double', x)); };",
    )
    store(api, app, "lost", "exports = function() { return context.functions.execute('nope'); };")
    outcome = execute(api, app, "quadruple", 5)
    assert outcome["result"] == 20
    assert outcome["logs"] == ["doubling 5", "doubling 10"]
    assert "function not found" in execute(api, app, "lost")["error"]["message"]


def test_context_values_and_user_are_available(api: httpx.Client, app: str) -> None:
    api.post(f"{app}/values", json={"name": "greeting", "value": "hello", "private": True})
    user = api.post(f"{app}/users", json={"email": "eve@example.com", "password": "secret1"}).json()
    store(
        api,
        app,
        "greet",
        "exports = function() { return [context.values.get('greeting'), context.values.get('nope'),"
        " context.user.id, context.user.type]; };",
    )
    as_user = execute(api, app, "greet", user_id=user["_id"])
    assert as_user["result"] == ["hello", None, user["_id"], "normal"]
    assert last_log_entry(api, app)["user_id"] == user["_id"]
    assert execute(api, app, "greet")["result"] == ["hello", None, "", "system"]
    assert "user_id" not in last_log_entry(api, app)


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"run_as_system": "false"},
        {"run_as_system": "true", "user_id": "x"},
        {"run_as_system": "sure"},
    ],
)
def test_exactly_one_of_user_id_and_run_as_system(
    api: httpx.Client, app: str, params: dict[str, str]
) -> None:
    store(api, app, "noop", "exports = function() {};")
    for path, body in (
        ("execute_function", {"name": "noop"}),
        ("execute_function_source", {"source": "1"}),
    ):
        response = api.post(f"{app}/debug/{path}", params=params, json=body)
        assert response.status_code == 400
        assert response.json()["error"]
    assert api.get(f"{app}/logs").json()["logs"] == []


def test_unknown_functions_and_users_are_not_found(api: httpx.Client, app: str) -> None:
    missing = api.post(f"{app}/debug/execute_function", params=SYSTEM, json={"name": "ghost"})
    assert missing.status_code == 404
    assert missing.json()["error_code"] == "FunctionNotFound"
    store(api, app, "noop", "exports = function() {};")
    nobody = api.post(
        f"{app}/debug/execute_function",
        params={"user_id": "0123456789abcdef01234567"},
        json={"name": "noop"},
    )
    assert nobody.status_code == 404
    assert nobody.json()["error_code"] == "UserNotFound"


def test_given_source_runs_exports_or_eval_source(api: httpx.Client, app: str) -> None:
    def run(body: dict[str, str]) -> dict[str, Any]:
        response = api.post(f"{app}/debug/execute_function_source", params=SYSTEM, json=body)
        assert response.status_code == 200
        outcome: dict[str, Any] = response.json()
        return outcome

    called = run({"source": "exports = function() { console.log('hi'); return 7; };"})
    assert (called["result"], called["logs"]) == (7, ["hi"])
    assert "error" not in called
    assert (
        run({"source": "exports = function(a) { return a; };", "eval_source": "exports(41) + 1"})[
            "result"
        ]
        == 42
    )
    assert run({"source": "var base = 10;", "eval_source": "base * 3"})["result"] == 30
    assert (
        run({"source": "exports = function() { return 1; };", "eval_source": "exports("})["error"][
            "name"
        ]
        == "SyntaxError"
    )
    entry = last_log_entry(api, app)
    assert entry["type"] == "FUNCTION"
    assert entry["error"]
    assert "function_name" not in entry


def test_service_functions_run_the_service_command(api: httpx.Client, app: str) -> None:
    api.post(f"{app}/services", json={"name": "web", "type": "http"})
    response = api.post(
        f"{app}/debug/execute_function",
        params=SYSTEM,
        json={"name": "get", "arguments": [{"url": "https://example.com"}], "service": "web"},
    )
    assert response.status_code == 200
    assert response.json()["result"] == {
        "service": "web",
        "type": "http",
        "command": "get",
        "arguments": [{"url": "https://example.com"}],
    }
    entry = last_log_entry(api, app)
    assert (entry["type"], entry["function_name"]) == ("SERVICE_FUNCTION", "get")
    missing = api.post(
        f"{app}/debug/execute_function", params=SYSTEM, json={"name": "get", "service": "nope"}
    )
    assert missing.status_code == 404
