"""Uploads and exports against the emulator: bytes round-trip, archives are complete."""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path

import pytest
from stitch_admin_client.api.functions import create_function
from stitch_admin_client.api.hosting import get_hosting_asset, list_hosting_assets
from stitch_admin_client.models import FunctionInput
from support.control import Control

from stitch_admin_emulator import RunningEmulator
from stitch_admin_ext import StitchAdmin, errors

BINARY = bytes(range(256)) * 40 + b"\r\n--boundary-looking--\r\n" + b"\x00" * 10


@pytest.mark.parametrize("form", ["bytes", "path", "file"])
def test_upload_round_trips_the_bytes_and_attributes(
    emulator: RunningEmulator,
    admin: StitchAdmin,
    control: Control,
    app_id: str,
    tmp_path: Path,
    form: str,
) -> None:
    group = emulator.group_id
    source = tmp_path / "asset.bin"
    source.write_bytes(BINARY)
    data = {"bytes": BINARY, "path": source, "file": io.BytesIO(BINARY)}[form]
    admin.upload_asset(
        group, app_id, "/static/asset.bin", data, attrs={"Content-Type": "application/octet-stream"}
    )
    asset = get_hosting_asset.sync(group, app_id, client=admin.client, path="/static/asset.bin")
    assert asset.size == len(BINARY)
    assert asset.hash_ == hashlib.md5(BINARY, usedforsecurity=False).hexdigest()
    assert [(a.name, a.value) for a in asset.attrs or []] == [
        ("Content-Type", "application/octet-stream")
    ]
    assert control.hosted_file(app_id, "/static/asset.bin") == BINARY


def test_uploading_again_replaces_the_file(
    emulator: RunningEmulator, admin: StitchAdmin, control: Control, app_id: str
) -> None:
    group = emulator.group_id
    admin.upload_asset(group, app_id, "/index.html", b"<h1>one</h1>")
    admin.upload_asset(group, app_id, "/index.html", b"<h1>two</h1>")
    assert [a.path for a in list_hosting_assets.sync(group, app_id, client=admin.client)] == [
        "/index.html"
    ]
    assert control.hosted_file(app_id, "/index.html") == b"<h1>two</h1>"


def test_an_upload_whose_answer_is_lost_is_retried_safely(
    emulator: RunningEmulator, admin: StitchAdmin, control: Control, app_id: str
) -> None:
    control.fault(
        "drop", method="PUT", path="/groups/*/apps/*/hosting/assets/asset", times=1, when="after"
    )
    admin.upload_asset(emulator.group_id, app_id, "/retried.txt", b"same bytes twice")
    assert control.hosted_file(app_id, "/retried.txt") == b"same bytes twice"
    assert control.requests("PUT /groups/{groupId}/apps/{appId}/hosting/assets/asset") == 2


def test_bad_upload_arguments_are_refused_before_sending(
    admin: StitchAdmin, control: Control, app_id: str
) -> None:
    control.reset_counters()
    for path, data in (("no-slash.txt", b"x"), ("/text.txt", "a str is ambiguous")):
        with pytest.raises(errors.InvalidArgumentError):
            admin.upload_asset("5e8f00000000000000000001", app_id, path, data)  # type: ignore[arg-type]
    assert control.counters()["requests"] == {}


def test_export_returns_a_zip_with_the_configuration(
    emulator: RunningEmulator, admin: StitchAdmin, app_id: str, tmp_path: Path
) -> None:
    group = emulator.group_id
    source = "exports = function(arg){ return {arg: arg}; };"
    create_function.sync(
        group, app_id, client=admin.client, body=FunctionInput(name="echoArg", source=source)
    )
    content = admin.export_app(group, app_id)
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        assert archive.read("functions/echoArg/source.js").decode() == source
    written = admin.export_app(group, app_id, tmp_path / "app.zip")
    assert written.read_bytes() == content
    assert [p.name for p in tmp_path.iterdir()] == ["app.zip"]  # no temporary file left


def test_an_export_that_fails_leaves_the_previous_file(
    emulator: RunningEmulator, admin: StitchAdmin, control: Control, app_id: str, tmp_path: Path
) -> None:
    target = tmp_path / "app.zip"
    target.write_bytes(b"previous export")
    control.fault("status", method="GET", path="/groups/*/apps/*/export", times=10, status=500)
    with pytest.raises(errors.ServerError):
        admin.export_app(emulator.group_id, app_id, target)
    assert target.read_bytes() == b"previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["app.zip"]
