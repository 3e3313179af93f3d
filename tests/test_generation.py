"""tools/generate.py: validation first, atomic replacement, determinism and the drift report."""

from __future__ import annotations

import filecmp
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from support import spec

GENERATE = spec.ROOT / "tools" / "generate.py"


def run_generate(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(GENERATE), *map(str, args)],
        capture_output=True,
        text=True,
        check=False,
    )


def write_spec(path: Path, document: dict[str, object]) -> Path:
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    return path


@pytest.fixture
def target(tmp_path: Path) -> Path:
    """An existing package directory with a sentinel file that a failed run must not touch."""
    package = tmp_path / "out" / "stitch_admin_client"
    package.mkdir(parents=True)
    (package / "sentinel.txt").write_text("untouched", encoding="utf-8")
    return package


def assert_untouched(target: Path) -> None:
    assert [p.name for p in target.iterdir()] == ["sentinel.txt"]
    assert (target / "sentinel.txt").read_text(encoding="utf-8") == "untouched"


def test_an_invalid_document_fails_with_the_validator_s_message(
    tmp_path: Path, target: Path
) -> None:
    document = yaml.safe_load(spec.SPEC_PATH.read_text(encoding="utf-8"))
    document["paths"]["/auth/profile"]["get"]["responses"]["200"] = {"content": {}}
    result = run_generate(
        "--spec", write_spec(tmp_path / "broken.yaml", document), "--target", target
    )
    assert result.returncode == 1
    assert "not valid OpenAPI 3.0" in result.stderr
    assert "description" in result.stderr  # what the validator says is missing
    assert_untouched(target)


def test_a_document_that_is_not_yaml_fails_and_leaves_the_target_untouched(
    tmp_path: Path, target: Path
) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("openapi: 3.0.3\npaths: [unclosed\n", encoding="utf-8")
    result = run_generate("--spec", broken, "--target", target)
    assert result.returncode == 1
    assert "cannot be read" in result.stderr
    assert_untouched(target)


def test_an_unexpected_generator_warning_fails(tmp_path: Path, target: Path) -> None:
    document = yaml.safe_load(spec.SPEC_PATH.read_text(encoding="utf-8"))
    # A multipart/mixed operation the document does not delegate to the extension layer.
    upload = document["paths"]["/groups/{groupId}/apps/{appId}/hosting/assets/asset"]["put"]
    del upload["x-stitch-admin-implemented-by"]
    result = run_generate(
        "--spec", write_spec(tmp_path / "spec.yaml", document), "--target", target
    )
    assert result.returncode == 1
    assert "multipart/mixed" in result.stderr
    assert_untouched(target)


def test_generation_is_deterministic_and_matches_the_committed_package(tmp_path: Path) -> None:
    first, second = tmp_path / "a" / "stitch_admin_client", tmp_path / "b" / "stitch_admin_client"
    for out in (first, second):
        result = run_generate("--target", out)
        assert result.returncode == 0, result.stderr
    comparison = filecmp.dircmp(first, second)
    assert not comparison.diff_files
    assert not comparison.left_only
    assert not comparison.right_only
    committed = spec.ROOT / "generated" / "stitch_admin_client"
    assert run_generate("--check", "--target", committed).returncode == 0


def test_the_drift_check_names_what_differs(tmp_path: Path) -> None:
    copy = tmp_path / "stitch_admin_client"
    shutil.copytree(spec.ROOT / "generated" / "stitch_admin_client", copy)
    (copy / "models" / "app.py").write_text("# edited by hand\n", encoding="utf-8")
    (copy / "models" / "stray.py").write_text("", encoding="utf-8")
    (copy / "api" / "apps" / "get_app.py").unlink()
    result = run_generate("--check", "--target", copy)
    assert result.returncode == 1
    assert "out of date" in result.stderr
    assert "differs: models/app.py" in result.stderr
    assert "-# edited by hand" in result.stderr
    assert "not generated: models/stray.py" in result.stderr
    assert "missing: api/apps/get_app.py" in result.stderr
