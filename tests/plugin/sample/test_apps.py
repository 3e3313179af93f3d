"""Automation tested with the sync SDK fixtures: they run against the emulator, or against a
real service with --stitch-live."""

from stitch_admin_ext import StitchAdmin
from stitch_admin_ext.handles import AppHandle


def test_a_value_is_created(stitch_app: AppHandle) -> None:
    stitch_app.values.create(name="greeting", value="hello")
    assert [value.name for value in stitch_app.values.list()] == ["greeting"]


def test_a_function_is_deployed_through_a_draft(stitch_app: AppHandle) -> None:
    with stitch_app.draft() as draft:
        stitch_app.functions.create(name="double", source="exports = (x) => 2 * x;")
    assert draft.deployment is not None
    assert draft.deployment.status == "successful"
    assert [function.name for function in stitch_app.functions.list()] == ["double"]


def test_each_test_has_an_app(
    stitch_admin: StitchAdmin, stitch_app: AppHandle, stitch_group_id: str
) -> None:
    apps = stitch_admin.group(stitch_group_id).apps.list()
    assert stitch_app.app_id in [app.id for app in apps]
    assert stitch_app.apps.get().name.startswith("test_each_test_has_an_app-")
