"""Running functions' ES6 source in V8 (mini-racer), one fresh isolate per run, in a worker thread.

A run gets `console` (log, info, warn, error and debug lines are captured as strings) and a
minimal `context`: `context.values.get(name)` returns the application's value,
`context.functions.execute(name, ...args)` calls another stored function, and `context.user`
describes the user the function runs as. The source assigns `exports`; the run
calls it with the arguments (or evaluates `eval_source` instead). A returned promise is
awaited. Time and memory are capped; hitting either ends the run with an `error`, never a
crashed or hung server. Timers are not offered: a run ends when its code and promises do.

Each run drives its isolate from its own event loop in the worker thread, with mini-racer's
cancelable calls only: a synchronous call into an isolate that is stuck in a promise job
would block for ever, and a cancelable call that outlives its loop reports into a closed one.
"""

from __future__ import annotations

import asyncio
import json
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import attrs
from py_mini_racer import JSEvalException, JSOOMException, MiniRacer

# Installed once per isolate, before the function's source is evaluated.
_RUNTIME = r"""
(function () {
  var logs = [];
  var settled = null;
  function show(value) {
    if (typeof value === "string") return value;
    if (value instanceof Error) return String(value);
    try {
      var text = JSON.stringify(value);
      return text === undefined ? String(value) : text;
    } catch (e) {
      return String(value);
    }
  }
  function line() {
    logs.push(Array.prototype.map.call(arguments, show).join(" "));
  }
  function describe(error) {
    if (error !== null && typeof error === "object" && "message" in error) {
      return {name: String(error.name || "Error"), message: String(error.message)};
    }
    return {name: "Error", message: String(error)};
  }
  function finished(value) {
    var text;
    try {
      text = JSON.stringify(value === undefined ? null : value);
    } catch (e) {
      return {done: true, error: describe(e), logs: logs};
    }
    return {done: true, result: text === undefined ? "null" : text, logs: logs};
  }
  function failed(error) {
    return {done: true, error: describe(error), logs: logs};
  }
  function noTimers() {
    throw new Error("timers are not available to functions run by the emulator");
  }
  globalThis.setTimeout = noTimers;
  globalThis.clearTimeout = noTimers;
  globalThis.console = {log: line, info: line, warn: line, error: line, debug: line};
  globalThis.__emulatorLogs = function () { return JSON.stringify(logs); };
  globalThis.__emulatorRun = function (input) {
    var values = input.values;
    var functions = input.functions;
    var own = function (object, name) {
      return Object.prototype.hasOwnProperty.call(object, name);
    };
    globalThis.context = {
      values: {
        get: function (name) { return own(values, name) ? values[name] : undefined; }
      },
      functions: {
        execute: function (name) {
          if (!own(functions, name)) throw new Error("function not found: '" + name + "'");
          var outer = globalThis.exports;
          globalThis.exports = undefined;
          try {
            (0, eval)(functions[name]);
            if (typeof globalThis.exports !== "function") {
              throw new TypeError("function '" + name + "' does not export a function");
            }
            return globalThis.exports.apply(undefined, Array.prototype.slice.call(arguments, 1));
          } finally {
            globalThis.exports = outer;
          }
        }
      },
      user: input.user
    };
    globalThis.exports = undefined;
    var value;
    try {
      (0, eval)(input.source);
      if (input.eval_source !== null) {
        value = (0, eval)(input.eval_source);
      } else if (typeof globalThis.exports !== "function") {
        throw new TypeError("exports is not a function");
      } else {
        value = globalThis.exports.apply(undefined, input.arguments);
      }
    } catch (e) {
      return JSON.stringify(failed(e));
    }
    if (value !== null && (typeof value === "object" || typeof value === "function") &&
        typeof value.then === "function") {
      value.then(function (v) { settled = finished(v); }, function (e) { settled = failed(e); });
      return JSON.stringify({done: false});
    }
    return JSON.stringify(finished(value));
  };
  // Called in a later task: V8 has run the pending promise jobs by then.
  globalThis.__emulatorFinish = function () {
    return JSON.stringify(settled || failed(new Error("the function's promise never settled")));
  };
})();
"""

# After a timeout the isolate may still be busy; reading its log lines gets this long.
_LOG_RESCUE_SECONDS = 0.2


@attrs.frozen
class Job:
    """What to run. `arguments` is ignored when `eval_source` is given."""

    source: str
    arguments: list[Any] = attrs.field(factory=list)
    eval_source: str | None = None
    values: dict[str, Any] = attrs.field(factory=dict)
    functions: dict[str, str] = attrs.field(factory=dict)  # name -> source
    user: dict[str, Any] = attrs.field(factory=dict)


@attrs.frozen
class RunResult:
    result: Any
    logs: list[str]
    error: dict[str, str] | None
    seconds: float

    @property
    def execution_time(self) -> str:
        return f"{self.seconds * 1000:.3f}ms"


@attrs.frozen
class Limits:
    seconds: float
    memory_bytes: int


async def _rescue_logs(racer: MiniRacer) -> list[str]:
    try:
        text = await asyncio.wait_for(
            racer.eval_cancelable("__emulatorLogs()"), _LOG_RESCUE_SECONDS
        )
        logs = json.loads(str(text))
    except (TimeoutError, JSEvalException):
        return []
    return [str(line) for line in logs] if isinstance(logs, list) else []


def run(job: Job, limits: Limits) -> RunResult:
    """Run a job to completion in this thread (which must not be running an event loop)."""
    return asyncio.run(_run(job, limits))


async def _run(job: Job, limits: Limits) -> RunResult:
    started = time.perf_counter()

    def remaining() -> float:
        return max(limits.seconds - (time.perf_counter() - started), 0.001)

    def ended(result: Any, logs: list[str], error: dict[str, str] | None) -> RunResult:
        return RunResult(result, logs, error, time.perf_counter() - started)

    def out_of_memory() -> RunResult:
        message = f"memory limit exceeded ({limits.memory_bytes} bytes)"
        return ended(None, [], {"name": "RangeError", "message": message})

    payload = json.dumps(
        {
            "source": job.source,
            "arguments": job.arguments,
            "eval_source": job.eval_source,
            "values": job.values,
            "functions": job.functions,
            "user": job.user,
        }
    )
    # Created inside the running loop, the isolate reports to it (no extra thread).
    racer = MiniRacer()
    try:
        await racer.eval_cancelable(_RUNTIME)
        racer.set_hard_memory_limit(limits.memory_bytes)
        try:
            text = await asyncio.wait_for(
                racer.eval_cancelable(f"__emulatorRun({payload})"), remaining()
            )
            outcome = json.loads(str(text))
            if not outcome["done"]:
                text = await asyncio.wait_for(
                    racer.eval_cancelable("__emulatorFinish()"), remaining()
                )
                outcome = json.loads(str(text))
        except TimeoutError:
            message = f"execution time limit exceeded ({limits.seconds:g}s)"
            return ended(
                None, await _rescue_logs(racer), {"name": "TimeoutError", "message": message}
            )
        except JSOOMException:
            return out_of_memory()
        except JSEvalException as exc:
            return ended(None, await _rescue_logs(racer), {"name": "Error", "message": str(exc)})
        if racer.was_hard_memory_limit_reached():
            # A promise job that ran out of memory leaves the promise unsettled, not an error.
            return out_of_memory()
    finally:
        racer.close()
    logs = [str(line) for line in outcome.get("logs", [])]
    if "error" in outcome:
        return ended(None, logs, outcome["error"])
    return ended(json.loads(outcome["result"]), logs, None)


class FunctionRunner:
    """Runs jobs on a small pool of worker threads, off the server's event loop."""

    def __init__(self, limits: Limits, workers: int) -> None:
        self.limits = limits
        self._workers = workers
        self._executor: ThreadPoolExecutor | None = None

    async def run(self, job: Job) -> RunResult:
        if self._executor is None:
            self._executor = ThreadPoolExecutor(self._workers, thread_name_prefix="emulator-js")
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, run, job, self.limits)

    def close(self) -> None:
        """Wait for runs in progress (each ends within the time limit) and stop the workers."""
        executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)
