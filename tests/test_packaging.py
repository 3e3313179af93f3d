"""The distribution: one wheel with both packages and their py.typed markers, importable alone."""

from __future__ import annotations

import configparser
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from support import spec


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--wheel-dir",
            str(out),
            str(spec.ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("stitch_admin-*.whl")
    return built


def test_wheel_ships_both_packages_with_py_typed(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "stitch_admin_client/__init__.py",
        "stitch_admin_client/py.typed",
        "stitch_admin_client/client.py",
        "stitch_admin_client/api/drafts/deploy_draft.py",
        "stitch_admin_client/models/log_page.py",
        "stitch_admin_ext/__init__.py",
        "stitch_admin_ext/py.typed",
        "stitch_admin_cli/py.typed",
        "stitch_admin_cli/main.py",
        "stitch_admin_emulator/py.typed",
        "stitch_admin_emulator/openapi/stitch-admin-v3.yaml",
    ):
        assert required in names
    generated = {
        path.relative_to(spec.ROOT / "generated").as_posix()
        for path in (spec.ROOT / "generated" / "stitch_admin_client").rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    assert generated <= names
    assert not any(
        name.startswith(("tests/", "tools/", "openapi/", "generated/")) for name in names
    )


def test_wheel_metadata_declares_runtime_dependencies(wheel: Path) -> None:
    archive = zipfile.ZipFile(wheel)
    (metadata_name,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
    metadata = archive.read(metadata_name).decode()
    requires = [line for line in metadata.splitlines() if line.startswith("Requires-Dist:")]
    runtime = [line for line in requires if "extra ==" not in line]
    assert any("httpx" in line for line in runtime)
    assert any("attrs" in line for line in runtime)
    assert "Requires-Python: >=3.11" in metadata


def test_wheel_registers_the_pytest_plugin(wheel: Path) -> None:
    archive = zipfile.ZipFile(wheel)
    (name,) = [n for n in archive.namelist() if n.endswith(".dist-info/entry_points.txt")]
    entry_points = configparser.ConfigParser()
    entry_points.read_string(archive.read(name).decode())
    assert dict(entry_points["pytest11"]) == {
        "stitch_admin_emulator": "stitch_admin_emulator.pytest_plugin"
    }


def test_installed_wheel_imports_without_the_source_tree(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(site),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    code = (
        "import stitch_admin_client, stitch_admin_ext\n"
        "from stitch_admin_client.api.apps import list_apps\n"
        "from stitch_admin_client.models import App\n"
        "print(stitch_admin_client.__file__)\nprint(stitch_admin_ext.__file__)\n"
    )
    emulator_code = (
        "from stitch_admin_emulator import document\n"
        "print(document._location())\n"
        "print(len(document.operations()))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
        env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"},
    )
    for line in result.stdout.split():
        assert Path(line).is_relative_to(site)
    # The emulator reads the document shipped inside the wheel, not the source tree's.
    result = subprocess.run(
        [sys.executable, "-c", emulator_code],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
        env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"},
    )
    location, count = result.stdout.split()
    assert Path(location).is_relative_to(site)
    assert int(count) == len(list(spec.operations()))
