"""The configuration a push leaves: an `AppConfiguration` document made into an `AppConfig`.

`from_document` builds the configuration that `PATCH .../push` puts in place of the current
one, or raises the service's error (`ApiError`, 400) for a reference to a function, data
source or secret that does not exist, a name the service refuses, or two entries with one
name. Entries are matched to the current ones by name (endpoints by route and method,
schemas by namespace, resolvers by type and field): an unchanged entry keeps its stored
document as it was (its id, its `last_modified`), a changed one keeps its id, a new one gets
a new id. What the document cannot carry (hosted files, installed dependencies, settings and
families it has no key for) stays as it is.

Plain functions without I/O (see `config_document` for the other direction).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import attrs

from stitch_admin_emulator import names
from stitch_admin_emulator.app_config import AppConfig, Document, ServiceRecord
from stitch_admin_emulator.config_document import (
    ENDPOINTS,
    ENVIRONMENT_VALUES,
    GRAPHQL_SINGLETONS,
    LOG_FORWARDERS,
    RESOLVERS,
    SCHEMAS,
    SINGLETON_COMPUTED,
    SINGLETONS,
    AppSettings,
    Refs,
    endpoint_json,
    endpoint_key,
    entries_of,
    family_docs,
    name_beside,
    names_only_entry,
    plain,
    resolver_key,
    rule_key,
    schema_key,
    setting_json,
    trigger_function_refs,
    trigger_json,
    trigger_settings_problem,
)
from stitch_admin_emulator.errors import bad_request

_GRAPHQL_NAME = re.compile(r"[_A-Za-z][_0-9A-Za-z]*")
# MongoDB's rules: no empty names, none of these characters in database names, no `$` or NUL
# in collection names (both also become folder names).
_DATABASE_FORBIDDEN = re.compile(r'[/\\. "$*<>:|?\x00-\x1f]')
_COLLECTION_FORBIDDEN = re.compile(r"[$/\\\x00-\x1f]")


@attrs.frozen
class _Target:
    """A kind of entry that references point at, by id or by name."""

    id_field: str
    name_field: str
    kind: str
    code: str


# The settings of auth providers that name a function (custom function, email/password).
_PROVIDER_FUNCTIONS = ("authFunctionName", "confirmationFunctionName", "resetFunctionName")
_FUNCTION = _Target("function_id", "function_name", "function", "FunctionNotFound")
_SERVICE = _Target("service_id", "service_name", "data source", "ServiceNotFound")


@attrs.define
class _Builder:
    """The state of one conversion of a pushed document into a configuration."""

    current: AppConfig
    secrets: Mapping[str, str]  # secret id -> name
    new_id: Callable[[], str]
    now: int
    refs: Refs = attrs.field(init=False)
    result: AppConfig = attrs.field(init=False)
    # The pushed configuration's functions and services: name -> id.
    function_ids: dict[str, str] = attrs.field(factory=dict)
    service_ids: dict[str, str] = attrs.field(factory=dict)

    def __attrs_post_init__(self) -> None:
        self.refs = Refs(
            functions={key: doc["name"] for key, doc in self.current.functions.items()},
            services={key: s.doc["name"] for key, s in self.current.services.items()},
            secrets=self.secrets,
        )
        # What a push cannot carry stays: hosted files, other settings and families.
        self.result = AppConfig(
            hosting=copy.deepcopy(self.current.hosting),
            collections={
                family: copy.deepcopy(docs)
                for family, docs in self.current.collections.items()
                if family not in (ENVIRONMENT_VALUES, ENDPOINTS, LOG_FORWARDERS, SCHEMAS, RESOLVERS)
            },
            singletons={
                name: copy.deepcopy(doc)
                for name, doc in self.current.singletons.items()
                if name not in (*SINGLETONS.values(), *GRAPHQL_SINGLETONS.values())
            },
        )

    # -- shared steps

    def keep_or_make(
        self,
        existing: Document | None,
        existing_json: Callable[[Document], Document],
        pushed: Document,
        made: Document,
    ) -> Document:
        """The stored document for a pushed entry (`made`: the fields to store): the
        existing one, as it is, when the push does not change it; else `made` under the
        existing id (or a new one), `last_modified` moved to now if it has one."""
        if existing is not None and names_only_entry(pushed) == names_only_entry(
            existing_json(existing)
        ):
            return copy.deepcopy(existing)
        if existing is None:
            return {"_id": self.new_id(), **made}
        if plain(existing) == made:
            return copy.deepcopy(existing)
        doc = {"_id": existing["_id"], **made}
        if "last_modified" in existing:
            doc["last_modified"] = self.now
        return doc

    def resolver_json(self, resolver: Document) -> Document:
        out = plain(resolver)
        name_beside(out, "function_id", "function_name", self.refs.functions)
        return out

    def resolve(
        self, target: _Target, entry: Mapping[str, Any], what: str, *, required: bool
    ) -> str | None:
        """The id of the function or data source an entry names (by name first, else by id),
        which must be one of the pushed configuration's."""
        by_name = self.function_ids if target is _FUNCTION else self.service_ids
        name, key = entry.get(target.name_field), entry.get(target.id_field)
        if isinstance(name, str):
            if name not in by_name:
                raise bad_request(
                    f"{what} names the {target.kind} '{name}', which does not exist", target.code
                )
            return by_name[name]
        if isinstance(key, str) and key:
            if key not in by_name.values():
                raise bad_request(
                    f"{what} names the {target.kind} id '{key}', which does not exist",
                    target.code,
                )
            return key
        if required:
            raise bad_request(f"{what} names no {target.kind}", target.code)
        return None

    def check_secret(self, name: Any, what: str) -> None:
        if not isinstance(name, str) or name not in self.secrets.values():
            raise bad_request(
                f"{what} refers to the secret {_shown(name)}, which does not exist; create the "
                "secret first",
                "SecretNotFound",
            )

    def check_secret_config(self, entry: Mapping[str, Any], what: str) -> None:
        secret_config = entry.get("secret_config")
        if not isinstance(secret_config, dict):
            return
        for field, named in secret_config.items():
            for name in named if isinstance(named, list) else [named]:
                self.check_secret(name, f"{what} (secret_config.{field})")


def _shown(value: Any) -> str:
    return f"'{value}'" if isinstance(value, str) else "(none)"


def _unique(entries: list[Document], key: Callable[[Document], Any], kind: str) -> None:
    seen: set[Any] = set()
    for entry in entries:
        found = key(entry)
        if found in seen:
            shown = found if isinstance(found, str) else " ".join(str(part) for part in found)
            raise bad_request(f"two {kind} are named '{shown}'", "DuplicateName")
        seen.add(found)


def _check_name(what: str, name: Any) -> str:
    if not isinstance(name, str):
        raise bad_request(f"a {what} needs a 'name'")
    names.check(what, name)
    return name


def from_document(
    document: Mapping[str, Any],
    current: AppConfig,
    settings: AppSettings,
    secrets: Mapping[str, str],
    *,
    new_id: Callable[[], str],
    now: int,
) -> tuple[AppConfig, AppSettings]:
    """The configuration and settings a push of `document` leaves, `current` being the
    configuration it replaces; ApiError (400) if the service would refuse the document.

    The app's name, region and deployment model cannot change through a push: a document
    that gives other ones is refused, so that a configuration is not pushed to the wrong app
    by mistake. `secrets` names the app's secrets by id; a push never changes them."""
    for key in ("name", "provider_region", "deployment_model"):
        given, actual = document.get(key), getattr(settings, key)
        if given is not None and actual is not None and given != actual:
            raise bad_request(
                f"the configuration's {key} is '{given}' but the app's is '{actual}'; a push "
                f"cannot change it",
                "InvalidConfiguration",
            )
    builder = _Builder(current, secrets, new_id, now)
    _functions(builder, entries_of(document, "functions"))
    _services(builder, document)
    _values(builder, entries_of(document, "values"))
    _auth_providers(builder, entries_of(document, "auth_providers"))
    _triggers(builder, entries_of(document, "triggers"))
    _endpoints(builder, entries_of(document, "endpoints"))
    _environment_values(builder, document.get("environments"))
    _log_forwarders(builder, entries_of(document, "log_forwarders"))
    _schemas(builder, entries_of(document, "schemas"))
    graphql = document.get("graphql")
    _graphql(builder, graphql if isinstance(graphql, dict) else {})
    _settings(builder, document)
    origins = document.get("allowed_request_origins", [])
    builder.result.allowed_origins = list(dict.fromkeys(origins))
    environment = document.get("environment", "")
    return builder.result, attrs.evolve(settings, environment=environment)


def _by_name(docs: Iterable[Document]) -> dict[str, Document]:
    return {doc["name"]: doc for doc in docs if isinstance(doc.get("name"), str)}


def _functions(builder: _Builder, entries: list[Document]) -> None:
    _unique(entries, lambda e: e["name"], "functions")
    existing = _by_name(builder.current.functions.values())
    for entry in entries:
        name = _check_name("function", entry["name"])
        made = {"private": False} | plain(entry)
        doc = builder.keep_or_make(existing.get(name), plain, entry, made)
        builder.result.functions[doc["_id"]] = doc
        builder.function_ids[name] = doc["_id"]


def _services(builder: _Builder, document: Mapping[str, Any]) -> None:
    entries = [
        entry
        for kind in ("data_sources", "https_endpoints", "services")
        for entry in entries_of(document, kind)
    ]
    _unique(entries, lambda e: e["name"], "services")
    existing = {service.doc["name"]: service for service in builder.current.services.values()}
    for entry in entries:
        name = _check_name("service", entry["name"])
        what = f"the service '{name}'"
        builder.check_secret_config(entry, what)
        before = existing.get(name)
        pushed = _without(entry, "rules", "default_rule", "incoming_webhooks")
        version = before.doc.get("version", 1) if before is not None else 1
        made: Document = {"version": version, "config": {}} | plain(pushed)
        doc = builder.keep_or_make(None if before is None else before.doc, plain, pushed, made)
        service = ServiceRecord(doc)
        service.rules = _rules(builder, before, entries_of(entry, "rules"), what)
        service.webhooks = _webhooks(builder, before, entries_of(entry, "incoming_webhooks"), what)
        default_rule = entry.get("default_rule")
        if isinstance(default_rule, dict):
            old = None if before is None else before.default_rule
            service.default_rule = builder.keep_or_make(
                old, plain, default_rule, plain(default_rule)
            )
        builder.result.services[doc["_id"]] = service
        builder.service_ids[name] = doc["_id"]


def _without(doc: Mapping[str, Any], *fields: str) -> Document:
    return {key: value for key, value in doc.items() if key not in fields}


def _rules(
    builder: _Builder, before: ServiceRecord | None, entries: list[Document], what: str
) -> dict[str, Document]:
    for entry in entries:
        if "name" in entry:
            _check_name("rule", entry["name"])
        for field, pattern in (
            ("database", _DATABASE_FORBIDDEN),
            ("collection", _COLLECTION_FORBIDDEN),
        ):
            value = entry.get(field)
            if value is not None and (not value or pattern.search(value) or value in (".", "..")):
                raise bad_request(f"a rule of {what} has an invalid {field} name {value!r}")
    _unique([e for e in entries if "name" in e], lambda e: e["name"], f"rules of {what}")
    namespaced = [e for e in entries if "database" in e and "collection" in e]
    _unique(namespaced, lambda e: (e["database"], e["collection"]), f"rules of {what}")
    old = list(before.rules.values()) if before is not None else []
    rules = {}
    for entry in entries:
        match = next((rule for rule in old if _same_rule(rule, entry)), None)
        doc = builder.keep_or_make(match, plain, entry, plain(entry))
        rules[doc["_id"]] = doc
    return rules


def _same_rule(rule: Mapping[str, Any], entry: Mapping[str, Any]) -> bool:
    if "name" in entry:
        return bool(rule.get("name") == entry["name"])
    return rule_key(rule)[:2] == rule_key(entry)[:2]


def _webhooks(
    builder: _Builder, before: ServiceRecord | None, entries: list[Document], what: str
) -> dict[str, Document]:
    _unique(entries, lambda e: e["name"], f"incoming webhooks of {what}")
    old = _by_name(before.webhooks.values()) if before is not None else {}
    hooks = {}
    for entry in entries:
        name = _check_name("incoming webhook", entry["name"])
        made = {"function_source": "", "respond_result": False, "options": {}} | plain(entry)
        doc = builder.keep_or_make(old.get(name), plain, entry, made)
        hooks[doc["_id"]] = doc
    return hooks


def _values(builder: _Builder, entries: list[Document]) -> None:
    _unique(entries, lambda e: e["name"], "values")
    existing = _by_name(builder.current.values.values())
    for entry in entries:
        name = _check_name("value", entry["name"])
        if entry.get("from_secret"):
            builder.check_secret(entry.get("value"), f"the value '{name}'")
        made = {"value": None, "private": False} | plain(entry)
        doc = builder.keep_or_make(existing.get(name), plain, entry, made)
        builder.result.values[doc["_id"]] = doc


def _auth_providers(builder: _Builder, entries: list[Document]) -> None:
    named = [{"name": entry.get("name", entry["type"]), **entry} for entry in entries]
    _unique(named, lambda e: e["name"], "auth providers")
    existing = _by_name(builder.current.auth_providers.values())
    for entry in named:
        name = _check_name("auth provider", entry["name"])
        what = f"the auth provider '{name}'"
        builder.check_secret_config(entry, what)
        settings = entry.get("config")
        for field in _PROVIDER_FUNCTIONS:
            function = settings.get(field) if isinstance(settings, dict) else None
            if isinstance(function, str) and function:
                builder.resolve(_FUNCTION, {"function_name": function}, what, required=True)
        made = {"disabled": False, "config": {}} | plain(entry)
        doc = builder.keep_or_make(existing.get(name), plain, entry, made)
        builder.result.auth_providers[doc["_id"]] = doc


def _triggers(builder: _Builder, entries: list[Document]) -> None:
    _unique(entries, lambda e: e["name"], "triggers")
    existing = _by_name(builder.current.triggers.values())
    for entry in entries:
        name = _check_name("trigger", entry["name"])
        what = f"the trigger '{name}'"
        settings = dict(entry["config"])
        if entry["type"] == "DATABASE":
            settings["service_id"] = builder.resolve(_SERVICE, settings, what, required=True)
            settings.pop("service_name", None)
        problem = trigger_settings_problem(entry["type"], settings)
        if problem is not None:
            raise bad_request(f"{what}: {problem}")
        made = _without(plain(entry), "function_name")
        function_id = builder.resolve(_FUNCTION, entry, what, required=True)
        made["function_id"] = function_id
        made["config"] = settings
        for nested in trigger_function_refs(made):
            target = builder.resolve(_FUNCTION, nested, what, required=False)
            nested.pop("function_name", None)
            if target is not None:
                nested["function_id"] = target
        made.setdefault("disabled", False)
        doc = builder.keep_or_make(
            existing.get(name),
            lambda old: trigger_json(old, builder.refs),
            entry,
            made,
        )
        builder.result.triggers[doc["_id"]] = doc


def _endpoints(builder: _Builder, entries: list[Document]) -> None:
    _unique(entries, endpoint_key, "endpoints")
    existing = {endpoint_key(doc): doc for doc in family_docs(builder.current, ENDPOINTS)}
    family = builder.result.collection(ENDPOINTS)
    for entry in entries:
        what = f"the endpoint {entry['http_method']} {entry['route']}"
        made = _without(plain(entry), "function_name", "secret_name")
        made["function_id"] = builder.resolve(_FUNCTION, entry, what, required=True)
        secret_name = entry.get("secret_name")
        secret_id = entry.get("secret_id")
        if isinstance(secret_name, str) or (isinstance(secret_id, str) and secret_id):
            if isinstance(secret_name, str):
                builder.check_secret(secret_name, what)
                secret_id = next(k for k, v in builder.secrets.items() if v == secret_name)
            elif secret_id not in builder.secrets:
                raise bad_request(
                    f"{what} refers to the secret id '{secret_id}', which does not exist",
                    "SecretNotFound",
                )
            made["secret_id"] = secret_id
        doc = builder.keep_or_make(
            existing.get(endpoint_key(entry)),
            lambda old: endpoint_json(old, builder.refs),
            entry,
            made,
        )
        family[doc["_id"]] = doc
    _drop_if_empty(builder.result, ENDPOINTS)


def _drop_if_empty(config: AppConfig, family: str) -> None:
    if not config.collections.get(family):
        config.collections.pop(family, None)


def _environment_values(builder: _Builder, environments: Any) -> None:
    by_environment = environments.get("values") if isinstance(environments, dict) else None
    contents: dict[str, dict[str, Any]] = {}
    for environment, holder in (by_environment or {}).items():
        values = holder.get("values") if isinstance(holder, dict) else None
        if not isinstance(values, dict):
            continue
        for name, value in values.items():
            contents.setdefault(name, {})[environment] = value
    existing = _by_name(family_docs(builder.current, ENVIRONMENT_VALUES))
    family = builder.result.collection(ENVIRONMENT_VALUES)
    for name in sorted(contents):
        _check_name("environment value", name)
        pushed = {"name": name, "values": contents[name]}
        doc = builder.keep_or_make(existing.get(name), _environment_value_json, pushed, pushed)
        family[doc["_id"]] = doc
    _drop_if_empty(builder.result, ENVIRONMENT_VALUES)


def _environment_value_json(stored: Document) -> Document:
    values = stored.get("values")
    return {"name": stored["name"], "values": values if isinstance(values, dict) else {}}


def _log_forwarders(builder: _Builder, entries: list[Document]) -> None:
    _unique(entries, lambda e: e["name"], "log forwarders")
    existing = _by_name(family_docs(builder.current, LOG_FORWARDERS))
    family = builder.result.collection(LOG_FORWARDERS)
    for entry in entries:
        name = _check_name("log forwarder", entry["name"])
        action = entry["action"]
        what = f"the log forwarder '{name}'"
        if action.get("type") == "function":
            builder.resolve(_FUNCTION, {"function_name": action.get("name")}, what, required=True)
        if action.get("type") == "collection" and action.get("data_source") is not None:
            builder.resolve(_SERVICE, {"service_name": action["data_source"]}, what, required=True)
        doc = builder.keep_or_make(existing.get(name), plain, entry, plain(entry))
        family[doc["_id"]] = doc
    _drop_if_empty(builder.result, LOG_FORWARDERS)


def _schemas(builder: _Builder, entries: list[Document]) -> None:
    for entry in entries:
        metadata = entry.get("metadata")
        fields = ("data_source", "database", "collection")
        if not isinstance(metadata, dict) or not all(
            isinstance(metadata.get(field), str) for field in fields
        ):
            raise bad_request("each schema needs metadata.data_source, .database and .collection")
        names.check("service", metadata["data_source"])
        for field, pattern in (
            ("database", _DATABASE_FORBIDDEN),
            ("collection", _COLLECTION_FORBIDDEN),
        ):
            value = metadata[field]
            if not value or pattern.search(value) or value in (".", ".."):
                raise bad_request(f"a schema has an invalid {field} name {value!r}")
    _unique(entries, schema_key, "schemas")
    existing = {schema_key(doc): doc for doc in family_docs(builder.current, SCHEMAS)}
    family = builder.result.collection(SCHEMAS)
    for entry in entries:
        doc = builder.keep_or_make(existing.get(schema_key(entry)), plain, entry, plain(entry))
        family[doc["_id"]] = doc
    _drop_if_empty(builder.result, SCHEMAS)


def _graphql(builder: _Builder, graphql: Mapping[str, Any]) -> None:
    entries = entries_of(graphql, "custom_resolvers")
    for entry in entries:
        for field in ("on_type", "field_name"):
            if not _GRAPHQL_NAME.fullmatch(entry[field]):
                raise bad_request(
                    f"a custom resolver's {field} must be a GraphQL name, not {entry[field]!r}"
                )
    _unique(entries, resolver_key, "custom resolvers")
    existing = {resolver_key(doc): doc for doc in family_docs(builder.current, RESOLVERS)}
    family = builder.result.collection(RESOLVERS)
    for entry in entries:
        what = f"the custom resolver {entry['on_type']}.{entry['field_name']}"
        made = _without(plain(entry), "function_name")
        made["function_id"] = builder.resolve(_FUNCTION, entry, what, required=True)
        doc = builder.keep_or_make(
            existing.get(resolver_key(entry)), builder.resolver_json, entry, made
        )
        family[doc["_id"]] = doc
    _drop_if_empty(builder.result, RESOLVERS)
    for key, singleton in GRAPHQL_SINGLETONS.items():
        given = graphql.get(key)
        if isinstance(given, dict):
            builder.result.singletons[singleton] = _setting(builder, singleton, given)


def _settings(builder: _Builder, document: Mapping[str, Any]) -> None:
    for key, singleton in SINGLETONS.items():
        given = document.get(key)
        if not isinstance(given, dict):
            continue
        if singleton == "custom_user_data":
            given = _custom_user_data(builder, given)
        if singleton == "data_api_config" and "secret_name" in given:
            builder.check_secret(given["secret_name"], "the Data API configuration")
        builder.result.singletons[singleton] = _setting(builder, singleton, given)


def _custom_user_data(builder: _Builder, given: Mapping[str, Any]) -> Document:
    what = "the custom user data configuration"
    made = _without(given, "mongo_service_name", "on_user_creation_function_name")
    service_ref = {
        "service_id": given.get("mongo_service_id"),
        "service_name": given.get("mongo_service_name"),
    }
    service_id = builder.resolve(_SERVICE, service_ref, what, required=False)
    if service_id is not None:
        made["mongo_service_id"] = service_id
    function_ref = {
        "function_id": given.get("on_user_creation_function_id"),
        "function_name": given.get("on_user_creation_function_name"),
    }
    function_id = builder.resolve(_FUNCTION, function_ref, what, required=False)
    if function_id is not None:
        made["on_user_creation_function_id"] = function_id
    return made


def _setting(builder: _Builder, singleton: str, given: Mapping[str, Any]) -> Document:
    """The stored settings document: unchanged if the push leaves it as it was; the fields
    the service computes are kept from the stored one."""
    computed = SINGLETON_COMPUTED.get(singleton, ())
    stored = builder.current.singletons.get(singleton)
    made = plain(given, *computed)
    if stored is not None:
        if (
            names_only_entry(setting_json(singleton, stored, builder.refs))
            == names_only_entry(dict(given))
            or plain(stored, *computed) == made
        ):
            return copy.deepcopy(stored)
        for key in ("_id", *computed):
            if key in stored:
                made[key] = copy.deepcopy(stored[key])
        if "last_modified" in stored:
            made["last_modified"] = builder.now
    return made


def same_configuration(first: AppConfig, second: AppConfig) -> bool:
    """Whether two configurations hold the same (an empty family counts as none)."""

    def comparable(config: AppConfig) -> Document:
        state = config.state()
        state["collections"] = {k: v for k, v in config.collections.items() if v}
        return state

    return bool(comparable(first) == comparable(second))
