"""Running functions' ES6 source: `FunctionRunner`, a pool of function worker processes.

JavaScript never runs in the server's process: mini-racer is not safe when several threads
create or drive isolates at once, and a run that crashes V8 must not take the server with it.
Each worker process (`js_worker`) runs one job at a time in a fresh isolate (`js_isolate`
describes what a run offers and how its time and memory are capped). Workers start when runs
need them, up to `workers` of them; one that crashes, hangs or outgrows its memory is killed
and replaced, and only its run fails (with an `error`, like any failed run).

The runner works from any thread and event loop: each run is a blocking exchange with one
worker (`js_process`), done on the runner's own small thread pool.
"""

from __future__ import annotations

import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from stitch_admin_emulator.js_process import WorkerFailed, WorkerProcess
from stitch_admin_emulator.js_protocol import Job, Limits, RunResult

__all__ = ["FunctionRunner", "Job", "Limits", "RunResult"]


def _stopping() -> WorkerFailed:
    return WorkerFailed("Error", "the emulator is stopping")


class _Pool:
    """Worker processes and the threads that talk to them, until `close`."""

    def __init__(self, limits: Limits, size: int) -> None:
        self.limits = limits
        self.executor = ThreadPoolExecutor(size, thread_name_prefix="emulator-js")
        self._lock = threading.Lock()
        self._idle: list[WorkerProcess] = []
        self._all: set[WorkerProcess] = set()
        self._closed = False

    @property
    def closed(self) -> bool:
        with self._lock:
            return self._closed

    def pids(self, busy: bool) -> list[int]:
        with self._lock:
            workers = self._all.difference(self._idle) if busy else self._all
            return sorted(worker.pid for worker in workers)

    def run(self, job: Job) -> RunResult:
        """Run a job on an idle worker, or a new one (in an executor thread)."""
        started = time.perf_counter()
        try:
            worker = self._checkout()
            try:
                run = worker.run(job, self.limits)
            except WorkerFailed:
                self._discard(worker)
                raise
        except WorkerFailed as exc:
            return RunResult(None, [], exc.error, time.perf_counter() - started)
        self._checkin(worker)
        return run

    def _idle_worker(self) -> WorkerProcess | None:
        with self._lock:
            if self._closed:
                raise _stopping()
            return self._idle.pop() if self._idle else None

    def _checkout(self) -> WorkerProcess:
        while (idle := self._idle_worker()) is not None:
            if idle.running():
                return idle
            self._discard(idle)  # it died while idle: no run is lost
        try:
            worker = WorkerProcess()
        except OSError as exc:
            raise WorkerFailed("Error", f"a function worker process did not start: {exc}") from None
        with self._lock:
            self._all.add(worker)
            closed = self._closed
        if closed:
            worker.kill(_stopping())
        try:
            worker.wait_ready()
        except WorkerFailed:
            self._discard(worker)
            raise
        return worker

    def _checkin(self, worker: WorkerProcess) -> None:
        with self._lock:
            if not self._closed:
                self._idle.append(worker)
                return
        self._discard(worker)

    def _discard(self, worker: WorkerProcess) -> None:
        worker.dispose()
        with self._lock:
            self._all.discard(worker)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
            busy = self._all.difference(idle)
        for worker in busy:
            worker.kill(_stopping())
        for worker in idle:
            self._discard(worker)
        # Each busy thread sees its worker's pipe end and disposes of it; runs still queued
        # answer that the emulator is stopping.
        self.executor.shutdown(wait=True)


class FunctionRunner:
    """Runs jobs in up to `workers` worker processes, started when runs first need them."""

    def __init__(self, limits: Limits, workers: int) -> None:
        self.limits = limits
        self._workers = workers
        self._lock = threading.Lock()
        self._pool: _Pool | None = None

    async def run(self, job: Job) -> RunResult:
        with self._lock:
            if self._pool is None:
                self._pool = _Pool(self.limits, self._workers)
            pool = self._pool
        loop = asyncio.get_running_loop()
        try:
            return await loop.run_in_executor(pool.executor, pool.run, job)
        except RuntimeError:
            if not pool.closed:
                raise
            # The pool was closed after this run picked it.
            return RunResult(None, [], _stopping().error, 0.0)

    def worker_pids(self, busy: bool = False) -> list[int]:
        """The process ids of the workers (with `busy`: of those given a run), for tests and
        diagnostics. A worker is listed from the moment its process starts."""
        with self._lock:
            pool = self._pool
        return [] if pool is None else pool.pids(busy)

    def close(self) -> None:
        """Stop every worker process, also those in the middle of a run (which then fail)."""
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.close()
