"""Arguments that cannot be sent are InvalidArgumentErrors naming the argument, raised before
anything is sent: numbers JSON has no words for (NaN, infinities), and text UTF-8 cannot encode
(a lone surrogate, as ``os.fsdecode`` makes from undecodable file names)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from stitch_admin_client.api.logs import list_logs
from stitch_admin_client.api.values import create_value, update_value
from stitch_admin_client.models import ValueInput
from support.fake_auth import PRIVATE_KEY, PUBLIC_KEY, FakeAuthService

from stitch_admin_ext import AsyncStitchAdmin, StitchAdmin, errors

BASE = "https://stitch.example"
G, A, V = "5e8f00000000000000000001", "6a7b8c9d0e1f2a3b4c5d6e7f", "0123456789abcdef01234567"
LONE = "caf\udce9"  # what os.fsdecode gives for the Latin-1 bytes b"caf\xe9"


def sent(service: FakeAuthService) -> list[str]:
    return [f"{seen.method} {seen.path}" for seen in service.seen if "/auth/" not in seen.path]


@pytest.mark.parametrize(
    ("body", "named"),
    [
        (ValueInput(name="v", value=float("nan")), r"body\['value'\]"),
        (
            ValueInput(name="v", value={"limits": [1, float("inf")]}),
            r"body\['value'\]\['limits'\]\[1\]",
        ),
        (ValueInput(name="v", value=-float("inf")), r"body\['value'\]"),
        (ValueInput(name=LONE, value=1), r"body\['name'\]"),
        (ValueInput(name="v", value={LONE: 1}), r"body\['value'\]"),
    ],
    ids=["nan", "nested-infinity", "minus-infinity", "surrogate", "surrogate-key"],
)
def test_a_body_json_cannot_carry_is_an_invalid_argument(
    admin: StitchAdmin, service: FakeAuthService, body: ValueInput, named: str
) -> None:
    with pytest.raises(errors.InvalidArgumentError, match=named) as caught:
        create_value.sync(G, A, client=admin.client, body=body)
    assert "POST" in str(caught.value)
    with pytest.raises(errors.InvalidArgumentError, match=named):
        update_value.sync(G, A, V, client=admin.client, body=body)
    assert sent(service) == []


@pytest.mark.anyio
async def test_a_body_json_cannot_carry_is_an_invalid_argument_async(
    service: FakeAuthService,
) -> None:
    async with await AsyncStitchAdmin.login(
        PUBLIC_KEY, PRIVATE_KEY, base_url=BASE, transport=httpx.MockTransport(service)
    ) as admin:
        with pytest.raises(errors.InvalidArgumentError, match=r"body\['value'\]"):
            await create_value.asyncio(
                G, A, client=admin.client, body=ValueInput(name="v", value=float("nan"))
            )
    assert sent(service) == []


def test_a_query_parameter_utf8_cannot_encode_is_an_invalid_argument(
    admin: StitchAdmin, service: FakeAuthService
) -> None:
    with pytest.raises(errors.InvalidArgumentError, match="user_id"):
        list_logs.sync(G, A, client=admin.client, user_id=LONE)
    with pytest.raises(errors.InvalidArgumentError, match="user_id"):
        list(admin.iter_logs(G, A, user_id=LONE))
    assert sent(service) == []


@pytest.mark.parametrize(
    ("call", "named"),
    [
        (lambda admin: admin.upload_asset(G, A, f"/{LONE}.html", b"x"), "path"),
        (lambda admin: admin.upload_asset(G, A, "/a.html", b"x", attrs={"X-Name": LONE}), "attrs"),
        (lambda admin: admin.upload_asset(LONE, A, "/a.html", b"x"), "group_id"),
        (lambda admin: admin.export_app(G, LONE), "app_id"),
        (lambda admin: list(admin.iter_logs(LONE, A)), "group_id"),
        (lambda admin: admin.draft(G, LONE), "app_id"),
        (lambda admin: admin.deploy_draft(G, A, LONE), "draft_id"),
    ],
    ids=[
        "asset-path",
        "asset-attribute",
        "upload-group",
        "export-app",
        "logs-group",
        "draft-app",
        "draft-id",
    ],
)
def test_sdk_arguments_utf8_cannot_encode_are_invalid_arguments(
    admin: StitchAdmin, service: FakeAuthService, call: Any, named: str
) -> None:
    with pytest.raises(errors.InvalidArgumentError, match=named) as caught:
        call(admin)
    assert "surrogate" in str(caught.value)
    assert sent(service) == []


@pytest.mark.parametrize(
    ("kwargs", "named"),
    [
        ({"username": LONE, "api_key": PRIVATE_KEY}, "username"),
        ({"username": PUBLIC_KEY, "api_key": PRIVATE_KEY + LONE}, "api_key"),
        ({"username": PUBLIC_KEY, "password": LONE, "provider": "local"}, "password"),
    ],
    ids=["username", "api_key", "password"],
)
def test_credentials_utf8_cannot_encode_are_invalid_arguments(
    service: FakeAuthService, kwargs: dict[str, Any], named: str
) -> None:
    with pytest.raises(errors.InvalidArgumentError, match=named) as caught:
        StitchAdmin.login(base_url=BASE, transport=httpx.MockTransport(service), **kwargs)
    assert PRIVATE_KEY not in str(caught.value)
    assert service.seen == []
