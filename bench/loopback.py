"""Per-call figures over real loopback sockets, against a minimal server of canned bytes.

The server (``python -m bench.loopback --serve``) is a process of its own, pinned to one core;
the contenders run in the bench's process, pinned to another (``os.sched_setaffinity``), so
that neither steals the other's core. It answers HTTP/1.1 with keep-alive: a POST (the login)
with tokens, ``.../logs`` with the 100-entry log page of ``fixtures``, anything else with the
App; the same bytes as the in-process figures, with ``Content-Length``. It does no other work:
what the figures measure is the clients, the loopback sockets and the kernel.

Contenders, each with a connection pool of its own (one keep-alive connection in use):

- ``raw``: ``httpx.Client`` + status check + ``json.loads`` (the bearer header set once).
- ``urllib3``: ``urllib3.HTTPConnectionPool.request`` + status check + ``json.loads``.
- ``ext``: ``admin.client`` as users get it (``StitchAdmin.login`` against the server).
- ``peer``: openapi-generator's client (its own urllib3 pool), when it can be built.

"Call only" figures time the call; "every entry read" figures also read one field of every
log entry (for the generated models, ``page.logs`` decodes the page and its entries, then each
entry's field is read; for dicts a look-up).
``collected_bytes`` measures memory instead: what a caller holds per entry who keeps the entries
of many pages, read or not.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import subprocess
import sys
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from typing import Any

import httpx

from . import fixtures as fx

Calls = dict[str, Callable[[], object]]
CLIENT_CORE = 0
SERVER_CORE = 1


# ------------------------------------------------------------------ the server


class Canned(asyncio.Protocol):
    """One connection: each request read to its end, answered with canned bytes."""

    def __init__(self, answers: dict[str, bytes]) -> None:
        self.answers = answers
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        if isinstance(transport, asyncio.Transport):
            self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while (end := self.buffer.find(b"\r\n\r\n")) >= 0:
            head = self.buffer[:end]
            length = 0
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
            if len(self.buffer) < end + 4 + length:
                return
            self.buffer = self.buffer[end + 4 + length :]
            method, target = head.split(b" ", 2)[:2]
            kind = "login" if method == b"POST" else "logs" if b"/logs" in target else "app"
            if self.transport is not None:
                self.transport.write(self.answers[kind])


def answer(body: bytes) -> bytes:
    return (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        + f"Content-Length: {len(body)}\r\n\r\n".encode()
        + body
    )


async def serve() -> None:
    login = fx.encode(
        {"access_token": fx.fake_jwt(), "refresh_token": "r-bench", "user_id": "admin"}
    )
    answers = {
        "login": answer(login),
        "logs": answer(fx.LOG_PAGE_BYTES),
        "app": answer(fx.APP_BYTES),
    }
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: Canned(answers), "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print(port, flush=True)
    await loop.run_in_executor(None, sys.stdin.read)  # until the bench closes our stdin


def pin(core: int) -> set[int] | None:
    """Run this process on ``core`` only (when the machine has it); the former set, or None."""
    if not hasattr(os, "sched_setaffinity") or core >= (os.cpu_count() or 1):
        return None
    former = os.sched_getaffinity(0)
    os.sched_setaffinity(0, {core})
    return former


@contextmanager
def canned_server() -> Iterator[str]:
    """The server in a process pinned to ``SERVER_CORE``, this process pinned to
    ``CLIENT_CORE`` meanwhile; yields the server's origin."""
    process = subprocess.Popen(
        [sys.executable, "-m", "bench.loopback", "--serve", "--core", str(SERVER_CORE)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    stdin, stdout = process.stdin, process.stdout
    if stdin is None or stdout is None:  # pragma: no cover (both are pipes)
        raise RuntimeError("the canned server has no pipes")
    former = pin(CLIENT_CORE)
    try:
        port = int(stdout.readline())
        yield f"http://127.0.0.1:{port}"
    finally:
        if former is not None:
            os.sched_setaffinity(0, former)
        stdin.close()
        process.wait(timeout=10)


# ------------------------------------------------------------------ the contenders


@dataclass
class Contenders:
    raw: httpx.Client
    pool: Any  # urllib3.HTTPConnectionPool
    ext: Any  # StitchAdmin
    peer: Any | None


@contextmanager
def contenders(origin: str, peer: Any) -> Iterator[Contenders]:
    import urllib3

    from stitch_admin_ext import StitchAdmin

    token = fx.fake_jwt()
    with ExitStack() as stack:
        bearer = {"Authorization": f"Bearer {token}"}
        raw = stack.enter_context(httpx.Client(base_url=origin + fx.API_PATH, headers=bearer))
        host, port = origin.removeprefix("http://").split(":")
        pool = urllib3.HTTPConnectionPool(host, int(port), maxsize=1, headers=bearer)
        stack.callback(pool.close)
        admin = stack.enter_context(
            StitchAdmin.login("bench-public", "bench-private-key", base_url=origin)
        )
        peer_client = None if isinstance(peer, str) else peer.loopback_client(origin)
        yield Contenders(raw, pool, admin, peer_client)


def _loads(status: int, content: bytes) -> Any:
    if status != 200:
        raise AssertionError(status)
    return json.loads(content)


def app_calls(c: Contenders) -> Calls:
    from stitch_admin_client.api.apps import get_app

    path = f"/groups/{fx.GROUP_ID}/apps/{fx.APP_ID}"

    def raw() -> object:
        response = c.raw.get(path)
        return _loads(response.status_code, response.content)

    def pool() -> object:
        response = c.pool.request("GET", fx.API_PATH + path)
        return _loads(response.status, response.data)

    calls: Calls = {
        "raw": raw,
        "urllib3": pool,
        "ext": lambda: get_app.sync(fx.GROUP_ID, fx.APP_ID, client=c.ext.client),
    }
    if c.peer is not None:
        apps = c.peer.apps
        calls["peer"] = lambda: apps.get_app(fx.GROUP_ID, fx.APP_ID)
    return calls


def page_calls(c: Contenders, *, read: bool) -> Calls:
    from stitch_admin_client.api.logs import list_logs

    path = f"/groups/{fx.GROUP_ID}/apps/{fx.APP_ID}/logs"

    def read_dicts(page: Any) -> Any:
        if read:
            for entry in page["logs"]:
                entry["function_name"]
        return page

    def read_models(page: Any) -> Any:
        if read:
            for entry in page.logs:
                entry.function_name  # noqa: B018 (``page.logs`` decoded the page and entries)
        return page

    def raw() -> object:
        response = c.raw.get(path)
        return read_dicts(_loads(response.status_code, response.content))

    def pool() -> object:
        response = c.pool.request("GET", fx.API_PATH + path)
        return read_dicts(_loads(response.status, response.data))

    calls: Calls = {
        "raw": raw,
        "urllib3": pool,
        "ext": lambda: read_models(list_logs.sync(fx.GROUP_ID, fx.APP_ID, client=c.ext.client)),
    }
    if c.peer is not None:
        logs = c.peer.logs
        calls["peer"] = lambda: read_models(logs.list_logs(fx.GROUP_ID, fx.APP_ID))
    return calls


def collected_bytes(c: Contenders, pages: int) -> dict[str, float]:
    """Bytes per entry held by a caller who keeps every entry of ``pages`` log pages: raw
    httpx's parsed dicts (``json.loads(...)["logs"]``), ours unread (the entries of
    ``list_logs``' pages: taking them decodes them, ``ext``) and ours read (one field of each
    read too: ``ext_read``).
    Traced by ``tracemalloc``: what the calls allocated that is still alive after them, over the
    number of entries kept."""
    from stitch_admin_client.api.logs import list_logs

    path = f"/groups/{fx.GROUP_ID}/apps/{fx.APP_ID}/logs"

    def raw() -> list[Any]:
        response = c.raw.get(path)
        entries: list[Any] = _loads(response.status_code, response.content)["logs"]
        return entries

    def ext() -> list[Any]:
        return list(list_logs.sync(fx.GROUP_ID, fx.APP_ID, client=c.ext.client).logs)

    def ext_read() -> list[Any]:
        entries = ext()
        for entry in entries:
            entry.function_name  # noqa: B018 (a consumer reads each entry)
        return entries

    per_entry: dict[str, float] = {}
    for name, call in (("raw", raw), ("ext", ext), ("ext_read", ext_read)):
        call()  # warm: connections, imports, caches
        gc.collect()
        tracemalloc.start()
        try:
            before = tracemalloc.get_traced_memory()[0]
            kept: list[Any] = []
            for _ in range(pages):
                kept.extend(call())
            gc.collect()
            per_entry[name] = (tracemalloc.get_traced_memory()[0] - before) / len(kept)
        finally:
            tracemalloc.stop()
        del kept
    return per_entry


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--serve", action="store_true", help="run the canned-bytes server")
    parser.add_argument("--core", type=int, default=SERVER_CORE)
    args = parser.parse_args()
    if args.serve:
        pin(args.core)
        asyncio.run(serve())


if __name__ == "__main__":
    main()
