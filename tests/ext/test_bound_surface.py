"""The bound surface: every operation as a method, the same tree sync and async, and bodies
given as keyword arguments or plain JSON values, checked before anything is sent."""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import json
import pkgutil
from typing import Any

import httpx
import pytest
from stitch_admin_client import bound
from stitch_admin_client.models import Function, TriggerInput, TriggerType
from support import spec
from support.fake_auth import PRIVATE_KEY, PUBLIC_KEY, FakeAuthService

from stitch_admin_ext import AsyncStitchAdmin, StitchAdmin, errors, handles
from stitch_admin_ext.handles import AppHandle, AsyncAppHandle, AsyncGroupHandle, GroupHandle

# Every module of the bound surface, imported (they are loaded on first use otherwise).
for _module in pkgutil.iter_modules(bound.__path__):
    importlib.import_module(f"{bound.__name__}.{_module.name}")

G = "5f0a1b2c3d4e5f6a7b8c9d0e"
A = "6a7b8c9d0e1f2a3b4c5d6e7f"
F = "7b8c9d0e1f2a3b4c5d6e7f80"
SCOPES = {
    "admin": (StitchAdmin, AsyncStitchAdmin),
    "group": (GroupHandle, AsyncGroupHandle),
    "app": (AppHandle, AsyncAppHandle),
}


def api_class(name: str) -> type[Any] | None:
    """A namespace class by name, from the bound modules or the SDK's handles."""
    for module in [
        handles,
        *(getattr(bound, space) for space in dir(bound) if not space.startswith("_")),
    ]:
        found = getattr(module, name, None)
        if isinstance(found, type):
            return found
    return None


def namespaces(cls: type[Any]) -> dict[str, type[Any]]:
    """The namespace properties of a scope class, with the class each returns."""
    found = {}
    for name in dir(cls):
        attribute = inspect.getattr_static(cls, name, None)
        if isinstance(attribute, property) and not name.startswith("_"):
            returned = attribute.fget.__annotations__.get("return") if attribute.fget else None
            if isinstance(returned, str) and returned.endswith("API"):
                api = api_class(returned)
                assert api is not None, returned
                found[name] = api
    return found


def methods(cls: type[Any]) -> dict[str, inspect.Signature]:
    return {
        name: inspect.signature(member)
        for name, member in inspect.getmembers(cls, inspect.isfunction)
        if not name.startswith("_")
    }


def scope_of(path: str) -> str:
    if path.startswith("/groups/{groupId}/apps/{appId}"):
        return "app"
    return "group" if path.startswith("/groups/{groupId}") else "admin"


def test_every_operation_of_the_document_has_a_bound_method() -> None:
    reached = {}
    for scope, (cls, _) in SCOPES.items():
        for space, api in namespaces(cls).items():
            for name in methods(api):
                doc = getattr(api, name).__doc__ or ""
                for operation_id in (o.operation_id for o in spec.operations()):
                    if f"``{operation_id}``" in doc:
                        reached[operation_id] = f"{scope}.{space}.{name}"
    reached["upload_hosting_asset"] = "app.hosting.upload_asset"  # implemented by the SDK
    missing = {o.operation_id for o in spec.operations()} - reached.keys()
    assert missing == set()
    assert len(reached) == len(list(spec.operations())) == 188
    for operation in spec.operations():
        assert reached[operation.operation_id].startswith(scope_of(operation.path) + ".")


@pytest.mark.parametrize("scope", sorted(SCOPES))
def test_the_sync_and_async_trees_have_the_same_names_and_signatures(scope: str) -> None:
    sync_cls, async_cls = SCOPES[scope]
    sync_spaces, async_spaces = namespaces(sync_cls), namespaces(async_cls)
    assert sync_spaces.keys() == async_spaces.keys()
    assert len(sync_spaces) >= {"admin": 2, "group": 2, "app": 20}[scope]
    for space in sync_spaces:
        sync_methods = methods(sync_spaces[space])
        async_methods = methods(async_spaces[space])
        assert sync_methods.keys() == async_methods.keys(), space
        for name, signature in sync_methods.items():
            assert str(async_methods[name]) == str(signature), f"{space}.{name}"
            assert inspect.iscoroutinefunction(getattr(async_spaces[space], name))
    helpers = set(methods(sync_cls)) - {"login", "resume"}
    assert helpers <= set(methods(async_cls)) | {"close"}


@pytest.fixture
def app(admin: StitchAdmin) -> AppHandle:
    return admin.app(G, A)


def sent(service: FakeAuthService) -> Any:
    return json.loads(service.seen[-1].content)


def test_body_fields_are_keywords_named_like_the_json(
    app: AppHandle, service: FakeAuthService
) -> None:
    app.triggers.create(
        name="nightly",
        type="SCHEDULED",
        function_id=F,
        config={"schedule": "0 3 * * *"},
    )
    assert sent(service) == {
        "name": "nightly",
        "type": "SCHEDULED",
        "function_id": F,
        "config": {"schedule": "0 3 * * *"},
    }
    assert service.seen[-1].path == f"/groups/{G}/apps/{A}/triggers"
    # The enumeration itself, a model, or the whole body as a model or a dict do the same.
    app.triggers.create(
        name="n", type=TriggerType.SCHEDULED, function_id=F, config={"schedule": "0 3 * * *"}
    )
    assert sent(service)["type"] == "SCHEDULED"
    body = TriggerInput.from_dict(
        {"name": "n", "type": "DATABASE", "function_id": F, "config": {"database": "d"}}
    )
    app.triggers.create(body=body)
    assert sent(service)["type"] == "DATABASE"
    app.triggers.create(
        body={"name": "n", "type": "AUTHENTICATION", "function_id": F, "config": {}}
    )
    assert sent(service)["type"] == "AUTHENTICATION"


def test_plain_json_values_are_fine_and_kept_as_given(
    app: AppHandle, service: FakeAuthService
) -> None:
    app.values.create(name="greeting", value={"text": "hi", "n": [1, 2.5, None, True]})
    assert sent(service) == {"name": "greeting", "value": {"text": "hi", "n": [1, 2.5, None, True]}}


@pytest.mark.parametrize(
    ("call", "parameter", "problem"),
    [
        (lambda a: a.values.create(name="v", private="yes"), "private", "bool"),
        (lambda a: a.values.create(nmae="v"), "nmae", "not a field"),
        (lambda a: a.values.create(private=True), "name", "required"),
        (lambda a: a.values.create(name="v", value=float("nan")), "value", "finite"),
        (lambda a: a.values.create(name="v", value={"x": "s\udc80"}), "value", "surrogate"),
        (lambda a: a.values.create(name="v", value=dt.datetime(2024, 1, 1)), "value", "aware"),
        (lambda a: a.values.create(body={"name": "v"}, private=True), "private", "not both"),
        (lambda a: a.values.create(body=["not", "a", "mapping"]), "body", "mapping"),
        (lambda a: a.values.get(""), "value_id", "empty"),
        (lambda a: a.functions.get("f1"), "function_id", "ObjectId"),
        (lambda a: a.logs.list(start_date=dt.datetime(2024, 1, 1)), "start_date", "time zone"),
        (lambda a: a.logs.list(start_date="yesterday"), "start_date", "ISO 8601"),
        (lambda a: a.security.set_allowed_request_origins(body="https://x"), "body", "list"),
    ],
)
def test_bad_arguments_raise_before_anything_is_sent(
    app: AppHandle, service: FakeAuthService, call: Any, parameter: str, problem: str
) -> None:
    before = len(service.seen)
    with pytest.raises(errors.InvalidArgumentError, match=problem) as caught:
        call(app)
    assert caught.value.parameter is not None
    assert caught.value.parameter.startswith(parameter)
    assert len(service.seen) == before


def test_a_date_with_an_offset_is_sent_as_iso_8601(
    app: AppHandle, service: FakeAuthService
) -> None:
    service.routes["/logs"] = lambda request: httpx.Response(200, json={"logs": []})
    app.logs.list(
        start_date="2024-05-01T00:00:00Z", end_date=dt.datetime(2024, 5, 2, tzinfo=dt.UTC)
    )
    assert service.seen[-1].path == f"/groups/{G}/apps/{A}/logs"


def test_results_are_typed_lists_none_for_deletes_and_the_model(
    app: AppHandle, service: FakeAuthService
) -> None:
    # The service answered one object where the document says a list: a list all the same.
    service.routes["/drafts"] = lambda request: httpx.Response(200, json={"_id": F})
    drafts = app.drafts.list()
    assert isinstance(drafts, list)
    assert [draft.id for draft in drafts] == [F]
    service.routes[f"/triggers/{F}"] = lambda request: httpx.Response(200, json={})
    assert app.triggers.delete(F) is None
    service.routes[f"/functions/{F}"] = lambda request: httpx.Response(
        200, json={"_id": F, "name": "f", "source": "exports = 1"}
    )
    assert isinstance(app.functions.get(F), Function)
    assert app.functions.update(F, name="f", source="exports = 2") is None


def test_handles_check_their_ids_and_say_what_they_are(admin: StitchAdmin) -> None:
    for call in (lambda: admin.app("", A), lambda: admin.app(G, "x"), lambda: admin.group("g")):
        with pytest.raises(errors.InvalidArgumentError, match=r"ObjectId|non-empty"):
            call()
    assert repr(admin.app(G, A)) == f"<AppHandle group_id={G!r} app_id={A!r}>"
    assert admin.group(G).app(A).app_id == A
    assert isinstance(admin.app(G, A).functions, bound.functions.AppFunctionsAPI)
    assert admin.app(G, A).functions is not admin.app(G, A).functions  # one cache per handle


@pytest.mark.anyio
async def test_the_async_tree_awaits_the_same_requests(service: FakeAuthService) -> None:
    async with await AsyncStitchAdmin.login(
        PUBLIC_KEY,
        PRIVATE_KEY,
        base_url="https://stitch.example",
        transport=httpx.MockTransport(service),
    ) as admin:
        app = admin.app(G, A)
        await app.values.create(name="greeting", value="hi")
        assert sent(service) == {"name": "greeting", "value": "hi"}
        with pytest.raises(errors.InvalidArgumentError, match="required"):
            await app.values.create(value="hi")
