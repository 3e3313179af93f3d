"""Drafts and deployments against the emulator: success, failure, timeout, errors in the block."""

from __future__ import annotations

import pytest
from stitch_admin_client.api.deployments import list_deployments
from stitch_admin_client.api.drafts import create_draft, list_drafts
from stitch_admin_client.api.functions import create_function, list_functions
from stitch_admin_client.api.values import create_value, list_values
from stitch_admin_client.models import Deployment, DeploymentStatus, FunctionInput, ValueInput
from support.control import Control

from stitch_admin_emulator import RunningEmulator
from stitch_admin_ext import AsyncStitchAdmin, StitchAdmin, errors

from .conftest import QUICK_RETRIES


def add_function(admin: StitchAdmin, group_id: str, app_id: str, name: str = "echoArg") -> str:
    body = FunctionInput(name=name, source="exports = function(arg){ return {arg: arg}; };")
    return create_function.sync(group_id, app_id, client=admin.client, body=body).id


def function_names(admin: StitchAdmin, group_id: str, app_id: str) -> list[str]:
    return [f.name for f in list_functions.sync(group_id, app_id, client=admin.client)]


def drafts_of(admin: StitchAdmin, group_id: str, app_id: str) -> list[str]:
    answer = list_drafts.sync(group_id, app_id, client=admin.client)
    return [d.id for d in (answer if isinstance(answer, list) else [answer])]


def test_a_draft_deploys_its_changes_on_exit(
    emulator: RunningEmulator, admin: StitchAdmin, app_id: str
) -> None:
    group = emulator.group_id
    seen: list[Deployment] = []
    with admin.draft(group, app_id, progress=seen.append) as draft:
        add_function(admin, group, app_id)
        create_value.sync(
            group, app_id, client=admin.client, body=ValueInput(name="greeting", value="hi")
        )
        diff = draft.diff()
        assert any("functions/echoArg" in d for d in diff.diffs or [])
        assert any("values/greeting" in d for d in diff.diffs or [])
    assert draft.deployment is not None
    assert draft.deployment.status == DeploymentStatus.SUCCESSFUL
    assert seen[0].status == DeploymentStatus.CREATED
    assert seen[-1] == draft.deployment
    assert function_names(admin, group, app_id) == ["echoArg"]
    assert drafts_of(admin, group, app_id) == []
    (deployment,) = list_deployments.sync(group, app_id, client=admin.client)
    assert deployment.id == draft.deployment.id


def test_an_exception_in_the_block_discards_the_draft_and_deploys_nothing(
    emulator: RunningEmulator, admin: StitchAdmin, app_id: str
) -> None:
    group = emulator.group_id
    scope = admin.draft(group, app_id)

    def change_then_fail() -> None:
        with scope:
            add_function(admin, group, app_id)
            raise RuntimeError("changed my mind")

    with pytest.raises(RuntimeError, match="changed my mind"):
        change_then_fail()
    assert not scope.deployed
    assert drafts_of(admin, group, app_id) == []
    assert list_deployments.sync(group, app_id, client=admin.client) == []
    assert function_names(admin, group, app_id) == []


def test_a_failed_deployment_raises_with_the_service_s_reason(
    emulator: RunningEmulator, admin: StitchAdmin, control: Control, app_id: str
) -> None:
    group = emulator.group_id
    control.next_deployment(
        app_id, status="failed", status_error_message="function echoArg: bad syntax"
    )
    with pytest.raises(errors.DeploymentFailedError) as caught, admin.draft(group, app_id):
        add_function(admin, group, app_id)
    assert caught.value.status_error_message == "function echoArg: bad syntax"
    assert caught.value.deployment_id
    assert function_names(admin, group, app_id) == []  # the deployed app is unchanged


def test_a_deployment_that_outlasts_the_timeout_raises_with_its_id(
    emulator: RunningEmulator, admin: StitchAdmin, control: Control, app_id: str
) -> None:
    group = emulator.group_id
    control.next_deployment(app_id, status="successful", delay=30)
    with (
        pytest.raises(errors.DeploymentTimeoutError) as caught,
        admin.draft(group, app_id, timeout=0.6),
    ):
        add_function(admin, group, app_id)
    (deployment,) = list_deployments.sync(group, app_id, client=admin.client)
    assert caught.value.deployment_id == deployment.id
    assert deployment.status in (DeploymentStatus.CREATED, DeploymentStatus.PENDING)


def test_polling_through_faults_still_ends_with_the_true_status(
    emulator: RunningEmulator, admin: StitchAdmin, control: Control, app_id: str
) -> None:
    group = emulator.group_id
    control.next_deployment(app_id, status="successful", delay=1.0)
    control.fault(
        "status", method="GET", path="/groups/*/apps/*/deployments/*", times=6, status=503
    )
    control.fault("drop", method="GET", path="/groups/*/apps/*/deployments/*", times=2)
    with admin.draft(group, app_id) as draft:
        add_function(admin, group, app_id)
    assert draft.deployment is not None
    assert draft.deployment.status == DeploymentStatus.SUCCESSFUL
    assert control.counters()["faults_injected"] == 8


@pytest.mark.parametrize("policy", ["raise", "reuse", "discard"])
def test_an_existing_draft_is_handled_per_policy(
    emulator: RunningEmulator, admin: StitchAdmin, app_id: str, policy: str
) -> None:
    group = emulator.group_id
    existing = create_draft.sync(group, app_id, client=admin.client).id
    add_function(admin, group, app_id, name="inExistingDraft")
    if policy == "raise":
        with pytest.raises(errors.DraftExistsError) as caught, admin.draft(group, app_id):
            pass
        assert caught.value.draft_id == existing
        assert caught.value.error_code == "DraftAlreadyExists"
        assert drafts_of(admin, group, app_id) == [existing]
        return
    with admin.draft(group, app_id, on_existing=policy) as draft:
        add_function(admin, group, app_id, name="inNewBlock")
    assert (draft.id == existing) is (policy == "reuse")
    expected = ["inExistingDraft", "inNewBlock"] if policy == "reuse" else ["inNewBlock"]
    assert sorted(function_names(admin, group, app_id)) == expected


def test_deploy_draft_and_wait_for_deployment_for_callers_managing_drafts(
    emulator: RunningEmulator, admin: StitchAdmin, app_id: str
) -> None:
    group = emulator.group_id
    draft_id = create_draft.sync(group, app_id, client=admin.client).id
    create_value.sync(group, app_id, client=admin.client, body=ValueInput(name="v"))
    started = admin.deploy_draft(group, app_id, draft_id, wait=False)
    assert started.status == DeploymentStatus.CREATED
    finished = admin.wait_for_deployment(group, app_id, started)
    assert finished.status == DeploymentStatus.SUCCESSFUL
    assert [v.name for v in list_values.sync(group, app_id, client=admin.client)] == ["v"]


@pytest.mark.anyio
async def test_async_draft_deploys_and_discards(emulator: RunningEmulator) -> None:
    group = emulator.group_id
    async with await AsyncStitchAdmin.login(
        emulator.public_key, emulator.private_key, base_url=emulator.base_url, retry=QUICK_RETRIES
    ) as admin:
        from stitch_admin_client.api.apps import create_app  # noqa: PLC0415
        from stitch_admin_client.models import AppCreate  # noqa: PLC0415

        app = await create_app.asyncio(
            group, client=admin.client, body=AppCreate(name="async-drafts")
        )
        body = FunctionInput(name="kept", source="exports = () => 1;")
        async with admin.draft(group, app.id) as draft:
            await create_function.asyncio(group, app.id, client=admin.client, body=body)
            assert (await draft.diff()).diffs
        assert draft.deployment is not None
        assert draft.deployment.status == DeploymentStatus.SUCCESSFUL

        async def change_then_fail() -> None:
            async with admin.draft(group, app.id):
                dropped = FunctionInput(name="dropped", source="exports = () => 2;")
                await create_function.asyncio(group, app.id, client=admin.client, body=dropped)
                raise KeyError("abandon")

        with pytest.raises(KeyError):
            await change_then_fail()
        names = [f.name for f in await list_functions.asyncio(group, app.id, client=admin.client)]
        assert names == ["kept"]
