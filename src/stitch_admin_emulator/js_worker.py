"""A function worker process: `python -m stitch_admin_emulator.js_worker`.

The server starts a few of these (`js_process`) and sends each one job at a time over stdin;
the worker runs it in a fresh V8 isolate (`js_isolate`) from its only thread and answers over
stdout (`js_protocol`). It exits when stdin ends, that is when the server closes it or dies.
"""

from __future__ import annotations

import os
import signal
import sys
from typing import BinaryIO

from stitch_admin_emulator.js_isolate import Isolates
from stitch_admin_emulator.js_protocol import (
    Job,
    Limits,
    ProtocolError,
    RunResult,
    decode_job,
    frame,
    read_frame,
    result_message,
)

# Jobs come from the server, which is trusted; this only guards against a corrupt stream.
_MAX_JOB_BYTES = 1 << 31
# If the server is gone and a run is stuck beyond V8's reach, the worker ends itself.
_SELF_DESTRUCT_SECONDS = 30.0


def _protocol_streams() -> tuple[BinaryIO, int]:
    """Private copies of stdin and stdout for the frames; fd 1 then points at stderr, so
    whatever V8 or a library prints cannot corrupt an answer, and fd 0 at /dev/null.

    Answers are written straight to their descriptor: nothing is left in a buffer to fail
    again at exit when the server is gone."""
    requests = os.fdopen(os.dup(0), "rb")
    answers = os.dup(1)
    os.dup2(2, 1)
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.close(null)
    return requests, answers


def answer(isolates: Isolates, job: Job, limits: Limits) -> bytes:
    """The framed answer to one job; a run that fails unexpectedly answers as a failed run."""
    try:
        run = isolates.run(job, limits)
    except MemoryError:
        run = RunResult(None, [], {"name": "RangeError", "message": limits.memory_message}, 0.0)
    except Exception as exc:
        error = {"name": "Error", "message": f"the function could not be run: {exc!r}"}
        run = RunResult(None, [], error, 0.0)
    data = frame(result_message(run))
    if len(data) > limits.max_frame_bytes:
        message = f"the function's result and logs are too large ({len(data)} bytes as JSON)"
        error = {"name": "RangeError", "message": message}
        data = frame(result_message(RunResult(None, [], error, run.seconds)))
    return data


def _send(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def serve(requests: BinaryIO, answers: int) -> None:
    isolates = Isolates()
    try:
        isolates.prepare()
        _send(answers, frame({"ready": True}))
        while (message := read_frame(requests, _MAX_JOB_BYTES)) is not None:
            job, limits = decode_job(message)
            signal.setitimer(signal.ITIMER_REAL, limits.seconds + _SELF_DESTRUCT_SECONDS)
            data = answer(isolates, job, limits)
            signal.setitimer(signal.ITIMER_REAL, 0)
            _send(answers, data)
            isolates.prepare()
    finally:
        isolates.close()


def main() -> int:
    # The server decides when workers end; a Ctrl-C in its terminal reaches them too.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # SIGALRM's default action ends the process: the self-destruct timer.
    signal.signal(signal.SIGALRM, signal.SIG_DFL)
    requests, answers = _protocol_streams()
    try:
        serve(requests, answers)
    except BrokenPipeError:
        return 0  # the server is gone
    except ProtocolError as exc:
        print(f"stitch_admin_emulator.js_worker: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
