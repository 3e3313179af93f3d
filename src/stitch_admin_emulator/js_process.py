"""The server's handle on one function worker process (`js_worker`): start, run a job, kill.

Everything here blocks; `FunctionRunner` calls it from its own threads. While a job runs, the
handle waits for the answer in short polls, and kills the worker (SIGKILL) when the answer is
overdue (time limit plus a grace period: the worker's own timeout normally answers first,
with the lines logged until then) or when the worker's resident memory outgrows what a run
may add (the worker's own limits normally stop the run first).

The worker is started with `subprocess` (fork and exec at once, no Python code in between),
never forked from the server, whose threads may hold locks a forked copy would inherit.
"""

from __future__ import annotations

import contextlib
import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import IO

from stitch_admin_emulator.js_protocol import (
    HEADER_SIZE,
    Job,
    Limits,
    ProtocolError,
    RunResult,
    decode_result,
    frame,
    frame_length,
    job_message,
    parse,
)

WORKER_MODULE = "stitch_admin_emulator.js_worker"
# A worker starts Python and V8 before it is ready; on a busy machine that can take seconds.
_STARTUP_SECONDS = 30.0
# How long past the time limit an answer may take (the worker reads back the logged lines
# and disposes of the isolate) before the worker is killed.
_GRACE_SECONDS = 1.5
# How often a waiting handle looks at the worker's memory.
_WATCH_SECONDS = 0.05
# Resident memory a worker may hold beyond its level before the run and the run's allowance:
# shared libraries paged in, Python's own buffers.
_RSS_MARGIN_BYTES = 64 * 1024 * 1024
_READY_LIMIT_BYTES = 1024
_PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")


class WorkerFailed(Exception):
    """The worker could not run the job; `error` is what the run answers instead."""

    def __init__(self, name: str, message: str) -> None:
        super().__init__(message)
        self.error = {"name": name, "message": message}


class _Overdue(Exception):
    pass


def _environment() -> dict[str, str]:
    """The server's environment, with its module search path: the worker imports the same
    `stitch_admin_emulator`, however the server found it."""
    path = os.pathsep.join(entry for entry in sys.path if entry)
    return {**os.environ, "PYTHONPATH": path}


def _how_it_ended(process: subprocess.Popen[bytes]) -> str:
    try:
        status = process.wait(timeout=_GRACE_SECONDS)
    except subprocess.TimeoutExpired:
        return "stopped answering"
    if status < 0:
        with contextlib.suppress(ValueError):
            return f"was ended by {signal.Signals(-status).name}"
    return f"exited with status {status}"


class WorkerProcess:
    """One worker process. `run` is for one thread at a time; `kill` for any thread."""

    def __init__(self) -> None:
        self._process = subprocess.Popen(  # noqa: S603 (this interpreter, our own module)
            [sys.executable, "-m", WORKER_MODULE],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=_environment(),
            close_fds=True,
        )
        self._stdin: IO[bytes] = self._process.stdin  # type: ignore[assignment]
        self._stdout: IO[bytes] = self._process.stdout  # type: ignore[assignment]
        self._poller = select.poll()
        self._poller.register(self._stdout.fileno(), select.POLLIN)
        # Jobs are written with a deadline too: a worker that stops reading cannot block us.
        os.set_blocking(self._stdin.fileno(), False)
        self._send_poller = select.poll()
        self._send_poller.register(self._stdin.fileno(), select.POLLOUT)
        self._killed_for: WorkerFailed | None = None

    @property
    def pid(self) -> int:
        return self._process.pid

    def wait_ready(self) -> None:
        """Wait for the worker's first frame; WorkerFailed (after killing it) if none comes."""
        deadline = time.monotonic() + _STARTUP_SECONDS
        try:
            header = self._receive(HEADER_SIZE, deadline, None)
            message = parse(self._receive(frame_length(header, _READY_LIMIT_BYTES), deadline, None))
            if message != {"ready": True}:
                raise ProtocolError(f"a first message that is not ready: {message!r}")
        except (_Overdue, ProtocolError) as exc:
            self.kill()
            raise WorkerFailed("Error", f"a function worker process did not start: {exc}") from None
        except EOFError:
            raise self._ended("a function worker process did not start: it") from None

    def running(self) -> bool:
        return self._process.poll() is None

    def run(self, job: Job, limits: Limits) -> RunResult:
        """Run a job; WorkerFailed (after killing the worker) if no proper answer comes."""
        deadline = time.monotonic() + limits.seconds + _GRACE_SECONDS
        rss_cap = self._resident_bytes() + limits.data_allowance + _RSS_MARGIN_BYTES
        try:
            self._send(frame(job_message(job, limits)), deadline)
            header = self._receive(HEADER_SIZE, deadline, rss_cap, limits)
            return decode_result(
                self._receive(
                    frame_length(header, limits.max_frame_bytes), deadline, rss_cap, limits
                )
            )
        except _Overdue:
            self.kill()
            raise WorkerFailed("TimeoutError", limits.time_message) from None
        except ProtocolError as exc:
            self.kill()
            raise WorkerFailed(
                "Error", f"the function's worker process gave a malformed answer: {exc}"
            ) from None
        except (BrokenPipeError, EOFError):
            raise self._ended("the function's worker process") from None

    def _ended(self, subject: str) -> WorkerFailed:
        """Why the worker's pipe ended: the reason it was killed for, or how it ended."""
        if self._killed_for is not None:
            return self._killed_for
        how = _how_it_ended(self._process)
        self.kill()
        return WorkerFailed("Error", f"{subject} {how}")

    def _send(self, data: bytes, deadline: float) -> None:
        view = memoryview(data)
        fd = self._stdin.fileno()
        while view:
            left = deadline - time.monotonic()
            if left <= 0:
                raise _Overdue("the job could not be sent in time")
            if self._send_poller.poll(min(left, _WATCH_SECONDS) * 1000):
                with contextlib.suppress(BlockingIOError):
                    view = view[os.write(fd, view) :]

    def _receive(
        self, size: int, deadline: float, rss_cap: int | None, limits: Limits | None = None
    ) -> bytes:
        data = bytearray()
        fd = self._stdout.fileno()
        while len(data) < size:
            left = deadline - time.monotonic()
            if left <= 0:
                raise _Overdue("no answer in time")
            if not self._poller.poll(min(left, _WATCH_SECONDS) * 1000):
                if rss_cap is not None and limits is not None:
                    self._watch(rss_cap, limits)
                continue
            chunk = os.read(fd, size - len(data))
            if not chunk:
                raise EOFError
            data += chunk
        return bytes(data)

    def _watch(self, rss_cap: int, limits: Limits) -> None:
        if self._resident_bytes() > rss_cap:
            self.kill(WorkerFailed("RangeError", limits.memory_message))

    def _resident_bytes(self) -> int:
        try:
            statm = Path(f"/proc/{self.pid}/statm").read_text(encoding="ascii")
        except OSError:
            return 0
        return int(statm.split()[1]) * _PAGE_SIZE

    def kill(self, reason: WorkerFailed | None = None) -> None:
        """SIGKILL the worker (if it still runs); its pipes then end. Safe from any thread.

        A run in progress then fails with `reason` (by default: how the worker ended).
        """
        if reason is not None and self._killed_for is None:
            self._killed_for = reason
        with contextlib.suppress(OSError):
            self._process.kill()

    def dispose(self) -> None:
        """Kill the worker, reap it and close its pipes; only by the thread that runs it."""
        self.kill()
        self._process.wait()
        for stream in (self._stdin, self._stdout):
            with contextlib.suppress(OSError):
                stream.close()
