"""The Data API's settings, and GraphQL: settings, custom resolvers and running operations."""

from __future__ import annotations

from typing import Any

import httpx

MISSING_ID = "0123456789abcdef01234567"


def created(response: httpx.Response) -> dict[str, Any]:
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


def function(api: httpx.Client, app: str, name: str, source: str) -> dict[str, Any]:
    return created(api.post(f"{app}/functions", json={"name": name, "source": source}))


def test_the_data_api_is_off_until_set_up(api: httpx.Client, app: str) -> None:
    path = f"{app}/data_api/config"
    assert api.get(path).status_code == 404
    assert api.patch(path, json={"disabled": True}).status_code == 404
    made = created(api.post(path, json={"return_type": "EJSON"}))
    assert made["return_type"] == "EJSON"
    assert made["versions"] == ["v1"]
    assert made["validation_method"] == "NO_VALIDATION"
    assert api.get(path).json() == made
    assert api.patch(path, json={"disabled": True}).status_code == 204
    assert api.get(path).json() == made | {"disabled": True}
    assert api.get(f"{app}/data_api/versions").json() == ["v1"]


def test_the_data_api_checks_who_requests_run_as(api: httpx.Client, app: str) -> None:
    path = f"{app}/data_api/config"
    unknown = api.post(path, json={"run_as_user_id": MISSING_ID})
    assert (unknown.status_code, unknown.json()["error_code"]) == (400, "UserNotFound")
    user = created(api.post(f"{app}/users", json={"email": "a@example.com", "password": "secret1"}))
    both = {"run_as_user_id": user["_id"], "run_as_user_id_script_source": "exports = () => 1"}
    assert api.post(path, json=both).status_code == 400
    assert api.post(path, json={"versions": []}).status_code == 400
    secret = api.post(path, json={"validation_method": "VERIFY_PAYLOAD", "secret_name": "nope"})
    assert secret.json()["error_code"] == "SecretNotFound"
    assert api.get(path).status_code == 404
    made = created(api.post(path, json={"run_as_user_id": user["_id"]}))
    assert made["run_as_user_id"] == user["_id"]


def test_graphql_settings_and_validation_settings(api: httpx.Client, app: str) -> None:
    config = f"{app}/graphql/config"
    assert api.get(config).json() == {
        "use_natural_pluralization": True,
        "disable_schema_introspection": False,
    }
    assert api.put(config, json={"disable_schema_introspection": True}).status_code == 204
    assert api.get(config).json() == {
        "use_natural_pluralization": True,
        "disable_schema_introspection": True,
    }
    validation = f"{app}/validation_settings/graphql"
    assert api.get(validation).json()["write_validation_level"] == "STRICT"
    changed = {"read_validation_action": "WARN", "read_validation_level": "STRICT"}
    assert api.put(validation, json=changed).status_code == 204
    assert api.get(validation).json() == {
        "read_validation_action": "WARN",
        "read_validation_level": "STRICT",
        "write_validation_action": "ERROR",
        "write_validation_level": "STRICT",
    }
    assert api.put(validation, json={"read_validation_level": "LOOSE"}).status_code == 400


def resolver(function_id: str, **fields: Any) -> dict[str, Any]:
    return {"on_type": "Query", "field_name": "add", "function_id": function_id} | fields


ADD = "exports = (input) => { console.log('adding'); return input.a + input.b; };"
ADD_INPUT = {
    "input_type": {
        "type": "object",
        "properties": {"a": {"bsonType": "int"}, "b": {"bsonType": "int"}},
    },
    "input_type_format": "custom",
    "payload_type": "Int",
    "payload_type_format": "scalar",
}


def test_custom_resolvers_crud_and_the_references_they_check(api: httpx.Client, app: str) -> None:
    add = function(api, app, "add", ADD)
    made = created(api.post(f"{app}/graphql/custom_resolvers", json=resolver(add["_id"])))
    assert made["function_name"] == "add"
    path = f"{app}/graphql/custom_resolvers/{made['_id']}"
    assert api.get(path).json() == made
    duplicate = api.post(f"{app}/graphql/custom_resolvers", json=resolver(add["_id"]))
    assert (duplicate.status_code, duplicate.json()["error_code"]) == (
        409,
        "DuplicateCustomResolver",
    )
    for bad in (
        resolver(MISSING_ID, field_name="other"),
        {"on_type": "Query", "field_name": "other", "function_name": "missing"},
        resolver(add["_id"], field_name="not a name"),
        resolver(add["_id"], field_name="other", on_type="Movie"),
        resolver(
            add["_id"], field_name="other", payload_type="Money", payload_type_format="scalar"
        ),
        resolver(add["_id"], field_name="other", payload_type="Int"),
        resolver(add["_id"], field_name="other", input_type="x", input_type_format="custom"),
    ):
        refused = api.post(f"{app}/graphql/custom_resolvers", json=bad)
        assert refused.status_code == 400, bad
    replaced = api.put(path, json=resolver(add["_id"], field_name="sum") | ADD_INPUT)
    assert replaced.status_code == 204
    assert api.get(path).json()["field_name"] == "sum"
    assert [r["field_name"] for r in api.get(f"{app}/graphql/custom_resolvers").json()] == ["sum"]
    assert api.delete(path).status_code == 204
    assert api.get(path).status_code == 404
    assert api.get(f"{app}/graphql/custom_resolvers").json() == []


def run(api: httpx.Client, app: str, query: str, **fields: Any) -> dict[str, Any]:
    response = api.post(f"{app}/graphql", json={"query": query, **fields})
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def test_graphql_runs_custom_resolvers_with_their_functions(api: httpx.Client, app: str) -> None:
    add = function(api, app, "add", ADD)
    created(api.post(f"{app}/graphql/custom_resolvers", json=resolver(add["_id"]) | ADD_INPUT))
    answer = run(api, app, "query Sum($b: Int) { add(input: {a: 2, b: $b}) }", variables={"b": 40})
    assert answer == {"data": {"add": 42}}
    as_text = run(
        api, app, "query Sum($b: Int) { add(input: {a: 1, b: $b}) }", variables='{"b": 1}'
    )
    assert as_text == {"data": {"add": 2}}
    logs = api.get(f"{app}/logs").json()["logs"]
    graphql = [entry for entry in logs if entry.get("type") == "GRAPHQL"]
    assert len(graphql) == 2
    assert graphql[0]["messages"] == ["adding"]


def test_graphql_answers_introspection_of_the_custom_resolvers(api: httpx.Client, app: str) -> None:
    add = function(api, app, "add", ADD)
    created(api.post(f"{app}/graphql/custom_resolvers", json=resolver(add["_id"]) | ADD_INPUT))
    introspection = run(api, app, "{ __schema { queryType { fields { name args { name } } } } }")
    fields = introspection["data"]["__schema"]["queryType"]["fields"]
    assert fields == [{"name": "add", "args": [{"name": "input"}]}]
    typed = run(api, app, '{ __type(name: "AddInput") { inputFields { name } } }')
    assert [f["name"] for f in typed["data"]["__type"]["inputFields"]] == ["a", "b"]
    api.put(f"{app}/graphql/config", json={"disable_schema_introspection": True})
    refused = run(api, app, "{ __schema { queryType { name } } }")
    assert refused["data"] is None
    assert "introspection" in refused["errors"][0]["message"]


def test_graphql_refuses_unknown_operations_with_graphql_errors(
    api: httpx.Client, app: str
) -> None:
    no_schema = run(api, app, "{ add }")
    assert no_schema["data"] is None
    assert "no Query type" in no_schema["errors"][0]["message"]
    add = function(api, app, "add", ADD)
    created(api.post(f"{app}/graphql/custom_resolvers", json=resolver(add["_id"]) | ADD_INPUT))
    unknown = run(api, app, "{ subtract }")
    assert unknown["errors"][0]["message"] == "Cannot query field 'subtract' on type 'Query'."
    assert unknown["errors"][0]["locations"] == [{"line": 1, "column": 3}]
    syntax = run(api, app, "{ add(input: ")
    assert syntax["errors"][0]["message"].startswith("Syntax Error")
    named = run(api, app, "query A { __typename }", operationName="B")
    assert named["errors"][0]["message"] == "Unknown operation named 'B'."
    bad_variables = api.post(f"{app}/graphql", json={"query": "{ x }", "variables": "{"})
    assert bad_variables.status_code == 400


def test_graphql_reports_a_failing_resolver_on_its_field(api: httpx.Client, app: str) -> None:
    boom = function(api, app, "boom", "exports = () => { throw new Error('no luck'); };")
    created(
        api.post(
            f"{app}/graphql/custom_resolvers",
            json=resolver(boom["_id"], payload_type="String", payload_type_format="scalar"),
        )
    )
    failed = run(api, app, "{ add }")
    assert failed["data"] == {"add": None}
    assert "no luck" in failed["errors"][0]["message"]
    assert failed["errors"][0]["path"] == ["add"]


def test_graphql_runs_what_is_deployed_not_a_draft(api: httpx.Client, app: str) -> None:
    add = function(api, app, "add", ADD)
    created(api.post(f"{app}/drafts"))
    created(api.post(f"{app}/graphql/custom_resolvers", json=resolver(add["_id"]) | ADD_INPUT))
    assert "no Query type" in run(api, app, "{ add }")["errors"][0]["message"]
