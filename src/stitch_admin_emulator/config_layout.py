"""The configuration directory of an application (config version 20210101), and back.

`document_to_files` lays an `AppConfiguration` (see `config_document`) out as the files of
the directory the official documentation calls "App Configuration"; `files_to_document`
reads such a directory back into the document. References in files name what they point at
(`function_name`, `service_name`, `secret_name`), never ids. Every JSON file has sorted keys,
4-space indents and a final newline, so the same configuration always gives the same bytes.

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
    hosting/config.json                   (and, in a pull, hosting/metadata.json, hosting/files/)
    http_endpoints/config.json            HTTPS endpoints; data_api_config.json
    http_endpoints/<name>/...             an HTTP service of the older kind
    log_forwarders/<name>.json
    services/<name>/config.json           a third-party service of the older kind, with
                                          rules/<rule>.json, incoming_webhooks/<name>/config.json
                                          and source.js
    sync/config.json
    triggers/<name>.json
    values/<name>.json

A name that could not be a plain file or folder name (the service refuses such names, but a
file must never leave its folder) is written percent-encoded, and read back decoded.

Plain functions without I/O. The SDK's configuration as code has its own implementation of
this layout (`stitch_admin_ext.config_layout`): the emulator shares no code with the client,
so that a bug in one cannot hide the same bug in the other.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import quote, unquote

from stitch_admin_emulator.app_config import Asset, Document
from stitch_admin_emulator.config_document import (
    DATA_SOURCE_TYPES,
    ENVIRONMENTS,
    HTTP_SERVICE_TYPE,
    names_only,
    rule_key,
)
from stitch_admin_emulator.config_files import json_file

CONFIG_VERSION = 20210101
ENVIRONMENT_FILES = {name: name for name in ENVIRONMENTS} | {"none": "no-environment"}
_SETTINGS = ("name", "provider_region", "deployment_model", "environment")
_PLAIN_SEGMENT = re.compile(r"[A-Za-z0-9_$.-]+")
# The folders that hold services of the older kind, by whether the service is HTTP.
_LEGACY_FOLDERS = {"https_endpoints": "http_endpoints", "services": "services"}
# Settings documents, each in one file, by key in the document.
SETTING_FILES = {
    "custom_user_data": "auth/custom_user_data.json",
    "data_api_config": "http_endpoints/data_api_config.json",
    "hosting": "hosting/config.json",
    "sync": "sync/config.json",
}
# Entries kept one file each, named after the entry, by key in the document (and folder).
NAMED_FOLDERS = ("log_forwarders", "triggers", "values")
_SERVICE_FOLDERS = ("data_sources", "http_endpoints", "services")


class LayoutError(ValueError):
    """Files that do not make a configuration (a file that is not JSON, ...)."""


def segment(name: str) -> str:
    """A name as one file or folder name: itself when plain, else percent-encoded."""
    if not name:
        raise ValueError("an empty name cannot be a file name")
    if _PLAIN_SEGMENT.fullmatch(name) and name not in (".", ".."):
        return name
    return quote(name, safe="").replace(".", "%2E")


def function_path(name: str) -> str:
    """A function's source file below `functions/`, without `.js`: a folder per `/` of its
    name when each part is plain, else the whole name as one encoded file name."""
    parts = name.split("/")
    if all(segment(part) == part for part in parts if part) and all(parts):
        return name
    return segment(name)


def _file(value: Any) -> bytes:
    return json_file(value, sort_keys=True)


def document_to_files(document: Mapping[str, Any]) -> dict[str, bytes]:
    """The configuration directory of an `AppConfiguration`, file path -> bytes."""
    doc = names_only(document)
    root: Document = {"config_version": CONFIG_VERSION}
    root |= {key: doc[key] for key in _SETTINGS if key in doc}
    root["allowed_request_origins"] = doc.get("allowed_request_origins", [])
    files = {
        "root_config.json": _file(root),
        "auth/providers.json": _file(
            {
                provider.get("name", provider.get("type")): provider
                for provider in _list(doc, "auth_providers")
            }
        ),
        "http_endpoints/config.json": _file(_list(doc, "endpoints")),
    }
    for key, path in SETTING_FILES.items():
        if isinstance(doc.get(key), dict):
            files[path] = _file(doc[key])
    for source in _list(doc, "data_sources"):
        files |= _data_source_files(source)
    for kind, folder in _LEGACY_FOLDERS.items():
        for service in _list(doc, kind):
            files |= _legacy_service_files(folder, service)
    for folder in NAMED_FOLDERS:
        for entry in _list(doc, folder):
            files[f"{folder}/{segment(entry['name'])}.json"] = _file(entry)
    return (
        files
        | _schema_files(_list(doc, "schemas"))
        | _environment_files(doc.get("environments", {}).get("values", {}))
        | _function_files(_list(doc, "functions"))
        | _graphql_files(doc.get("graphql", {}))
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
            # A schema of no collection has no place in the directory (a push refuses it).
            continue
        folder = "/".join(segment(str(part)) for part in namespace)
        files[f"data_sources/{folder}/schema.json"] = _file(schema.get("schema", {}))
        if "relationships" in schema:
            files[f"data_sources/{folder}/relationships.json"] = _file(schema["relationships"])
    return files


def _environment_files(environments: Mapping[str, Any]) -> dict[str, bytes]:
    files = {}
    for environment in sorted(set(ENVIRONMENTS) | set(environments)):
        values = environments.get(environment, {}).get("values", {})
        name = ENVIRONMENT_FILES.get(environment, environment)
        files[f"environments/{segment(name)}.json"] = _file({"values": values})
    return files


def _function_files(functions: list[Document]) -> dict[str, bytes]:
    files = {
        "functions/config.json": _file(
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
            files[f"graphql/{key}.json"] = _file(graphql[key])
    for resolver in _list(graphql, "custom_resolvers"):
        name = f"{resolver['on_type']}_{resolver['field_name']}"
        files[f"graphql/custom_resolvers/{segment(name)}.json"] = _file(resolver)
    return files


def _list(holder: Mapping[str, Any], key: str) -> list[Document]:
    found = holder.get(key, [])
    return [entry for entry in found if isinstance(entry, dict)] if isinstance(found, list) else []


def _service_config(service: Mapping[str, Any]) -> Document:
    return {
        key: value
        for key, value in service.items()
        if key not in ("rules", "default_rule", "incoming_webhooks")
    }


def _data_source_files(source: Mapping[str, Any]) -> dict[str, bytes]:
    folder = f"data_sources/{segment(source['name'])}"
    files = {f"{folder}/config.json": _file(_service_config(source))}
    if isinstance(source.get("default_rule"), dict):
        files[f"{folder}/default_rule.json"] = _file(source["default_rule"])
    for rule in _list(source, "rules"):
        path = _rule_path(rule)
        if path is None or f"{folder}/{path}" in files:
            path = f"rules/{segment(str(rule.get('name', '')))}.json"
        files[f"{folder}/{path}"] = _file(rule)
    for hook in _list(source, "incoming_webhooks"):
        files |= _webhook_files(folder, hook)
    return files


def _rule_path(rule: Mapping[str, Any]) -> str | None:
    """Where a data source's rule lives: under its database and collection, which a rule of
    the older kind gives only as its name (`database.collection`)."""
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
        f"{hook_folder}/config.json": _file(config),
        f"{hook_folder}/source.js": str(hook.get("function_source", "")).encode(),
    }


def _legacy_service_files(base: str, service: Mapping[str, Any]) -> dict[str, bytes]:
    folder = f"{base}/{segment(service['name'])}"
    files = {f"{folder}/config.json": _file(_service_config(service))}
    if isinstance(service.get("default_rule"), dict):
        files[f"{folder}/default_rule.json"] = _file(service["default_rule"])
    for rule in _list(service, "rules"):
        files[f"{folder}/rules/{segment(str(rule.get('name', '')))}.json"] = _file(rule)
    for hook in _list(service, "incoming_webhooks"):
        files |= _webhook_files(folder, hook)
    return files


def hosting_files(assets: Iterable[Asset]) -> dict[str, bytes]:
    """The hosted files and their metadata, as a pull's directory holds them."""
    ordered = sorted(assets, key=lambda asset: asset.path)
    if not ordered:
        return {}
    files = {
        "hosting/metadata.json": _file(
            [{"path": asset.path, "attrs": asset.attrs} for asset in ordered]
        )
    }
    for asset in ordered:
        # Stored paths are absolute, with no empty, '.' or '..' segment (`names.asset_path`).
        files["hosting/files" + asset.path] = asset.data
    return files


# ---------------------------------------------------------------------- files -> document


def _parse(files: Mapping[str, bytes], path: str) -> Any:
    try:
        return json.loads(files[path].decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise LayoutError(f"{path} is not a JSON file: {exc}") from exc


def _object(files: Mapping[str, bytes], path: str) -> Document:
    found = _parse(files, path)
    if not isinstance(found, dict):
        raise LayoutError(f"{path} must hold a JSON object")
    return found


def _text(files: Mapping[str, bytes], path: str) -> str:
    try:
        return files[path].decode("utf-8")
    except UnicodeDecodeError as exc:
        raise LayoutError(f"{path} is not UTF-8 text") from exc


def files_to_document(files: Mapping[str, bytes]) -> Document:
    """The `AppConfiguration` a configuration directory holds (hosted files aside). Files
    the layout has no place for are ignored; LayoutError for a file that cannot be read."""
    parts = {path: [unquote(part) for part in path.split("/")] for path in files}
    document: Document = {}
    if "root_config.json" in files:
        root = _object(files, "root_config.json")
        document |= {key: root[key] for key in _SETTINGS if root.get(key)}
        document["allowed_request_origins"] = root.get("allowed_request_origins", [])
    if "auth/providers.json" in files:
        providers = _object(files, "auth/providers.json")
        document["auth_providers"] = [providers[name] for name in sorted(providers)]
    for key, path in SETTING_FILES.items():
        if path in files:
            document[key] = _object(files, path)
    document["endpoints"] = (
        _parse(files, "http_endpoints/config.json") if "http_endpoints/config.json" in files else []
    )
    document["functions"] = _functions(files, parts)
    document["environments"] = _environments(files, parts)
    document["graphql"] = _graphql(files, parts)
    for folder in NAMED_FOLDERS:
        entries = [
            _object(files, path)
            for path in files
            if len(parts[path]) == 2 and parts[path][0] == folder and path.endswith(".json")
        ]
        document[folder] = sorted(entries, key=lambda entry: str(entry.get("name", "")))
    return document | _services(files, parts)


def _functions(files: Mapping[str, bytes], parts: Mapping[str, list[str]]) -> list[Document]:
    configs: dict[str, Document] = {}
    if "functions/config.json" in files:
        for entry in _parse(files, "functions/config.json"):
            configs[entry["name"]] = dict(entry)
    for path in sorted(files):
        segments = parts[path]
        if segments[0] == "functions" and len(segments) > 1 and path.endswith(".js"):
            name = "/".join(segments[1:])[: -len(".js")]
            configs.setdefault(name, {"name": name})["source"] = _text(files, path)
    return [configs[name] for name in sorted(configs)]


def _environments(files: Mapping[str, bytes], parts: Mapping[str, list[str]]) -> Document:
    by_file = {file: environment for environment, file in ENVIRONMENT_FILES.items()}
    values: Document = {}
    for path in sorted(files):
        segments = parts[path]
        if len(segments) == 2 and segments[0] == "environments" and path.endswith(".json"):
            stem = segments[1][: -len(".json")]
            values[by_file.get(stem, stem)] = {"values": _object(files, path).get("values", {})}
    return {"values": values}


def _graphql(files: Mapping[str, bytes], parts: Mapping[str, list[str]]) -> Document:
    resolvers = [
        _object(files, path)
        for path in files
        if parts[path][:2] == ["graphql", "custom_resolvers"] and len(parts[path]) == 3
    ]
    graphql: Document = {
        "custom_resolvers": sorted(
            resolvers,
            key=lambda r: (str(r.get("on_type", "")), str(r.get("field_name", ""))),
        )
    }
    for key in ("config", "validation_settings"):
        if f"graphql/{key}.json" in files:
            graphql[key] = _object(files, f"graphql/{key}.json")
    return graphql


def _services(
    files: Mapping[str, bytes], parts: Mapping[str, list[str]]
) -> dict[str, list[Document]]:
    """Data sources, schemas and services of the older kinds, with their rules and hooks."""
    found: dict[str, list[Document]] = {"data_sources": [], "https_endpoints": [], "services": []}
    by_folder: dict[tuple[str, str], Document] = {}
    for path in sorted(files):
        segments = parts[path]
        if len(segments) == 3 and segments[2] == "config.json" and segments[0] in _SERVICE_FOLDERS:
            service = _object(files, path)
            service["rules"] = []
            by_folder[(segments[0], segments[1])] = service
            if segments[0] == "data_sources":
                found["data_sources"].append(service)
            elif segments[0] == "http_endpoints" or service.get("type") == HTTP_SERVICE_TYPE:
                found["https_endpoints"].append(service)
            else:
                found["services"].append(service)
    for path in sorted(files):
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
    """Read a file of a service's folder (`rest`: its path there) into the service."""
    if rest == ["default_rule.json"]:
        service["default_rule"] = _object(files, path)
    elif (len(rest) == 3 and rest[2] == "rules.json") or (
        len(rest) == 2 and rest[0] == "rules" and rest[1].endswith(".json")
    ):
        service["rules"].append(_object(files, path))
    elif len(rest) == 3 and rest[0] == "incoming_webhooks" and rest[2] == "config.json":
        hook = _object(files, path)
        source = path.removesuffix("config.json") + "source.js"
        if source in files:
            hook["function_source"] = _text(files, source)
        service.setdefault("incoming_webhooks", []).append(hook)


def _schemas(files: Mapping[str, bytes], parts: Mapping[str, list[str]]) -> list[Document]:
    schemas: dict[tuple[str, ...], Document] = {}
    for path in files:
        segments = parts[path]
        if (
            len(segments) == 5
            and segments[0] == "data_sources"
            and segments[4] in ("schema.json", "relationships.json")
        ):
            key = tuple(segments[1:4])
            metadata = dict(zip(("data_source", "database", "collection"), key, strict=True))
            schema = schemas.setdefault(key, {"metadata": metadata})
            field = "schema" if segments[4] == "schema.json" else "relationships"
            schema[field] = _object(files, path)
    return [schemas[key] for key in sorted(schemas)]
