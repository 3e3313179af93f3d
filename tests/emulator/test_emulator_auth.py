"""Administrator login, tokens, refresh, logout, expiry and profile, as API_FACTS describes."""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from conftest import client_for, login

from stitch_admin_emulator import RunningEmulator

BAD_CREDENTIALS = {
    "error": "failed to authenticate with MongoDB Cloud API: "
    "You are not authorized for this resource."
}
EXPIRED = {"error": "invalid session: access token expired", "error_code": "InvalidSession"}
NO_REFRESH_TOKEN = {
    "error": "invalid session: failed to find refresh token",
    "error_code": "InvalidSession",
}


def claims(token: str) -> dict[str, Any]:
    payload = token.split(".")[1]
    decoded: dict[str, Any] = json.loads(
        base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
    )
    return decoded


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_login_with_an_api_key_pair_answers_both_tokens(emulator: RunningEmulator) -> None:
    tokens = login(emulator)
    assert set(tokens) == {"access_token", "refresh_token", "user_id", "device_id"}
    access, refresh = claims(tokens["access_token"]), claims(tokens["refresh_token"])
    assert access["typ"] == "access"
    assert refresh["typ"] == "refresh"
    assert access["sub"] == refresh["sub"] == tokens["user_id"]
    assert access["exp"] - access["iat"] == pytest.approx(1800)
    assert refresh["exp"] - refresh["iat"] == pytest.approx(60 * 86400)
    assert access["jti"] != refresh["jti"]
    header = json.loads(base64.urlsafe_b64decode(tokens["access_token"].split(".")[0] + "=="))
    assert header == {"alg": "HS256", "typ": "JWT"}


def test_login_with_the_local_provider_uses_username_and_password(
    http: httpx.Client, emulator: RunningEmulator
) -> None:
    response = http.post(
        f"{emulator.api_url}/auth/providers/local/login",
        json={"username": emulator.public_key, "password": emulator.private_key},
    )
    assert response.status_code == 200
    assert response.json()["user_id"] == login(emulator)["user_id"]


@pytest.mark.parametrize(
    ("provider", "body"),
    [
        ("mongodb-cloud", {"username": "stitch-emulator-public", "apiKey": "wrong"}),
        ("mongodb-cloud", {"username": "nobody", "apiKey": "stitch-emulator-private-0000"}),
        ("mongodb-cloud", {"username": "stitch-emulator-public"}),
        ("local", {"username": "stitch-emulator-public", "apiKey": "stitch-emulator-private-0000"}),
        ("local", {"username": "stitch-emulator-public", "password": "wrong"}),
    ],
)
def test_bad_credentials_answer_401_without_an_error_code(
    http: httpx.Client, emulator: RunningEmulator, provider: str, body: dict[str, str]
) -> None:
    response = http.post(f"{emulator.api_url}/auth/providers/{provider}/login", json=body)
    assert response.status_code == 401
    assert response.json() == BAD_CREDENTIALS


def test_an_unknown_login_provider_is_a_bad_request(
    http: httpx.Client, emulator: RunningEmulator
) -> None:
    response = http.post(
        f"{emulator.api_url}/auth/providers/oauth2-google/login",
        json={"username": emulator.public_key, "apiKey": emulator.private_key},
    )
    assert response.status_code == 400
    assert "oauth2-google" in response.json()["error"]


def test_admin_auth_providers_are_listed_without_a_token(
    http: httpx.Client, emulator: RunningEmulator
) -> None:
    response = http.get(f"{emulator.api_url}/auth/providers")
    assert response.status_code == 200
    assert {p["type"] for p in response.json()} == {"mongodb-cloud", "local"}


def test_refresh_answers_201_with_a_new_access_token_and_keeps_the_refresh_token(
    http: httpx.Client, emulator: RunningEmulator, tokens: dict[str, Any]
) -> None:
    first = http.post(f"{emulator.api_url}/auth/session", headers=bearer(tokens["refresh_token"]))
    assert first.status_code == 201
    assert set(first.json()) == {"access_token"}
    fresh = first.json()["access_token"]
    assert fresh != tokens["access_token"]
    assert http.get(f"{emulator.api_url}/auth/profile", headers=bearer(fresh)).status_code == 200
    second = http.post(f"{emulator.api_url}/auth/session", headers=bearer(tokens["refresh_token"]))
    assert second.status_code == 201


def test_an_access_token_is_refused_where_the_refresh_token_belongs(
    http: httpx.Client, emulator: RunningEmulator, tokens: dict[str, Any]
) -> None:
    for method in ("POST", "DELETE"):
        response = http.request(
            method, f"{emulator.api_url}/auth/session", headers=bearer(tokens["access_token"])
        )
        assert response.status_code == 401
        assert response.json() == {"error": "invalid refresh token: incorrect token type"}


def test_a_refresh_token_is_refused_where_an_access_token_belongs(
    http: httpx.Client, emulator: RunningEmulator, tokens: dict[str, Any]
) -> None:
    response = http.get(f"{emulator.api_url}/auth/profile", headers=bearer(tokens["refresh_token"]))
    assert response.status_code == 401
    assert response.json() == {"error": "invalid session: valid Issuer required"}


def test_logout_kills_the_refresh_token_and_the_access_tokens_of_its_session(
    http: httpx.Client, emulator: RunningEmulator, tokens: dict[str, Any]
) -> None:
    other = login(emulator)
    refreshed = http.post(
        f"{emulator.api_url}/auth/session", headers=bearer(tokens["refresh_token"])
    ).json()["access_token"]
    response = http.delete(
        f"{emulator.api_url}/auth/session", headers=bearer(tokens["refresh_token"])
    )
    assert response.status_code == 204
    assert response.content == b""
    again = http.post(f"{emulator.api_url}/auth/session", headers=bearer(tokens["refresh_token"]))
    assert again.status_code == 401
    assert again.json() == NO_REFRESH_TOKEN
    for access_token in (tokens["access_token"], refreshed):
        dead = http.get(f"{emulator.api_url}/auth/profile", headers=bearer(access_token))
        assert dead.status_code == 401
        assert dead.json() == EXPIRED
    # Another session of the same administrator is untouched.
    alive = http.get(f"{emulator.api_url}/auth/profile", headers=bearer(other["access_token"]))
    assert alive.status_code == 200


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer"},
        {"Authorization": "Basic abc"},
        {"Authorization": "Bearer not-a-jwt"},
        {"Authorization": "Bearer a.b.c"},
    ],
)
def test_missing_or_garbage_bearer_tokens_are_invalid_sessions(
    http: httpx.Client, emulator: RunningEmulator, headers: dict[str, str]
) -> None:
    response = http.get(f"{emulator.api_url}/auth/profile", headers=headers)
    assert response.status_code == 401
    assert response.json()["error_code"] == "InvalidSession"


def test_a_token_with_a_forged_signature_is_refused(
    http: httpx.Client, emulator: RunningEmulator, tokens: dict[str, Any]
) -> None:
    header, payload, signature = tokens["access_token"].split(".")
    forged_claims = claims(tokens["access_token"]) | {"exp": time.time() + 10**6}
    forged_payload = (
        base64.urlsafe_b64encode(json.dumps(forged_claims).encode()).rstrip(b"=").decode()
    )
    for token in (
        f"{header}.{forged_payload}.{signature}",
        f"{header}.{payload}.{signature[::-1]}",
    ):
        response = http.get(f"{emulator.api_url}/auth/profile", headers=bearer(token))
        assert response.status_code == 401
        assert response.json()["error_code"] == "InvalidSession"


def test_a_token_of_another_emulator_is_refused(
    http: httpx.Client, start_emulator: Callable[..., RunningEmulator], tokens: dict[str, Any]
) -> None:
    other = start_emulator()
    response = http.get(f"{other.api_url}/auth/profile", headers=bearer(tokens["access_token"]))
    assert response.status_code == 401
    assert response.json()["error_code"] == "InvalidSession"


def wait_until_past(instant: float) -> None:
    time.sleep(max(instant - time.time(), 0) + 0.01)


def test_access_tokens_expire_after_their_ttl_and_refresh_brings_a_new_one(
    http: httpx.Client,
    start_emulator: Callable[..., RunningEmulator],
) -> None:
    emulator = start_emulator(access_token_ttl=0.5)
    tokens = login(emulator)
    profile = f"{emulator.api_url}/auth/profile"
    assert http.get(profile, headers=bearer(tokens["access_token"])).status_code == 200
    wait_until_past(claims(tokens["access_token"])["exp"])
    expired = http.get(profile, headers=bearer(tokens["access_token"]))
    assert expired.status_code == 401
    assert expired.json() == EXPIRED
    refreshed = http.post(
        f"{emulator.api_url}/auth/session", headers=bearer(tokens["refresh_token"])
    )
    assert refreshed.status_code == 201
    assert http.get(profile, headers=bearer(refreshed.json()["access_token"])).status_code == 200


def test_refresh_tokens_expire_after_their_ttl(
    http: httpx.Client, start_emulator: Callable[..., RunningEmulator]
) -> None:
    emulator = start_emulator(refresh_token_ttl=0.5)
    tokens = login(emulator)
    wait_until_past(claims(tokens["refresh_token"])["exp"])
    response = http.post(
        f"{emulator.api_url}/auth/session", headers=bearer(tokens["refresh_token"])
    )
    assert response.status_code == 401
    assert response.json() == NO_REFRESH_TOKEN


def test_the_control_endpoint_expires_every_access_token_issued_so_far(
    http: httpx.Client, emulator: RunningEmulator, tokens: dict[str, Any], control: httpx.Client
) -> None:
    other = login(emulator)
    assert control.post("/tokens/expire").status_code == 204
    for access_token in (tokens["access_token"], other["access_token"]):
        response = http.get(f"{emulator.api_url}/auth/profile", headers=bearer(access_token))
        assert response.status_code == 401
        assert response.json() == EXPIRED
    refreshed = http.post(
        f"{emulator.api_url}/auth/session", headers=bearer(tokens["refresh_token"])
    )
    fresh = refreshed.json()["access_token"]
    assert http.get(f"{emulator.api_url}/auth/profile", headers=bearer(fresh)).status_code == 200


def test_profile_lists_a_group_owner_role_per_group(
    emulator: RunningEmulator, api: httpx.Client, control: httpx.Client
) -> None:
    profile = api.get("/auth/profile").json()
    assert profile["type"] == "normal"
    assert profile["roles"] == [{"role_name": "GROUP_OWNER", "group_id": emulator.group_id}]
    assert {"email", "name"} <= set(profile["data"])
    assert profile["identities"][0]["provider_type"] == "mongodb-cloud"
    groups = ["5e8f00000000000000000002", "5e8f00000000000000000003"]
    added = control.post(
        "/admins", json={"public_key": "second", "private_key": "pw", "group_ids": groups}
    )
    assert added.status_code == 201
    tokens = login(emulator, "second", "pw")
    with client_for(emulator, tokens["access_token"]) as second:
        roles = second.get("/auth/profile").json()["roles"]
    assert roles == [{"role_name": "GROUP_OWNER", "group_id": group} for group in groups]
    assert tokens["user_id"] == added.json()["user_id"] != profile["user_id"]
