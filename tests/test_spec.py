"""The OpenAPI document: valid, complete against the reference page, shaped for the generator."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from openapi_spec_validator import validate
from support import spec

REFERENCE = Path(__file__).parent / "data" / "reference_operations.txt"

# Operations the live service has that the reference page does not list, and that the
# extension layer relies on.
EXTRA_OPERATIONS = {
    ("GET", "/groups/{groupId}/apps/{appId}/deployments/{deploymentId}"),
    ("DELETE", "/groups/{groupId}/apps/{appId}/hosting/assets/asset"),
}

TAGS = {
    "Administrator auth",
    "API keys",
    "Apps",
    "Auth providers",
    "Email",
    "Functions",
    "Logs",
    "Push notifications",
    "Rules",
    "Security",
    "Services",
    "Incoming webhooks",
    "Users",
    "Values",
    "Triggers",
    "Hosting",
    "Deployments",
    "Drafts",
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


def reference_operations() -> set[tuple[str, str]]:
    lines = REFERENCE.read_text(encoding="utf-8").splitlines()
    return {(line.split(" ", 1)[0], line.split(" ", 1)[1]) for line in lines if line.strip()}


def test_document_is_valid_openapi_3_0() -> None:
    document = spec.load()
    assert document["openapi"] == "3.0.3"
    validate(document)


def test_reference_list_has_the_90_unique_operations_of_the_page() -> None:
    assert len(reference_operations()) == 90


def test_every_reference_operation_is_in_the_document() -> None:
    documented = {(op.method, op.path) for op in spec.operations()}
    assert reference_operations() - documented == set()


def test_document_has_exactly_the_reference_operations_and_the_two_extras() -> None:
    documented = {(op.method, op.path) for op in spec.operations()}
    assert documented == reference_operations() | EXTRA_OPERATIONS
    assert len(documented) == 92


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
    assert used == TAGS
    assert {tag["name"] for tag in spec.load()["tags"]} == TAGS


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
            refs = [s["$ref"] for s in schema.get("oneOf", [schema])]
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


def test_object_schemas_keep_unknown_fields() -> None:
    for name, schema in spec.load()["components"]["schemas"].items():
        if schema.get("type") == "object" and name != "HostingAssetUpload":
            assert schema.get("additionalProperties") is True, name


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
