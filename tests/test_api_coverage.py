"""Our document against the service's official one: every official operation is here, and on
each of them at least 95 % of the official request and response fields are typed.

The official document is not read here: `tools/api_coverage.py --write-data` stored its
operations and their fields in tests/data.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml
from support import spec

TOOL = spec.ROOT / "tools" / "api_coverage.py"
THRESHOLD = 0.95


def load_tool() -> ModuleType:
    loaded = importlib.util.spec_from_file_location("api_coverage", TOOL)
    assert loaded is not None
    assert loaded.loader is not None
    module = importlib.util.module_from_spec(loaded)
    sys.modules["api_coverage"] = module  # attrs resolves the module's annotations through it
    loaded.loader.exec_module(module)
    return module


cov = load_tool()
OFFICIAL = cov.read_data()
OURS = cov.Walker(spec.load()).operations()
REPORT = {entry.key: entry for entry in cov.coverage(OFFICIAL, OURS)}


def run_tool(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(TOOL), *map(str, args)], capture_output=True, text=True, check=False
    )


def test_the_stored_data_describes_the_181_official_operations() -> None:
    assert len(OFFICIAL) == 181
    stored = json.loads(cov.FIELDS_FILE.read_text(encoding="utf-8"))
    assert set(stored) <= set(OFFICIAL)
    assert sum(len(fields["response"]) for fields in OFFICIAL.values()) > 1000


@pytest.mark.parametrize("key", sorted(OFFICIAL))
def test_every_official_operation_is_in_our_document_and_typed(key: str) -> None:
    entry = REPORT[key]
    assert entry.ours is not None, key
    assert entry.share >= THRESHOLD, entry.missing


def test_overall_share_of_official_fields_typed() -> None:
    assert cov.overall(list(REPORT.values())) >= THRESHOLD


def test_the_login_matches_though_the_official_document_names_its_provider() -> None:
    assert REPORT["POST /auth/providers/mongodb-cloud/login"].ours == (
        "POST /auth/providers/{provider}/login"
    )


def test_the_tool_reports_and_passes_on_the_document() -> None:
    result = run_tool()
    assert result.returncode == 0, result.stderr
    assert "official operations: 181; in our document: 181; missing: 0" in result.stdout
    assert "overall: " in result.stdout


def test_the_tool_fails_below_the_threshold_and_names_what_is_missing(tmp_path: Path) -> None:
    document: dict[str, Any] = yaml.safe_load(spec.SPEC_PATH.read_text(encoding="utf-8"))
    secret = document["components"]["schemas"]["Secret"]["properties"]
    del secret["name"]
    del document["paths"]["/groups/{groupId}/apps/{appId}/log_forwarders"]
    broken = tmp_path / "broken.yaml"
    broken.write_text(yaml.safe_dump(document), encoding="utf-8")
    result = run_tool("--spec", broken, "--worst", "3", "--missing")
    assert result.returncode == 1
    assert "not in our document: GET /groups/{groupId}/apps/{appId}/log_forwarders" in result.stdout
    assert "GET /groups/{groupId}/apps/{appId}/secrets" in result.stdout
    assert "untyped response: [].name" in result.stdout
    assert "missing or below 95%" in result.stderr


def walker_fields(schema: dict[str, Any], **components: Any) -> set[str]:
    document = {"paths": {}, "components": {"schemas": components}}
    return set(cov.Walker(document).fields(schema))


def test_fields_are_gathered_through_every_composition() -> None:
    kind = {"allOf": [{"$ref": "#/components/schemas/Base"}, {"properties": {"extra": {}}}]}
    base = {
        "properties": {
            "kind": {"type": "string"},
            "tags": {"type": "array", "items": {"$ref": "#/components/schemas/Tag"}},
        },
        "discriminator": {"propertyName": "kind", "mapping": {"k": "#/components/schemas/Kind"}},
    }
    tag = {"properties": {"label": {}}, "additionalProperties": {"properties": {"deep": {}}}}
    union = {"oneOf": [{"$ref": "#/components/schemas/Base"}, {"properties": {"alt": {}}}]}
    found = walker_fields(union, Base=base, Kind=kind, Tag=tag)
    assert found == {"kind", "tags", "tags[].label", "tags[].*.deep", "extra", "alt"}


def test_recursive_schemas_are_followed_once() -> None:
    node = {
        "properties": {
            "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}}
        }
    }
    assert walker_fields({"$ref": "#/components/schemas/Node"}, Node=node) == {"children"}


def test_parameter_names_do_not_matter_when_matching() -> None:
    assert cov.normalize("/groups/{groupId}/apps/{app_id}") == "/groups/{}/apps/{}"
    assert cov.normalize("/auth/providers/mongodb-cloud/login") == "/auth/providers/{}/login"
