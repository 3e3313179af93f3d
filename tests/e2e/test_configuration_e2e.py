"""The whole configuration through the generated client: pull it as JSON or as a zip of the
configuration directory, push it back, push a changed one."""

from __future__ import annotations

import io
import json
import zipfile

import pytest
from stitch_admin_client.api.apps import pull_app_configuration, push_app_configuration
from stitch_admin_client.api.deployments import list_deployments
from stitch_admin_client.api.functions import create_function, list_functions
from stitch_admin_client.api.triggers import create_trigger
from stitch_admin_client.models import (
    AppConfiguration,
    ConfigurationTrigger,
    FunctionInput,
    TriggerConfig,
    TriggerInput,
    TriggerType,
    ValueInput,
)

from stitch_admin_emulator import RunningEmulator
from stitch_admin_ext import StitchAdmin, errors

SOURCE = "exports = function() { return 'tick'; };"


@pytest.fixture
def scheduled_app(emulator: RunningEmulator, admin: StitchAdmin, app_id: str) -> str:
    """The app, with a function and a scheduled trigger that runs it."""
    group, client = emulator.group_id, admin.client
    function = create_function.sync(
        group, app_id, client=client, body=FunctionInput(name="tick", source=SOURCE)
    )
    create_trigger.sync(
        group,
        app_id,
        client=client,
        body=TriggerInput(
            name="everyMinute",
            type_=TriggerType.SCHEDULED,
            function_id=function.id,
            config=TriggerConfig(schedule="* * * * *"),
        ),
    )
    return app_id


def test_pull_as_json_and_as_a_zip(
    emulator: RunningEmulator, admin: StitchAdmin, scheduled_app: str
) -> None:
    group, client = emulator.group_id, admin.client
    document = pull_app_configuration.sync(group, scheduled_app, client=client)
    assert isinstance(document, AppConfiguration)
    assert document.name == "e2e"
    assert [f.name for f in document.functions or []] == ["tick"]
    [trigger] = document.triggers or []
    assert trigger.function_name == "tick"
    archive = pull_app_configuration.sync(
        group, scheduled_app, client=client, accept="application/zip"
    )
    with zipfile.ZipFile(io.BytesIO(archive.payload.read())) as opened:
        assert opened.read("functions/tick.js").decode() == SOURCE
        assert json.loads(opened.read("triggers/everyMinute.json"))["function_name"] == "tick"
        assert json.loads(opened.read("root_config.json"))["name"] == "e2e"


def test_a_pulled_configuration_pushes_back_unchanged(
    emulator: RunningEmulator, admin: StitchAdmin, scheduled_app: str
) -> None:
    group, client = emulator.group_id, admin.client
    document = pull_app_configuration.sync(group, scheduled_app, client=client)
    push_app_configuration.sync(group, scheduled_app, client=client, body=document)
    assert pull_app_configuration.sync(group, scheduled_app, client=client) == document
    assert list_deployments.sync(group, scheduled_app, client=client) == []


def test_a_changed_configuration_is_deployed(
    emulator: RunningEmulator, admin: StitchAdmin, scheduled_app: str
) -> None:
    group, client = emulator.group_id, admin.client
    document = pull_app_configuration.sync(group, scheduled_app, client=client)
    document.functions = [*(document.functions or []), FunctionInput(name="tock", source=SOURCE)]
    document.values = [ValueInput(name="interval", value=60)]
    document.triggers = [
        ConfigurationTrigger(
            name="everyHour",
            type_=TriggerType.SCHEDULED,
            function_name="tock",
            config=TriggerConfig(schedule="0 * * * *"),
        )
    ]
    push_app_configuration.sync(group, scheduled_app, client=client, body=document)
    pulled = pull_app_configuration.sync(group, scheduled_app, client=client)
    assert sorted(f.name for f in pulled.functions or []) == ["tick", "tock"]
    assert [(t.name, t.function_name) for t in pulled.triggers or []] == [("everyHour", "tock")]
    assert [v.value for v in pulled.values or []] == [60]
    assert sorted(f.name for f in list_functions.sync(group, scheduled_app, client=client)) == [
        "tick",
        "tock",
    ]
    [deployment] = list_deployments.sync(group, scheduled_app, client=client)
    assert deployment.status == "successful"


def test_a_push_naming_a_missing_function_is_refused(
    emulator: RunningEmulator, admin: StitchAdmin, scheduled_app: str
) -> None:
    group, client = emulator.group_id, admin.client
    before = pull_app_configuration.sync(group, scheduled_app, client=client)
    document = pull_app_configuration.sync(group, scheduled_app, client=client)
    document.functions = []
    with pytest.raises(errors.StitchAdminError) as raised:
        push_app_configuration.sync(group, scheduled_app, client=client, body=document)
    assert raised.value.status_code == 400
    assert raised.value.error_code == "FunctionNotFound"
    assert pull_app_configuration.sync(group, scheduled_app, client=client) == before
