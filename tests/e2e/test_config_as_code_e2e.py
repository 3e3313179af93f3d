"""Configuration as code against the emulator: pull, diff and push through the app handles.

What each test counts comes from the emulator's own counters (requests by operation,
deployments), so that "a no-op push makes no draft" is the service's word, not the client's.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from support.configurations import FULL, SECRETS, SOURCE

from stitch_admin_emulator import RunningEmulator
from stitch_admin_ext import AsyncStitchAdmin, StitchAdmin, errors
from stitch_admin_ext.config_sync import read_directory, unzipped, write_directory
from stitch_admin_ext.handles import AppHandle

from .conftest import QUICK_RETRIES, login

APP = "/groups/{groupId}/apps/{appId}"
HOSTED = {
    "/index.html": b"<h1>shop</h1>",
    "/css/site.css": b"h1 { color: red }",
    "/img/logo.svg": b"<svg/>",
}
SECRET_VALUE = "sk_live_never-in-a-file"


def files_of(directory: Path) -> dict[str, bytes]:
    return {
        path.relative_to(directory).as_posix(): path.read_bytes()
        for path in sorted(directory.rglob("*"))
        if path.is_file()
    }


def writes(emulator: RunningEmulator) -> dict[str, int]:
    """The requests that could change something, by operation."""
    return {
        route: count
        for route, count in emulator.counters().requests.items()
        if not route.startswith("GET ")
    }


def make_full_app(admin: StitchAdmin, group_id: str, name: str = "shop") -> AppHandle:
    """An app with one of every part (FULL), the secrets it needs and three hosted files."""
    app = admin.group(group_id).app(admin.group(group_id).apps.create(name=name).id)
    for secret in SECRETS:
        app.secrets.create(name=secret, value=SECRET_VALUE)
    app.apps.push_configuration(body={**FULL, "name": name})
    for path, data in HOSTED.items():
        app.hosting.upload_asset(path, data, attrs={"Content-Type": "text/plain"})
    return app


@pytest.fixture
def shop(admin: StitchAdmin, emulator: RunningEmulator) -> AppHandle:
    return make_full_app(admin, emulator.group_id)


@pytest.fixture
def pulled(shop: AppHandle, tmp_path: Path) -> Path:
    return shop.pull(tmp_path / "shop")


def test_a_pull_writes_the_directory_byte_stable_with_secrets_by_name(
    shop: AppHandle, pulled: Path, tmp_path: Path
) -> None:
    files = files_of(pulled)
    assert json.loads(files["root_config.json"])["name"] == "shop"
    assert files["functions/onOrder.js"] == SOURCE.encode()
    assert files["hosting/files/css/site.css"] == HOSTED["/css/site.css"]
    assert json.loads(files["values/stripeKey.json"])["value"] == "stripe-key"
    assert not any(SECRET_VALUE.encode() in data for data in files.values())
    # The same bytes as the service's own archive, and again on a second pull.
    assert files == _service_files(shop)
    assert files_of(shop.pull(tmp_path / "again")) == files
    assert files_of(shop.pull(pulled)) == files


def _service_files(app: AppHandle) -> dict[str, bytes]:
    return unzipped(app.apps.pull_configuration(accept="application/zip").payload.read())


def test_pushing_what_was_pulled_makes_no_draft_and_no_deployment(
    emulator: RunningEmulator, shop: AppHandle, pulled: Path
) -> None:
    emulator.reset_counters()
    result = shop.push(pulled, include_hosting=True)
    assert result.plan.empty
    assert result.deployment is None
    assert writes(emulator) == {}
    assert emulator.counters().deployments == 0
    # What a no-op push reads: the app's secret names (the directory refers to secrets), its
    # configuration and its hosted files' list.
    assert emulator.counters().requests == {
        f"GET {APP}/secrets": 1,
        f"GET {APP}/pull": 1,
        f"GET {APP}/hosting/assets": 1,
    }


def test_an_edited_function_and_value_are_all_that_changes(
    emulator: RunningEmulator, shop: AppHandle, pulled: Path, tmp_path: Path
) -> None:
    before = {t.name: (t.id, t.last_modified) for t in shop.triggers.list()}
    values_before = {v.name: v.id for v in shop.values.list()}
    (pulled / "functions/onOrder.js").write_text("exports = (order) => order.total;")
    greeting = json.loads((pulled / "values/greeting.json").read_text())
    greeting["value"] = {"text": "bonjour"}
    (pulled / "values/greeting.json").write_text(json.dumps(greeting))
    plan = shop.diff(pulled)
    assert str(plan) == "functions:\n  ~ onOrder (source)\nvalues:\n  ~ greeting (value)"
    emulator.reset_counters()
    result = shop.push(pulled)
    assert result.plan == plan
    assert result.deployment is not None
    assert str(result.deployment.status) == "successful"
    assert emulator.counters().deployments == 1
    assert writes(emulator) == {
        f"POST {APP}/drafts": 1,
        f"PATCH {APP}/push": 1,
        f"POST {APP}/drafts/{{draftId}}/deployment": 1,
    }
    # Only those two changed: every other entry kept its id and its last change.
    assert {t.name: (t.id, t.last_modified) for t in shop.triggers.list()} == before
    assert {v.name: v.id for v in shop.values.list()} == values_before
    [function] = [f for f in shop.functions.list() if f.name == "onOrder"]
    assert shop.functions.get(function.id).source == "exports = (order) => order.total;"
    again = files_of(shop.pull(tmp_path / "again"))
    assert {p: d for p, d in files_of(pulled).items() if p != "values/greeting.json"} == {
        p: d for p, d in again.items() if p != "values/greeting.json"
    }
    assert json.loads(again["values/greeting.json"]) == greeting
    assert shop.diff(pulled).empty


def test_a_broken_directory_reports_every_problem_and_touches_nothing(
    emulator: RunningEmulator, shop: AppHandle, pulled: Path, tmp_path: Path
) -> None:
    original = files_of(pulled)
    (pulled / "values/greeting.json").write_text('{"name": "greeting", "value": [1, 2}')
    trigger = json.loads((pulled / "triggers/nightly.json").read_text())
    trigger["function_name"] = "noSuchFunction"
    (pulled / "triggers/nightly.json").write_text(json.dumps(trigger))
    log_forwarder = json.loads((pulled / "log_forwarders/errors.json").read_text())
    del log_forwarder["policy"]
    (pulled / "log_forwarders/errors.json").write_text(json.dumps(log_forwarder))
    (pulled / "values/stripeKey.json").write_text(
        json.dumps({"name": "stripeKey", "value": "gone-secret", "from_secret": True})
    )
    (pulled / "values/two words.json").write_text('{"name": "two words", "value": 1}')
    emulator.reset_counters()
    with pytest.raises(errors.InvalidConfigurationError) as raised:
        shop.push(pulled, include_hosting=True)
    assert [(p.file, p.line, p.column) for p in raised.value.problems] == [
        ("log_forwarders/errors.json", None, None),
        ("triggers/nightly.json", None, None),
        ("values/greeting.json", 1, 36),
        ("values/stripeKey.json", None, None),
        ("values/two words.json", None, None),
    ]
    message = str(raised.value)
    assert message.startswith("the configuration directory has 5 problems:\n")
    assert "'policy'" in message
    assert "noSuchFunction" in message
    assert "gone-secret" in message
    assert "two words" in message
    assert writes(emulator) == {}
    assert emulator.counters().requests == {f"GET {APP}/secrets": 1}
    assert files_of(shop.pull(tmp_path / "after")) == original
    with pytest.raises(errors.InvalidConfigurationError):
        shop.diff(pulled)


def test_a_push_whose_deployment_fails_leaves_the_app_as_it_was(
    emulator: RunningEmulator, shop: AppHandle, pulled: Path, tmp_path: Path
) -> None:
    original = files_of(pulled)
    (pulled / "functions/onOrder.js").write_text("exports = () => 'broken';")
    (pulled / "hosting/files/index.html").write_bytes(b"<h1>new</h1>")
    emulator.next_deployment(shop.app_id, outcome="failed", error_message="quota exceeded")
    with pytest.raises(errors.DeploymentFailedError, match="quota exceeded"):
        shop.push(pulled, include_hosting=True)
    assert files_of(shop.pull(tmp_path / "after")) == original
    assert shop.drafts.list() == []
    latest = shop.deployments.list()[0]  # newest first
    assert str(latest.status) == "failed"


def test_a_failure_before_the_deployment_discards_the_draft(
    emulator: RunningEmulator, shop: AppHandle, pulled: Path, tmp_path: Path
) -> None:
    original = files_of(pulled)
    deployments = len(shop.deployments.list())
    (pulled / "functions/onOrder.js").write_text("exports = () => 'never';")
    (pulled / "hosting/files/new.txt").write_bytes(b"new")
    with (
        emulator.inject_fault("status", method="PUT", path="*/hosting/assets/asset", status=400),
        pytest.raises(errors.BadRequestError),
    ):
        shop.push(pulled, include_hosting=True)
    assert shop.drafts.list() == []
    assert len(shop.deployments.list()) == deployments
    assert files_of(shop.pull(tmp_path / "after")) == original


def test_a_push_keeps_or_replaces_an_existing_draft_as_asked(shop: AppHandle, pulled: Path) -> None:
    (pulled / "functions/onOrder.js").write_text("exports = () => 'drafted';")
    stale = shop.drafts.create()
    with pytest.raises(errors.DraftExistsError):
        shop.push(pulled)
    assert [d.id for d in shop.drafts.list()] == [stale.id]
    result = shop.push(pulled, on_existing="discard")
    assert result.deployment is not None
    assert shop.drafts.list() == []
    assert shop.diff(pulled).empty


def test_a_dry_run_plans_and_changes_nothing(
    emulator: RunningEmulator, shop: AppHandle, pulled: Path
) -> None:
    (pulled / "triggers/nightly.json").unlink()
    emulator.reset_counters()
    result = shop.push(pulled, dry_run=True)
    assert result.dry_run
    assert result.deployment is None
    assert result.plan.family("triggers").removed == ("nightly",)
    assert writes(emulator) == {}


def test_a_changed_environment_is_set_once_the_deployment_succeeded(
    shop: AppHandle, pulled: Path
) -> None:
    root = json.loads((pulled / "root_config.json").read_text())
    assert root["environment"] == "production"
    root["environment"] = "qa"
    (pulled / "root_config.json").write_text(json.dumps(root))
    steps = []
    result = shop.push(pulled, progress=steps.append)
    assert result.plan.family("settings").changed[0].fields == ("environment",)
    assert shop.apps.get().environment == "qa"
    assert steps[0].phase == "draft"
    assert steps[-2].phase == "environment"
    assert steps[-1].phase == "done"
    assert steps[-1].done == steps[-1].total


def test_a_directory_clones_the_app_into_another_group(
    emulator: RunningEmulator, shop: AppHandle, pulled: Path, tmp_path: Path
) -> None:
    other_group = "5f0000000000000000000002"
    emulator.add_admin("second-project-key", "second-project-secret", [other_group])
    with StitchAdmin.login(
        "second-project-key",
        "second-project-secret",
        base_url=emulator.base_url,
        retry=QUICK_RETRIES,
    ) as second:
        group = second.group(other_group)
        clone = group.app(group.apps.create(name="shop-copy").id)
        with pytest.raises(errors.InvalidConfigurationError, match="lacks"):
            clone.push(pulled, include_hosting=True)  # its secrets first
        for secret in SECRETS:
            clone.secrets.create(name=secret, value="another value")
        plan = clone.diff(pulled, include_hosting=True)
        assert plan.notes == (
            "root_config.json gives name 'shop'; the app's is 'shop-copy', which stays",
        )
        result = clone.push(pulled, include_hosting=True)
        assert result.deployment is not None
        copied = files_of(clone.pull(tmp_path / "copy"))
    original = files_of(pulled)
    # The same directory, apart from the app's own name.
    assert json.loads(copied.pop("root_config.json")) == {
        **json.loads(original.pop("root_config.json")),
        "name": "shop-copy",
    }
    assert copied == original


def test_hosting_sync_uploads_and_deletes_only_what_differs(
    emulator: RunningEmulator, shop: AppHandle, pulled: Path
) -> None:
    kept = {asset.path: asset.last_modified for asset in shop.hosting.list_assets()}
    (pulled / "hosting/files/css/site.css").write_bytes(b"h1 { color: blue }")
    (pulled / "hosting/files/img/logo.svg").unlink()
    (pulled / "hosting/files/about.html").write_bytes(b"<p>about</p>")
    # Hosted files are left alone unless asked for.
    assert shop.diff(pulled).empty
    emulator.reset_counters()
    result = shop.push(pulled, include_hosting=True)
    assert result.plan.hosting is not None
    assert [hosted.path for hosted in result.plan.hosting.upload] == [
        "/about.html",
        "/css/site.css",
    ]
    assert result.plan.hosting.delete == ("/img/logo.svg",)
    assert result.plan.hosting.unchanged == 1
    assert writes(emulator) == {
        f"POST {APP}/drafts": 1,
        f"PUT {APP}/hosting/assets/asset": 2,
        f"DELETE {APP}/hosting/assets/asset": 1,
        f"POST {APP}/drafts/{{draftId}}/deployment": 1,
    }
    after = {asset.path: asset for asset in shop.hosting.list_assets()}
    assert sorted(after) == ["/about.html", "/css/site.css", "/index.html"]
    assert after["/index.html"].last_modified == kept["/index.html"]
    assert emulator.hosted_file(shop.app_id, "/css/site.css") == b"h1 { color: blue }"
    assert shop.diff(pulled, include_hosting=True).empty


def test_an_earlier_deployment_and_a_template_can_be_pulled(
    shop: AppHandle, pulled: Path, tmp_path: Path
) -> None:
    (pulled / "functions/onOrder.js").write_text("exports = () => 'v2';")
    first = shop.push(pulled).deployment
    (pulled / "functions/onOrder.js").write_text("exports = () => 'v3';")
    shop.push(pulled)
    assert first is not None
    earlier = shop.pull(tmp_path / "earlier", deployment=first.id)
    assert (earlier / "functions/onOrder.js").read_text() == "exports = () => 'v2';"
    with pytest.raises(errors.NotFoundError):
        shop.pull(tmp_path / "none", deployment="5f00000000000000000000ff")
    template = shop.pull(tmp_path / "template", template=True)
    root = json.loads((template / "root_config.json").read_text())
    assert set(root) == {"config_version", "allowed_request_origins"}
    assert json.loads((template / "environments/production.json").read_text()) == {"values": {}}
    assert (template / "functions/onOrder.js").read_text() == "exports = () => 'v3';"


def test_an_interrupted_pull_leaves_the_previous_directory(
    emulator: RunningEmulator, shop: AppHandle, pulled: Path
) -> None:
    before = files_of(pulled)
    shop.functions.create(name="added", source="exports = 1;")
    with (
        emulator.inject_fault("drop", method="GET", path="*/pull", times=10),
        pytest.raises(errors.TransportError),
    ):
        shop.pull(pulled)
    assert files_of(pulled) == before
    assert sorted(p.name for p in pulled.parent.iterdir()) == ["shop"]  # no leftovers


def test_a_pull_never_replaces_a_directory_that_holds_other_things(
    shop: AppHandle, tmp_path: Path
) -> None:
    (tmp_path / "repo" / ".git").mkdir(parents=True)
    (tmp_path / "repo" / "README.md").write_text("mine")
    with pytest.raises(errors.InvalidArgumentError, match="no app configuration"):
        shop.pull(tmp_path / "repo")
    pulled = shop.pull(tmp_path / "repo" / "app")
    (pulled / "notes.txt").write_text("mine too")
    with pytest.raises(errors.InvalidArgumentError, match=r"notes\.txt"):
        shop.pull(pulled)
    assert (pulled / "notes.txt").read_text() == "mine too"


def test_a_directory_reads_without_dot_files_and_writes_exactly(tmp_path: Path) -> None:
    files = {"root_config.json": b"{}", "hosting/files/.well-known/x": b"1", "a/b.json": b"[]"}
    written = write_directory(tmp_path / "d", files)
    (written / ".git").mkdir()
    (written / ".git" / "HEAD").write_text("ref")
    (written / ".DS_Store").write_bytes(b"")
    assert read_directory(written, hosting=True) == files
    assert read_directory(written, hosting=False) == {
        "root_config.json": b"{}",
        "a/b.json": b"[]",
    }


def test_async_handles_pull_diff_and_push_the_same_way(
    emulator: RunningEmulator, shop: AppHandle, tmp_path: Path
) -> None:
    async def run() -> None:
        async with await AsyncStitchAdmin.login(
            emulator.public_key, emulator.private_key, base_url=emulator.base_url
        ) as admin:
            app = admin.app(shop.group_id, shop.app_id)
            directory = await app.pull(tmp_path / "async")
            assert (await app.diff(directory, include_hosting=True)).empty
            (directory / "functions/onOrder.js").write_text("exports = () => 'async';")
            result = await app.push(directory, include_hosting=True)
            assert result.deployment is not None
            assert result.plan.family("functions").changed[0].name == "onOrder"

    asyncio.run(run())
    assert shop.diff(tmp_path / "async", include_hosting=True).empty
    with login(emulator) as admin:
        assert [d.id for d in admin.app(shop.group_id, shop.app_id).deployments.list()]


def test_a_hand_written_directory_pushes_and_then_matches(
    admin: StitchAdmin, emulator: RunningEmulator, tmp_path: Path
) -> None:
    group = admin.group(emulator.group_id)
    app = group.app(group.apps.create(name="fresh").id)
    files = {
        "root_config.json": b"{}",
        "functions/config.json": b'[{"name": "tick"}]',
        "functions/tick.js": b"exports = () => 1;",
        "values/limit.json": b'{"name": "limit", "value": 10}',
        "triggers/everyMinute.json": b'{"name": "everyMinute", "type": "SCHEDULED",'
        b' "function_name": "tick", "config": {"schedule": "* * * * *"}}',
        "auth/providers.json": b'{"api-key": {"name": "api-key", "type": "api-key"}}',
    }
    directory = write_directory(tmp_path / "fresh", files)
    plan = app.diff(directory)
    assert {family.family for family in plan.families} == {
        "auth_providers",
        "functions",
        "values",
        "triggers",
    }
    assert app.push(directory).deployment is not None
    # What the service fills in (private: false, disabled: false...) is no change.
    assert app.diff(directory).empty
    emulator.reset_counters()
    assert app.push(directory).deployment is None
    assert writes(emulator) == {}
