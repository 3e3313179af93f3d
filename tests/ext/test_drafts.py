"""The draft procedures driven by hand: open_draft's policies, deploy, and _discard_after."""

from __future__ import annotations

from typing import Any

import pytest
from stitch_admin_client.models import Deployment, Draft
from support.ext import APP, GROUP, Driver

from stitch_admin_ext.drafts import (
    OnExisting,
    _discard_after,
    as_list,
    deploy,
    on_existing_policy,
    open_draft,
)
from stitch_admin_ext.errors import (
    DraftExistsError,
    InvalidArgumentError,
    NotFoundError,
    ServerError,
)
from stitch_admin_ext.steps import Call, Sleep

IDS = {"group_id": GROUP, "app_id": APP}
DRAFTS_PATH = f"/api/admin/v3.0/groups/{GROUP}/apps/{APP}/drafts"
EXISTING = Draft(id="existing-draft")
NEW = Draft(id="new-draft")


def exists() -> DraftExistsError:
    """The 409 that create_draft raises when the caller already has a draft."""
    return DraftExistsError(
        f"POST {DRAFTS_PATH} answered 409 DraftAlreadyExists: a draft already exists",
        status_code=409,
        error="a draft already exists",
        error_code="DraftAlreadyExists",
        method="POST",
        path=DRAFTS_PATH,
    )


CREATE = Call("drafts.create_draft", IDS)
LIST = Call("drafts.list_drafts", IDS)


def discard_call(draft_id: str) -> Call:
    return Call("drafts.discard_draft", {**IDS, "draft_id": draft_id})


@pytest.mark.parametrize("policy", list(OnExisting))
def test_a_new_draft_is_created(policy: OnExisting) -> None:
    driver = Driver(open_draft(GROUP, APP, policy))
    assert driver.run(NEW) is NEW
    assert driver.steps == [CREATE]


@pytest.mark.parametrize("listed", [[EXISTING], EXISTING, [EXISTING, Draft(id="another")]])
def test_raise_names_the_existing_draft(listed: object) -> None:
    driver = Driver(open_draft(GROUP, APP, OnExisting.RAISE))
    with pytest.raises(DraftExistsError) as caught:
        driver.run(exists(), listed)
    assert driver.steps == [CREATE, LIST]
    error = caught.value
    assert error.draft_id == "existing-draft"
    assert "draft existing-draft" in str(error)
    assert "on_existing='reuse' or 'discard'" in str(error)
    assert str(error).startswith(f"POST {DRAFTS_PATH} answered 409 DraftAlreadyExists")
    original = exists()
    assert (error.status_code, error.error, error.error_code, error.method, error.path) == (
        original.status_code,
        original.error,
        original.error_code,
        original.method,
        original.path,
    )


@pytest.mark.parametrize("listed", [[EXISTING], EXISTING], ids=["array", "one-object"])
def test_reuse_continues_the_existing_draft_without_discarding(listed: object) -> None:
    driver = Driver(open_draft(GROUP, APP, OnExisting.REUSE))
    assert driver.run(exists(), listed) is EXISTING
    assert driver.steps == [CREATE, LIST]


@pytest.mark.parametrize("listed", [[EXISTING], EXISTING], ids=["array", "one-object"])
def test_discard_throws_the_existing_draft_away_and_creates_again(listed: object) -> None:
    driver = Driver(open_draft(GROUP, APP, OnExisting.DISCARD))
    assert driver.run(exists(), listed, None, NEW) is NEW
    assert driver.steps == [CREATE, LIST, discard_call("existing-draft"), CREATE]


@pytest.mark.parametrize("policy", list(OnExisting))
def test_a_draft_that_vanished_meanwhile_is_created_again(policy: OnExisting) -> None:
    driver = Driver(open_draft(GROUP, APP, policy))
    assert driver.run(exists(), [], NEW) is NEW
    assert driver.steps == [CREATE, LIST, CREATE]


@pytest.mark.parametrize(
    ("policy", "replies", "steps"),
    [
        (
            OnExisting.DISCARD,
            [exists(), [EXISTING], None, exists(), [Draft(id="again")], None],
            [CREATE, LIST, discard_call("existing-draft"), CREATE, LIST, discard_call("again")],
        ),
        (OnExisting.RAISE, [exists(), [], exists(), []], [CREATE, LIST, CREATE, LIST]),
        (OnExisting.REUSE, [exists(), [], exists(), []], [CREATE, LIST, CREATE, LIST]),
    ],
    ids=["discarded-twice", "vanished-twice-raise", "vanished-twice-reuse"],
)
def test_a_draft_that_keeps_reappearing_is_an_error(
    policy: OnExisting, replies: list[Any], steps: list[Call]
) -> None:
    driver = Driver(open_draft(GROUP, APP, policy))
    with pytest.raises(DraftExistsError, match=f"a draft for app {APP} keeps reappearing"):
        driver.run(*replies)
    assert driver.steps == steps


def test_other_errors_from_create_go_through() -> None:
    failure = ServerError("POST answered 500", status_code=500)
    driver = Driver(open_draft(GROUP, APP, OnExisting.DISCARD))
    with pytest.raises(ServerError) as caught:
        driver.run(failure)
    assert caught.value is failure
    assert driver.steps == [CREATE]


@pytest.mark.parametrize(("group_id", "app_id"), [("", APP), (GROUP, ""), (None, APP), (GROUP, 3)])
def test_open_draft_refuses_missing_ids_before_any_call(group_id: object, app_id: object) -> None:
    driver = Driver(open_draft(group_id, app_id, OnExisting.RAISE))  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentError, match="must be a non-empty string"):
        driver.run()
    assert driver.steps == []


def test_as_list_accepts_an_array_or_one_object() -> None:
    assert as_list([EXISTING, NEW]) == [EXISTING, NEW]
    assert as_list([]) == []
    assert as_list(EXISTING) == [EXISTING]


@pytest.mark.parametrize(
    ("value", "policy"),
    [
        ("raise", OnExisting.RAISE),
        ("reuse", OnExisting.REUSE),
        ("discard", OnExisting.DISCARD),
        (OnExisting.DISCARD, OnExisting.DISCARD),
    ],
)
def test_on_existing_policy_accepts_the_three_names(value: object, policy: OnExisting) -> None:
    assert on_existing_policy(value) is policy


@pytest.mark.parametrize("value", ["RAISE", "Reuse", "delete", "", " raise", None, 1, True])
def test_on_existing_policy_refuses_anything_else(value: object) -> None:
    with pytest.raises(
        InvalidArgumentError,
        match=rf"^on_existing must be one of 'raise', 'reuse', 'discard', not {value!r}$",
    ):
        on_existing_policy(value)


# ---------------------------------------------------------------------------- deploy

DRAFT_ID = "6d0000000000000000000001"
DEPLOY = Call("drafts.deploy_draft", {**IDS, "draft_id": DRAFT_ID})


def started(status: str) -> Deployment:
    return Deployment.from_dict({"_id": "dep-1", "status": status})


def test_deploy_without_waiting_returns_the_new_deployment() -> None:
    created = started("created")
    driver = Driver(deploy(GROUP, APP, DRAFT_ID, wait=False, timeout=60))
    assert driver.run(created) is created
    assert driver.steps == [DEPLOY]


def test_deploy_and_wait_polls_until_final() -> None:
    final = started("successful")
    driver = Driver(deploy(GROUP, APP, DRAFT_ID, wait=True, timeout=60))
    assert driver.run(started("created"), None, final) is final
    assert driver.steps == [
        DEPLOY,
        Sleep(0.25),
        Call("deployments.get_deployment", {**IDS, "deployment_id": "dep-1"}),
    ]


@pytest.mark.parametrize(
    ("draft_id", "timeout", "message"),
    [
        ("", 60, "draft_id must be a non-empty string"),
        (None, 60, "draft_id must be a non-empty string"),
        (DRAFT_ID, 0, "timeout must be a positive number"),
        (DRAFT_ID, "60", "timeout must be a positive number"),
    ],
)
def test_deploy_refuses_bad_arguments_before_any_call(
    draft_id: object, timeout: object, message: str
) -> None:
    driver = Driver(deploy(GROUP, APP, draft_id, wait=False, timeout=timeout))  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentError, match=message):
        driver.run()
    assert driver.steps == []


# ---------------------------------------------------------------------------- _discard_after


def test_discard_after_an_error_discards_the_draft() -> None:
    block_error = RuntimeError("the block failed")
    driver = Driver(_discard_after(GROUP, APP, DRAFT_ID, block_error))
    assert driver.run(None) is None
    assert driver.steps == [discard_call(DRAFT_ID)]
    assert getattr(block_error, "__notes__", []) == []


def test_a_failed_discard_is_noted_on_the_block_s_error() -> None:
    block_error = RuntimeError("the block failed")
    failure = NotFoundError("DELETE answered 404: draft not found", status_code=404)
    driver = Driver(_discard_after(GROUP, APP, DRAFT_ID, block_error))
    assert driver.run(failure) is None  # the block's error is the one the caller sees
    assert block_error.__notes__ == [
        f"stitch-admin: draft {DRAFT_ID} could not be discarded: DELETE answered 404: draft not found"
    ]


def test_a_non_stitch_error_during_discard_is_not_swallowed() -> None:
    driver = Driver(_discard_after(GROUP, APP, DRAFT_ID, RuntimeError("the block failed")))
    with pytest.raises(KeyboardInterrupt):
        driver.run(KeyboardInterrupt())
