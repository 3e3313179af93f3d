"""Administrator login, refresh, logout and profile: `/auth/...`."""

from __future__ import annotations

from starlette.responses import Response

from stitch_admin_emulator.errors import bad_request
from stitch_admin_emulator.responses import created, json_response, no_content
from stitch_admin_emulator.routing import Call, OperationTable

table = OperationTable()

# The field that carries the secret, per administrator authentication provider.
SECRET_FIELDS = {"mongodb-cloud": "apiKey", "local": "password"}


@table.operation("GET", "/auth/providers")
def list_admin_auth_providers(call: Call) -> Response:
    return json_response(call.store.sessions.providers)


@table.operation("POST", "/auth/providers/{provider}/login")
def login(call: Call) -> Response:
    secret_field = SECRET_FIELDS.get(call.params["provider"])
    if secret_field is None:
        raise bad_request(
            f"unknown administrator authentication provider '{call.params['provider']}'",
            "AuthProviderNotFound",
        )
    tokens = call.store.sessions.login(call.body["username"], call.body.get(secret_field))
    call.emulator.counters.logins += 1
    return json_response(tokens)


@table.operation("GET", "/auth/profile")
def get_profile(call: Call) -> Response:
    return json_response(call.user.profile())


@table.operation("POST", "/auth/session")
def refresh_session(call: Call) -> Response:
    access_token = call.store.sessions.refresh(call.bearer())
    call.emulator.counters.refreshes += 1
    return created({"access_token": access_token})


@table.operation("DELETE", "/auth/session")
def revoke_session(call: Call) -> Response:
    call.store.sessions.revoke(call.bearer())
    call.emulator.counters.logouts += 1
    return no_content()
