"""The admin debug endpoints that run a stored function, or given source, for real.

A run reads the application's values with `context.values.get(name)` (a value linked to a
secret, `from_secret`, gives the secret's value), and the application's environment as
`context.environment`: `tag` is its name (`""` for none) and `values` maps each environment
value to its contents for that environment (those under `none` when the app has no
environment; a value with no contents for it is absent).

Each run is also written to the application's log as a `FUNCTION` entry (a service function
run as a `SERVICE_FUNCTION` entry), sets the application's `last_used` and adds the run's
execution time to the application's usage.
"""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from stitch_admin_emulator import ids, service_commands, timestamps, usage
from stitch_admin_emulator.api import environments, values
from stitch_admin_emulator.api.common import APP, bool_query, find
from stitch_admin_emulator.app_config import Document, ServiceRecord
from stitch_admin_emulator.errors import ApiError, bad_request, not_found
from stitch_admin_emulator.js_runtime import Job, RunResult
from stitch_admin_emulator.responses import json_response
from stitch_admin_emulator.routing import Call, OperationTable

table = OperationTable()

SYSTEM_USER: Document = {"id": "", "type": "system", "data": {}, "identities": []}


def _run_as(call: Call) -> Document | None:
    """The user named by `user_id`, or None for `run_as_system=true`; exactly one is allowed."""
    user_id = call.query("user_id")
    as_system = bool_query(call.query("run_as_system"), "run_as_system")
    if (user_id is not None) == bool(as_system):
        raise bad_request("give exactly one of the query parameters user_id and run_as_system=true")
    if user_id is None:
        return None
    user: Document = find(call.app.users, user_id, "user", "UserNotFound")
    return user


def _job(call: Call, source: str, user: Document | None, **fields: Any) -> Job:
    config = call.config
    functions = {function["name"]: function["source"] for function in config.functions.values()}
    as_user = SYSTEM_USER
    if user is not None:
        as_user = {key: user[key] for key in ("type", "data", "identities")} | {"id": user["_id"]}
    return Job(
        source,
        values=values.resolved(call.app, config),
        functions=functions,
        user=as_user,
        environment=environments.for_functions(call.app.environment, config),
        **fields,
    )


def _log_entry(
    call: Call, user: Document | None, started_ms: int, execution_ms: float, **fields: Any
) -> None:
    entry: Document = {
        "_id": ids.object_id(),
        "co_id": ids.object_id(),
        "type": "FUNCTION",
        "domain_id": call.app.domain_id,
        "app_id": call.app.id,
        "group_id": call.app.group_id,
        "request_url": call.request.url.path
        + (f"?{call.request.url.query}" if call.request.url.query else ""),
        "request_method": call.request.method,
        "remote_ip_address": call.request.client.host if call.request.client else "",
        "started": timestamps.format_ms(started_ms),
        "completed": timestamps.format_ms(timestamps.now_ms()),
        **fields,
    }
    if user is not None:
        entry["user_id"] = user["_id"]
    with call.store.transaction() as transaction:
        transaction.add_logs(call.app, [(started_ms, entry)])
        # The record in the store now: a request that failed meanwhile may have replaced it.
        app = call.store.apps.get(call.app.id)
        if app is not None:
            transaction.touch(app, snapshot=False)
            app.last_used = started_ms // 1000
            usage.record_function_run(app, execution_ms)


def _answer(
    call: Call, user: Document | None, started_ms: int, run: RunResult, **fields: Any
) -> Response:
    body: Document = {
        "result": run.result,
        "logs": run.logs,
        "stats": {"execution_time": run.execution_time},
    }
    if run.error is not None:
        body["error"] = run.error
        fields |= {"error": run.error["message"], "error_code": "FunctionExecutionError"}
    _log_entry(call, user, started_ms, run.seconds * 1000, messages=run.logs, **fields)
    return json_response(body)


def _run_service_function(call: Call, user: Document | None, service_name: str) -> Response:
    call.emulator.counters.function_runs += 1
    started_ms = timestamps.now_ms()
    with call.store.lock:
        service: ServiceRecord | None = next(
            (s for s in call.config.services.values() if s.doc["name"] == service_name), None
        )
        if service is None:
            raise not_found("service", "ServiceNotFound")
        try:
            result = service_commands.run(
                call.config, service, call.body["name"], call.body.get("arguments", [])
            )
            error = None
        except ApiError as exc:
            result, error = None, {"name": "Error", "message": exc.message}
    run = RunResult(result, [], error, (timestamps.now_ms() - started_ms) / 1000)
    return _answer(
        call,
        user,
        started_ms,
        run,
        type="SERVICE_FUNCTION",
        function_name=call.body["name"],
        service_name=service_name,
    )


@table.operation("POST", f"{APP}/debug/execute_function")
async def execute_function(call: Call) -> Response:
    with call.store.lock:
        user = _run_as(call)
        if "service" in call.body:
            return _run_service_function(call, user, call.body["service"])
        function = call.config.function_named(call.body["name"])
        if function is None:
            raise not_found(f"function '{call.body['name']}'", "FunctionNotFound")
        job = _job(call, function["source"], user, arguments=call.body.get("arguments", []))
    started_ms = timestamps.now_ms()
    call.emulator.counters.function_runs += 1
    run = await call.emulator.runner.run(job)
    return _answer(
        call, user, started_ms, run, function_name=function["name"], function_id=function["_id"]
    )


@table.operation("POST", f"{APP}/debug/execute_function_source")
async def execute_function_source(call: Call) -> Response:
    with call.store.lock:
        user = _run_as(call)
        job = _job(call, call.body["source"], user, eval_source=call.body.get("eval_source"))
    started_ms = timestamps.now_ms()
    call.emulator.counters.function_runs += 1
    return _answer(call, user, started_ms, await call.emulator.runner.run(job))
