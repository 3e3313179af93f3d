"""GraphQL (deprecated, still served): its settings, custom resolvers, and running operations.

Settings, validation settings and custom resolvers are part of the deployable configuration.
A custom resolver is a field (`field_name`) on `Query`, `Mutation` or a generated type
(`on_type`), computed by a function of the app; no two resolvers define the same field.

`POST .../graphql` runs an operation against the deployed app's schema (see
`graphql_schema`), as the administrator (system user): graphql-core parses, validates and
executes the document, each resolver's function runs for real, and the answer is GraphQL's
`{"data", "errors"}` with status 200 whatever went wrong inside the operation; introspection
is refused when the settings disable it. Each operation is written to the app's log as a
`GRAPHQL` entry with its functions' `console.log` lines.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable
from typing import Any

from graphql import (
    ExecutionResult,
    GraphQLError,
    GraphQLSchema,
    execute,
    parse,
    specified_rules,
    validate,
)
from graphql.validation import NoSchemaIntrospectionCustomRule
from starlette.responses import Response

from stitch_admin_emulator import graphql_schema, ids, timestamps, usage
from stitch_admin_emulator.api.common import APP, pick
from stitch_admin_emulator.api.execution import SYSTEM_USER
from stitch_admin_emulator.api.resources import Family, Setting, serve_family, serve_setting
from stitch_admin_emulator.app_config import AppConfig, Document
from stitch_admin_emulator.errors import bad_request, conflict
from stitch_admin_emulator.js_runtime import Job, RunResult
from stitch_admin_emulator.responses import json_response
from stitch_admin_emulator.routing import Call, OperationTable

table = OperationTable()

GRAPHQL = f"{APP}/graphql"
RESOLVERS = f"{GRAPHQL}/custom_resolvers"
RESOLVER = f"{RESOLVERS}/{{customResolverId}}"
# A document of more tokens than this is refused before it is parsed further.
MAX_TOKENS = 10_000
CONFIG_DEFAULTS: Document = {
    "use_natural_pluralization": True,
    "disable_schema_introspection": False,
}
VALIDATION_DEFAULTS: Document = {
    "read_validation_action": "ERROR",
    "read_validation_level": "OFF",
    "write_validation_action": "ERROR",
    "write_validation_level": "STRICT",
}
settings = Setting("graphql_config", default=lambda call: dict(CONFIG_DEFAULTS))
validation_settings = Setting(
    "graphql_validation_settings", default=lambda call: dict(VALIDATION_DEFAULTS)
)
resolvers = Family(
    "graphql_custom_resolvers",
    "custom resolver",
    "CustomResolverNotFound",
    "customResolverId",
    name=None,
)
_TYPE_FIELDS = ("input_type", "input_type_format", "payload_type", "payload_type_format")

serve_setting(
    table, settings, f"{GRAPHQL}/config", fields=lambda call, _: CONFIG_DEFAULTS | call.body
)
serve_setting(
    table,
    validation_settings,
    f"{APP}/validation_settings/graphql",
    fields=lambda call, _: VALIDATION_DEFAULTS | call.body,
)


def _function_id(call: Call, body: Document) -> str:
    function_id, name = body.get("function_id"), body.get("function_name")
    if function_id is None and name is None:
        raise bad_request("a custom resolver needs its function: function_id or function_name")
    if function_id is not None:
        function = call.config.functions.get(function_id)
    else:
        function = call.config.function_named(str(name))
    if function is None:
        raise bad_request(
            f"the resolver's function {function_id or name!r} does not exist", "FunctionNotFound"
        )
    if name is not None and function["name"] != name:
        raise bad_request(f"function_id {function_id!r} names no function called {name!r}")
    return str(function["_id"])


def _fields(call: Call, current: Document | None) -> Document:
    body = call.body
    if current is not None and body.get("_id", current["_id"]) != current["_id"]:
        raise bad_request("'_id' does not match the custom resolver in the path")
    fields = {
        "on_type": body["on_type"],
        "field_name": body["field_name"],
        **pick(body, *_TYPE_FIELDS),
        "function_id": _function_id(call, body),
    }
    generated = graphql_schema.generated_types(call.config.collection("schemas"))
    try:
        graphql_schema.check_resolver(fields, generated)
    except graphql_schema.SchemaError as exc:
        raise bad_request(str(exc), "InvalidCustomResolver") from exc
    keep = None if current is None else current["_id"]
    for key, other in resolvers.documents(call).items():
        if key != keep and (other["on_type"], other["field_name"]) == (
            fields["on_type"],
            fields["field_name"],
        ):
            raise conflict(
                f"a custom resolver for {fields['on_type']}.{fields['field_name']} already exists",
                "DuplicateCustomResolver",
            )
    return fields


def _shown(call: Call, resolver: Document) -> Document:
    function = call.config.functions.get(resolver["function_id"])
    return resolver if function is None else {**resolver, "function_name": function["name"]}


serve_family(table, resolvers, RESOLVERS, RESOLVER, fields=_fields, shown=_shown)


def _variables(body: Document) -> dict[str, Any] | None:
    variables = body.get("variables")
    if isinstance(variables, str):
        try:
            variables = json.loads(variables) if variables.strip() else None
        except ValueError as exc:
            raise bad_request("'variables' is not valid JSON text") from exc
    if variables is not None and not isinstance(variables, dict):
        raise bad_request("'variables' must be an object (or its JSON text)")
    return variables


class _Operation:
    """One operation's schema and the function runs its resolvers made."""

    def __init__(self, call: Call, deployed: AppConfig) -> None:
        self.call = call
        self.functions = {key: dict(f) for key, f in deployed.functions.items()}
        self.by_name = {f["name"]: f["source"] for f in deployed.functions.values()}
        self.values = {value["name"]: value.get("value") for value in deployed.values.values()}
        self.runs: list[tuple[str, RunResult]] = []
        self.resolvers = list(deployed.collections.get(resolvers.key, {}).values())
        self.schemas = dict(deployed.collections.get("schemas", {}))
        stored = deployed.singletons.get(settings.key, {})
        self.introspection = not stored.get("disable_schema_introspection", False)

    async def run(self, function_id: str, arguments: list[Any]) -> Any:
        function = self.functions.get(function_id)
        if function is None:
            raise GraphQLError(f"the resolver's function {function_id} no longer exists")
        self.call.emulator.counters.function_runs += 1
        job = Job(
            function["source"],
            arguments=arguments,
            values=self.values,
            functions=self.by_name,
            user=SYSTEM_USER,
        )
        run = await self.call.emulator.runner.run(job)
        self.runs.append((function["name"], run))
        if run.error is not None:
            raise GraphQLError(run.error.get("message", "the function failed"))
        return run.result

    def schema(self) -> GraphQLSchema | None:
        try:
            return graphql_schema.build(self.resolvers, self.schemas, self.run)
        except (TypeError, ValueError, KeyError) as exc:
            raise _Refused(f"the app's GraphQL schema is invalid: {exc}") from exc

    async def result(self, query: str, variables: Any, name: str | None) -> ExecutionResult:
        try:
            schema = self.schema()
            if schema is None:
                raise _Refused(
                    "the app's GraphQL schema has no Query type: it needs a custom resolver "
                    "on Query"
                )
            document = parse(query, max_tokens=MAX_TOKENS)
        except GraphQLError as error:
            return ExecutionResult(None, [error])
        except _Refused as refused:
            return ExecutionResult(None, [GraphQLError(str(refused))])
        rules = list(specified_rules)
        if not self.introspection:
            rules.append(NoSchemaIntrospectionCustomRule)
        errors = validate(schema, document, rules)
        if errors:
            return ExecutionResult(None, errors)
        outcome = execute(schema, document, variable_values=variables, operation_name=name)
        if isinstance(outcome, Awaitable):
            return await outcome
        return outcome


class _Refused(Exception):
    """The operation cannot run at all (no usable schema)."""


@table.operation("POST", GRAPHQL)
async def run_graphql_operation(call: Call) -> Response:
    with call.store.lock:
        operation = _Operation(call, call.app.deployed)
    variables = _variables(call.body)
    started_ms = timestamps.now_ms()
    result = await operation.result(call.body["query"], variables, call.body.get("operationName"))
    body: Document = dict(result.formatted)
    entry: Document = {
        "_id": ids.object_id(),
        "co_id": ids.object_id(),
        "type": "GRAPHQL",
        "domain_id": call.app.domain_id,
        "app_id": call.app.id,
        "group_id": call.app.group_id,
        "request_url": call.request.url.path,
        "request_method": call.request.method,
        "started": timestamps.format_ms(started_ms),
        "completed": timestamps.format_ms(timestamps.now_ms()),
        "messages": [line for _, run in operation.runs for line in run.logs],
    }
    if result.errors:
        entry["error"] = result.errors[0].message
        entry["error_code"] = "GraphQLError"
    with call.store.transaction() as transaction:
        app = call.store.apps.get(call.app.id)
        if app is not None:
            transaction.add_logs(app, [(started_ms, entry)])
            for _, run in operation.runs:
                usage.record_function_run(app, run.seconds * 1000)
    return json_response(body)
