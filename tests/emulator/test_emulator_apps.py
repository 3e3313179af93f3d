"""Applications within groups, and who may reach them."""

from __future__ import annotations

import re

import httpx
import pytest
from conftest import client_for, login

from stitch_admin_emulator import RunningEmulator

OTHER_GROUP = "5e8f000000000000000000ff"


def test_create_list_get_and_delete_an_app(api: httpx.Client, group: str) -> None:
    assert api.get(f"{group}/apps").json() == []
    response = api.post(f"{group}/apps", json={"name": "shop", "location": "IE"})
    assert response.status_code == 201
    created = response.json()
    assert re.fullmatch(r"[0-9a-f]{24}", created["_id"])
    assert re.fullmatch(r"shop-[a-z]{5}", created["client_app_id"])
    assert created["location"] == "IE"
    assert created["group_id"] == group.rsplit("/", 1)[1]
    assert api.get(f"{group}/apps").json() == [created]
    assert api.get(f"{group}/apps/{created['_id']}").json() == created
    assert api.delete(f"{group}/apps/{created['_id']}").status_code == 204
    gone = api.get(f"{group}/apps/{created['_id']}")
    assert gone.status_code == 404
    assert gone.json()["error_code"] == "AppNotFound"
    assert api.get(f"{group}/apps").json() == []


def test_app_names_are_unique_within_a_group(api: httpx.Client, group: str) -> None:
    assert api.post(f"{group}/apps", json={"name": "twice"}).status_code == 201
    second = api.post(f"{group}/apps", json={"name": "twice"})
    assert second.status_code == 409
    assert "twice" in second.json()["error"]


@pytest.mark.parametrize("name", ["", "has space", "slash/name", "é", "a" * 33])
def test_app_names_are_checked(api: httpx.Client, group: str, name: str) -> None:
    assert api.post(f"{group}/apps", json={"name": name}).status_code == 400


def test_an_app_name_may_have_32_characters(api: httpx.Client, group: str) -> None:
    assert api.post(f"{group}/apps", json={"name": "a-" + "b" * 30}).status_code == 201


def test_defaults_true_creates_default_providers_and_service(api: httpx.Client, group: str) -> None:
    plain = api.post(f"{group}/apps", json={"name": "plain"}, params={"defaults": "false"}).json()
    full = api.post(f"{group}/apps", json={"name": "full"}, params={"defaults": "true"}).json()
    plain_path, full_path = f"{group}/apps/{plain['_id']}", f"{group}/apps/{full['_id']}"
    assert api.get(f"{plain_path}/auth_providers").json() == []
    assert api.get(f"{plain_path}/services").json() == []
    providers = api.get(f"{full_path}/auth_providers").json()
    assert {p["type"] for p in providers} == {"api-key", "anon-user"}
    assert [s["type"] for s in api.get(f"{full_path}/services").json()] == ["mongodb-atlas"]
    bad = api.post(f"{group}/apps", json={"name": "bad"}, params={"defaults": "maybe"})
    assert bad.status_code == 400


@pytest.mark.parametrize("app_id", ["0123456789abcdef01234567", "not-an-id", "0" * 25])
def test_unknown_or_malformed_app_ids_are_not_found(
    api: httpx.Client, group: str, app_id: str
) -> None:
    for path in ("", "/functions", "/logs", "/drafts", "/hosting/assets"):
        response = api.get(f"{group}/apps/{app_id}{path}")
        assert response.status_code == 404
        assert response.json()["error_code"] == "AppNotFound"


def test_groups_the_administrator_is_not_in_are_refused(
    emulator: RunningEmulator, api: httpx.Client, group: str, app: str, control: httpx.Client
) -> None:
    control.post(
        "/admins",
        json={"public_key": "other", "private_key": "secret", "group_ids": [OTHER_GROUP]},
    )
    with client_for(emulator, login(emulator, "other", "secret")["access_token"]) as other:
        # A group that exists (someone is in it) but not for this caller: 403 where documented.
        assert other.get(f"{group}/apps").status_code == 403
        assert other.post(f"{group}/apps", json={"name": "intruder"}).status_code == 403
        for path in (app, f"{app}/functions", f"{app}/export"):
            response = other.get(path)
            assert response.status_code == 404
            assert response.json()["error_code"] == "GroupNotFound"
        own = other.post(f"/groups/{OTHER_GROUP}/apps", json={"name": "theirs"}).json()
    # A group nobody is in is simply not found.
    nowhere = api.get("/groups/5e8f0000000000000000abcd/apps")
    assert nowhere.status_code == 404
    assert nowhere.json()["error_code"] == "GroupNotFound"
    # An app id from another group is not found through this caller's group.
    crossed = api.get(f"{group}/apps/{own['_id']}")
    assert crossed.status_code == 404
    assert crossed.json()["error_code"] == "AppNotFound"
    assert api.get(f"/groups/{OTHER_GROUP}/apps/{own['_id']}").status_code == 404
