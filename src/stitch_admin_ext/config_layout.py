"""An application's configuration directory (config version 20210101) and its JSON form.

The service answers a pull as one JSON document (``AppConfiguration``) or as a zip of a
directory laid out as its documentation describes ("App Configuration"). This module turns
one into the other without I/O: ``document_to_files`` lays a document out as files (path ->
bytes), ``files_to_document`` reads files back into a document. References in files name
what they point at (``function_name``, ``service_name``, ``secret_name``), never ids
(``names_only``). Every JSON file has sorted keys, 4-space indents and a final newline, so
that the same configuration always gives the same bytes.

    root_config.json                      name, region, deployment model, environment, origins
    auth/providers.json                   every auth provider, by name
    auth/custom_user_data.json
    data_sources/<name>/config.json       a data source (mongodb-atlas, datalake)
    data_sources/<name>/default_rule.json
    data_sources/<name>/<db>/<coll>/rules.json, schema.json, relationships.json
    data_sources/<name>/rules/<rule>.json a rule without a namespace of its own
    environments/<environment>.json       no-environment.json for none
    functions/config.json                 every function's settings; functions/<name>.js each
    graphql/config.json, graphql/validation_settings.json
    graphql/custom_resolvers/<on_type>_<field_name>.json
    hosting/config.json                   hosting settings; hosting/metadata.json and
                                          hosting/files/... hold the hosted files
    http_endpoints/config.json            HTTPS endpoints; data_api_config.json
    http_endpoints/<name>/...             an HTTP service of the older kind
    log_forwarders/<name>.json
    services/<name>/config.json           a third-party service of the older kind, with
                                          rules/<rule>.json, incoming_webhooks/<name>/config.json
                                          and source.js
    sync/config.json
    triggers/<name>.json
    values/<name>.json

A name that could not be a plain file or folder name is written percent-encoded and read back
decoded, so that no file leaves its folder.

``files_to_document`` takes what it can: a file that is not JSON, or an entry of the wrong
shape, is left out (``config_checks`` reports each such file; a push never gets that far).

The emulator lays out its exports with a layout module of its own, written separately on
purpose: the emulator shares no code with the SDK, so that a layout bug here cannot be hidden
by the same bug on the server side (tests/ext/test_config_layout.py holds the two to the
same files, property-based).
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterable, Mapping
from typing import Any, Final
from urllib.parse import quote, unquote

Document = dict[str, Any]

CONFIG_VERSION: Final = 20210101
# Environment values' environments; "none" is the app having no environment.
ENVIRONMENTS: Final = ("none", "development", "testing", "qa", "production")
ENVIRONMENT_FILES: Final = {name: name for name in ENVIRONMENTS} | {"none": "no-environment"}
DATA_SOURCE_TYPES: Final = ("mongodb-atlas", "mongodb", "datalake")
HTTP_SERVICE_TYPE: Final = "http"
# The app's own settings in root_config.json; the first three identify the app.
IDENTITY: Final = ("name", "provider_region", "deployment_model")
SETTINGS: Final = (*IDENTITY, "environment")
# Settings documents, one file each, by key in the document.
SETTING_FILES: Final = {
    "custom_user_data": "auth/custom_user_data.json",
    "data_api_config": "http_endpoints/data_api_config.json",
    "hosting": "hosting/config.json",
    "sync": "sync/config.json",
}
# Entries kept one file each, named after the entry, by key in the document (and folder).
NAMED_FOLDERS: Final = ("log_forwarders", "triggers", "values")
SERVICE_FOLDERS: Final = ("data_sources", "http_endpoints", "services")
# Hosted files: their metadata (path and attributes) and their bytes below hosting/files.
HOSTING_METADATA: Final = "hosting/metadata.json"
HOSTING_FILES: Final = "hosting/files"
# The older kinds of services, by key in the document -> folder.
_LEGACY_FOLDERS: Final = {"https_endpoints": "http_endpoints", "services": "services"}
_PLAIN_SEGMENT = re.compile(r"[A-Za-z0-9_$.-]+")


def json_file(value: Any) -> bytes:
    """A JSON configuration file: sorted keys, 4-space indents, UTF-8, a final newline."""
    return (json.dumps(value, indent=4, ensure_ascii=False, sort_keys=True) + "\n").encode()


def segment(name: str) -> str:
    """A name as one file or folder name: itself when plain, else percent-encoded."""
    if not name:
        raise ValueError("an empty name cannot be a file name")
    if _PLAIN_SEGMENT.fullmatch(name) and name not in (".", ".."):
        return name
    return quote(name, safe="").replace(".", "%2E")


def function_path(name: str) -> str:
    """A function's source file below ``functions/``, without ``.js``: a folder per ``/`` of
    its name when each part is plain, else the whole name as one encoded file name."""
    parts = name.split("/")
    if all(parts) and all(segment(part) == part for part in parts):
        return name
    return segment(name)


def is_hosting(path: str) -> bool:
    """Whether a file of the directory is a hosted file or their metadata."""
    return path == HOSTING_METADATA or path.startswith(HOSTING_FILES + "/")


# ---------------------------------------------------------------------- references by name

FUNCTION_REF: Final = ("function_id", "function_name")
SERVICE_REF: Final = ("service_id", "service_name")
SECRET_REF: Final = ("secret_id", "secret_name")
CUSTOM_USER_DATA_REFS: Final = (
    ("mongo_service_id", "mongo_service_name"),
    ("on_user_creation_function_id", "on_user_creation_function_name"),
)


def _drop_ids(doc: Any, *pairs: tuple[str, str]) -> None:
    if isinstance(doc, dict):
        for id_field, name_field in pairs:
            if name_field in doc:
                doc.pop(id_field, None)


def trigger_function_refs(trigger: Mapping[str, Any]) -> list[Document]:
    """The nested settings of a trigger that may name a function: its event processors'
    and its error handler's ``config``."""
    processors = trigger.get("event_processors")
    holders = list(processors.values()) if isinstance(processors, dict) else []
    holders.append(trigger.get("error_handler"))
    return [
        holder["config"]
        for holder in holders
        if isinstance(holder, dict) and isinstance(holder.get("config"), dict)
    ]


def entries_of(holder: Mapping[str, Any], key: str) -> list[Document]:
    found = holder.get(key)
    return [entry for entry in found if isinstance(entry, dict)] if isinstance(found, list) else []


def names_only(document: Mapping[str, Any]) -> Document:
    """A copy of a document whose references name what they point at and carry no id beside
    the name (a reference with an id alone keeps it): the form of the files."""
    out = copy.deepcopy(dict(document))
    for trigger in entries_of(out, "triggers"):
        _drop_ids(trigger, FUNCTION_REF)
        _drop_ids(trigger.get("config"), SERVICE_REF)
        for nested in trigger_function_refs(trigger):
            _drop_ids(nested, FUNCTION_REF)
    for endpoint in entries_of(out, "endpoints"):
        _drop_ids(endpoint, FUNCTION_REF, SECRET_REF)
    graphql = out.get("graphql")
    if isinstance(graphql, dict):
        for resolver in entries_of(graphql, "custom_resolvers"):
            _drop_ids(resolver, FUNCTION_REF)
    _drop_ids(out.get("custom_user_data"), *CUSTOM_USER_DATA_REFS)
    return out


def rule_key(rule: Mapping[str, Any]) -> tuple[str, str, str]:
    return (
        str(rule.get("database", "")),
        str(rule.get("collection", "")),
        str(rule.get("name", "")),
    )


# ---------------------------------------------------------------------- document -> files


def document_to_files(document: Mapping[str, Any]) -> dict[str, bytes]:
    """The configuration directory of a document, file path -> bytes (hosted files aside)."""
    doc = names_only(document)
    root: Document = {"config_version": CONFIG_VERSION}
    root |= {key: doc[key] for key in SETTINGS if key in doc}
    root["allowed_request_origins"] = doc.get("allowed_request_origins", [])
    files = {
        "root_config.json": json_file(root),
        "auth/providers.json": json_file(
            {
                provider.get("name", provider.get("type")): provider
                for provider in entries_of(doc, "auth_providers")
            }
        ),
        "http_endpoints/config.json": json_file(entries_of(doc, "endpoints")),
    }
    for key, path in SETTING_FILES.items():
        if isinstance(doc.get(key), dict):
            files[path] = json_file(doc[key])
    for source in entries_of(doc, "data_sources"):
        files |= _data_source_files(source)
    for kind, folder in _LEGACY_FOLDERS.items():
        for service in entries_of(doc, kind):
            files |= _legacy_service_files(folder, service)
    for folder in NAMED_FOLDERS:
        for entry in entries_of(doc, folder):
            files[f"{folder}/{segment(entry['name'])}.json"] = json_file(entry)
    environments = doc.get("environments")
    by_environment = environments.get("values") if isinstance(environments, dict) else None
    graphql = doc.get("graphql")
    return (
        files
        | _schema_files(entries_of(doc, "schemas"))
        | _environment_files(by_environment if isinstance(by_environment, dict) else {})
        | _function_files(entries_of(doc, "functions"))
        | _graphql_files(graphql if isinstance(graphql, dict) else {})
    )


def _schema_files(schemas: list[Document]) -> dict[str, bytes]:
    files = {}
    for schema in schemas:
        metadata = schema.get("metadata")
        namespace = [
            metadata.get(field) if isinstance(metadata, dict) else None
            for field in ("data_source", "database", "collection")
        ]
        if not all(isinstance(part, str) and part for part in namespace):
            continue  # a schema of no collection has no place in the directory
        folder = "/".join(segment(str(part)) for part in namespace)
        files[f"data_sources/{folder}/schema.json"] = json_file(schema.get("schema", {}))
        if "relationships" in schema:
            files[f"data_sources/{folder}/relationships.json"] = json_file(schema["relationships"])
    return files


def _environment_files(environments: Mapping[str, Any]) -> dict[str, bytes]:
    files = {}
    for environment in sorted(set(ENVIRONMENTS) | set(environments)):
        holder = environments.get(environment)
        values = holder.get("values", {}) if isinstance(holder, dict) else {}
        name = ENVIRONMENT_FILES.get(environment, environment)
        files[f"environments/{segment(name)}.json"] = json_file({"values": values})
    return files


def _function_files(functions: list[Document]) -> dict[str, bytes]:
    files = {
        "functions/config.json": json_file(
            [{key: value for key, value in f.items() if key != "source"} for f in functions]
        )
    }
    for function in functions:
        files[f"functions/{function_path(function['name'])}.js"] = str(
            function.get("source", "")
        ).encode()
    return files


def _graphql_files(graphql: Mapping[str, Any]) -> dict[str, bytes]:
    files = {}
    for key in ("config", "validation_settings"):
        if isinstance(graphql.get(key), dict):
            files[f"graphql/{key}.json"] = json_file(graphql[key])
    for resolver in entries_of(graphql, "custom_resolvers"):
        name = f"{resolver['on_type']}_{resolver['field_name']}"
        files[f"graphql/custom_resolvers/{segment(name)}.json"] = json_file(resolver)
    return files


def _service_config(service: Mapping[str, Any]) -> Document:
    return {
        key: value
        for key, value in service.items()
        if key not in ("rules", "default_rule", "incoming_webhooks")
    }


def _data_source_files(source: Mapping[str, Any]) -> dict[str, bytes]:
    folder = f"data_sources/{segment(source['name'])}"
    files = {f"{folder}/config.json": json_file(_service_config(source))}
    if isinstance(source.get("default_rule"), dict):
        files[f"{folder}/default_rule.json"] = json_file(source["default_rule"])
    for rule in entries_of(source, "rules"):
        path = _rule_path(rule)
        if path is None or f"{folder}/{path}" in files:
            path = f"rules/{segment(str(rule.get('name', '')))}.json"
        files[f"{folder}/{path}"] = json_file(rule)
    for hook in entries_of(source, "incoming_webhooks"):
        files |= _webhook_files(folder, hook)
    return files


def _rule_path(rule: Mapping[str, Any]) -> str | None:
    """Where a data source's rule lives: under its database and collection, which a rule of
    the older kind gives only as its name (``database.collection``)."""
    database, collection, name = rule_key(rule)
    if not (database and collection) and "." in name:
        database, _, collection = name.partition(".")
    if not (database and collection):
        return None
    return f"{segment(database)}/{segment(collection)}/rules.json"


def _webhook_files(folder: str, hook: Mapping[str, Any]) -> dict[str, bytes]:
    hook_folder = f"{folder}/incoming_webhooks/{segment(hook['name'])}"
    config = {key: value for key, value in hook.items() if key != "function_source"}
    return {
        f"{hook_folder}/config.json": json_file(config),
        f"{hook_folder}/source.js": str(hook.get("function_source", "")).encode(),
    }


def _legacy_service_files(base: str, service: Mapping[str, Any]) -> dict[str, bytes]:
    folder = f"{base}/{segment(service['name'])}"
    files = {f"{folder}/config.json": json_file(_service_config(service))}
    if isinstance(service.get("default_rule"), dict):
        files[f"{folder}/default_rule.json"] = json_file(service["default_rule"])
    for rule in entries_of(service, "rules"):
        files[f"{folder}/rules/{segment(str(rule.get('name', '')))}.json"] = json_file(rule)
    for hook in entries_of(service, "incoming_webhooks"):
        files |= _webhook_files(folder, hook)
    return files


# ---------------------------------------------------------------------- files -> document


def parse_json(content: bytes) -> Any:
    """A file's JSON value; ValueError (``json.JSONDecodeError`` for bad syntax, with its
    line and column) when it is not UTF-8 JSON."""
    return json.loads(content.decode("utf-8"))


def _parsed(files: Mapping[str, bytes], path: str) -> Any:
    try:
        return parse_json(files[path])
    except ValueError:
        return None


def _object(files: Mapping[str, bytes], path: str) -> Document | None:
    found = _parsed(files, path)
    return found if isinstance(found, dict) else None


def _text(files: Mapping[str, bytes], path: str) -> str | None:
    try:
        return files[path].decode("utf-8")
    except UnicodeDecodeError:
        return None


def _split(path: str) -> list[str]:
    return [unquote(part) for part in path.split("/")]


def files_to_document(files: Mapping[str, bytes]) -> Document:
    """The document a configuration directory holds (hosted files aside). Files the layout
    has no place for are ignored, and so is what cannot be read (see the module's doc)."""
    parts = {path: _split(path) for path in files if not is_hosting(path)}
    document: Document = {}
    root = _object(files, "root_config.json") if "root_config.json" in files else None
    if root is not None:
        document |= {key: root[key] for key in SETTINGS if root.get(key)}
        document["allowed_request_origins"] = root.get("allowed_request_origins", [])
    providers = _object(files, "auth/providers.json") if "auth/providers.json" in files else None
    if providers is not None:
        document["auth_providers"] = [
            providers[name] for name in sorted(providers) if isinstance(providers[name], dict)
        ]
    for key, path in SETTING_FILES.items():
        setting = _object(files, path) if path in files else None
        if setting is not None:
            document[key] = setting
    endpoints = (
        _parsed(files, "http_endpoints/config.json")
        if "http_endpoints/config.json" in files
        else None
    )
    document["endpoints"] = (
        [entry for entry in endpoints if isinstance(entry, dict)]
        if isinstance(endpoints, list)
        else []
    )
    document["functions"] = _functions(files, parts)
    document["environments"] = _environments(files, parts)
    document["graphql"] = _graphql(files, parts)
    for folder in NAMED_FOLDERS:
        entries = [
            entry
            for path in files
            if path in parts
            and len(parts[path]) == 2
            and parts[path][0] == folder
            and path.endswith(".json")
            and (entry := _object(files, path)) is not None
        ]
        document[folder] = sorted(entries, key=lambda entry: str(entry.get("name", "")))
    return document | _services(files, parts)


def function_name_of(path: str) -> str | None:
    """The function whose source ``path`` is, if it is one."""
    segments = _split(path)
    if segments[0] == "functions" and len(segments) > 1 and path.endswith(".js"):
        return "/".join(segments[1:])[: -len(".js")]
    return None


def _functions(files: Mapping[str, bytes], parts: Mapping[str, list[str]]) -> list[Document]:
    configs: dict[str, Document] = {}
    listed = _parsed(files, "functions/config.json") if "functions/config.json" in files else None
    for entry in listed if isinstance(listed, list) else []:
        if isinstance(entry, dict) and isinstance(entry.get("name"), str):
            configs[entry["name"]] = dict(entry)
    for path in sorted(parts):
        name = function_name_of(path)
        source = _text(files, path) if name is not None else None
        if name is not None and source is not None:
            configs.setdefault(name, {"name": name})["source"] = source
    return [configs[name] for name in sorted(configs)]


def environment_of(path: str) -> str | None:
    """The environment whose values ``path`` holds, if it holds any."""
    segments = _split(path)
    if len(segments) == 2 and segments[0] == "environments" and path.endswith(".json"):
        stem = segments[1][: -len(".json")]
        by_file = {file: environment for environment, file in ENVIRONMENT_FILES.items()}
        return by_file.get(stem, stem)
    return None


def _environments(files: Mapping[str, bytes], parts: Mapping[str, list[str]]) -> Document:
    values: Document = {}
    for path in sorted(parts):
        environment = environment_of(path)
        held = _object(files, path) if environment is not None else None
        if environment is not None and held is not None:
            values[environment] = {"values": held.get("values", {})}
    return {"values": values}


def _graphql(files: Mapping[str, bytes], parts: Mapping[str, list[str]]) -> Document:
    resolvers = [
        resolver
        for path, segments in parts.items()
        if segments[:2] == ["graphql", "custom_resolvers"]
        and len(segments) == 3
        and (resolver := _object(files, path)) is not None
    ]
    graphql: Document = {
        "custom_resolvers": sorted(
            resolvers,
            key=lambda r: (str(r.get("on_type", "")), str(r.get("field_name", ""))),
        )
    }
    for key in ("config", "validation_settings"):
        path = f"graphql/{key}.json"
        setting = _object(files, path) if path in files else None
        if setting is not None:
            graphql[key] = setting
    return graphql


def _services(
    files: Mapping[str, bytes], parts: Mapping[str, list[str]]
) -> dict[str, list[Document]]:
    """Data sources, schemas and services of the older kinds, with their rules and hooks."""
    found: dict[str, list[Document]] = {"data_sources": [], "https_endpoints": [], "services": []}
    by_folder: dict[tuple[str, str], Document] = {}
    for path in sorted(parts):
        segments = parts[path]
        if len(segments) == 3 and segments[2] == "config.json" and segments[0] in SERVICE_FOLDERS:
            service = _object(files, path)
            if service is None:
                continue
            service["rules"] = []
            by_folder[(segments[0], segments[1])] = service
            if segments[0] == "data_sources":
                found["data_sources"].append(service)
            elif segments[0] == "http_endpoints" or service.get("type") == HTTP_SERVICE_TYPE:
                found["https_endpoints"].append(service)
            else:
                found["services"].append(service)
    for path in sorted(parts):
        segments = parts[path]
        owner = by_folder.get((segments[0], segments[1])) if len(segments) > 2 else None
        if owner is not None:
            _add_service_part(files, path, segments[2:], owner)
    for kind in found.values():
        kind.sort(key=lambda service: str(service.get("name", "")))
    for service in by_folder.values():
        service["rules"].sort(key=rule_key)
        if "incoming_webhooks" in service:
            service["incoming_webhooks"].sort(key=lambda hook: str(hook.get("name", "")))
        elif service.get("type") not in DATA_SOURCE_TYPES:
            service["incoming_webhooks"] = []
    return {**found, "schemas": _schemas(files, parts)}


def _add_service_part(
    files: Mapping[str, bytes], path: str, rest: list[str], service: Document
) -> None:
    """Read a file of a service's folder (``rest``: its path there) into the service."""
    part = _object(files, path) if path.endswith(".json") else None
    if part is None:
        return
    if rest == ["default_rule.json"]:
        service["default_rule"] = part
    elif (len(rest) == 3 and rest[2] == "rules.json") or (
        len(rest) == 2 and rest[0] == "rules" and rest[1].endswith(".json")
    ):
        service["rules"].append(part)
    elif len(rest) == 3 and rest[0] == "incoming_webhooks" and rest[2] == "config.json":
        source_path = path.removesuffix("config.json") + "source.js"
        source = _text(files, source_path) if source_path in files else None
        if source is not None:
            part["function_source"] = source
        service.setdefault("incoming_webhooks", []).append(part)


def _schemas(files: Mapping[str, bytes], parts: Mapping[str, list[str]]) -> list[Document]:
    schemas: dict[tuple[str, ...], Document] = {}
    for path, segments in parts.items():
        if (
            len(segments) == 5
            and segments[0] == "data_sources"
            and segments[4] in ("schema.json", "relationships.json")
        ):
            held = _object(files, path)
            if held is None:
                continue
            key = tuple(segments[1:4])
            metadata = dict(zip(("data_source", "database", "collection"), key, strict=True))
            schema = schemas.setdefault(key, {"metadata": metadata})
            schema["schema" if segments[4] == "schema.json" else "relationships"] = held
    return [schemas[key] for key in sorted(schemas)]


# ---------------------------------------------------------------------- hosted files


def hosting_metadata(files: Mapping[str, bytes]) -> dict[str, list[Document]]:
    """The attributes of each hosted file that ``hosting/metadata.json`` lists, by path."""
    listed = _parsed(files, HOSTING_METADATA) if HOSTING_METADATA in files else None
    found: dict[str, list[Document]] = {}
    for entry in listed if isinstance(listed, list) else []:
        if isinstance(entry, dict) and isinstance(entry.get("path"), str):
            attributes = entry.get("attrs")
            found[entry["path"]] = list(attributes) if isinstance(attributes, list) else []
    return found


def hosted_files(files: Mapping[str, bytes]) -> dict[str, bytes]:
    """The hosted files of a directory, by their path on the site (``/index.html``)."""
    prefix = HOSTING_FILES
    return {
        path[len(prefix) :]: data for path, data in files.items() if path.startswith(prefix + "/")
    }


def hosting_files(assets: Iterable[tuple[str, list[Document], bytes]]) -> dict[str, bytes]:
    """The directory's files for hosted files given as (path, attributes, bytes)."""
    ordered = sorted(assets, key=lambda asset: asset[0])
    if not ordered:
        return {}
    files = {
        HOSTING_METADATA: json_file([{"path": path, "attrs": attrs} for path, attrs, _ in ordered])
    }
    for path, _, data in ordered:
        files[HOSTING_FILES + path] = data
    return files
