"""Every error class, produced by the emulator's real answers; and no secret anywhere in the text.

The secrets check runs a demo-like flow at DEBUG level with every log record captured, then
looks for each credential and token the session ever used in the logs, the reprs of every
extension object, and the text of every exception.
"""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest
from stitch_admin_client.api.apps import get_app, list_apps
from stitch_admin_client.api.drafts import create_draft
from stitch_admin_client.api.functions import create_function, execute_function
from stitch_admin_client.api.values import create_value
from stitch_admin_client.models import ExecuteFunctionRequest, FunctionInput, ValueInput
from support.control import Control

from stitch_admin_emulator import RunningEmulator
from stitch_admin_ext import RetryPolicy, StitchAdmin, errors

from .conftest import login

MISSING = "5e8f00000000000000000abc"


def raised(call: Any) -> errors.StitchAdminError:
    with pytest.raises(errors.StitchAdminError) as caught:
        call()
    return caught.value


def test_every_error_class_from_real_answers(
    emulator: RunningEmulator, admin: StitchAdmin, control: Control, app_id: str
) -> None:
    group = emulator.group_id
    client = admin.client
    found: dict[type[errors.StitchAdminError], errors.StitchAdminError] = {}

    def record(error: errors.StitchAdminError) -> None:
        found[type(error)] = error

    both = ExecuteFunctionRequest(name="f")
    record(
        raised(
            lambda: execute_function.sync(
                group, app_id, client=client, body=both, run_as_system=True, user_id="u"
            )
        )
    )
    record(
        raised(lambda: StitchAdmin.login(emulator.public_key, "wrong", base_url=emulator.base_url))
    )
    record(raised(lambda: get_app.sync(group, MISSING, client=client)))
    create_value.sync(group, app_id, client=client, body=ValueInput(name="taken"))
    record(
        raised(
            lambda: create_value.sync(group, app_id, client=client, body=ValueInput(name="taken"))
        )
    )
    create_draft.sync(group, app_id, client=client)
    record(raised(lambda: create_draft.sync(group, app_id, client=client)))
    with login(emulator, retry=False) as no_retry:
        control.fault("status", method="GET", path="/groups/*/apps", status=429, retry_after="7")
        record(raised(lambda: list_apps.sync(group, client=no_retry.client)))
        control.fault("status", method="GET", path="/groups/*/apps", status=500)
        record(raised(lambda: list_apps.sync(group, client=no_retry.client)))
        control.fault(
            "status", method="GET", path="/groups/*/apps", status=200, body={"not": "a list"}
        )
        record(raised(lambda: list_apps.sync(group, client=no_retry.client)))
        control.fault("drop", method="GET", path="/groups/*/apps")
        record(raised(lambda: list_apps.sync(group, client=no_retry.client)))
    with login(emulator, retry=False, timeout=0.2) as impatient:
        control.fault("delay", method="GET", path="/groups/*/apps", delay=1.0)
        record(raised(lambda: list_apps.sync(group, client=impatient.client)))

    assert set(found) == {
        errors.BadRequestError,
        errors.AuthenticationError,
        errors.NotFoundError,
        errors.ConflictError,
        errors.DraftExistsError,
        errors.RateLimitError,
        errors.ServerError,
        errors.UnexpectedResponseError,
        errors.TransportError,
        errors.RequestTimeoutError,
    }
    assert found[errors.NotFoundError].error_code
    assert found[errors.RateLimitError].retry_after == 7  # type: ignore[attr-defined]
    assert found[errors.DraftExistsError].error_code == "DraftAlreadyExists"
    for error in found.values():
        assert str(error)
        assert isinstance(error, errors.StitchAdminError)


def test_no_secret_in_logs_reprs_or_errors_at_debug_level(
    emulator: RunningEmulator, control: Control, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    tokens: set[str] = set()

    def remember(request: httpx.Request) -> None:
        authorization = request.headers.get("authorization", "")
        if authorization:
            tokens.add(authorization.removeprefix("Bearer "))

    texts: list[str] = []
    group = emulator.group_id
    with login(
        emulator, retry=RetryPolicy(backoff_factor=0.01), event_hooks={"request": [remember]}
    ) as admin:
        from stitch_admin_client.api.apps import create_app  # noqa: PLC0415
        from stitch_admin_client.models import AppCreate  # noqa: PLC0415

        app = create_app.sync(group, client=admin.client, body=AppCreate(name="secrets"))
        control.expire_tokens()  # a refresh, with its tokens in flight
        with admin.draft(group, app.id) as draft:
            create_function.sync(
                group,
                app.id,
                client=admin.client,
                body=FunctionInput(name="f", source="exports = () => 1;"),
            )
            texts.append(repr(draft))
        control.fault("status", method="GET", path="/groups/*/apps/*", status=503, times=1)
        get_app.sync(group, app.id, client=admin.client)
        texts += [str(raised(lambda: get_app.sync(group, MISSING, client=admin.client)))]
        texts += [repr(admin), repr(admin.client), repr(admin._session), repr(admin._session.auth)]
        texts += [
            repr(admin._session.state),
            repr(admin._session.state.current()),
            repr(admin._session.credentials),
        ]
        texts += [repr(admin._session.factory)]
        list(admin.iter_logs(group, app.id))
        admin.logout()
        texts.append(str(raised(lambda: list_apps.sync(group, client=admin.client))))
    texts.append(
        str(
            raised(
                lambda: StitchAdmin.login(
                    emulator.public_key, emulator.private_key + "x", base_url=emulator.base_url
                )
            )
        )
    )
    assert len(tokens) >= 3  # access, refreshed access and refresh tokens were all used
    secrets = {emulator.private_key, emulator.private_key + "x", *tokens}
    logged = caplog.text
    assert "refreshes=1" in logged
    for secret in secrets:
        assert secret not in logged
        for text in texts:
            assert secret not in text
