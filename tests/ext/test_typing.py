"""What a type checker sees in user code: success models only, no Error and no stray None."""

from __future__ import annotations

from pathlib import Path

from support import typecheck

SCRIPT = """
from pathlib import Path

from stitch_admin_client.api.apps import get_app, list_apps
from stitch_admin_client.api.drafts import create_draft, list_drafts
from stitch_admin_client.api.functions import create_function, update_function
from stitch_admin_client.api.triggers import delete_trigger
from stitch_admin_client.api.values import delete_value
from stitch_admin_client.models import FunctionInput
from stitch_admin_ext import AsyncStitchAdmin, StitchAdmin, errors

G, A = "5e8f00000000000000000001", "6a7b8c9d0e1f2a3b4c5d6e7f"


def automation() -> None:
    with StitchAdmin.login(username="public", api_key="private") as admin:
        reveal_type(admin)
        reveal_type(get_app.sync(G, A, client=admin.client))
        reveal_type(list_apps.sync(G, client=admin.client))
        reveal_type(create_draft.sync(G, A, client=admin.client))
        reveal_type(list_drafts.sync(G, A, client=admin.client))
        reveal_type(create_function.sync(G, A, client=admin.client, body=FunctionInput(name="f", source="")))
        reveal_type(update_function.sync(G, A, "f", client=admin.client, body=FunctionInput(name="f", source="")))
        reveal_type(delete_trigger.sync(G, A, "t", client=admin.client))
        reveal_type(delete_value.sync(G, A, "v", client=admin.client))
        for entry in admin.iter_logs(G, A, errors_only=True):
            reveal_type(entry)
        for page in admin.iter_log_pages(G, A):
            reveal_type(page.cursor)
        export = admin.iter_logs(G, A, start_date="2024-05-01T00:00:00Z", concurrency=16)
        for entry in export:
            reveal_type(entry)
        reveal_type(export.cursor)
        for entry in admin.iter_logs(G, A, follow=True, poll_interval=1.5, lateness=30):
            reveal_type(entry)
        with admin.draft(G, A, on_existing="discard") as draft:
            reveal_type(draft.diff())
        reveal_type(draft.deployment)
        reveal_type(admin.deploy_draft(G, A, "d"))
        reveal_type(admin.export_app(G, A))
        reveal_type(admin.upload_asset(G, A, "/index.html", b"<html/>"))
        try:
            get_app.sync(G, A, client=admin.client)
        except errors.NotFoundError as exc:
            reveal_type(exc.error_code)


async def async_automation() -> None:
    async with await AsyncStitchAdmin.login(username="public", api_key="private") as admin:
        reveal_type(admin)
        reveal_type(await get_app.asyncio(G, A, client=admin.client))
        async for entry in admin.iter_logs(G, A):
            reveal_type(entry)
        async with admin.draft(G, A) as draft:
            reveal_type(await draft.diff())
        reveal_type(await admin.export_app(G, A, Path("app.zip")))
"""

EXPECTED = [
    "stitch_admin_ext.admin.StitchAdmin",
    "stitch_admin_client.models.app.App",
    "builtins.list[stitch_admin_client.models.app.App]",
    "stitch_admin_client.models.draft.Draft",
    "stitch_admin_client.models.draft.Draft | builtins.list[stitch_admin_client.models.draft.Draft]",
    "stitch_admin_client.models.function.Function",
    "stitch_admin_client.models.function.Function | None",
    "stitch_admin_client.models.empty_object.EmptyObject",
    "None",
    "stitch_admin_client.models.log_entry.LogEntry",
    "stitch_admin_ext.logs.LogCursor | None",
    "stitch_admin_client.models.log_entry.LogEntry",
    "stitch_admin_ext.logs.LogCursor | None",
    "stitch_admin_client.models.log_entry.LogEntry",
    "stitch_admin_client.models.draft_diff.DraftDiff",
    "stitch_admin_client.models.deployment.Deployment",
    "stitch_admin_client.models.deployment.Deployment",
    "builtins.bytes",
    "None",
    "builtins.str | None",
    "stitch_admin_ext.admin.AsyncStitchAdmin",
    "stitch_admin_client.models.app.App",
    "stitch_admin_client.models.log_entry.LogEntry",
    "stitch_admin_client.models.draft_diff.DraftDiff",
    "pathlib.Path",
]


def test_revealed_types_of_an_automation_script(tmp_path: Path) -> None:
    script = tmp_path / "automation.py"
    script.write_text(SCRIPT, encoding="utf-8")
    result = typecheck.mypy_strict(script)
    # Older mypy versions spell builtins with their module; compare without it.
    revealed = [t.replace("builtins.", "") for t in typecheck.revealed(result)]
    assert revealed == [t.replace("builtins.", "") for t in EXPECTED], result.stdout
    # The only notes are the reveals: no error, and no `Error` model anywhere in a result type.
    problems = typecheck.errors(result)
    assert problems == []
    assert not any(".error.Error" in t for t in revealed)
