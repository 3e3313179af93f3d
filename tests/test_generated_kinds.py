"""Polymorphic models: a known kind decodes to its model, anything else to the open base.

The document describes each polymorphic family as OpenAPI 3.0 describes inheritance: the base
schema carries a discriminator whose mapping names the kinds, and each kind lists the base in
its ``allOf``. The generated kinds are subclasses of the base, so an answer typed ``Trigger``
can be narrowed with ``isinstance``; the base keeps every field of a kind it does not know.
"""

from __future__ import annotations

import copy
import json
import pickle
from typing import Any

import httpx
import pytest
from stitch_admin_client import AuthenticatedClient, errors, models
from stitch_admin_client.api.logs import list_logs
from stitch_admin_client.api.services import list_services
from stitch_admin_client.api.triggers import list_triggers
from stitch_admin_client.models import (
    AtlasClusterConfig,
    AtlasClusterService,
    AuthProvider,
    DatabaseTrigger,
    DatabaseTriggerConfig,
    EmailPasswordConfig,
    LogEntry,
    Oauth2AuthProvider,
    ReadPreference,
    ScheduledTrigger,
    Service,
    Trigger,
    TriggerLogEntry,
)
from support import spec

G, A = "5f0a1b2c3d4e5f6a7b8c9d0e", "6a7b8c9d0e1f2a3b4c5d6e7f"

BASES = {
    name: schema
    for name, schema in spec.load()["components"]["schemas"].items()
    if (schema.get("discriminator") or {}).get("mapping")
}
KINDS = [
    (base, field, value, schema["discriminator"]["mapping"][value].rsplit("/", 1)[1])
    for base, schema in BASES.items()
    for field, value, _ in spec.kinds(schema)
]


def client_answering(body: Any) -> AuthenticatedClient:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=body)

    return AuthenticatedClient(
        base_url="https://stitch.example/api/admin/v3.0",
        token="t",
        httpx_args={"transport": httpx.MockTransport(handler)},
    )


def test_the_document_has_the_polymorphic_families() -> None:
    assert set(BASES) == {"Trigger", "Service", "AuthProvider", "LogEntry"}
    assert {kind for *_, kind in KINDS} >= {
        "DatabaseTrigger",
        "AuthenticationTrigger",
        "ScheduledTrigger",
        "AtlasClusterService",
        "DataFederationService",
        "EmailPasswordAuthProvider",
        "CustomJwtAuthProvider",
        "Oauth2AuthProvider",
        "TriggerLogEntry",
        "LogForwarderLogEntry",
    }


@pytest.mark.parametrize("base", sorted(BASES))
def test_each_base_knows_the_kinds_its_discriminator_maps(base: str) -> None:
    discriminator = BASES[base]["discriminator"]
    variants = getattr(models, base)._variants
    assert variants.field == discriminator["propertyName"]
    assert variants.kinds == {
        value: target.rsplit("/", 1)[1] for value, target in discriminator["mapping"].items()
    }


@pytest.mark.parametrize(("base", "field", "value", "kind"), KINDS)
def test_a_known_kind_decodes_to_its_model_a_subclass_of_the_base(
    base: str, field: str, value: str, kind: str
) -> None:
    base_model, kind_model = getattr(models, base), getattr(models, kind)
    assert issubclass(kind_model, base_model)
    body = spec.sample({"$ref": f"#/components/schemas/{kind}"}) | {field: value, "x-new": [1]}
    decoded = base_model.from_dict(body)
    assert type(decoded) is kind_model
    assert decoded.to_dict() == body
    assert type(base_model.from_dict(decoded.to_dict())) is kind_model


@pytest.mark.parametrize("base", sorted(BASES))
def test_an_unknown_kind_decodes_to_the_base_and_keeps_every_field(base: str) -> None:
    base_model = getattr(models, base)
    field = BASES[base]["discriminator"]["propertyName"]
    body = spec.sample({"$ref": f"#/components/schemas/{base}"}) | {
        field: "A_KIND_FROM_THE_FUTURE",
        "config": {"anything": ["goes", 1]},
        "error_handler": "not even an object",
    }
    decoded = base_model.from_dict(body)
    assert type(decoded) is base_model
    assert decoded.to_dict() == body
    assert json.loads(json.dumps(decoded.to_dict())) == body


def test_a_missing_discriminator_decodes_to_the_base() -> None:
    assert type(Trigger.from_dict({"_id": "t", "name": "n"})) is Trigger
    assert type(Service.from_dict({"_id": "s", "name": "n", "type": None})) is Service


def test_a_discriminator_of_the_wrong_json_type_is_refused_by_the_base() -> None:
    with pytest.raises(TypeError, match="'type' should be a string"):
        Trigger.from_dict({"_id": "t", "name": "n", "type": ["DATABASE"]})


def test_a_kind_asked_for_directly_decodes_as_itself() -> None:
    trigger = DatabaseTrigger.from_dict({"_id": "t", "name": "n", "type": "SCHEDULED"})
    assert type(trigger) is DatabaseTrigger


def test_a_kind_types_its_own_fields_strictly() -> None:
    body = {"_id": "t", "name": "n", "type": "DATABASE", "config": {"full_document": "yes"}}
    with pytest.raises(TypeError, match="full_document"):
        Trigger.from_dict(body)
    # The open base does not know the shape of a config: as an unknown kind it is kept.
    assert Trigger.from_dict(body | {"type": "OTHER"}).config == {"full_document": "yes"}


def test_answers_decode_each_item_as_its_kind() -> None:
    body = [
        {"_id": "1", "name": "a", "type": "DATABASE", "config": {"operation_types": ["INSERT"]}},
        {"_id": "2", "name": "b", "type": "SCHEDULED", "config": {"schedule": "* * * * *"}},
        {"_id": "3", "name": "c", "type": "NEXT", "config": [1, 2]},
    ]
    triggers = list_triggers.sync(G, A, client=client_answering(body))
    assert [type(t) for t in triggers] == [DatabaseTrigger, ScheduledTrigger, Trigger]
    first = triggers[0]
    assert isinstance(first, DatabaseTrigger)
    assert isinstance(first.config, DatabaseTriggerConfig)
    assert [str(op) for op in first.config.operation_types or []] == ["INSERT"]
    assert [t.to_dict() for t in triggers] == body


def test_a_kind_that_does_not_match_its_schema_is_an_unexpected_body() -> None:
    body = [{"_id": "1", "name": "a", "type": "mongodb-atlas", "config": {"clusterName": 5}}]
    with pytest.raises(errors.UnexpectedBody, match="clusterName"):
        list_services.sync(G, A, client=client_answering(body))


def test_several_values_can_share_a_kind() -> None:
    for value in ("oauth2-apple", "oauth2-google", "oauth2-facebook"):
        provider = AuthProvider.from_dict({"_id": "p", "type": value, "config": {"clientId": "c"}})
        assert type(provider) is Oauth2AuthProvider
        assert provider.type_ == value
    assert type(AuthProvider.from_dict({"_id": "p", "type": "anon-user"})) is AuthProvider


def test_kinds_construct_copy_and_pickle_like_any_model() -> None:
    service = AtlasClusterService(
        id="s",
        name="mongodb-atlas",
        type_="mongodb-atlas",
        config=AtlasClusterConfig(cluster_name="Cluster0", read_preference=ReadPreference.NEAREST),
    )
    assert service.to_dict()["config"] == {"clusterName": "Cluster0", "readPreference": "nearest"}
    assert copy.deepcopy(service) == service
    assert pickle.loads(pickle.dumps(service)) == service  # noqa: S301
    assert Service.from_dict(service.to_dict()) == service
    assert service != Service.from_dict(service.to_dict() | {"type": "http"})
    provider = AuthProvider.from_dict(
        {"_id": "p", "type": "local-userpass", "config": {"autoConfirm": True}}
    )
    assert isinstance(provider.config, EmailPasswordConfig)
    assert provider.config.auto_confirm is True


def test_log_entries_in_a_page_decode_as_their_kind() -> None:
    entry = {
        "type": "TRIGGER_ERROR_HANDLER",
        "parent_co_id": "c1",
        "started": "2024-05-01T00:00:00+00:00",
    }
    unknown = {"type": "A_FUTURE_KIND", "parent_co_id": ["kept"]}
    bad_trigger = {**entry, "parent_co_id": 3}
    body = {"logs": [entry, unknown, {"type": 7}, bad_trigger, entry]}
    page = list_logs.sync(G, A, client=client_answering(body))
    first, second, third, fourth, fifth = page.logs
    assert (type(first), type(fifth)) == (TriggerLogEntry, TriggerLogEntry)
    assert first.parent_co_id == fifth.parent_co_id == "c1"
    assert type(second) is LogEntry
    assert second["parent_co_id"] == ["kept"]
    # An entry that does not match raises on its own use, as an instance of its kind's model.
    assert isinstance(third, LogEntry)
    assert type(third) is not LogEntry
    with pytest.raises(errors.UnexpectedBody, match="'type' should be a string"):
        _ = third.type_
    assert isinstance(fourth, TriggerLogEntry)
    with pytest.raises(errors.UnexpectedBody, match="'parent_co_id' should be a string"):
        _ = fourth.parent_co_id
    assert page.logs[0].to_dict() == entry
