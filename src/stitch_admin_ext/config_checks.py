"""Checking a configuration directory before anything is sent: every problem, with its file.

``check_files`` reads the files of a directory (path -> bytes) the way the service would read
the document they make, and returns every problem it finds rather than the first: a file that
is not JSON (with its line and column), an entry without a field the service requires, a name
the service refuses, two entries with one name, a reference to a function or data source the
directory does not have, a reference to a secret the app does not have (when the app's secret
names are given), and, with ``hosting=True``, hosted files' paths and metadata the service would
refuse (metadata of a file that is gone is ignored: deleting the file is how it is deleted).

The service's own rules are mirrored here (names, required fields, trigger settings); tests
keep them in agreement with the OpenAPI document and the emulator. Plain functions, no I/O.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Collection, Iterable, Mapping
from typing import Any, Final
from urllib.parse import unquote

import attrs

from . import config_layout as layout
from .config_layout import Document

NAME_MAX_LENGTH: Final = 64
_PLAIN = re.compile(r"[A-Za-z0-9_-]+")
_FUNCTION = re.compile(r"[A-Za-z0-9_-]+(?:/[A-Za-z0-9_-]+)*")
_RULE = re.compile(r"[A-Za-z0-9_$-][A-Za-z0-9_.$-]*")
_GRAPHQL_NAME = re.compile(r"[_A-Za-z][_0-9A-Za-z]*")
# MongoDB's rules for database and collection names (both also become folder names).
_DATABASE_FORBIDDEN = re.compile(r'[/\\. "$*<>:|?\x00-\x1f]')
_COLLECTION_FORBIDDEN = re.compile(r"[$/\\\x00-\x1f]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# The fields each kind of entry cannot do without (the document's `required` lists).
REQUIRED: Final[Mapping[str, tuple[str, ...]]] = {
    "auth provider": ("type",),
    "data source": ("name", "type"),
    "endpoint": ("route", "http_method"),
    "function": ("name", "source"),
    "log forwarder": ("name", "log_types", "log_statuses", "policy", "action"),
    "service": ("name", "type"),
    "trigger": ("name", "type", "config"),
    "value": ("name",),
}
# The settings each trigger type cannot do without (a DATABASE trigger names its data source
# by `service_name`, which the service resolves to `service_id`).
TRIGGER_SETTINGS: Final[Mapping[str, tuple[str, ...]]] = {
    "DATABASE": ("operation_types", "database", "collection", "service_name"),
    "AUTHENTICATION": ("operation_type",),
    "SCHEDULED": ("schedule",),
}
# The settings of auth providers that name a function (custom function, email/password).
PROVIDER_FUNCTIONS: Final = ("authFunctionName", "confirmationFunctionName", "resetFunctionName")


@attrs.frozen
class Problem:
    """One thing wrong with a directory: the file (relative path) and what is wrong there."""

    file: str
    message: str
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}" + (f":{self.column}" if self.column is not None else "")
        return f"{where}: {self.message}"


def name_problem(kind: str, name: object) -> str | None:
    """Why the service would refuse ``name`` for a ``kind`` ("function", "value"...), if so."""
    if not isinstance(name, str) or not name:
        return f"the {kind} name must be a non-empty string, not {json.dumps(name)}"
    pattern, allowed = {
        "function": (_FUNCTION, "ASCII letters, digits, '_' and '-', in segments separated by '/'"),
        "rule": (_RULE, "ASCII letters, digits, '_', '-', '$' and '.', not starting with '.'"),
    }.get(kind, (_PLAIN, "ASCII letters, digits, '_' and '-'"))
    if len(name) > NAME_MAX_LENGTH or not pattern.fullmatch(name):
        return f"the {kind} name {name!r} is refused: 1 to {NAME_MAX_LENGTH} characters, {allowed}"
    return None


def trigger_settings_problem(kind: object, settings: Mapping[str, Any]) -> str | None:
    """Why a trigger's ``config`` is incomplete for its type, if it is."""
    missing = [
        name
        for name in TRIGGER_SETTINGS.get(str(kind), ())
        if name not in settings and not (name == "service_name" and "service_id" in settings)
    ]
    if missing:
        return f"a {kind} trigger needs config.{', config.'.join(missing)}"
    schedule = settings.get("schedule")
    if kind == "SCHEDULED" and (
        not isinstance(schedule, str) or len(schedule.split()) not in (5, 6)
    ):
        return "config.schedule must be a cron expression of 5 or 6 fields"
    return None


def asset_path_problem(path: str) -> str | None:
    segments = path.split("/")
    if (
        not path.startswith("/")
        or "\\" in path
        or _CONTROL.search(path)
        or any(part in ("", ".", "..") for part in segments[1:])
    ):
        return f"{path!r} is not a hosted file's path (absolute, no empty, '.' or '..' segment)"
    return None


@attrs.define
class _Checker:
    """The state of one check: the parsed files, what the directory defines, the problems."""

    files: Mapping[str, bytes]
    secrets: Collection[str] | None
    problems: list[Problem] = attrs.field(factory=list)
    parsed: dict[str, Any] = attrs.field(factory=dict)
    functions: set[str] = attrs.field(factory=set)
    data_sources: set[str] = attrs.field(factory=set)

    def add(self, file: str, message: str) -> None:
        self.problems.append(Problem(file, message))

    def parse_all(self) -> None:
        """Parse every JSON file (bad syntax: a problem with its line and column) and check
        that every source file is UTF-8 text."""
        for path in sorted(self.files):
            if layout.is_hosting(path) and path != layout.HOSTING_METADATA:
                continue
            if path.endswith(".json"):
                try:
                    self.parsed[path] = layout.parse_json(self.files[path])
                except json.JSONDecodeError as bad:
                    self.problems.append(
                        Problem(path, f"not valid JSON: {bad.msg}", bad.lineno, bad.colno)
                    )
                except UnicodeDecodeError as bad:
                    self.add(path, f"not UTF-8 text (byte {bad.start})")
            elif path.endswith(".js"):
                try:
                    self.files[path].decode("utf-8")
                except UnicodeDecodeError as bad:
                    self.add(path, f"not UTF-8 text (byte {bad.start})")

    def json_of(self, path: str, kind: type) -> Any:
        """The parsed file if it holds a ``kind`` (dict or list); else None, with a problem
        unless it could not be parsed at all (that problem is reported already)."""
        if path not in self.parsed:
            return None
        found = self.parsed[path]
        if not isinstance(found, kind):
            shown = "an object" if kind is dict else "an array"
            self.add(path, f"must hold {shown}, not {_json_type(found)}")
            return None
        return found

    def entry(
        self, file: str, kind: str, entry: object, where: str = "", *, besides: str = ""
    ) -> Document | None:
        """An entry that is an object with the fields its kind requires (``besides`` one
        that lives in another file), else None."""
        label = f"{where}: " if where else ""
        if not isinstance(entry, dict):
            self.add(file, f"{label}each {kind} must be an object, not {_json_type(entry)}")
            return None
        missing = [
            field for field in REQUIRED.get(kind, ()) if field not in entry and field != besides
        ]
        if missing:
            fields = ", ".join(repr(field) for field in missing)
            self.add(file, f"{label}the {kind} misses the required field(s) {fields}")
        return entry

    def name(self, file: str, kind: str, name: object) -> None:
        problem = name_problem(kind, name)
        if problem is not None:
            self.add(file, problem)

    def unique(self, file: str, kind: str, names: Iterable[object]) -> None:
        seen: set[object] = set()
        for name in names:
            if name in seen:
                self.add(file, f"two {kind}s are named {name!r}")
            seen.add(name)

    def function_ref(self, file: str, what: str, name: object) -> None:
        if isinstance(name, str) and name not in self.functions:
            self.add(file, f"{what} names the function {name!r}, which the directory lacks")

    def function_named(self, file: str, what: str, entry: Mapping[str, Any]) -> None:
        """An entry must name its function by name: an id means nothing in another app."""
        if "function_name" in entry:
            self.function_ref(file, what, entry["function_name"])
        elif "function_id" in entry:
            self.add(file, f"{what} gives its function by id only: name it (function_name)")
        else:
            self.add(file, f"{what} names no function (function_name)")

    def data_source_ref(self, file: str, what: str, name: object) -> None:
        if isinstance(name, str) and name not in self.data_sources:
            self.add(file, f"{what} names the data source {name!r}, which the directory lacks")

    def secret_ref(self, file: str, what: str, name: object) -> None:
        if self.secrets is None:
            return
        if not isinstance(name, str) or name not in self.secrets:
            shown = repr(name) if isinstance(name, str) else "(none)"
            self.add(file, f"{what} refers to the secret {shown}, which the app lacks")


def _json_type(value: object) -> str:
    return {dict: "an object", list: "an array", str: "a string", bool: "a boolean"}.get(
        type(value), "a number" if isinstance(value, int | float) else "null"
    )


def secret_names_used(files: Mapping[str, bytes]) -> bool:
    """Whether the directory refers to any secret (so that the app's secrets must be read)."""
    document = layout.files_to_document(files)
    if any(value.get("from_secret") for value in layout.entries_of(document, "values")):
        return True
    if any("secret_name" in endpoint for endpoint in layout.entries_of(document, "endpoints")):
        return True
    data_api = document.get("data_api_config")
    if isinstance(data_api, dict) and "secret_name" in data_api:
        return True
    services = [
        *layout.entries_of(document, "auth_providers"),
        *layout.entries_of(document, "data_sources"),
        *layout.entries_of(document, "https_endpoints"),
        *layout.entries_of(document, "services"),
    ]
    return any(isinstance(entry.get("secret_config"), dict) for entry in services)


def check_files(
    files: Mapping[str, bytes], *, secrets: Collection[str] | None = None, hosting: bool = False
) -> list[Problem]:
    """Every problem of a configuration directory, in file order (see the module's doc).

    ``secrets`` are the names of the target app's secrets (``None``: not checked)."""
    checker = _Checker(files, secrets)
    if "root_config.json" not in files:
        checker.add("root_config.json", "missing: this is not an app configuration directory")
    checker.parse_all()
    # What references may point at, first: functions and data sources.
    _check_functions(checker)
    _check_services(checker)
    for check in _CHECKS:
        check(checker)
    if hosting:
        _check_hosting(checker)
    return sorted(checker.problems, key=lambda p: (p.file, p.line or 0, p.column or 0, p.message))


def _check_root(checker: _Checker) -> None:
    root = checker.json_of("root_config.json", dict)
    if root is None:
        return
    file = "root_config.json"
    version = root.get("config_version", layout.CONFIG_VERSION)
    if version != layout.CONFIG_VERSION:
        checker.add(
            file,
            f"config_version {version!r}: this client reads the {layout.CONFIG_VERSION} layout",
        )
    origins = root.get("allowed_request_origins", [])
    if not isinstance(origins, list) or not all(isinstance(o, str) for o in origins):
        checker.add(file, "allowed_request_origins must be an array of strings")
    environment = root.get("environment", "")
    if environment and environment not in layout.ENVIRONMENTS[1:]:
        checker.add(
            file,
            f"environment {environment!r} is not one of {', '.join(layout.ENVIRONMENTS[1:])}",
        )


def _check_functions(checker: _Checker) -> None:
    file = "functions/config.json"
    listed = checker.json_of(file, list) or []
    sources = {
        name for path in checker.files if (name := layout.function_name_of(path)) is not None
    }
    names = []
    for index, entry in enumerate(listed):
        found = checker.entry(file, "function", entry, f"entry {index + 1}", besides="source")
        if found is None or "name" not in found:
            continue
        name = found["name"]
        names.append(name)
        checker.name(file, "function", name)
        if isinstance(name, str) and name not in sources:
            checker.add(
                file,
                f"the function {name!r} has no source file "
                f"(functions/{layout.function_path(name) if name else name}.js)",
            )
    checker.unique(file, "function", names)
    for name in sorted(sources - {n for n in names if isinstance(n, str)}):
        checker.name(f"functions/{layout.function_path(name)}.js", "function", name)
    checker.functions = sources | {name for name in names if isinstance(name, str)}


def _check_services(checker: _Checker) -> None:
    for path in sorted(checker.parsed):
        segments = path.split("/")
        if len(segments) != 3 or segments[0] not in layout.SERVICE_FOLDERS:
            continue
        if segments[2] != "config.json" or (segments[0], segments[1]) == (
            "http_endpoints",
            "config.json",
        ):
            continue
        kind = "data source" if segments[0] == "data_sources" else "service"
        service = checker.json_of(path, dict)
        if service is None or checker.entry(path, kind, service) is None:
            continue
        name = service.get("name")
        checker.name(path, "service", name)
        if isinstance(name, str) and name != unquote(segments[1]):
            checker.add(path, f"the {kind} is named {name!r} but its folder {segments[1]!r}")
        if kind == "data source" and isinstance(name, str):
            checker.data_sources.add(name)
        _check_secret_config(checker, path, f"the {kind} {name!r}", service)
    for path in sorted(checker.parsed):
        segments = path.split("/")
        if segments[0] in layout.SERVICE_FOLDERS and len(segments) > 3:
            _check_service_part(checker, path, segments)


def _check_namespace(checker: _Checker, path: str, database: object, collection: object) -> None:
    for field, value, pattern in (
        ("database", database, _DATABASE_FORBIDDEN),
        ("collection", collection, _COLLECTION_FORBIDDEN),
    ):
        if not isinstance(value, str) or not value or pattern.search(value) or value in (".", ".."):
            checker.add(path, f"the {field} name {value!r} is refused")


def _check_service_part(checker: _Checker, path: str, segments: list[str]) -> None:
    if len(segments) == 5 and segments[4] in ("rules.json", "schema.json", "relationships.json"):
        _check_namespace(checker, path, unquote(segments[2]), unquote(segments[3]))
    if segments[-1] == "rules.json" or segments[2] == "rules":
        rule = checker.json_of(path, dict)
        if rule is None:
            return
        if "name" in rule:
            checker.name(path, "rule", rule["name"])
        if "database" in rule or "collection" in rule:
            _check_namespace(checker, path, rule.get("database"), rule.get("collection"))
    elif segments[2] == "incoming_webhooks" and segments[-1] == "config.json":
        hook = checker.json_of(path, dict)
        if hook is not None:
            checker.name(path, "incoming webhook", hook.get("name"))


def _check_secret_config(checker: _Checker, file: str, what: str, entry: Mapping[str, Any]) -> None:
    secret_config = entry.get("secret_config")
    if not isinstance(secret_config, dict):
        return
    for field, named in secret_config.items():
        for name in named if isinstance(named, list) else [named]:
            checker.secret_ref(file, f"{what} (secret_config.{field})", name)


def _named_files(checker: _Checker, folder: str, kind: str) -> list[tuple[str, Document]]:
    """The entries of a folder of one file per entry, checked for shape, name and file name."""
    found = []
    for path in sorted(checker.parsed):
        segments = path.split("/")
        if len(segments) != 2 or segments[0] != folder or not path.endswith(".json"):
            continue
        entry = checker.json_of(path, dict)
        if entry is None or checker.entry(path, kind, entry) is None:
            continue
        name = entry.get("name")
        if "name" in entry:
            checker.name(path, kind, name)
        stem = segments[1][: -len(".json")]
        if isinstance(name, str) and name != unquote(stem):
            checker.add(path, f"the {kind} is named {name!r} but its file {segments[1]!r}")
        found.append((path, entry))
    return found


def _check_triggers(checker: _Checker) -> None:
    for path, trigger in _named_files(checker, "triggers", "trigger"):
        what = f"the trigger {trigger.get('name')!r}"
        checker.function_named(path, what, trigger)
        settings = trigger.get("config")
        if not isinstance(settings, dict):
            if "config" in trigger:
                checker.add(path, f"{what}: config must be an object")
            continue
        problem = trigger_settings_problem(trigger.get("type"), settings)
        if problem is not None:
            checker.add(path, f"{what}: {problem}")
        if trigger.get("type") == "DATABASE" and "service_name" in settings:
            checker.data_source_ref(path, what, settings["service_name"])
        for nested in layout.trigger_function_refs(trigger):
            if "function_name" in nested or "function_id" in nested:
                checker.function_named(path, what, nested)


def _check_values(checker: _Checker) -> None:
    for path, value in _named_files(checker, "values", "value"):
        if value.get("from_secret"):
            checker.secret_ref(path, f"the value {value.get('name')!r}", value.get("value"))


def _check_log_forwarders(checker: _Checker) -> None:
    for path, forwarder in _named_files(checker, "log_forwarders", "log forwarder"):
        action = forwarder.get("action")
        if not isinstance(action, dict):
            continue
        what = f"the log forwarder {forwarder.get('name')!r}"
        if action.get("type") == "function":
            checker.function_ref(path, what, action.get("name"))
        if action.get("type") == "collection" and action.get("data_source") is not None:
            checker.data_source_ref(path, what, action["data_source"])


def _check_environments(checker: _Checker) -> None:
    for path in sorted(checker.parsed):
        environment = layout.environment_of(path)
        if environment is None:
            continue
        held = checker.json_of(path, dict)
        if held is None:
            continue
        if environment not in layout.ENVIRONMENTS:
            checker.add(path, f"{environment!r} is not an environment")
        values = held.get("values", {})
        if not isinstance(values, dict):
            checker.add(path, "values must be an object")
            continue
        for name in values:
            checker.name(path, "environment value", name)


def _check_auth(checker: _Checker) -> None:
    file = "auth/providers.json"
    providers = checker.json_of(file, dict) or {}
    for key, provider in providers.items():
        entry = checker.entry(file, "auth provider", provider, key)
        if entry is None:
            continue
        checker.name(file, "auth provider", entry.get("name", entry.get("type")))
        if "name" in entry and entry["name"] != key:
            checker.add(file, f"the provider under {key!r} is named {entry['name']!r}")
        what = f"the auth provider {key!r}"
        _check_secret_config(checker, file, what, entry)
        settings = entry.get("config")
        for field in PROVIDER_FUNCTIONS:
            function = settings.get(field) if isinstance(settings, dict) else None
            if isinstance(function, str) and function:
                checker.function_ref(file, f"{what} (config.{field})", function)
    file = "auth/custom_user_data.json"
    custom = checker.json_of(file, dict)
    if custom is not None:
        what = "the custom user data configuration"
        if "mongo_service_name" in custom:
            checker.data_source_ref(file, what, custom["mongo_service_name"])
        if "on_user_creation_function_name" in custom:
            checker.function_ref(file, what, custom["on_user_creation_function_name"])


def _check_endpoints(checker: _Checker) -> None:
    file = "http_endpoints/config.json"
    endpoints = checker.json_of(file, list) or []
    keys = []
    for index, endpoint in enumerate(endpoints):
        entry = checker.entry(file, "endpoint", endpoint, f"entry {index + 1}")
        if entry is None:
            continue
        what = f"the endpoint {entry.get('http_method')} {entry.get('route')}"
        keys.append(f"{entry.get('http_method')} {entry.get('route')}")
        checker.function_named(file, what, entry)
        if "secret_name" in entry:
            checker.secret_ref(file, what, entry["secret_name"])
    checker.unique(file, "endpoint", keys)
    file = "http_endpoints/data_api_config.json"
    data_api = checker.json_of(file, dict)
    if data_api is not None and "secret_name" in data_api:
        checker.secret_ref(file, "the Data API configuration", data_api["secret_name"])


def _check_graphql(checker: _Checker) -> None:
    for path in sorted(checker.parsed):
        if not path.startswith("graphql/custom_resolvers/"):
            continue
        resolver = checker.json_of(path, dict)
        if resolver is None:
            continue
        for field in ("on_type", "field_name"):
            value = resolver.get(field)
            if not isinstance(value, str) or not _GRAPHQL_NAME.fullmatch(value):
                checker.add(path, f"the custom resolver's {field} must be a GraphQL name")
        what = f"the custom resolver {resolver.get('on_type')}.{resolver.get('field_name')}"
        checker.function_named(path, what, resolver)


def _check_settings(checker: _Checker) -> None:
    for path in (
        *layout.SETTING_FILES.values(),
        "graphql/config.json",
        "graphql/validation_settings.json",
    ):
        checker.json_of(path, dict)


def _check_hosting(checker: _Checker) -> None:
    hosted = layout.hosted_files(checker.files)
    for path in sorted(hosted):
        problem = asset_path_problem(path)
        if problem is not None:
            checker.add(layout.HOSTING_FILES + path, problem)
    listed = checker.json_of(layout.HOSTING_METADATA, list)
    for index, entry in enumerate(listed or []):
        if not isinstance(entry, dict) or not isinstance(entry.get("path"), str):
            checker.add(layout.HOSTING_METADATA, f"entry {index + 1} needs a 'path'")
            continue
        attributes = entry.get("attrs", [])
        if not isinstance(attributes, list) or not all(
            isinstance(a, dict)
            and isinstance(a.get("name"), str)
            and isinstance(a.get("value"), str)
            for a in attributes
        ):
            checker.add(
                layout.HOSTING_METADATA,
                f'the attrs of {entry["path"]!r} must be {{"name", "value"}} string pairs',
            )


_CHECKS: tuple[Callable[[_Checker], None], ...] = (
    _check_root,
    _check_triggers,
    _check_values,
    _check_log_forwarders,
    _check_environments,
    _check_auth,
    _check_endpoints,
    _check_graphql,
    _check_settings,
)
