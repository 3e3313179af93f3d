"""App users' tokens, email changes, and pending registrations: listing, confirming, and
running the confirmation again."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from stitch_admin_emulator import ControlError, RunningEmulator

MISSING_ID = "0123456789abcdef01234567"


def created(response: httpx.Response) -> dict[str, Any]:
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


def user(api: httpx.Client, app: str, email: str = "ada@example.com") -> dict[str, Any]:
    return created(api.post(f"{app}/users", json={"email": email, "password": "secret1"}))


def app_id(app: str) -> str:
    return app.rsplit("/", 1)[1]


def test_verify_token_answers_the_claims_of_a_token_the_app_issued(
    emulator: RunningEmulator, api: httpx.Client, app: str
) -> None:
    ada = user(api, app)
    issued = emulator.user_access_token(app_id(app), ada["_id"], device_id="phone")
    assert "access_token" not in repr(issued)
    answer = api.post(f"{app}/users/verify_token", json={"token": issued.access_token})
    assert answer.status_code == 200, answer.text
    claims = answer.json()
    assert claims["sub"] == ada["_id"]
    assert claims["device_id"] == "phone"
    assert claims["exp"] == issued.expires
    assert claims["exp"] - claims["iat"] == 1800
    assert claims["data"] == {"email": "ada@example.com"}


def test_verify_token_says_when_a_token_expired(
    emulator: RunningEmulator, api: httpx.Client, app: str
) -> None:
    ada = user(api, app)
    issued = emulator.user_access_token(app_id(app), ada["_id"], expires_in=-1)
    answer = api.post(f"{app}/users/verify_token", json={"token": issued.access_token})
    assert (answer.status_code, answer.json()) == (200, "token expired")


def test_verify_token_refuses_tokens_the_app_did_not_issue_or_whose_user_is_gone(
    emulator: RunningEmulator, api: httpx.Client, app: str, group: str, tokens: dict[str, Any]
) -> None:
    ada = user(api, app)
    issued = emulator.user_access_token(app_id(app), ada["_id"]).access_token
    other_app = created(api.post(f"{group}/apps", json={"name": "other"}))
    other_path = f"{group}/apps/{other_app['_id']}"
    for path, token in (
        (app, "not-a-token"),
        (app, tokens["access_token"]),  # the administrator's own token is no user token
        (other_path, issued),
    ):
        refused = api.post(f"{path}/users/verify_token", json={"token": token})
        assert (refused.status_code, refused.json()["error_code"]) == (400, "InvalidToken")
    assert api.put(f"{app}/users/{ada['_id']}/disable").status_code == 204
    disabled = api.post(f"{app}/users/verify_token", json={"token": issued})
    assert "disabled" in disabled.json()["error"]
    assert api.delete(f"{app}/users/{ada['_id']}").status_code == 204
    gone = api.post(f"{app}/users/verify_token", json={"token": issued})
    assert gone.status_code == 400
    with pytest.raises(ControlError) as missing:
        emulator.user_access_token(app_id(app), ada["_id"])
    assert missing.value.status == 404


def test_reset_email_changes_the_login_address(api: httpx.Client, app: str) -> None:
    ada = user(api, app)
    path = f"{app}/users/{ada['_id']}/reset_email"
    assert api.patch(path, json={"email": "lovelace@example.com"}).status_code == 204
    changed = api.get(f"{app}/users/{ada['_id']}").json()
    assert changed["data"]["email"] == "lovelace@example.com"
    assert changed["identities"][0]["provider_data"]["email"] == "lovelace@example.com"
    user(api, app, "grace@example.com")
    taken = api.patch(path, json={"email": "grace@example.com"})
    assert (taken.status_code, taken.json()["error_code"]) == (400, "UserAlreadyExists")
    assert api.patch(path, json={"email": "x" * 120 + "@example.com"}).status_code == 400
    missing = api.patch(f"{app}/users/{MISSING_ID}/reset_email", json={"email": "a@b.c"})
    assert missing.status_code == 404


def pending(control: httpx.Client, app: str, email: str) -> dict[str, Any]:
    return created(control.post(f"{app}/pending_users", json={"email": email}))


def test_pending_users_are_listed_in_pages_of_50(
    api: httpx.Client, app: str, control: httpx.Client
) -> None:
    for n in range(55):
        pending(control, app, f"user{n}@example.com")
    first = api.get(f"{app}/user_registrations/pending_users").json()
    assert len(first) == 50
    assert first[0]["login_ids"] == [{"id_type": "email", "id": "user0@example.com"}]
    assert first[0]["user_id"] == ""
    assert [p["_id"] for p in first] == sorted(p["_id"] for p in first)
    rest = api.get(
        f"{app}/user_registrations/pending_users", params={"after": first[-1]["_id"]}
    ).json()
    assert [p["login_ids"][0]["id"] for p in rest] == [
        f"user{n}@example.com" for n in range(50, 55)
    ]


def test_confirming_a_pending_registration_makes_the_user(
    api: httpx.Client, app: str, control: httpx.Client
) -> None:
    pending(control, app, "new@example.com")
    path = f"{app}/user_registrations/by_email/new@example.com"
    assert api.post(f"{path}/confirm").status_code == 204
    assert api.get(f"{app}/user_registrations/pending_users").json() == []
    users = api.get(f"{app}/users").json()
    assert [u["data"]["email"] for u in users] == ["new@example.com"]
    assert users[0]["identities"][0]["provider_type"] == "local-userpass"
    assert api.post(f"{path}/confirm").status_code == 404


def userpass(api: httpx.Client, app: str, **config: Any) -> None:
    created(api.post(f"{app}/auth_providers", json={"type": "local-userpass", "config": config}))


def test_rerunning_a_confirmation_sends_the_email_again(
    api: httpx.Client, app: str, control: httpx.Client
) -> None:
    path = f"{app}/user_registrations/by_email/new@example.com/run_confirm"
    pending(control, app, "new@example.com")
    assert api.post(path).status_code == 400  # email/password logins are not set up
    userpass(api, app)
    assert api.post(path).status_code == 202
    sent = control.get(f"{app}/pending_users").json()
    assert sent[0]["confirmation_emails_sent"] == 1
    assert (
        api.post(f"{app}/user_registrations/by_email/nobody@example.com/run_confirm").status_code
        == 404
    )
    user(api, app, "ada@example.com")
    confirmed = api.post(f"{app}/user_registrations/by_email/ada@example.com/run_confirm")
    assert confirmed.status_code == 400


@pytest.mark.parametrize(
    ("status", "users", "still_pending"),
    [("success", ["new@example.com"], []), ("fail", [], []), ("pending", [], ["new@example.com"])],
)
def test_rerunning_a_confirmation_function_applies_its_answer(
    api: httpx.Client,
    app: str,
    control: httpx.Client,
    status: str,
    users: list[str],
    still_pending: list[str],
) -> None:
    source = (
        f"exports = ({{username}}) => {{ console.log('confirming ' + username); "
        f"return {{status: '{status}'}}; }};"
    )
    created(api.post(f"{app}/functions", json={"name": "confirm", "source": source}))
    userpass(api, app, runConfirmationFunction=True, confirmationFunctionName="confirm")
    pending(control, app, "new@example.com")
    answer = api.post(f"{app}/user_registrations/by_email/new@example.com/run_confirm")
    assert answer.status_code == 202, answer.text
    assert [u["data"]["email"] for u in api.get(f"{app}/users").json()] == users
    listed = api.get(f"{app}/user_registrations/pending_users").json()
    assert [p["login_ids"][0]["id"] for p in listed] == still_pending
    logs = api.get(f"{app}/logs").json()["logs"]
    assert logs[0]["function_name"] == "confirm"
    assert logs[0]["messages"] == ["confirming new@example.com"]


def test_a_missing_confirmation_function_is_refused(
    api: httpx.Client, app: str, control: httpx.Client
) -> None:
    userpass(api, app, runConfirmationFunction=True, confirmationFunctionName="gone")
    pending(control, app, "new@example.com")
    refused = api.post(f"{app}/user_registrations/by_email/new@example.com/run_confirm")
    assert (refused.status_code, refused.json()["error_code"]) == (400, "FunctionNotFound")
