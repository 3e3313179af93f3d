"""The plan of a push: per family what is added, changed (which fields) and removed; hosted
files by MD5; the app's identity kept; formatting never a change."""

from __future__ import annotations

import copy
import hashlib
import json
from typing import Any

from support.configurations import FULL

from stitch_admin_ext import config_layout as layout
from stitch_admin_ext.config_plan import Change, FamilyPlan, hosting_plan, make_plan


def edited(**changes: Any) -> dict[str, Any]:
    document = copy.deepcopy(FULL)
    document.update(changes)
    return document


def test_the_same_configuration_plans_nothing() -> None:
    plan = make_plan(FULL, layout.document_to_files(FULL))
    assert plan.empty
    assert plan.families == ()
    assert str(plan) == "no changes"
    assert plan.unified_diff() == ""
    assert plan.to_json() == {"empty": True, "notes": [], "families": {}}


def test_formatting_and_key_order_are_not_changes() -> None:
    files = layout.document_to_files(FULL)
    for path in list(files):
        if path.endswith(".json"):
            files[path] = json.dumps(json.loads(files[path]), separators=(",", ":")).encode()
    assert make_plan(FULL, files).empty


def test_each_family_lists_what_is_added_changed_and_removed() -> None:
    local = copy.deepcopy(FULL)
    local["functions"][0]["source"] = "exports = () => 2;"
    local["functions"][0]["private"] = False
    local["functions"].append({"name": "fresh", "source": "exports = () => 3;"})
    local["triggers"] = [t for t in local["triggers"] if t["name"] != "nightly"]
    local["values"][0]["value"] = {"text": "bye"}
    local["environments"]["values"]["production"]["values"]["tier"] = "gold"
    local["allowed_request_origins"] = ["https://other.example"]
    plan = make_plan(FULL, layout.document_to_files(local))
    assert plan.family("functions") == FamilyPlan(
        "functions",
        added=("fresh",),
        changed=(Change("onOrder", ("private", "source")),),
    )
    assert plan.family("triggers") == FamilyPlan("triggers", removed=("nightly",))
    assert plan.family("values").changed == (Change("greeting", ("value",)),)
    assert plan.family("environments").changed == (Change("production", ("tier",)),)
    assert plan.family("settings").changed == (Change("app", ("allowed_request_origins",)),)
    assert plan.family("schemas").empty
    assert plan.counts() == {"added": 1, "changed": 4, "removed": 1}
    assert str(plan) == "\n".join(
        [
            "settings:",
            "  ~ app (allowed_request_origins)",
            "functions:",
            "  + fresh",
            "  ~ onOrder (private, source)",
            "values:",
            "  ~ greeting (value)",
            "environments:",
            "  ~ production (tier)",
            "triggers:",
            "  - nightly",
        ]
    )
    diff = plan.unified_diff()
    assert "--- /dev/null\n+++ b/functions/fresh.js\n" in diff
    assert "--- a/triggers/nightly.json\n+++ /dev/null\n" in diff
    assert '-        "tier": "paid"\n+        "tier": "gold"\n' in diff
    assert plan.to_json()["families"]["triggers"] == {
        "added": [],
        "changed": {},
        "removed": ["nightly"],
    }


def test_an_environment_without_values_is_one_the_directory_leaves_out() -> None:
    files = layout.document_to_files(FULL)
    del files["environments/qa.json"]
    assert make_plan(FULL, files).empty


def test_the_apps_identity_is_noted_never_changed() -> None:
    plan = make_plan(FULL, layout.document_to_files(edited(name="other-app")))
    assert plan.empty
    assert plan.notes == (
        "root_config.json gives name 'other-app'; the app's is 'test-app', which stays",
    )
    assert plan.after == plan.before


def test_a_changed_environment_is_a_setting() -> None:
    plan = make_plan(FULL, layout.document_to_files(edited(environment="qa")))
    assert plan.family("settings").changed == (Change("app", ("environment",)),)


def md5(data: bytes) -> str:
    return hashlib.md5(data, usedforsecurity=False).hexdigest()


def test_hosted_files_are_compared_by_md5_and_listed_attributes() -> None:
    html = [{"name": "Content-Type", "value": "text/html"}]
    files = layout.hosting_files(
        [
            ("/same.html", html, b"same"),
            ("/changed.html", [], b"new bytes"),
            ("/new.css", [], b"{}"),
            ("/attrs.html", html, b"attrs"),
        ]
    )
    files[layout.HOSTING_FILES + "/unlisted.js"] = b"1"
    assets = {
        "/same.html": (md5(b"same"), html),
        "/changed.html": (md5(b"old bytes"), []),
        "/attrs.html": (md5(b"attrs"), []),
        "/unlisted.js": (md5(b"1"), [{"name": "Content-Type", "value": "text/javascript"}]),
        "/gone.png": (md5(b"png"), []),
    }
    plan = hosting_plan(files, assets)
    assert [hosted.path for hosted in plan.upload] == ["/attrs.html", "/changed.html", "/new.css"]
    assert plan.upload[0].attrs == (("Content-Type", "text/html"),)
    assert plan.upload[1].md5 == md5(b"new bytes")
    assert plan.delete == ("/gone.png",)
    assert plan.unchanged == 2
    full = make_plan(FULL, layout.document_to_files(FULL) | files, assets=assets)
    assert not full.empty
    assert not full.changes_configuration
    assert "hosting:\n  ^ /attrs.html\n  ^ /changed.html\n  ^ /new.css\n  - /gone.png" in str(full)
    assert full.counts() == {"added": 0, "changed": 0, "removed": 0, "uploaded": 3, "deleted": 1}
