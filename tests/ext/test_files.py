"""Both files the SDK writes (the saved session, an export) are written by one atomic write:
a temporary file beside the target, synced, renamed over it, and the rename synced."""

from __future__ import annotations

import io
import os
import stat
import zipfile
from pathlib import Path

import httpx
import pytest
from support.fake_auth import PRIVATE_KEY, PUBLIC_KEY, FakeAuthService

from stitch_admin_ext import StitchAdmin

BASE = "https://stitch.example"
G, A = "5e8f00000000000000000001", "6a7b8c9d0e1f2a3b4c5d6e7f"


@pytest.fixture
def synced(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What was fsynced: "file <name>" or "directory <name>"."""
    seen: list[str] = []
    real = os.fsync

    def fsync(fd: int) -> None:
        kind = "directory" if stat.S_ISDIR(os.fstat(fd).st_mode) else "file"
        seen.append(f"{kind} {Path(os.readlink(f'/proc/self/fd/{fd}')).name}")
        real(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    return seen


def test_the_session_file_and_its_rename_are_synced(
    service: FakeAuthService, tmp_path: Path, synced: list[str]
) -> None:
    with StitchAdmin.login(
        PUBLIC_KEY,
        PRIVATE_KEY,
        base_url=BASE,
        transport=httpx.MockTransport(service),
        data_dir=tmp_path / "stitch",
    ):
        pass
    (file_sync,) = [s for s in synced if s.startswith("file ")]
    assert file_sync.startswith("file .session.")
    assert "directory stitch" in synced
    assert synced.index(file_sync) < synced.index("directory stitch")


def test_an_export_and_its_rename_are_synced(
    admin: StitchAdmin, service: FakeAuthService, tmp_path: Path, synced: list[str]
) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("config.json", "{}")
    service.routes["/export"] = lambda request: httpx.Response(
        200, content=buffer.getvalue(), headers={"Content-Type": "application/zip"}
    )
    (tmp_path / "out").mkdir()
    admin.export_app(G, A, dest=tmp_path / "out" / "app.zip")
    (file_sync,) = [s for s in synced if s.startswith("file ")]
    assert file_sync.startswith("file .app.zip.")
    assert synced[-1] == "directory out"
