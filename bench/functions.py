"""Function runs in the emulator: how many per second, and what memory hogs cost the server.

    python -m bench.functions            # one run of each figure, printed one per line
    python -m bench.functions --quick    # tiny sizes: checks that the code runs

The emulator runs in a thread of this process (`run_in_thread`), and the client (httpx) on
this process's main thread: each throughput figure counts the client's work, the server's
and the worker processes' together. The memory figures sample the resident set (VmRSS) of this
process, which is the server's (plus the small client), and of each worker process, every few
milliseconds while a batch of hogs runs at once.
"""

from __future__ import annotations

import argparse
import asyncio
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from stitch_admin_emulator import EmulatorConfig, RunningEmulator, run_in_thread

TRIVIAL = "exports = function(i) { return i + 1; };"
HOGS = {
    "typed arrays (10 x 100 MB Uint8Array)": "exports = function() { var all = [];"
    " for (var i = 0; i < 10; i++) { all.push(new Uint8Array(100 * 1000 * 1000)); } };",
    "WebAssembly.Memory grown to 1.97 GB": "exports = function() {"
    " new WebAssembly.Memory({initial: 1}).grow(30000); };",
    "heap grown without bound": "exports = function() { var all = [];"
    " while (true) { all.push(new Array(100000).fill(1)); } };",
    "strings grown without bound": "exports = function() { var all = [], i = 0;"
    " while (true) { all.push('s' + (i++) + 'x'.repeat(40)); } };",
}
MiB = 1024 * 1024


class Client:
    """An application of the emulator and a logged-in httpx client for it."""

    def __init__(self, emulator: RunningEmulator) -> None:
        self.api_url = emulator.api_url
        with httpx.Client(base_url=self.api_url) as client:
            login = client.post(
                "/auth/providers/mongodb-cloud/login",
                json={"username": emulator.public_key, "apiKey": emulator.private_key},
            )
            self.headers = {"Authorization": f"Bearer {login.json()['access_token']}"}
            group = f"/groups/{emulator.group_id}"
            app = client.post(f"{group}/apps", json={"name": "bench"}, headers=self.headers)
            self.app = f"{group}/apps/{app.json()['_id']}"

    def store(self, name: str, source: str) -> None:
        with httpx.Client(base_url=self.api_url, headers=self.headers) as client:
            response = client.post(f"{self.app}/functions", json={"name": name, "source": source})
            response.raise_for_status()

    async def run_many(self, name: str, runs: int, concurrency: int) -> float:
        """Seconds taken by `runs` runs of `name`, `concurrency` at a time."""
        limits = httpx.Limits(max_connections=concurrency)
        async with httpx.AsyncClient(
            base_url=self.api_url, headers=self.headers, limits=limits, timeout=60
        ) as client:
            queue = list(range(runs))

            async def lane() -> None:
                while queue:
                    i = queue.pop()
                    response = await client.post(
                        f"{self.app}/debug/execute_function",
                        params={"run_as_system": "true"},
                        json={"name": name, "arguments": [i]},
                    )
                    response.raise_for_status()

            started = time.perf_counter()
            await asyncio.gather(*(lane() for _ in range(concurrency)))
            return time.perf_counter() - started


def rss(pid: int | str = "self") -> int:
    try:
        status = Path(f"/proc/{pid}/status").read_text(encoding="ascii")
    except OSError:
        return 0
    for line in status.splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    return 0


class Peaks:
    """The largest resident sets seen: this process's, one worker's, all workers' together."""

    def __init__(self) -> None:
        self.server = self.worker = self.workers = 0

    def sample(self, emulator: RunningEmulator) -> None:
        sizes = [rss(pid) for pid in emulator.emulator.runner.worker_pids()]
        self.server = max(self.server, rss())
        self.worker = max(self.worker, *sizes, 0)
        self.workers = max(self.workers, sum(sizes))


@contextmanager
def sampling(emulator: RunningEmulator, every: float = 0.005) -> Iterator[Peaks]:
    peaks, done = Peaks(), threading.Event()

    def sample() -> None:
        while not done.wait(every):
            peaks.sample(emulator)

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    try:
        yield peaks
    finally:
        done.set()
        thread.join()
        peaks.sample(emulator)


def throughput(client: Client, runs: int) -> None:
    client.store("trivial", TRIVIAL)
    # Start the workers first: the figure is for runs, not for starting processes.
    asyncio.run(client.run_many("trivial", 32, 16))
    for concurrency in (1, 16):
        seconds = asyncio.run(client.run_many("trivial", runs, concurrency))
        print(
            f"runs/s at concurrency {concurrency:>2}: {runs / seconds:7.1f}"
            f"  ({runs} runs of a trivial function over HTTP in {seconds:.2f} s)"
        )


def hogs(client: Client, emulator: RunningEmulator, each: int) -> None:
    for number, source in enumerate(HOGS.values()):
        client.store(f"hog{number}", source)
    baseline = rss()

    async def all_hogs() -> None:
        await asyncio.gather(
            *(client.run_many(f"hog{number}", each, each) for number in range(len(HOGS)))
        )

    with sampling(emulator) as peaks:
        asyncio.run(all_hogs())
    settings = emulator.emulator.settings
    print(
        f"hogs: {each} of each of {len(HOGS)} kinds at once ({', '.join(HOGS)}),"
        f" memory limit {settings.function_memory_limit // MiB} MiB,"
        f" {settings.function_workers} workers"
    )
    print(f"server process RSS: {baseline / MiB:.0f} MiB before, {peaks.server / MiB:.0f} MiB peak")
    print(f"worker process RSS: {peaks.worker / MiB:.0f} MiB peak for one worker,")
    print(f"                    {peaks.workers / MiB:.0f} MiB peak for all workers together")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--quick", action="store_true", help="tiny sizes, measures nothing")
    parser.add_argument("--workers", type=int, default=None, help="function_workers")
    args = parser.parse_args()
    config = EmulatorConfig()
    if args.workers is not None:
        config = EmulatorConfig(function_workers=args.workers)
    with run_in_thread(config) as emulator:
        client = Client(emulator)
        throughput(client, 20 if args.quick else 1000)
        hogs(client, emulator, 1 if args.quick else 4)


if __name__ == "__main__":
    main()
