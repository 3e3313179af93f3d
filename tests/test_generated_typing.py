"""What a type checker sees of polymorphic answers and of the negotiated configuration pull."""

from __future__ import annotations

from pathlib import Path

from support import typecheck

SCRIPT = """
from stitch_admin_client import AuthenticatedClient
from stitch_admin_client.api.apps import pull_app_configuration
from stitch_admin_client.api.triggers import get_trigger
from stitch_admin_client.models import DatabaseTrigger

client = AuthenticatedClient(base_url="https://services.cloud.mongodb.com", token="t")


def automation() -> None:
    reveal_type(pull_app_configuration.sync("g", "a", client=client))
    reveal_type(pull_app_configuration.sync("g", "a", client=client, accept="application/zip"))
    reveal_type(pull_app_configuration.sync_detailed("g", "a", client=client).parsed)
    trigger = get_trigger.sync("g", "a", "t", client=client)
    reveal_type(trigger)
    if isinstance(trigger, DatabaseTrigger):
        reveal_type(trigger.config)


async def async_automation() -> None:
    zipped = await pull_app_configuration.asyncio_detailed(
        "g", "a", client=client, accept="application/zip"
    )
    reveal_type(zipped.parsed)
"""

EXPECTED = [
    "stitch_admin_client.models.app_configuration.AppConfiguration",
    "stitch_admin_client.types.File",
    "stitch_admin_client.models.app_configuration.AppConfiguration",
    "stitch_admin_client.models.trigger.Trigger",
    "stitch_admin_client.models.database_trigger_config.DatabaseTriggerConfig"
    " | stitch_admin_client.types.Unset",
    "stitch_admin_client.types.File",
]


def test_revealed_types(tmp_path: Path) -> None:
    script = tmp_path / "automation.py"
    script.write_text(SCRIPT, encoding="utf-8")
    result = typecheck.mypy_strict(script)
    revealed = typecheck.revealed(result)
    assert revealed == EXPECTED, result.stdout
    assert typecheck.errors(result) == []
