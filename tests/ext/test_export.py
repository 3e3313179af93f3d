"""Exporting an application: the atomic write, and the export procedure's checks."""

from __future__ import annotations

import io
import os
import stat
import zipfile
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from stitch_admin_client.types import File
from support.ext import APP, GROUP, Driver
from support.fake_auth import PRIVATE_KEY, PUBLIC_KEY, FakeAuthService

from stitch_admin_ext import AsyncStitchAdmin, StitchAdmin
from stitch_admin_ext import export as export_module
from stitch_admin_ext.errors import InvalidArgumentError, UnexpectedResponseError
from stitch_admin_ext.export import export, write_export
from stitch_admin_ext.steps import Call, Offload

OLD = b"the previous archive"
BASE = "https://stitch.example"


def zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("config.json", '{"name": "app"}')
    return buffer.getvalue()


ARCHIVE = zip_bytes()


def leftovers(directory: Path) -> list[str]:
    return sorted(path.name for path in directory.iterdir() if path.name.endswith(".part"))


@pytest.mark.parametrize("existing", [None, OLD], ids=["new-file", "replaced"])
def test_write_export_writes_the_whole_content(tmp_path: Path, existing: bytes | None) -> None:
    dest = tmp_path / "app.zip"
    if existing is not None:
        dest.write_bytes(existing)
    assert write_export(dest, ARCHIVE) == dest
    assert dest.read_bytes() == ARCHIVE
    assert leftovers(tmp_path) == []


def test_write_export_expands_the_home_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    written = write_export(Path("~/app.zip"), ARCHIVE)
    assert written == tmp_path / "app.zip"
    assert written.read_bytes() == ARCHIVE


@pytest.mark.parametrize("failing", ["fsync", "replace"])
@pytest.mark.parametrize("existing", [None, OLD], ids=["new-file", "replaced"])
def test_a_failed_write_leaves_the_old_file_or_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str, existing: bytes | None
) -> None:
    dest = tmp_path / "app.zip"
    if existing is not None:
        dest.write_bytes(existing)

    def fail(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export_module.os, failing, fail)
    with pytest.raises(OSError, match="No space left"):
        write_export(dest, ARCHIVE)
    monkeypatch.undo()
    if existing is None:
        assert not dest.exists()
    else:
        assert dest.read_bytes() == existing
    assert leftovers(tmp_path) == []


def test_an_interrupted_write_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dest = tmp_path / "app.zip"

    def interrupted(*_: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(export_module.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_export(dest, ARCHIVE)
    monkeypatch.undo()
    assert list(tmp_path.iterdir()) == []


def test_write_export_refuses_a_directory(tmp_path: Path) -> None:
    with pytest.raises(InvalidArgumentError, match="is a directory: name the zip file"):
        write_export(tmp_path, ARCHIVE)
    assert list(tmp_path.iterdir()) == []


def test_write_export_refuses_a_missing_parent(tmp_path: Path) -> None:
    with pytest.raises(InvalidArgumentError, match=r"directory .* does not exist"):
        write_export(tmp_path / "missing" / "app.zip", ARCHIVE)
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------------------- the procedure

EXPORT = Call("apps.export_app", {"group_id": GROUP, "app_id": APP})


def archive_file(content: bytes) -> File:
    return File(payload=io.BytesIO(content), file_name="app.zip", mime_type="application/zip")


def test_export_returns_the_zip_bytes() -> None:
    driver = Driver(export(GROUP, APP, None))
    assert driver.run(archive_file(ARCHIVE)) == ARCHIVE
    assert driver.steps == [EXPORT]


def test_export_to_a_file_writes_it_in_an_offload_step(tmp_path: Path) -> None:
    dest = tmp_path / "app.zip"
    driver = Driver(export(GROUP, APP, os.fspath(dest)))
    assert driver.run(archive_file(ARCHIVE), dest) == dest
    call, offload = driver.steps
    assert call == EXPORT
    assert isinstance(offload, Offload)
    assert not dest.exists()  # nothing is written until the step runs
    assert offload.function() == dest
    assert dest.read_bytes() == ARCHIVE


@pytest.mark.parametrize(
    "content",
    [b"", b"PK", b"<html>an error page</html>", b'{"error": "not a zip"}', ARCHIVE[:-30]],
    ids=["empty", "zip-magic-only", "html", "json", "truncated-zip"],
)
def test_export_refuses_a_body_that_is_not_a_zip(tmp_path: Path, content: bytes) -> None:
    dest = tmp_path / "app.zip"
    driver = Driver(export(GROUP, APP, dest))
    with pytest.raises(UnexpectedResponseError) as caught:
        driver.run(archive_file(content))
    assert (
        str(caught.value) == f"the export of app {APP} is not a zip archive ({len(content)} bytes)"
    )
    assert (caught.value.status_code, caught.value.method) == (200, "GET")
    assert driver.steps == [EXPORT]  # nothing to write
    assert not dest.exists()


@pytest.mark.parametrize(("group_id", "app_id"), [("", APP), (GROUP, None)])
def test_export_refuses_missing_ids(group_id: object, app_id: object) -> None:
    driver = Driver(export(group_id, app_id, None))  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentError, match="must be a non-empty string"):
        driver.run()
    assert driver.steps == []


@pytest.fixture
def usual_umask() -> Iterator[None]:
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.usefixtures("usual_umask")
def test_an_export_is_private_unless_the_caller_says_otherwise(
    admin: StitchAdmin, service: FakeAuthService, tmp_path: Path
) -> None:
    # An export holds the application's configuration, values included.
    service.routes["/export"] = lambda request: httpx.Response(
        200, content=ARCHIVE, headers={"Content-Type": "application/zip"}
    )
    fresh = admin.export_app(GROUP, APP, dest=tmp_path / "new.zip")
    assert mode_of(fresh) == 0o600
    replaced = tmp_path / "replaced.zip"
    replaced.write_bytes(OLD)
    replaced.chmod(0o644)
    admin.export_app(GROUP, APP, dest=replaced)
    assert mode_of(replaced) == 0o600
    assert replaced.read_bytes() == ARCHIVE
    shared = admin.export_app(GROUP, APP, dest=tmp_path / "shared.zip", mode=0o640)
    assert mode_of(shared) == 0o640


@pytest.mark.anyio
@pytest.mark.usefixtures("usual_umask")
async def test_an_async_export_is_private_unless_the_caller_says_otherwise(
    service: FakeAuthService, tmp_path: Path
) -> None:
    service.routes["/export"] = lambda request: httpx.Response(
        200, content=ARCHIVE, headers={"Content-Type": "application/zip"}
    )
    async with await AsyncStitchAdmin.login(
        PUBLIC_KEY, PRIVATE_KEY, base_url=BASE, transport=httpx.MockTransport(service)
    ) as admin:
        assert mode_of(await admin.export_app(GROUP, APP, tmp_path / "a.zip")) == 0o600
        shared = await admin.export_app(GROUP, APP, tmp_path / "b.zip", mode=0o644)
        assert mode_of(shared) == 0o644


@pytest.mark.parametrize("mode", [-1, 0o1000, "644", 6.5, True])
def test_an_export_mode_must_be_a_permission_mode(
    admin: StitchAdmin, tmp_path: Path, mode: object
) -> None:
    with pytest.raises(InvalidArgumentError, match="mode must be"):
        admin.export_app(GROUP, APP, dest=tmp_path / "x.zip", mode=mode)  # type: ignore[call-overload]
    assert list(tmp_path.iterdir()) == []
