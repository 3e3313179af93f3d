"""Data sources: services created with their parts, default rules, linking several at once,
build_info, schema generation and document validation, collection schemas."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

MISSING_ID = "0123456789abcdef01234567"
PEOPLE = [
    {"_id": {"$oid": "64b7f0a1c2d3e4f5a6b7c8d1"}, "name": "Ada", "age": 36, "tags": ["math"]},
    {"_id": {"$oid": "64b7f0a1c2d3e4f5a6b7c8d2"}, "name": "Alan", "age": 41.5},
    {"_id": {"$oid": "64b7f0a1c2d3e4f5a6b7c8d3"}, "age": "unknown", "tags": []},
]
PEOPLE_SCHEMA = {
    "bsonType": "object",
    "required": ["_id", "name"],
    "properties": {
        "_id": {"bsonType": "objectId"},
        "name": {"bsonType": "string"},
        "age": {"bsonType": "number"},
    },
}


def ok(response: httpx.Response, status: int = 201) -> Any:
    assert response.status_code == status, response.text
    return response.json() if response.content else None


def atlas(api: httpx.Client, app: str, name: str = "mongodb-atlas", **more: Any) -> str:
    body = {"name": name, "type": "mongodb-atlas", "config": {"clusterName": "Cluster0"}, **more}
    return str(ok(api.post(f"{app}/services", json=body))["_id"])


def test_a_service_is_created_with_its_rules_webhooks_and_default_rule(
    api: httpx.Client, app: str
) -> None:
    role = {"name": "owner", "apply_when": {}, "read": True, "write": True}
    service_id = atlas(
        api,
        app,
        version=2,
        rules=[{"database": "shop", "collection": "orders", "roles": [role]}],
        default_rule={"roles": [role]},
    )
    service = f"{app}/services/{service_id}"
    assert ok(api.get(service), 200)["version"] == 2
    rules = ok(api.get(f"{service}/rules"), 200)
    assert [(r["name"], r["database"], r["collection"]) for r in rules] == [
        ("shop.orders", "shop", "orders")
    ]
    default = ok(api.get(f"{service}/default_rule"), 200)
    assert default["roles"] == [role]
    # An update's lists replace the sets; a rule sent back with its id keeps it.
    kept = {"_id": rules[0]["_id"], "database": "shop", "collection": "orders", "roles": []}
    added = {"database": "shop", "collection": "items"}
    assert api.patch(service, json={"rules": [kept, added]}).status_code in (200, 204)
    after = ok(api.get(f"{service}/rules"), 200)
    assert sorted(r["name"] for r in after) == ["shop.items", "shop.orders"]
    assert rules[0]["_id"] in {r["_id"] for r in after}
    http = ok(
        api.post(
            f"{app}/services",
            json={
                "name": "hooks",
                "type": "http",
                "incoming_webhooks": [{"name": "inbound", "function_source": "exports = 1;"}],
            },
        )
    )
    hooks = ok(api.get(f"{app}/services/{http['_id']}/incoming_webhooks"), 200)
    assert [h["name"] for h in hooks] == ["inbound"]
    twice = api.post(
        f"{app}/services",
        json={"name": "dup", "type": "http", "incoming_webhooks": [{"name": "a"}, {"name": "a"}]},
    )
    assert twice.status_code == 400
    assert [s["name"] for s in ok(api.get(f"{app}/services"), 200)] == ["mongodb-atlas", "hooks"]


def test_default_rule_lifecycle_and_the_services_errors(api: httpx.Client, app: str) -> None:
    rule_path = f"{app}/services/{atlas(api, app)}/default_rule"
    missing = api.get(rule_path)
    assert missing.status_code == 404
    assert missing.json()["error"] == "default rule does not exist on service"
    assert api.put(rule_path, json={"roles": []}).status_code == 400
    assert api.delete(rule_path).status_code == 404
    rule = ok(api.post(rule_path, json={"roles": [{"name": "reader", "read": True}]}))
    assert rule["roles"][0]["name"] == "reader"
    second = api.post(rule_path, json={"roles": []})
    assert second.status_code == 400
    assert second.json()["error"] == "default rule already exists"
    wrong = api.put(rule_path, json={"_id": MISSING_ID, "roles": []})
    assert wrong.status_code == 400
    assert wrong.json()["error"] == "service default rule id mismatch"
    writer = {"_id": rule["_id"], "roles": [{"name": "writer", "write": True}]}
    assert api.put(rule_path, json=writer).status_code == 204
    assert ok(api.get(rule_path), 200) == {**writer, "filters": []}
    assert api.delete(rule_path).status_code == 204
    assert api.get(rule_path).status_code == 404
    http = ok(api.post(f"{app}/services", json={"name": "web", "type": "http"}))
    refused = api.post(f"{app}/services/{http['_id']}/default_rule", json={"roles": []})
    assert refused.status_code == 400


def test_default_rules_follow_drafts(api: httpx.Client, app: str) -> None:
    rule_path = f"{app}/services/{atlas(api, app)}/default_rule"
    draft = ok(api.post(f"{app}/drafts"))
    ok(api.post(rule_path, json={"roles": []}))
    assert api.delete(f"{app}/drafts/{draft['_id']}").status_code == 204
    assert api.get(rule_path).status_code == 404


def test_linking_several_data_sources_at_once(api: httpx.Client, app: str) -> None:
    links = [
        {"name": "main", "type": "mongodb-atlas", "config": {"clusterName": "Cluster0"}},
        {"type": "mongodb-atlas", "config": {"clusterName": "Cluster1"}},
        {"name": "lake", "type": "datalake", "config": {"clusterName": "Lake0"}},
    ]
    assert api.post(f"{app}/multi_data_sources", json=links).status_code == 201
    services = {s["name"]: s for s in ok(api.get(f"{app}/services"), 200)}
    assert sorted(services) == ["Cluster1", "lake", "main"]
    assert services["lake"]["type"] == "datalake"
    default = ok(api.get(f"{app}/services/{services['main']['_id']}/default_rule"), 200)
    assert default["roles"][0]["read"] is True
    assert default["roles"][0]["write"] is True
    # All or nothing: a taken name fails the request and links nothing.
    clash = [
        {"name": "fresh", "type": "mongodb-atlas", "config": {"clusterName": "Cluster7"}},
        {"name": "main", "type": "mongodb-atlas", "config": {"clusterName": "Cluster8"}},
    ]
    failed = api.post(f"{app}/multi_data_sources", json=clash)
    assert failed.status_code == 400
    assert failed.json()["failedClusterNames"] == ["Cluster8"]
    assert len(ok(api.get(f"{app}/services"), 200)) == 3
    wrong_type = [{"name": "x", "type": "http", "config": {"clusterName": "C"}}]
    assert api.post(f"{app}/multi_data_sources", json=wrong_type).status_code == 400
    too_many = [
        {"name": f"c{n}", "type": "mongodb-atlas", "config": {"clusterName": f"C{n}"}}
        for n in range(26)
    ]
    assert api.post(f"{app}/multi_data_sources", json=too_many).status_code == 400


def test_build_info_of_a_data_source(api: httpx.Client, app: str) -> None:
    info = ok(api.get(f"{app}/services/{atlas(api, app)}/commands/build_info"), 200)
    assert info["version"].count(".") == 2
    assert info["versionArray"][:3] == [int(part) for part in info["version"].split(".")]
    assert info["maxBsonObjectSize"] == 16 * 1024 * 1024
    http = ok(api.post(f"{app}/services", json={"name": "web", "type": "http"}))
    assert api.get(f"{app}/services/{http['_id']}/commands/build_info").status_code == 400
    missing = api.get(f"{app}/services/{MISSING_ID}/commands/build_info")
    assert missing.status_code == 404


def test_a_schema_is_generated_from_sample_documents(api: httpx.Client, app: str) -> None:
    command = f"{app}/services/{atlas(api, app)}/commands/generate_schema"
    body = {"database_name": "hr", "collection_name": "people", "limit": 10, "documents": PEOPLE}
    schema = ok(api.post(command, json=body), 200)["schema"]
    assert schema == {
        "title": "people",
        "bsonType": "object",
        "required": ["_id", "age"],
        "properties": {
            "_id": {"bsonType": "objectId"},
            "age": {"bsonType": ["double", "int", "string"]},
            "name": {"bsonType": "string"},
            "tags": {"bsonType": "array", "items": {"bsonType": "string"}},
        },
    }
    assert ok(api.post(command, json=body), 200)["schema"] == schema
    first_two = ok(api.post(command, json={**body, "limit": 2}), 200)["schema"]
    assert first_two["properties"]["age"] == {"bsonType": "number"}
    assert first_two["required"] == ["_id", "age", "name"]
    empty = ok(api.post(command, json={**body, "documents": []}), 200)["schema"]
    assert empty == {"title": "people", "bsonType": "object"}


def test_without_samples_the_kept_schema_is_generated(api: httpx.Client, app: str) -> None:
    service_id = atlas(api, app)
    metadata = {"data_source": "mongodb-atlas", "database": "hr", "collection": "people"}
    ok(api.post(f"{app}/schemas", json={"metadata": metadata, "schema": PEOPLE_SCHEMA}), 200)
    command = f"{app}/services/{service_id}/commands/generate_schema"
    body = {"database_name": "hr", "collection_name": "people", "limit": 10}
    assert ok(api.post(command, json=body), 200)["schema"] == PEOPLE_SCHEMA


def test_documents_are_validated_against_a_schema(api: httpx.Client, app: str) -> None:
    command = f"{app}/services/{atlas(api, app)}/commands/validate_documents"
    body = {
        "database_name": "hr",
        "collection_name": "people",
        "from_schema": PEOPLE_SCHEMA,
        "documents": PEOPLE,
    }
    report = ok(api.post(command, json=body), 200)
    assert report["total_processed_count"] == 3
    assert report["total_error_count"] == 1
    assert report["errors"] == [
        {
            "error_code": "invalid_type",
            "error_count": 1,
            "field": "(root).age",
            "failed_ids": ["64b7f0a1c2d3e4f5a6b7c8d3"],
            "failed_documents_query": {"_id": {"$in": [PEOPLE[2]["_id"]]}},
        },
        {
            "error_code": "required",
            "error_count": 1,
            "field": "(root).name",
            "failed_ids": ["64b7f0a1c2d3e4f5a6b7c8d3"],
            "failed_documents_query": {"_id": {"$in": [PEOPLE[2]["_id"]]}},
        },
    ]
    # The query, sort and limit choose the documents checked.
    numeric = ok(api.post(command, json={**body, "query": {"age": {"$gt": 40}}}), 200)
    assert numeric["total_processed_count"] == 1
    assert numeric["total_error_count"] == 0
    last = ok(api.post(command, json={**body, "sort": {"name": 1}, "limit": 1}), 200)
    assert last["total_error_count"] == 1
    bad_query = api.post(command, json={**body, "query": {"age": {"$nonsense": 1}}})
    assert bad_query.status_code == 400
    bad_schema = api.post(command, json={**body, "from_schema": {"type": "no-such-type"}})
    assert bad_schema.status_code == 400


def test_validation_uses_the_kept_schema_and_the_null_setting(api: httpx.Client, app: str) -> None:
    command = f"{app}/services/{atlas(api, app)}/commands/validate_documents"
    nameless = [{"_id": PEOPLE[0]["_id"], "name": None}]
    body = {"database_name": "hr", "collection_name": "people", "from_schema": {}}
    assert api.post(command, json={**body, "documents": nameless}).status_code == 400
    metadata = {"data_source": "mongodb-atlas", "database": "hr", "collection": "people"}
    ok(api.post(f"{app}/schemas", json={"metadata": metadata, "schema": PEOPLE_SCHEMA}), 200)
    report = ok(api.post(command, json={**body, "documents": nameless}), 200)
    assert [(e["error_code"], e["field"]) for e in report["errors"]] == [
        ("invalid_type", "(root).name")
    ]
    setting = f"{app}/validation_settings/null_type_schema_validation"
    assert ok(api.get(setting), 200) == {"enabled": False}
    assert api.put(setting, json={"enabled": True}).status_code == 204
    assert ok(api.get(setting), 200) == {"enabled": True}
    assert ok(api.post(command, json={**body, "documents": nameless}), 200)["errors"] == []


def test_collection_schemas_crud(api: httpx.Client, app: str) -> None:
    atlas(api, app)
    metadata = {"data_source": "mongodb-atlas", "database": "hr", "collection": "people"}
    relationships = {
        "manager_id": {"ref": "#/relationship/mongodb-atlas/hr/people", "foreign_key": "_id"}
    }
    summary = ok(
        api.post(
            f"{app}/schemas",
            json={"metadata": metadata, "schema": PEOPLE_SCHEMA, "relationships": relationships},
        ),
        200,
    )
    assert set(summary) == {"_id", "metadata"}
    path = f"{app}/schemas/{summary['_id']}"
    full = ok(api.get(path), 200)
    assert full["schema"] == PEOPLE_SCHEMA
    assert full["relationships"] == relationships
    assert ok(api.get(f"{app}/schemas"), 200) == [summary]
    again = api.post(f"{app}/schemas", json={"metadata": metadata})
    assert again.status_code == 409
    no_source = {**metadata, "data_source": "elsewhere"}
    assert api.post(f"{app}/schemas", json={"metadata": no_source}).status_code == 400
    assert api.post(f"{app}/schemas", json={"schema": PEOPLE_SCHEMA}).status_code == 400
    bad_ref = {"boss": {"ref": "#/relationship/nowhere/hr/people"}}
    other = {**metadata, "collection": "teams"}
    refused = api.post(f"{app}/schemas", json={"metadata": other, "relationships": bad_ref})
    assert refused.status_code == 400
    # A replace without metadata keeps the collection.
    assert api.put(path, json={"schema": {"bsonType": "object"}}).status_code == 204
    replaced = ok(api.get(path), 200)
    assert replaced["metadata"] == metadata
    assert replaced["schema"] == {"bsonType": "object"}
    assert api.delete(path).status_code == 204
    missing = api.get(path)
    assert missing.status_code == 404
    assert missing.json()["error_code"] == "SchemaNotFound"


@pytest.mark.parametrize(
    "command",
    ["generate_schema", "validate_documents"],
)
def test_collection_commands_need_a_data_source(api: httpx.Client, app: str, command: str) -> None:
    http = ok(api.post(f"{app}/services", json={"name": "web", "type": "http"}))
    body = {"database_name": "d", "collection_name": "c", "limit": 1, "from_schema": {}}
    answer = api.post(f"{app}/services/{http['_id']}/commands/{command}", json=body)
    assert answer.status_code == 400
