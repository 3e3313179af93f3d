"""The OpenAPI document: valid, complete against the reference page and the service's official
document, shaped for the generator."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate
from support import spec

DATA = Path(__file__).parent / "data"
REFERENCE = DATA / "reference_operations.txt"
OFFICIAL = DATA / "official_operations.txt"

# Operations neither the reference page nor the official document lists, which the official
# command lines call (and the extension layer relies on).
CLI_OPERATIONS = {
    ("DELETE", "/groups/{groupId}/apps/{appId}/hosting/assets/asset"),
    ("PUT", "/groups/{groupId}/apps/{appId}/hosting/cache"),
    ("PUT", "/groups/{groupId}/apps/{appId}/dependencies"),
    ("GET", "/groups/{groupId}/apps/{appId}/dependencies/status"),
    ("GET", "/groups/{groupId}/apps/{appId}/dependencies/archive"),
    ("POST", "/groups/{groupId}/apps/{appId}/dependencies/diff"),
    ("PUT", "/groups/{groupId}/apps/{appId}/security/access_list/{ipId}"),
}

# Tag -> the SDK namespace of its operations (`x-stitch-namespace`).
TAGS = {
    "Administrator auth": "admin_auth",
    "API keys": "api_keys",
    "Apps": "apps",
    "Auth providers": "auth_providers",
    "Email": "email",
    "Functions": "functions",
    "Logs": "logs",
    "Push notifications": "push_notifications",
    "Rules": "rules",
    "Security": "security",
    "Services": "services",
    "Incoming webhooks": "incoming_webhooks",
    "Users": "users",
    "Values": "values",
    "Triggers": "triggers",
    "Hosting": "hosting",
    "Deployments": "deployments",
    "Drafts": "drafts",
    "Secrets": "secrets",
    "Environment values": "environment_values",
    "Event subscriptions": "event_subscriptions",
    "Log forwarders": "log_forwarders",
    "Custom user data": "custom_user_data",
    "Dependencies": "dependencies",
    "Schemas": "schemas",
    "Metrics": "metrics",
    "HTTPS endpoints": "endpoints",
    "Data API": "data_api",
    "GraphQL": "graphql",
    "Device Sync": "sync",
}

# Retired or deprecated: what the official document calls deprecated (export, push
# notifications, webhooks) and the products that reached end of life in 2025.
DEPRECATED_TAGS = {
    "Push notifications",
    "Incoming webhooks",
    "Hosting",
    "HTTPS endpoints",
    "Data API",
    "GraphQL",
    "Device Sync",
}

NAMED_SCHEMAS = {
    "App",
    "Draft",
    "Deployment",
    "Function",
    "Service",
    "Rule",
    "Trigger",
    "LogEntry",
    "LogPage",
    "User",
    "Value",
    "ApiKey",
    "AuthProvider",
    "HostingAsset",
    "PushNotification",
    "IncomingWebhook",
    "Error",
}

UNAUTHENTICATED = {"list_admin_auth_providers", "login"}


def listed_operations(path: Path) -> set[tuple[str, str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return {(line.split(" ", 1)[0], line.split(" ", 1)[1]) for line in lines if line.strip()}


def reference_operations() -> set[tuple[str, str]]:
    return listed_operations(REFERENCE)


def normalized(operations: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """Paths with their parameters reduced to `{}` (the official login names its provider)."""
    found = set()
    for method, path in operations:
        literal = path.replace("/auth/providers/mongodb-cloud/login", "/auth/providers/{}/login")
        found.add((method, re.sub(r"\{[^}/]*\}", "{}", literal)))
    return found


def test_document_is_valid_openapi_3_0() -> None:
    document = spec.load()
    assert document["openapi"] == "3.0.3"
    validate(document)


def test_reference_list_has_the_90_unique_operations_of_the_page() -> None:
    assert len(reference_operations()) == 90


def test_every_reference_operation_is_in_the_document() -> None:
    documented = {(op.method, op.path) for op in spec.operations()}
    assert reference_operations() - documented == set()


def test_official_list_has_the_181_operations_of_the_official_document() -> None:
    assert len(listed_operations(OFFICIAL)) == 181


def test_document_has_the_reference_official_and_command_line_operations_and_no_other() -> None:
    documented = normalized({(op.method, op.path) for op in spec.operations()})
    expected = normalized(reference_operations() | listed_operations(OFFICIAL) | CLI_OPERATIONS)
    assert documented == expected
    assert len(documented) == 188


def test_operation_ids_are_unique_snake_case() -> None:
    ids = [op.operation_id for op in spec.operations()]
    assert len(ids) == len(set(ids))
    for operation_id in ids:
        assert re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", operation_id), operation_id


def test_every_operation_has_one_known_tag_and_every_tag_is_used() -> None:
    used = set()
    for op in spec.operations():
        assert len(op.data["tags"]) == 1, op.operation_id
        assert op.tag in TAGS, op.operation_id
        used.add(op.tag)
    assert used == set(TAGS)
    assert [tag["name"] for tag in spec.load()["tags"]] == list(TAGS)


def test_every_tag_names_a_distinct_snake_case_namespace() -> None:
    namespaces = {tag["name"]: tag.get("x-stitch-namespace") for tag in spec.load()["tags"]}
    assert namespaces == TAGS
    assert len(set(namespaces.values())) == len(namespaces)
    for namespace in namespaces.values():
        assert re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", namespace), namespace


def test_retired_operations_stay_and_are_marked_deprecated() -> None:
    deprecated = {op.operation_id for op in spec.operations() if op.data.get("deprecated")}
    by_tag = {op.operation_id for op in spec.operations() if op.tag in DEPRECATED_TAGS}
    assert deprecated == by_tag | {"export_app"}
    assert len(by_tag) == 42


def test_every_operation_has_a_summary_and_a_description() -> None:
    for op in spec.operations():
        assert op.data.get("summary", "").strip(), op.operation_id
        assert len(op.data.get("description", "").strip()) > 10, op.operation_id


def test_bearer_security_is_global_and_waived_only_for_login_and_provider_listing() -> None:
    document = spec.load()
    assert document["security"] == [{"accessToken": []}]
    schemes = document["components"]["securitySchemes"]
    assert schemes["accessToken"] == {**schemes["accessToken"], "type": "http", "scheme": "bearer"}
    for op in spec.operations():
        if op.operation_id in UNAUTHENTICATED:
            assert op.data["security"] == [], op.operation_id
        elif op.path == "/auth/session":
            assert op.data["security"] == [{"refreshToken": []}], op.operation_id
            assert "refresh token" in op.data["description"].lower()
        else:
            assert "security" not in op.data, op.operation_id


def test_authenticated_operations_document_401_and_id_paths_document_404() -> None:
    for op in spec.operations():
        responses = op.data["responses"]
        if op.operation_id != "list_admin_auth_providers":
            assert "401" in responses, op.operation_id
        if op.path_parameters and op.path.startswith("/groups/"):
            assert "404" in responses, op.operation_id


def test_status_codes_are_quoted_strings() -> None:
    for op in spec.operations():
        for code in op.data["responses"]:
            assert isinstance(code, str), (op.operation_id, code)


def test_no_content_responses_have_no_body() -> None:
    for op in spec.operations():
        for code, response in op.data["responses"].items():
            if code == "204":
                assert "content" not in spec.resolve(response), op.operation_id


def test_error_responses_share_the_error_schema() -> None:
    error_ref = "#/components/schemas/Error"
    for op in spec.operations():
        for code, response in op.data["responses"].items():
            if not code.startswith("4"):
                continue
            schema = spec.json_schema_of(spec.resolve(response))
            refs = [s["$ref"] for s in schema.get("oneOf", schema.get("anyOf", [schema]))]
            assert error_ref in refs, (op.operation_id, code)


def _is_named(schema: dict[str, Any]) -> bool:
    """A body schema is named: a $ref, an array of one, a oneOf of those, or a plain scalar/any."""
    if "$ref" in schema:
        return True
    if "oneOf" in schema:
        return all(_is_named(s) for s in schema["oneOf"])
    if schema.get("type") == "array":
        return _is_named(schema["items"])
    return schema.get("type") in {None, "string", "integer", "boolean", "number"} and (
        "properties" not in schema
    )


def test_request_and_response_bodies_use_named_component_schemas() -> None:
    for op in spec.operations():
        bodies = [spec.resolve(r) for r in op.data["responses"].values()]
        if "requestBody" in op.data:
            bodies.append(op.data["requestBody"])
        for body in bodies:
            for media in (body.get("content") or {}).values():
                assert _is_named(media["schema"]), op.operation_id


def test_the_issue_s_named_schemas_exist() -> None:
    assert spec.load()["components"]["schemas"].keys() >= NAMED_SCHEMAS


MULTIPART_SCHEMAS = {"HostingAssetUpload", "DependenciesArchive"}


def test_object_schemas_keep_unknown_fields() -> None:
    for name, schema in spec.load()["components"]["schemas"].items():
        parts = [schema] + [part for part in schema.get("allOf", []) if "$ref" not in part]
        for part in parts:
            if part.get("type") != "object" or name in MULTIPART_SCHEMAS:
                continue
            extra = part.get("additionalProperties")
            # An open object, or a map whose values have a schema: either keeps every key.
            assert extra is True or (isinstance(extra, dict) and "properties" not in part), name


def test_polymorphic_bases_map_to_kinds_that_extend_them() -> None:
    schemas = spec.load()["components"]["schemas"]
    for name, schema in schemas.items():
        mapping = (schema.get("discriminator") or {}).get("mapping")
        if not mapping:
            continue
        assert schema["additionalProperties"] is True, name  # unknown kinds keep their fields
        field = schema["discriminator"]["propertyName"]
        assert field in schema["properties"], name
        for value, target in mapping.items():
            kind = schemas[target.rsplit("/", 1)[1]]
            assert kind["allOf"][0] == {"$ref": f"#/components/schemas/{name}"}, (name, value)
            assert f"`{value}`" in kind["description"], (name, value)
            overridden = set(kind["allOf"][1].get("properties", {})) & set(schema["properties"])
            for field_name in overridden:
                # A kind may narrow only what the base leaves untyped (the generator keeps the
                # base's type of a field both declare).
                assert schema["properties"][field_name].keys() <= {"description"}, field_name


def test_kinds_are_only_reached_through_their_base() -> None:
    document = yaml.safe_dump(spec.load()["paths"])
    schemas = spec.load()["components"]["schemas"]
    for schema in schemas.values():
        for target in ((schema.get("discriminator") or {}).get("mapping") or {}).values():
            assert target not in document, target


def test_the_configuration_pull_offers_json_and_zip() -> None:
    pull = next(op for op in spec.operations() if op.operation_id == "pull_app_configuration")
    content = spec.success_responses(pull)[200]["content"]
    assert list(content) == ["application/json", "application/zip"]
    assert content["application/json"]["schema"] == {
        "$ref": "#/components/schemas/AppConfiguration"
    }
    assert content["application/zip"]["schema"] == {"type": "string", "format": "binary"}


def test_page_disagreements_accept_both_forms() -> None:
    ops = {op.operation_id: op for op in spec.operations()}
    assert set(spec.success_responses(ops["create_draft"])) == {200, 201}
    drafts = spec.json_schema_of(spec.success_responses(ops["list_drafts"])[200])
    assert [s.get("type", s.get("$ref")) for s in drafts["oneOf"]] == [
        "array",
        "#/components/schemas/Draft",
    ]
    delete_trigger = spec.success_responses(ops["delete_trigger"])
    assert list(delete_trigger) == [200]
    assert spec.json_schema_of(delete_trigger[200]) == {"$ref": "#/components/schemas/EmptyObject"}
    assert set(spec.success_responses(ops["execute_function"])) == {200, 201}
    assert set(spec.success_responses(ops["execute_function_source"])) == {200, 201}


def test_only_the_multipart_mixed_upload_is_delegated_to_the_extension() -> None:
    delegated = [op for op in spec.operations() if "x-stitch-admin-implemented-by" in op.data]
    assert [op.operation_id for op in delegated] == ["upload_hosting_asset"]
    for op in spec.operations():
        if op.operation_id != "upload_hosting_asset" and "requestBody" in op.data:
            assert "multipart/mixed" not in op.data["requestBody"]["content"], op.operation_id


def test_upload_sends_path_in_query_and_meta_and_is_delegated_to_the_extension() -> None:
    upload = next(op for op in spec.operations() if op.operation_id == "upload_hosting_asset")
    assert upload.data["x-stitch-admin-implemented-by"].startswith("stitch_admin_ext.")
    assert "multipart/mixed" in upload.data["requestBody"]["content"]
    assert any(p["name"] == "path" and p["in"] == "query" for p in spec.all_parameters(upload))
    meta = spec.load()["components"]["schemas"]["HostingAssetUploadMeta"]
    assert {"path", "hash", "size"} <= set(meta["required"])


@pytest.mark.parametrize(
    ("operation_id", "parameter", "expected"),
    [
        ("list_logs", "errors_only", {"type": "boolean"}),
        ("list_logs", "skip", {"type": "integer", "minimum": 0}),
        ("list_logs", "start_date", {"type": "string", "format": "date-time"}),
        ("list_logs", "end_date", {"type": "string", "format": "date-time"}),
        ("create_app", "defaults", {"type": "boolean"}),
        ("execute_function", "run_as_system", {"type": "boolean"}),
        (
            "list_push_notifications",
            "state",
            {"$ref": "#/components/schemas/PushNotificationState"},
        ),
    ],
)
def test_query_parameters_are_typed(operation_id: str, parameter: str, expected: object) -> None:
    op = next(op for op in spec.operations() if op.operation_id == operation_id)
    found = {p["name"]: p["schema"] for p in spec.all_parameters(op) if p["in"] == "query"}
    assert found[parameter] == expected


def test_secrets_are_marked_as_passwords() -> None:
    schemas = spec.load()["components"]["schemas"]
    secrets = {
        (name, prop)
        for name, schema in schemas.items()
        for prop, sub in schema.get("properties", {}).items()
        if sub.get("format") == "password"
    }
    assert secrets >= {
        ("LoginRequest", "apiKey"),
        ("LoginRequest", "password"),
        ("LoginResponse", "access_token"),
        ("LoginResponse", "refresh_token"),
        ("SessionResponse", "access_token"),
        ("ApiKeyWithSecret", "key"),
    }


NAMED_INPUTS = [
    "AppCreate",
    "ApiKeyCreate",
    "AuthProviderCreate",
    "AuthProviderUpdate",
    "FunctionInput",
    "RuleInput",
    "ServiceInput",
    "ServiceUpdate",
    "IncomingWebhookInput",
    "ValueInput",
    "TriggerInput",
]


@pytest.mark.parametrize("schema_name", NAMED_INPUTS)
def test_names_in_requests_are_not_empty(schema_name: str) -> None:
    # The service answers 400 to an empty name; a schema that allowed one would let a
    # client (and the contract tests' valid requests) send what is always refused.
    name = spec.load()["components"]["schemas"][schema_name]["properties"]["name"]
    assert name["minLength"] == 1


def test_app_names_and_new_users_have_the_service_s_limits() -> None:
    schemas = spec.load()["components"]["schemas"]
    app_name = schemas["AppCreate"]["properties"]["name"]
    assert (app_name["maxLength"], app_name["pattern"]) == (32, "^[A-Za-z0-9_-]+$")
    user = schemas["UserCreate"]["properties"]
    assert user["email"]["format"] == "email"
    assert (user["password"]["minLength"], user["password"]["maxLength"]) == (6, 128)
