"""One function run in a fresh V8 isolate (mini-racer), inside a function worker process.

Only `js_worker` imports this module: V8 never runs in the server's own process.

A run gets `console` (log, info, warn, error and debug lines are captured as strings) and a
minimal `context`: `context.values.get(name)` returns the application's value,
`context.environment` has the app's environment (`tag`) and its environment values
(`values`), `context.functions.execute(name, ...args)` calls another stored function, and
`context.user` describes the user the function runs as. The source assigns `exports`; the
run calls it with the arguments (or evaluates `eval_source` instead). A returned promise is
awaited. Timers are not offered: a run ends when its code and promises do.

Time and memory are capped. The time limit cancels the isolate's call, and the lines logged
until then are still read back. The memory limit binds twice: V8's hard heap limit stops a run
whose heap outgrows it, and the process's data limit (RLIMIT_DATA) makes every other
allocation (ArrayBuffers, WebAssembly memories) fail once the run has added
`Limits.data_allowance` bytes. RLIMIT_DATA, unlike RLIMIT_AS, leaves out the large address
ranges V8 reserves without using them. The parent process watches too, and kills a worker
that outlives the time limit or outgrows the allowance.

Isolates are driven from this thread's event loop with mini-racer's cancelable calls only: a
synchronous call into an isolate stuck in a promise job would block for ever.
"""

from __future__ import annotations

import asyncio
import json
import resource
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from py_mini_racer import JSEvalException, JSOOMException, MiniRacer

from stitch_admin_emulator.js_protocol import Job, Limits, RunResult

# Installed in each isolate before the function's source is evaluated. It keeps its own
# references to the intrinsics it needs, taken before user code can replace them, and builds
# what it serializes from null-prototype objects and arrays, which no `toJSON` or setter on
# Object.prototype or Array.prototype can reach.
_RUNTIME = r"""
(function () {
  "use strict";
  var global = globalThis;
  var apply = Reflect.apply;
  var stringify = JSON.stringify;
  var defineProperty = Object.defineProperty;
  var setPrototypeOf = Object.setPrototypeOf;
  var hasOwnProperty = Object.prototype.hasOwnProperty;
  var slice = Array.prototype.slice;
  var toText = String;
  var NativeError = Error;
  var NativeTypeError = TypeError;
  var NativePromise = Promise;
  var promiseResolve = Promise.resolve;
  var promiseThen = Promise.prototype.then;
  var evaluate = eval;  // called by another name: an indirect, global eval
  var logs = list();
  var settled = null;

  function list() {
    var items = [];
    setPrototypeOf(items, null);
    return items;
  }
  function own(object, name) {
    return apply(hasOwnProperty, object, [name]);
  }
  function text(value) {
    try {
      return toText(value);
    } catch (e) {
      return "[value that cannot be shown]";
    }
  }
  function show(value) {
    if (typeof value === "string") return value;
    try {
      if (value instanceof NativeError) return text(value);
      var json = stringify(value);
      return json === undefined ? text(value) : json;
    } catch (e) {
      return text(value);
    }
  }
  function line() {
    var joined = "";
    for (var i = 0; i < arguments.length; i++) {
      joined += (i === 0 ? "" : " ") + show(arguments[i]);
    }
    logs[logs.length] = joined;
  }
  function record(name, message) {
    return {__proto__: null, name: name, message: message};
  }
  function describe(error) {
    try {
      if (error !== null && typeof error === "object" && "message" in error) {
        var name = error.name;
        return record(name ? text(name) : "Error", text(error.message));
      }
    } catch (e) {
      // An error whose name or message cannot be read is shown as a whole below.
    }
    return record("Error", text(error));
  }
  function failed(error) {
    return {__proto__: null, done: true, error: describe(error), logs: logs};
  }
  function finished(value) {
    var json;
    try {
      json = stringify(value === undefined ? null : value);
    } catch (e) {
      return failed(e);
    }
    return {__proto__: null, done: true, result: json === undefined ? "null" : json, logs: logs};
  }
  function fixed(name, value) {
    defineProperty(global, name, {value: value, writable: false, configurable: false});
  }
  function noTimers() {
    throw new NativeError("timers are not available to functions run by the emulator");
  }

  function run(input) {
    var source = input.source;
    var evalSource = input.eval_source;
    var args = input.arguments;
    var values = input.values;
    var functions = input.functions;
    global.context = {
      values: {
        get: function (name) { return own(values, name) ? values[name] : undefined; }
      },
      functions: {
        execute: function (name) {
          if (!own(functions, name)) throw new NativeError("function not found: '" + name + "'");
          var outer = global.exports;
          global.exports = undefined;
          try {
            evaluate(functions[name]);
            var exported = global.exports;
            if (typeof exported !== "function") {
              throw new NativeTypeError("function '" + name + "' does not export a function");
            }
            return apply(exported, undefined, apply(slice, arguments, [1]));
          } finally {
            global.exports = outer;
          }
        }
      },
      user: input.user,
      environment: input.environment
    };
    global.exports = undefined;
    var value;
    try {
      evaluate(source);
      if (evalSource !== null) {
        value = evaluate(evalSource);
      } else if (typeof global.exports !== "function") {
        throw new NativeTypeError("exports is not a function");
      } else {
        value = apply(global.exports, undefined, args);
      }
      if (value !== null && (typeof value === "object" || typeof value === "function") &&
          typeof value.then === "function") {
        apply(promiseThen, apply(promiseResolve, NativePromise, [value]), [
          function (v) { settled = finished(v); },
          function (e) { settled = failed(e); }
        ]);
        return stringify({__proto__: null, done: false});
      }
    } catch (e) {
      return stringify(failed(e));
    }
    return stringify(finished(value));
  }

  global.setTimeout = noTimers;
  global.clearTimeout = noTimers;
  global.console = {log: line, info: line, warn: line, error: line, debug: line};
  fixed("__emulatorRun", run);
  fixed("__emulatorLogs", function () { return stringify(logs); });
  // Called in a later task: V8 has run the pending promise jobs by then.
  fixed("__emulatorFinish", function () {
    return stringify(settled || failed(new NativeError("the function's promise never settled")));
  });
})();
"""

# After a timeout the isolate may still be busy; reading its log lines gets this long.
_LOG_RESCUE_SECONDS = 0.2
_STATUS = Path("/proc/self/status")


def _data_bytes() -> int:
    """What RLIMIT_DATA counts for this process now: its VmData."""
    for line in _STATUS.read_text(encoding="ascii").splitlines():
        if line.startswith("VmData:"):
            return int(line.split()[1]) * 1024
    raise ValueError("no VmData line")


@contextmanager
def data_capped(allowance: int) -> Iterator[None]:
    """Let the process's data grow by at most `allowance` bytes inside the block.

    Where the process's data size cannot be read (no /proc), the limit is left as it is.
    """
    soft, hard = resource.getrlimit(resource.RLIMIT_DATA)
    try:
        cap = _data_bytes() + allowance
    except (OSError, ValueError):
        yield
        return
    for bound in (soft, hard):
        if bound != resource.RLIM_INFINITY:
            cap = min(cap, bound)
    resource.setrlimit(resource.RLIMIT_DATA, (cap, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_DATA, (soft, hard))


class Isolates:
    """Runs jobs one after the other from this thread, each in a fresh isolate.

    The next isolate, with the runtime installed, is made while the worker waits for its next
    job (`prepare`): making one takes a few milliseconds, the first one tens. One event loop
    serves every run, so that no late report of a canceled call finds its loop closed.
    """

    def __init__(self) -> None:
        self._loop = asyncio.new_event_loop()
        self._spare: MiniRacer | None = None

    def prepare(self) -> None:
        if self._spare is None:
            self._spare = self._loop.run_until_complete(self._fresh())

    def run(self, job: Job, limits: Limits) -> RunResult:
        return self._loop.run_until_complete(self._run(job, limits))

    def close(self) -> None:
        if self._spare is not None:
            self._spare.close()
            self._spare = None
        self._loop.close()

    async def _fresh(self) -> MiniRacer:
        # Made inside the running loop, the isolate reports to it (no extra thread).
        racer = MiniRacer()
        await racer.eval_cancelable(_RUNTIME)
        return racer

    async def _run(self, job: Job, limits: Limits) -> RunResult:
        started = time.perf_counter()
        racer, self._spare = self._spare or await self._fresh(), None
        try:
            racer.set_hard_memory_limit(limits.memory_bytes)
            with data_capped(limits.data_allowance):
                result, logs, error = await _outcome(racer, job, limits, started)
        finally:
            racer.close()
        return RunResult(result, logs, error, time.perf_counter() - started)


async def _rescue_logs(racer: MiniRacer) -> list[str]:
    try:
        text = await asyncio.wait_for(
            racer.eval_cancelable("__emulatorLogs()"), _LOG_RESCUE_SECONDS
        )
        logs = json.loads(str(text))
    except (TimeoutError, JSEvalException, ValueError):
        return []
    return [str(line) for line in logs] if isinstance(logs, list) else []


def _payload(job: Job) -> str:
    return json.dumps(
        {
            "source": job.source,
            "arguments": job.arguments,
            "eval_source": job.eval_source,
            "values": job.values,
            "functions": job.functions,
            "user": job.user,
            "environment": job.environment,
        }
    )


_Outcome = tuple[Any, list[str], dict[str, str] | None]


async def _outcome(racer: MiniRacer, job: Job, limits: Limits, started: float) -> _Outcome:
    def remaining() -> float:
        return max(limits.seconds - (time.perf_counter() - started), 0.001)

    out_of_memory: _Outcome = (None, [], {"name": "RangeError", "message": limits.memory_message})
    try:
        text = await asyncio.wait_for(
            racer.eval_cancelable(f"__emulatorRun({_payload(job)})"), remaining()
        )
        outcome = json.loads(str(text))
        if not outcome["done"]:
            text = await asyncio.wait_for(racer.eval_cancelable("__emulatorFinish()"), remaining())
            outcome = json.loads(str(text))
        if racer.was_hard_memory_limit_reached():
            # A promise job that ran out of memory leaves the promise unsettled, not an error.
            return out_of_memory
        logs = [str(line) for line in outcome["logs"]]
        if "error" in outcome:
            return None, logs, outcome["error"]
        return json.loads(outcome["result"]), logs, None
    except TimeoutError:
        error = {"name": "TimeoutError", "message": limits.time_message}
        return None, await _rescue_logs(racer), error
    except (JSOOMException, MemoryError):
        return out_of_memory
    except JSEvalException as exc:
        return None, await _rescue_logs(racer), {"name": "Error", "message": str(exc)}
