"""examples/bootstrap_app.py: one of everything through the bound surface, sync and async,
against the emulator; and what mypy --strict says each bound call returns (never Any)."""

from __future__ import annotations

import asyncio
import re
import subprocess
import sys
from pathlib import Path

import pytest
from support import spec, typecheck

from stitch_admin_emulator import RunningEmulator
from stitch_admin_ext import AsyncStitchAdmin, StitchAdmin

sys.path.insert(0, str(spec.ROOT / "examples"))

import bootstrap_app


def check_app(admin: StitchAdmin, emulator: RunningEmulator, made: bootstrap_app.Made) -> None:
    """What the script made is there, read back through the bound surface."""
    app = admin.app(emulator.group_id, made.app_id)
    assert made.deployment_status == "successful"
    triggers = {trigger.name: str(trigger.type_) for trigger in app.triggers.list()}
    assert triggers == {
        "onNewOrder": "DATABASE",
        "onLogin": "AUTHENTICATION",
        "nightly": "SCHEDULED",
    }
    assert set(made.triggers) == set(triggers)
    assert [f.name for f in app.functions.list()] == ["onEvent"]
    assert {v.name: v.from_secret for v in app.values.list()} == {"greeting": False, "stripe": True}
    secrets = app.secrets.list()
    assert [s.name for s in secrets] == ["stripeKey"]
    assert "sk_test_emulated" not in str(secrets[0].to_dict())
    assert {p.type_ for p in app.auth_providers.list()} >= {"api-key", "local-userpass"}
    (service,) = app.services.list()
    (rule,) = app.rules.list(service.id)
    assert (rule.database, rule.collection) == ("shop", "orders")
    assert [k.name for k in app.api_keys.list()] == [made.api_key]
    assert [u.id for u in app.users.list()] == [made.user]
    (deployment,) = app.deployments.list()
    assert str(deployment.status) == "successful"


def test_the_sync_script_makes_one_of_everything(emulator: RunningEmulator) -> None:
    with StitchAdmin.login(
        emulator.public_key, emulator.private_key, base_url=emulator.base_url
    ) as admin:
        made = bootstrap_app.bootstrap(admin, emulator.group_id, "bootstrapped")
        check_app(admin, emulator, made)


def test_the_async_script_makes_the_same(emulator: RunningEmulator) -> None:
    async def run() -> bootstrap_app.Made:
        async with await AsyncStitchAdmin.login(
            emulator.public_key, emulator.private_key, base_url=emulator.base_url
        ) as admin:
            return await bootstrap_app.bootstrap_async(admin, emulator.group_id, "async-made")

    made = asyncio.run(run())
    with StitchAdmin.login(
        emulator.public_key, emulator.private_key, base_url=emulator.base_url
    ) as admin:
        check_app(admin, emulator, made)


REVEAL = """
from stitch_admin_ext import AsyncStitchAdmin, StitchAdmin

G = "5f0a1b2c3d4e5f6a7b8c9d0e"


def sync_calls(admin: StitchAdmin) -> None:
    group = admin.group(G)
    reveal_type(group.apps.create(name="x"))
    app = group.app("6a7b8c9d0e1f2a3b4c5d6e7f")
    reveal_type(app.services.create(name="s", type="mongodb-atlas", config={"clusterName": "C"}))
    reveal_type(app.rules.create("6a7b8c9d0e1f2a3b4c5d6e7f", database="d", collection="c"))
    reveal_type(app.secrets.create(name="k", value="v"))
    reveal_type(app.functions.create(name="f", source="exports = 1"))
    reveal_type(app.values.create(name="v", value={"a": 1}))
    reveal_type(app.triggers.create(name="t", type="SCHEDULED", function_id="x", config={}))
    reveal_type(app.auth_providers.create(type="api-key"))
    reveal_type(app.api_keys.create(name="k"))
    reveal_type(app.users.create(email="a@b.c", password="secret-password"))
    reveal_type(app.functions.list())
    reveal_type(app.drafts.list())
    reveal_type(app.triggers.delete("x"))
    reveal_type(app.functions.update("x", name="f", source="y"))
    reveal_type(app.apps.pull_configuration(accept="application/zip"))
    with app.draft() as draft:
        reveal_type(draft.diff().diffs)
    reveal_type(draft.deployment)
    reveal_type(draft.deployment.status)


async def async_calls(admin: AsyncStitchAdmin) -> None:
    app = admin.app(G, "6a7b8c9d0e1f2a3b4c5d6e7f")
    reveal_type(await app.functions.create(name="f", source="exports = 1"))
    reveal_type(await app.triggers.list())
    async with app.draft() as draft:
        reveal_type(await draft.diff())
    reveal_type(draft.deployment)
"""

EXPECTED = [
    "App",
    "Service",
    "Rule",
    "Secret",
    "Function",
    "Value",
    "Trigger",
    "AuthProvider",
    "ApiKeyWithSecret",
    "User",
    "list[Function]",
    "list[Draft]",
    "None",
    "None",
    "File",
    "list[str]",
    "Deployment",
    "DeploymentStatus | Unset",
    "Function",
    "list[Trigger]",
    "DraftDiff",
    "Deployment",
]


def test_every_bound_call_has_a_precise_type(tmp_path: Path) -> None:
    script = tmp_path / "reveal.py"
    script.write_text(REVEAL, encoding="utf-8")
    result = typecheck.mypy_strict(script)
    revealed = typecheck.revealed(result)
    assert typecheck.errors(result) == []
    assert not [t for t in revealed if "Any" in t]
    # Compared without module paths: `stitch_admin_client.models.app.App` -> `App`.
    shown = [re.sub(r"[\w]+\.", "", t) for t in revealed]
    assert shown == EXPECTED, result.stdout


@pytest.mark.parametrize("flavour", [[], ["--async"]])
def test_the_script_runs_from_a_shell(emulator: RunningEmulator, flavour: list[str]) -> None:
    env = {
        "STITCH_ADMIN_BASE_URL": emulator.base_url,
        "STITCH_ADMIN_USERNAME": emulator.public_key,
        "STITCH_ADMIN_API_KEY": emulator.private_key,
        "STITCH_ADMIN_GROUP_ID": emulator.group_id,
        "PATH": "/usr/bin:/bin",
    }
    result = subprocess.run(
        [sys.executable, str(spec.ROOT / "examples" / "bootstrap_app.py"), "shell-made", *flavour],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Deployed: successful" in result.stdout
