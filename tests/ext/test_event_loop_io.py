"""AsyncStitchAdmin keeps its event loop free while it writes, syncs or deletes the session file.

The file system here is a deliberately slow stand-in: each ``fsync`` and ``unlink`` waits until
another task of the same event loop lets it go on. Done on the event loop, the wait could never
end (that task would never run): it gives up after ``PATIENCE`` seconds and the test fails. Done
in a worker thread, as it must be, the other task runs at once and lets it go on.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import anyio
import anyio.to_thread
import httpx
import pytest
from stitch_admin_client.api.services import get_service_config
from support.fake_auth import PRIVATE_KEY, PUBLIC_KEY, FakeAuthService

from stitch_admin_ext import AsyncStitchAdmin

BASE = "https://stitch.example"
G, A, S = "5e8f00000000000000000001", "6a7b8c9d0e1f2a3b4c5d6e7f", "0123456789abcdef01234567"
# How long a blocked file operation waits for the other task before it gives up (a bound on a
# failing run, never reached by a passing one: no time is measured).
PATIENCE = 10.0


class SlowDisk:
    """``os.fsync`` and ``os.unlink`` that, for files under ``root``, wait for the test's other
    task to release them."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.entered = threading.Event()
        self.release = threading.Event()
        self.waits: list[tuple[str, bool]] = []  # (operation, released by the other task)

    def arm(self) -> None:
        self.entered.clear()
        self.release.clear()

    def wrap(self, name: str, real: Callable[..., Any]) -> Callable[..., Any]:
        def slow(target: Any, *args: Any, **kwargs: Any) -> Any:
            # A file descriptor (fsync) stands for the file it is open on.
            path = os.readlink(f"/proc/self/fd/{target}") if isinstance(target, int) else target
            if self.root in Path(os.fsdecode(path)).parents:
                self.entered.set()
                self.waits.append((name, self.release.wait(PATIENCE)))
            return real(target, *args, **kwargs)

        return slow


@pytest.fixture
def disk(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> SlowDisk:
    slow = SlowDisk(tmp_path)
    monkeypatch.setattr(os, "fsync", slow.wrap("fsync", os.fsync))
    monkeypatch.setattr(os, "unlink", slow.wrap("unlink", os.unlink))
    return slow


async def while_another_task_runs(disk: SlowDisk, operation: Awaitable[Any]) -> Any:
    """Run ``operation``; meanwhile another task waits for a file operation to start and then
    lets it go on. Returns what ``operation`` returned."""
    disk.arm()
    result: list[Any] = []

    async def other_task() -> None:
        started = await anyio.to_thread.run_sync(disk.entered.wait, PATIENCE)
        assert started, "no file operation started"
        disk.release.set()

    async def run() -> None:
        result.append(await operation)

    async with anyio.create_task_group() as group:
        group.start_soon(other_task)
        group.start_soon(run)
    return result[0]


@pytest.mark.anyio
async def test_saving_and_deleting_the_session_file_leave_the_event_loop_free(
    disk: SlowDisk, service: FakeAuthService, tmp_path: Path
) -> None:
    data_dir = tmp_path / "stitch"
    transport = httpx.MockTransport(service)
    admin = await while_another_task_runs(
        disk,
        AsyncStitchAdmin.login(
            PUBLIC_KEY, PRIVATE_KEY, base_url=BASE, transport=transport, data_dir=data_dir
        ),
    )
    async with admin:
        assert (data_dir / "admin-session.json").is_file()
        service.expire_access_tokens()  # the next call refreshes, and saves the new tokens
        config = await while_another_task_runs(
            disk, get_service_config.asyncio(G, A, S, client=admin.client)
        )
        assert config.to_dict()["method"] == "GET"
        assert service.refreshes == 1
        await while_another_task_runs(disk, admin.logout())
    assert not (data_dir / "admin-session.json").exists()
    assert {name for name, _ in disk.waits} == {"fsync", "unlink"}
    assert all(released for _, released in disk.waits), disk.waits
