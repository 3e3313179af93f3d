"""npm dependencies: uploads read safely, installed as configuration, handed back, compared."""

from __future__ import annotations

import io
import json
import tarfile
import time
import zipfile
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import client_for, login
from support import emulation

from stitch_admin_emulator import dependency_archives


def package_json(name: str, version: str, **extra: Any) -> bytes:
    return json.dumps({"name": name, "version": version, **extra}).encode()


def zip_of(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def tar_of(
    files: dict[str, bytes], mode: str = "w:gz", links: dict[str, str] | None = None
) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode=mode) as archive:  # type: ignore[call-overload]
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
        for name, target in (links or {}).items():
            info = tarfile.TarInfo(name)
            info.type = tarfile.SYMTYPE
            info.linkname = target
            archive.addfile(info)
    return buffer.getvalue()


NODE_MODULES = {
    "node_modules/lodash/package.json": package_json("lodash", "4.17.21"),
    "node_modules/lodash/lodash.js": b"module.exports = {};",
    "node_modules/@scope/tool/package.json": package_json("@scope/tool", "1.0.0"),
    # A nested package is not one the functions require directly.
    "node_modules/lodash/node_modules/inner/package.json": package_json("inner", "0.1.0"),
}


def put(api: httpx.Client, app: str, data: bytes, name: str = "node_modules.zip") -> httpx.Response:
    return api.put(f"{app}/dependencies", files={"file": (name, data, "application/zip")})


def test_an_upload_installs_the_packages_and_hands_the_archive_back(
    api: httpx.Client, app: str
) -> None:
    assert api.get(f"{app}/dependencies").json() == {"dependencies_list": []}
    assert api.get(f"{app}/dependencies/status").status_code == 404
    assert api.get(f"{app}/dependencies/archive").status_code == 404
    archive = zip_of(NODE_MODULES)
    answer = put(api, app, archive)
    assert answer.status_code == 204, answer.text
    assert api.get(f"{app}/dependencies/status").json() == {
        "status": "successful",
        "status_message": "",
    }
    installed = api.get(f"{app}/dependencies").json()
    assert installed["dependencies_list"] == [
        {"name": "@scope/tool", "version": "1.0.0"},
        {"name": "lodash", "version": "4.17.21"},
    ]
    assert installed["location"].endswith("/node_modules.zip")
    exported = api.get(f"{app}/dependencies/archive")
    assert exported.headers["content-type"] == "application/zip"
    assert 'filename="node_modules.zip"' in exported.headers["content-disposition"]
    assert exported.content == archive


@pytest.mark.parametrize("mode", ["w:gz", "w"])
def test_tar_uploads_are_kept_as_zip(api: httpx.Client, app: str, mode: str) -> None:
    files = {name.removeprefix("node_modules/"): data for name, data in NODE_MODULES.items()}
    assert put(api, app, tar_of(files, mode), "deps.tgz").status_code == 204
    names = [p["name"] for p in api.get(f"{app}/dependencies").json()["dependencies_list"]]
    assert names == ["@scope/tool", "lodash"]
    exported = api.get(f"{app}/dependencies/archive").content
    with zipfile.ZipFile(io.BytesIO(exported)) as kept:
        assert kept.read("lodash/lodash.js") == b"module.exports = {};"


def test_a_package_json_lists_what_it_asks_for(api: httpx.Client, app: str) -> None:
    manifest = json.dumps({"dependencies": {"axios": "^1.6.0"}}).encode()
    assert put(api, app, manifest, "package.json").status_code == 204
    assert api.get(f"{app}/dependencies").json()["dependencies_list"] == [
        {"name": "axios", "version": "^1.6.0"}
    ]


def test_packages_with_native_code_fail_and_leave_the_installed_ones(
    api: httpx.Client, app: str
) -> None:
    put(api, app, zip_of(NODE_MODULES))
    native = zip_of(
        {
            "node_modules/bcrypt/package.json": package_json("bcrypt", "5.1.1"),
            "node_modules/bcrypt/binding.gyp": b"{}",
            "node_modules/sharp/package.json": package_json("sharp", "0.33.0", gypfile=True),
        }
    )
    assert put(api, app, native).status_code == 204
    status = api.get(f"{app}/dependencies/status").json()
    assert status["status"] == "failed"
    assert "bcrypt, sharp" in status["status_message"]
    names = [p["name"] for p in api.get(f"{app}/dependencies").json()["dependencies_list"]]
    assert names == ["@scope/tool", "lodash"]


@pytest.mark.parametrize(
    "archive",
    [
        zip_of({"../evil/package.json": b"{}"}),
        zip_of({"/etc/package.json": b"{}"}),
        tar_of({"lodash/../../x": b""}),
        tar_of({"lodash/package.json": b"{}"}, links={"lodash/escape": "../../etc/passwd"}),
        tar_of({"lodash/package.json": b"{}"}, links={"lodash/abs": "/etc/passwd"}),
        zip_of({"node_modules/x/package.json": b"not json"}),
        b"plain text",
        b"\x1f\x8b corrupt gzip",
    ],
)
def test_unsafe_or_unreadable_archives_are_refused(
    api: httpx.Client, app: str, archive: bytes
) -> None:
    refused = put(api, app, archive)
    assert (refused.status_code, refused.json()["error_code"]) == (400, "InvalidDependencies")
    assert api.get(f"{app}/dependencies/status").status_code == 404


def test_archives_that_unpack_too_far_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dependency_archives, "MAX_UNPACKED_BYTES", 1000)
    bomb = tar_of({"lodash/big.js": b"\0" * 5000})
    with pytest.raises(dependency_archives.BadArchive, match="unpacks to more than"):
        dependency_archives.read(bomb)
    monkeypatch.setattr(dependency_archives, "MAX_MEMBERS", 2)
    many = zip_of({f"m{n}/package.json": package_json(f"m{n}", "1") for n in range(3)})
    with pytest.raises(dependency_archives.BadArchive, match="more than 2 members"):
        dependency_archives.read(many)


def test_uploads_need_one_file_part(api: httpx.Client, app: str) -> None:
    no_file = api.put(f"{app}/dependencies", files={"other": ("x.zip", b"PK", "application/zip")})
    assert no_file.status_code == 400


def test_the_diff_compares_an_archive_with_what_is_installed(api: httpx.Client, app: str) -> None:
    put(api, app, zip_of(NODE_MODULES))
    candidate = zip_of(
        {
            "node_modules/lodash/package.json": package_json("lodash", "4.17.22"),
            "node_modules/axios/package.json": package_json("axios", "1.6.0"),
        }
    )
    answer = api.post(
        f"{app}/dependencies/diff",
        files={"file": ("node_modules.zip", candidate, "application/zip")},
    )
    assert answer.status_code == 200, answer.text
    assert answer.json() == {
        "added": [{"name": "axios", "version": "1.6.0"}],
        "deleted": [{"name": "@scope/tool", "version": "1.0.0"}],
        "modified": [{"name": "lodash", "version": "4.17.22", "previous_version": "4.17.21"}],
    }
    names = [p["name"] for p in api.get(f"{app}/dependencies").json()["dependencies_list"]]
    assert names == ["@scope/tool", "lodash"]


def test_dependencies_are_drafted_and_their_bytes_survive_a_restart(tmp_path: Path) -> None:
    archive = zip_of(NODE_MODULES)
    with emulation.started(data_dir=str(tmp_path)) as emulator:
        api = client_for(emulator, login(emulator)["access_token"])
        group = f"/groups/{emulator.group_id}"
        made = api.post(f"{group}/apps", json={"name": "deps"}).json()
        app = f"{group}/apps/{made['_id']}"
        draft = api.post(f"{app}/drafts").json()
        assert put(api, app, archive).status_code == 204
        assert api.get(f"{app}/dependencies/archive").content == archive
        # Another administrator sees only what is deployed.
        emulator.add_admin("other-public", "other-private", [emulator.group_id])
        other_tokens = login(emulator, "other-public", "other-private")
        with client_for(emulator, other_tokens["access_token"]) as other:
            assert other.get(f"{app}/dependencies/archive").status_code == 404
        deployed = api.post(f"{app}/drafts/{draft['_id']}/deployment").json()
        path = f"{app}/deployments/{deployed['_id']}"
        while api.get(path).json()["status"] in ("created", "pending"):
            time.sleep(0.05)
        api.close()
    with (
        emulation.started(data_dir=str(tmp_path)) as emulator,
        client_for(emulator, login(emulator)["access_token"]) as api,
    ):
        assert api.get(f"{app}/dependencies/archive").content == archive
        names = [p["name"] for p in api.get(f"{app}/dependencies").json()["dependencies_list"]]
        assert names == ["@scope/tool", "lodash"]
