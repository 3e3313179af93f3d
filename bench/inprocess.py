"""The contenders of the in-process scenarios, all served the same bytes by ``httpx.MockTransport``.

- ``raw``: ``httpx.Client`` + ``json.loads``, the bearer header set once on the client: the limit.
- ``generated``: the bare generated ``AuthenticatedClient`` and its endpoint functions.
- ``typed``: the generated functions over ``StitchHTTPClient`` alone (typed errors, request log).
- ``auth``: the same with the ``StitchAuth`` flow (``StitchAdmin.login(retry=False)``).
- ``ext``: ``admin.client`` as users get it: typed errors, auth flow and retries.
- ``bound``: the same session through the bound surface (``admin.app(g, a).apps.get()``).

With ``read``, each contender also reads one field of every log entry, as a consumer would: for
``raw`` a dict look-up, for the generated models the page's entries (whose first use decodes the
page and its entries) and a field of each.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from typing import Any

import httpx
from stitch_admin_client import AuthenticatedClient
from stitch_admin_client.api.apps import get_app
from stitch_admin_client.api.logs import list_logs

from stitch_admin_ext import StitchAdmin
from stitch_admin_ext.http_clients import StitchHTTPClient
from stitch_admin_ext.redaction import Redactor

from . import fixtures as fx

Handler = Callable[[httpx.Request], httpx.Response]
Calls = dict[str, Callable[[], object]]


def serve(body: bytes, token: str) -> Handler:
    """A handler that logs in (any POST) and answers every other request with ``body``."""
    login = fx.encode(
        {"access_token": token, "refresh_token": "refresh-" + token, "user_id": "admin"}
    )

    def handle(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            return httpx.Response(200, content=login, headers=fx.JSON_HEADERS)
        return httpx.Response(200, content=body, headers=fx.JSON_HEADERS)

    return handle


@dataclass
class Clients:
    """One client per contender, all over the same handler."""

    raw: httpx.Client
    generated: AuthenticatedClient
    typed: AuthenticatedClient
    auth: AuthenticatedClient
    ext: AuthenticatedClient
    admin: StitchAdmin

    def generated_clients(self) -> dict[str, AuthenticatedClient]:
        return {
            "generated": self.generated,
            "typed": self.typed,
            "auth": self.auth,
            "ext": self.ext,
        }


@contextmanager
def clients(body: bytes) -> Iterator[Clients]:
    token = fx.fake_jwt()
    handler = serve(body, token)
    api = fx.ORIGIN + fx.API_PATH
    bearer = {"Authorization": f"Bearer {token}"}
    with ExitStack() as stack:
        raw = stack.enter_context(
            httpx.Client(base_url=api, headers=bearer, transport=httpx.MockTransport(handler))
        )
        generated = AuthenticatedClient(
            base_url=api, token=token, httpx_args={"transport": httpx.MockTransport(handler)}
        )
        typed = AuthenticatedClient(base_url=api, token=token)
        typed.set_httpx_client(
            StitchHTTPClient(
                redactor=Redactor(),
                base_url=api,
                headers=bearer,
                transport=httpx.MockTransport(handler),
            )
        )
        admins = [fx.mock_admin(handler, retry=False), fx.mock_admin(handler)]
        for client in (generated, typed):
            stack.callback(client.get_httpx_client().close)
        for admin in admins:
            stack.callback(admin.close)
        yield Clients(raw, generated, typed, admins[0].client, admins[1].client, admins[1])


def _raw_get(client: httpx.Client, path: str) -> Any:
    response = client.get(path)
    if response.status_code != 200:
        raise AssertionError(response.status_code)
    return json.loads(response.content)


def app_calls(c: Clients) -> Calls:
    """Scenario 1: ``GET .../apps/{appId}``."""
    path = f"/groups/{fx.GROUP_ID}/apps/{fx.APP_ID}"

    def generated(client: AuthenticatedClient) -> Callable[[], object]:
        return lambda: get_app.sync(fx.GROUP_ID, fx.APP_ID, client=client)

    calls: Calls = {"raw": lambda: _raw_get(c.raw, path)}
    calls.update({name: generated(client) for name, client in c.generated_clients().items()})
    app = c.admin.app(fx.GROUP_ID, fx.APP_ID)
    calls["bound"] = app.apps.get
    return calls


def page_calls(c: Clients, *, read: bool = False) -> Calls:
    """Scenario 2: one 100-entry ``GET .../logs`` page (``read``: and a field of each entry)."""
    path = f"/groups/{fx.GROUP_ID}/apps/{fx.APP_ID}/logs"

    def raw() -> object:
        page = _raw_get(c.raw, path)
        if read:
            for entry in page["logs"]:
                entry["function_name"]
        return page

    def generated(client: AuthenticatedClient) -> Callable[[], object]:
        def call() -> object:
            page = list_logs.sync(fx.GROUP_ID, fx.APP_ID, client=client)
            if read:
                for entry in page.logs:
                    entry.function_name  # noqa: B018
            return page

        return call

    calls: Calls = {"raw": raw}
    calls.update({name: generated(client) for name, client in c.generated_clients().items()})
    return calls
