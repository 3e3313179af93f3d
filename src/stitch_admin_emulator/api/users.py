"""The application's users, their devices, and pending email/password registrations.

Devices come from the control endpoint (the emulator has no client logins); revoking a user's
sessions marks each of their devices `session_active: false`, as disabling the user does.
"""

from __future__ import annotations

import time

from starlette.responses import Response

from stitch_admin_emulator import ids, timestamps
from stitch_admin_emulator.api.common import APP, find
from stitch_admin_emulator.app_config import Document
from stitch_admin_emulator.errors import bad_request, conflict, not_found
from stitch_admin_emulator.responses import created, json_response, no_content
from stitch_admin_emulator.routing import Call, OperationTable

table = OperationTable()

USERS = f"{APP}/users"
USER = f"{USERS}/{{uid}}"
REGISTRATION = f"{APP}/user_registrations/by_email/{{email}}"
PASSWORD_LENGTHS = range(6, 129)


def _user(call: Call) -> Document:
    user: Document = find(call.app.users, call.params["uid"], "user", "UserNotFound")
    return user


def _pending(call: Call) -> Document:
    pending = call.app.pending_users.get(call.params["email"])
    if pending is None:
        raise not_found("pending user registration", "UserNotFound")
    return pending


def _end_sessions(call: Call, user: Document) -> None:
    for device in call.app.devices.get(user["_id"], []):
        device["session_active"] = False


@table.operation("GET", USERS)
def list_users(call: Call) -> Response:
    return json_response(list(call.app.users.values()))


@table.operation("POST", USERS)
def create_user(call: Call) -> Response:
    email, password = call.body["email"].strip(), call.body["password"]
    if "@" not in email:
        raise bad_request("'email' must be an email address")
    if len(password) not in PASSWORD_LENGTHS:
        raise bad_request("'password' must be between 6 and 128 characters long")
    if any(user["data"].get("email") == email for user in call.app.users.values()):
        raise conflict(f"a user with email '{email}' already exists", "UserAlreadyExists")
    provider = next(
        (p for p in call.app.deployed.auth_providers.values() if p["type"] == "local-userpass"),
        None,
    )
    user_id = ids.object_id()
    user = {
        "_id": user_id,
        "identities": [
            {
                "id": ids.object_id(),
                "provider_type": "local-userpass",
                "provider_id": "" if provider is None else provider["_id"],
                "provider_data": {"email": email},
            }
        ],
        "type": "normal",
        "creation_date": int(time.time()),
        "last_authentication_date": 0,
        "disabled": False,
        "data": {"email": email},
    }
    call.app.users[user_id] = user
    call.app.pending_users.pop(email, None)
    return created(user)


@table.operation("GET", USER)
def get_user(call: Call) -> Response:
    return json_response(_user(call))


@table.operation("DELETE", USER)
def delete_user(call: Call) -> Response:
    user = _user(call)
    del call.app.users[user["_id"]]
    call.app.devices.pop(user["_id"], None)
    return no_content()


@table.operation("GET", f"{USER}/devices")
def list_user_devices(call: Call) -> Response:
    return json_response(call.app.devices.get(_user(call)["_id"], []))


@table.operation("PUT", f"{USER}/logout")
def revoke_user_sessions(call: Call) -> Response:
    _end_sessions(call, _user(call))
    return no_content()


@table.operation("PUT", f"{USER}/enable")
def enable_user(call: Call) -> Response:
    _user(call)["disabled"] = False
    return no_content()


@table.operation("PUT", f"{USER}/disable")
def disable_user(call: Call) -> Response:
    user = _user(call)
    user["disabled"] = True
    _end_sessions(call, user)
    return no_content()


@table.operation("DELETE", REGISTRATION)
def delete_pending_user(call: Call) -> Response:
    del call.app.pending_users[_pending(call)["email"]]
    return no_content()


@table.operation("POST", f"{REGISTRATION}/send_confirm")
def send_confirmation_email(call: Call) -> Response:
    pending = _pending(call)
    pending["confirmation_emails_sent"] += 1
    pending["last_confirmation_sent"] = timestamps.format_ms(timestamps.now_ms())
    return no_content()
