"""The application's users, their devices, and pending email/password registrations.

Devices come from the control endpoint (the emulator has no client logins); revoking a user's
sessions marks each of their devices `session_active: false`, as disabling the user does.

Pending registrations also come from the control endpoint. Confirming one makes it an
email/password user. Running the confirmation again runs the email/password provider's
confirmation function, if it has one, and applies its answer (`success` confirms, `fail`
drops the registration, `pending` leaves it); otherwise it sends the confirmation email again.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Coroutine
from typing import Any

from starlette.responses import Response

from stitch_admin_emulator import ids, timestamps, usage
from stitch_admin_emulator.api.common import APP, find
from stitch_admin_emulator.api.execution import SYSTEM_USER
from stitch_admin_emulator.app_config import AppConfig, Document
from stitch_admin_emulator.errors import bad_request, conflict, not_found
from stitch_admin_emulator.js_runtime import Job
from stitch_admin_emulator.responses import created, json_response, no_content
from stitch_admin_emulator.routing import Call, OperationTable
from stitch_admin_emulator.state import AppRecord

table = OperationTable()

USERS = f"{APP}/users"
USER = f"{USERS}/{{uid}}"
REGISTRATION = f"{APP}/user_registrations/by_email/{{email}}"
PASSWORD_LENGTHS = range(6, 129)
PENDING_PAGE_SIZE = 50


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
    if _user_with_email(call.app, email) is not None:
        raise conflict(f"a user with email '{email}' already exists", "UserAlreadyExists")
    return created(_add_userpass_user(call.app, email))


def _userpass_provider(config: AppConfig) -> Document | None:
    return next((p for p in config.auth_providers.values() if p["type"] == "local-userpass"), None)


def _user_with_email(app: AppRecord, email: str) -> Document | None:
    return next((u for u in app.users.values() if u["data"].get("email") == email), None)


def _add_userpass_user(app: AppRecord, email: str) -> Document:
    """A new email/password user (confirmed: any pending registration of the address goes)."""
    provider = _userpass_provider(app.deployed)
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
    app.users[user_id] = user
    app.pending_users.pop(email, None)
    return user


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


@table.operation("PATCH", f"{USER}/reset_email")
def reset_user_email(call: Call) -> Response:
    user, email = _user(call), call.body["email"].strip()
    identities = [i for i in user["identities"] if i.get("provider_type") == "local-userpass"]
    if not identities:
        raise bad_request("the user has no email/password identity")
    other = _user_with_email(call.app, email)
    if (other is not None and other["_id"] != user["_id"]) or email in call.app.pending_users:
        raise bad_request(f"a user with email '{email}' already exists", "UserAlreadyExists")
    for identity in identities:
        identity.setdefault("provider_data", {})["email"] = email
    user["data"]["email"] = email
    return no_content()


def pending_id(app: AppRecord, pending: Document) -> str:
    """A registration's id: given when it was made, else stable for its app and address."""
    given = pending.get("_id")
    if isinstance(given, str):
        return given
    return hashlib.sha256(f"{app.id}/{pending['email']}".encode()).hexdigest()[:24]


@table.operation("GET", f"{APP}/user_registrations/pending_users")
def list_pending_users(call: Call) -> Response:
    after = call.query("after")
    app = call.app
    listed: list[Document] = sorted(
        (
            {
                "_id": pending_id(app, pending),
                "user_id": "",
                "domain_id": app.domain_id,
                "login_ids": [{"id_type": "email", "id": pending["email"]}],
            }
            for pending in app.pending_users.values()
        ),
        key=lambda pending: str(pending["_id"]),
    )
    if after is not None:
        listed = [pending for pending in listed if pending["_id"] > after]
    return json_response(listed[:PENDING_PAGE_SIZE])


@table.operation("POST", f"{REGISTRATION}/confirm")
def confirm_pending_user(call: Call) -> Response:
    _add_userpass_user(call.app, _pending(call)["email"])
    return no_content()


@table.operation("POST", f"{REGISTRATION}/run_confirm")
def rerun_user_confirmation(call: Call) -> Response | Coroutine[Any, Any, Response]:
    provider = _userpass_provider(call.app.deployed)
    if provider is None or provider.get("disabled"):
        raise bad_request("email/password authentication is not enabled", "AuthProviderNotFound")
    email = call.params["email"]
    if _user_with_email(call.app, email) is not None:
        raise bad_request(f"'{email}' is already confirmed", "UserAlreadyConfirmed")
    pending = _pending(call)
    config = provider.get("config", {})
    if not config.get("runConfirmationFunction"):
        pending["confirmation_emails_sent"] = pending.get("confirmation_emails_sent", 0) + 1
        pending["last_confirmation_sent"] = timestamps.format_ms(timestamps.now_ms())
        return Response(status_code=202)
    function = call.app.deployed.function_named(config.get("confirmationFunctionName", ""))
    if function is None:
        raise bad_request(
            "the email/password provider's confirmation function does not exist",
            "FunctionNotFound",
        )
    deployed = call.app.deployed
    job = Job(
        function["source"],
        arguments=[{"token": ids.secret(), "tokenId": ids.object_id(), "username": email}],
        values={value["name"]: value.get("value") for value in deployed.values.values()},
        functions={f["name"]: f["source"] for f in deployed.functions.values()},
        user=SYSTEM_USER,
    )
    return _confirm_by_function(call, email, function, job)


async def _confirm_by_function(call: Call, email: str, function: Document, job: Job) -> Response:
    started_ms = timestamps.now_ms()
    call.emulator.counters.function_runs += 1
    run = await call.emulator.runner.run(job)
    status = run.result.get("status") if isinstance(run.result, dict) else None
    entry: Document = {
        "_id": ids.object_id(),
        "co_id": ids.object_id(),
        "type": "FUNCTION",
        "app_id": call.app.id,
        "group_id": call.app.group_id,
        "domain_id": call.app.domain_id,
        "function_name": function["name"],
        "function_id": function["_id"],
        "messages": run.logs,
        "started": timestamps.format_ms(started_ms),
        "completed": timestamps.format_ms(timestamps.now_ms()),
    }
    if run.error is not None:
        entry |= {"error": run.error.get("message", ""), "error_code": "FunctionExecutionError"}
    with call.store.transaction() as transaction:
        app = call.store.apps.get(call.app.id)
        if app is not None:
            transaction.touch(app)
            transaction.add_logs(app, [(started_ms, entry)])
            usage.record_function_run(app, run.seconds * 1000)
            if email in app.pending_users and _user_with_email(app, email) is None:
                if status == "success":
                    _add_userpass_user(app, email)
                elif status == "fail":
                    del app.pending_users[email]
    return Response(status_code=202)
