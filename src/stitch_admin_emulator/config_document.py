"""An application's configuration as one JSON document: the `AppConfiguration` of a pull.

`to_document` renders what `GET .../pull` answers: the configuration (`AppConfig`) with the
app's settings, entries without ids of their own, in a fixed order, references to other
entries by id and by name (`function_id` and `function_name`, ...), secrets by name only.
`names_only` drops the ids that references carry beside names: the form of the
configuration files (`config_layout`), and what a push compares entries by. The way back,
from a pushed document to a configuration, is `config_push`.

Plain functions without I/O, so that configuration as code can mirror the same mapping.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from stitch_admin_emulator.app_config import AppConfig, Document, ServiceRecord

# Environment values' environments, "none" being the one used when the app has none.
ENVIRONMENTS = ("none", "development", "testing", "qa", "production")
DATA_SOURCE_TYPES = ("mongodb-atlas", "mongodb", "datalake")
HTTP_SERVICE_TYPE = "http"
# Fields the service sets on stored documents: never part of the configuration.
COMPUTED = ("_id", "last_modified")
# The settings documents the JSON form carries, by key in the document -> singleton name,
# and the fields of each that the service computes.
SINGLETONS = {
    "custom_user_data": "custom_user_data",
    "data_api_config": "data_api_config",
    "hosting": "hosting_config",
    "sync": "sync_config",
}
GRAPHQL_SINGLETONS = {
    "config": "graphql_config",
    "validation_settings": "graphql_validation_settings",
}
SINGLETON_COMPUTED = {"hosting_config": ("status", "default_domain", "app_default_domain")}
# The families of `AppConfig.collections` the JSON form carries.
ENVIRONMENT_VALUES = "environment_values"
ENDPOINTS = "endpoints"
LOG_FORWARDERS = "log_forwarders"
SCHEMAS = "schemas"
RESOLVERS = "graphql_custom_resolvers"
# The settings each trigger type cannot do without.
TRIGGER_SETTINGS = {
    "DATABASE": ("operation_types", "database", "collection", "service_id"),
    "AUTHENTICATION": ("operation_type",),
    "SCHEDULED": ("schedule",),
}


@attrs.frozen
class AppSettings:
    """What the configuration holds beside `AppConfig`: the app's own settings."""

    name: str
    deployment_model: str
    provider_region: str | None = None
    environment: str = ""  # "" for none


@attrs.frozen
class Refs:
    """Names by id of what references point at."""

    functions: Mapping[str, str]
    services: Mapping[str, str]
    secrets: Mapping[str, str]


def plain(doc: Mapping[str, Any], *computed: str) -> Document:
    """A copy of a stored document without the fields the service computes."""
    dropped = (*COMPUTED, *computed)
    return {key: copy.deepcopy(value) for key, value in doc.items() if key not in dropped}


def trigger_settings_problem(kind: str, settings: Mapping[str, Any]) -> str | None:
    """Why a trigger's `config` is incomplete for its type, if it is."""
    missing = [name for name in TRIGGER_SETTINGS.get(kind, ()) if name not in settings]
    if missing:
        return f"a {kind} trigger needs config.{', config.'.join(missing)}"
    schedule = settings.get("schedule")
    if kind == "SCHEDULED" and (
        not isinstance(schedule, str) or len(schedule.split()) not in (5, 6)
    ):
        return "config.schedule must be a cron expression of 5 or 6 fields"
    return None


# ---------------------------------------------------------------------- configuration -> JSON


def to_document(settings: AppSettings, config: AppConfig, secrets: Mapping[str, str]) -> Document:
    """The `AppConfiguration` of an app; `secrets` names each secret by id."""
    refs = Refs(
        functions={key: doc["name"] for key, doc in config.functions.items()},
        services={key: service.doc["name"] for key, service in config.services.items()},
        secrets=secrets,
    )
    services: dict[str, list[Document]] = {
        "data_sources": [],
        "https_endpoints": [],
        "services": [],
    }
    for service in config.services.values():
        services[_service_kind(service.doc)].append(_service_json(service))
    document: Document = {
        "name": settings.name,
        "deployment_model": settings.deployment_model,
        "allowed_request_origins": list(config.allowed_origins),
        "auth_providers": _sorted_by_name(plain(p) for p in config.auth_providers.values()),
        "endpoints": sorted(
            (endpoint_json(e, refs) for e in family_docs(config, ENDPOINTS)), key=endpoint_key
        ),
        "environments": _environments_json(family_docs(config, ENVIRONMENT_VALUES)),
        "functions": _sorted_by_name(plain(f) for f in config.functions.values()),
        "graphql": _graphql_json(config, refs),
        "log_forwarders": _sorted_by_name(plain(f) for f in family_docs(config, LOG_FORWARDERS)),
        "schemas": sorted((plain(s) for s in family_docs(config, SCHEMAS)), key=schema_key),
        "triggers": _sorted_by_name(trigger_json(t, refs) for t in config.triggers.values()),
        "values": _sorted_by_name(plain(v) for v in config.values.values()),
    }
    document |= {kind: _sorted_by_name(found) for kind, found in services.items()}
    if settings.provider_region:
        document["provider_region"] = settings.provider_region
    if settings.environment:
        document["environment"] = settings.environment
    for key, singleton in SINGLETONS.items():
        stored = config.singletons.get(singleton)
        if stored is not None:
            document[key] = setting_json(singleton, stored, refs)
    return document


def family_docs(config: AppConfig, family: str) -> list[Document]:
    return list(config.collections.get(family, {}).values())


def _sorted_by_name(docs: Iterable[Document]) -> list[Document]:
    return sorted(docs, key=lambda doc: str(doc.get("name", "")))


def _service_kind(doc: Mapping[str, Any]) -> str:
    if doc.get("type") in DATA_SOURCE_TYPES:
        return "data_sources"
    return "https_endpoints" if doc.get("type") == HTTP_SERVICE_TYPE else "services"


def rule_key(rule: Mapping[str, Any]) -> tuple[str, str, str]:
    return (
        str(rule.get("database", "")),
        str(rule.get("collection", "")),
        str(rule.get("name", "")),
    )


def endpoint_key(endpoint: Mapping[str, Any]) -> tuple[str, str]:
    return (str(endpoint.get("route", "")), str(endpoint.get("http_method", "")))


def schema_key(schema: Mapping[str, Any]) -> tuple[str, str, str]:
    metadata = schema.get("metadata")
    metadata = metadata if isinstance(metadata, dict) else {}
    return (
        str(metadata.get("data_source", "")),
        str(metadata.get("database", "")),
        str(metadata.get("collection", "")),
    )


def resolver_key(resolver: Mapping[str, Any]) -> tuple[str, str]:
    return (str(resolver.get("on_type", "")), str(resolver.get("field_name", "")))


def _service_json(service: ServiceRecord) -> Document:
    out = plain(service.doc)
    out["rules"] = sorted((plain(rule) for rule in service.rules.values()), key=rule_key)
    if service.default_rule is not None:
        out["default_rule"] = plain(service.default_rule)
    if service.webhooks or _service_kind(service.doc) != "data_sources":
        out["incoming_webhooks"] = _sorted_by_name(plain(h) for h in service.webhooks.values())
    return out


def name_beside(doc: Document, id_field: str, name_field: str, known: Mapping[str, str]) -> None:
    """Add the name of what `doc[id_field]` points at, when it points at something."""
    target = doc.get(id_field)
    if isinstance(target, str) and target in known:
        doc[name_field] = known[target]


def trigger_json(trigger: Document, refs: Refs) -> Document:
    out = plain(trigger)
    name_beside(out, "function_id", "function_name", refs.functions)
    settings = out.get("config")
    if out.get("type") == "DATABASE" and isinstance(settings, dict):
        name_beside(settings, "service_id", "service_name", refs.services)
    for nested in trigger_function_refs(out):
        name_beside(nested, "function_id", "function_name", refs.functions)
    return out


def trigger_function_refs(trigger: Document) -> list[Document]:
    """The nested settings of a trigger that may name a function: its event processors'
    and its error handler's `config`."""
    found = []
    processors = trigger.get("event_processors")
    holders = list(processors.values()) if isinstance(processors, dict) else []
    holders.append(trigger.get("error_handler"))
    for holder in holders:
        if isinstance(holder, dict) and isinstance(holder.get("config"), dict):
            found.append(holder["config"])
    return found


def endpoint_json(endpoint: Document, refs: Refs) -> Document:
    out = plain(endpoint)
    name_beside(out, "function_id", "function_name", refs.functions)
    name_beside(out, "secret_id", "secret_name", refs.secrets)
    return out


def _environments_json(environment_values: list[Document]) -> Document:
    by_environment: dict[str, dict[str, Any]] = {name: {} for name in ENVIRONMENTS}
    for value in environment_values:
        contents = value.get("values")
        if not isinstance(contents, dict) or not isinstance(value.get("name"), str):
            continue
        for environment, content in contents.items():
            by_environment.setdefault(environment, {})[value["name"]] = copy.deepcopy(content)
    return {
        "values": {
            environment: {"values": dict(sorted(values.items()))}
            for environment, values in by_environment.items()
        }
    }


def _graphql_json(config: AppConfig, refs: Refs) -> Document:
    resolvers = []
    for resolver in family_docs(config, RESOLVERS):
        out = plain(resolver)
        name_beside(out, "function_id", "function_name", refs.functions)
        resolvers.append(out)
    graphql: Document = {"custom_resolvers": sorted(resolvers, key=resolver_key)}
    for key, singleton in GRAPHQL_SINGLETONS.items():
        stored = config.singletons.get(singleton)
        if stored is not None:
            graphql[key] = plain(stored)
    return graphql


def setting_json(singleton: str, stored: Document, refs: Refs) -> Document:
    out = plain(stored, *SINGLETON_COMPUTED.get(singleton, ()))
    if singleton == "custom_user_data":
        name_beside(out, "mongo_service_id", "mongo_service_name", refs.services)
        name_beside(
            out, "on_user_creation_function_id", "on_user_creation_function_name", refs.functions
        )
    return out


# ---------------------------------------------------------------------- names only

# (id field, name field) pairs a reference may carry both of.
FUNCTION_REF = ("function_id", "function_name")
_NAME_WINS = {
    "endpoints": (FUNCTION_REF, ("secret_id", "secret_name")),
    "custom_user_data": (
        ("mongo_service_id", "mongo_service_name"),
        ("on_user_creation_function_id", "on_user_creation_function_name"),
    ),
}


def drop_ids(doc: Any, *pairs: tuple[str, str]) -> None:
    if isinstance(doc, dict):
        for id_field, name_field in pairs:
            if name_field in doc:
                doc.pop(id_field, None)


def names_only(document: Mapping[str, Any]) -> Document:
    """A copy of an `AppConfiguration` whose references name what they point at and carry no
    id beside the name (a reference with an id alone keeps it)."""
    out = copy.deepcopy(dict(document))
    for trigger in entries_of(out, "triggers"):
        drop_ids(trigger, FUNCTION_REF)
        drop_ids(trigger.get("config"), ("service_id", "service_name"))
        for nested in trigger_function_refs(trigger):
            drop_ids(nested, FUNCTION_REF)
    for endpoint in entries_of(out, "endpoints"):
        drop_ids(endpoint, *_NAME_WINS["endpoints"])
    graphql = out.get("graphql")
    if isinstance(graphql, dict):
        for resolver in entries_of(graphql, "custom_resolvers"):
            drop_ids(resolver, FUNCTION_REF)
    drop_ids(out.get("custom_user_data"), *_NAME_WINS["custom_user_data"])
    return out


def entries_of(holder: Mapping[str, Any], key: str) -> list[Document]:
    found = holder.get(key)
    return [entry for entry in found if isinstance(entry, dict)] if isinstance(found, list) else []


def names_only_entry(entry: Mapping[str, Any]) -> Document:
    """An entry as `names_only` leaves it, whatever its kind: references by name alone."""
    out = copy.deepcopy(dict(entry))
    drop_ids(out, FUNCTION_REF, ("secret_id", "secret_name"), *_NAME_WINS["custom_user_data"])
    drop_ids(out.get("config"), ("service_id", "service_name"))
    for nested in trigger_function_refs(out):
        drop_ids(nested, FUNCTION_REF)
    return out
