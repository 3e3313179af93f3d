"""Checking a configuration directory: every problem at once, each with its file; and the
rules mirrored from the service agree with the OpenAPI document and with the emulator."""

from __future__ import annotations

import json

import pytest
from support import spec
from support.configurations import BROKEN, FULL, SECRETS, broken

from stitch_admin_emulator import names
from stitch_admin_emulator.config_document import trigger_settings_problem
from stitch_admin_emulator.errors import ApiError
from stitch_admin_ext import config_layout as layout
from stitch_admin_ext.config_checks import (
    REQUIRED,
    Problem,
    check_files,
    name_problem,
    secret_names_used,
)
from stitch_admin_ext.config_checks import trigger_settings_problem as sdk_trigger_problem


def test_a_complete_directory_has_no_problem() -> None:
    assert check_files(layout.document_to_files(FULL), secrets=SECRETS, hosting=True) == []


# What the SDK does instead of refusing: it keeps the target app's identity (a clone).
KEPT = {"app name"}


@pytest.mark.parametrize("change", sorted(set(BROKEN) - KEPT))
def test_what_the_service_refuses_is_refused_before_anything_is_sent(change: str) -> None:
    files = layout.document_to_files(broken(change))
    assert check_files(files, secrets=SECRETS) != []


def test_a_broken_directory_reports_every_problem_with_its_file() -> None:
    files = layout.document_to_files(FULL)
    files["values/greeting.json"] = b'{\n    "name": "greeting",\n    "value": {"text": "hi"\n}\n'
    trigger = json.loads(files["triggers/onNewOrder.json"])
    trigger["function_name"] = "missingFunction"
    del trigger["type"]
    files["triggers/onNewOrder.json"] = layout.json_file(trigger)
    files["values/stripeKey.json"] = layout.json_file(
        {"name": "stripeKey", "value": "no-such-secret", "from_secret": True}
    )
    files["values/bad name.json"] = layout.json_file({"name": "bad name", "value": 1})
    files["triggers/renamed.json"] = layout.json_file(
        {**json.loads(files["triggers/nightly.json"]), "name": "nightly2"}
    )
    problems = check_files(files, secrets=SECRETS)
    shown = [str(problem) for problem in problems]
    assert problems[1] == Problem(
        "triggers/onNewOrder.json", "the trigger misses the required field(s) 'type'"
    )
    assert shown[:1] + shown[2:] == [
        "triggers/onNewOrder.json: the trigger 'onNewOrder' names the function "
        "'missingFunction', which the directory lacks",
        "triggers/renamed.json: the trigger is named 'nightly2' but its file 'renamed.json'",
        "values/bad name.json: the value name 'bad name' is refused: 1 to 64 characters, "
        "ASCII letters, digits, '_' and '-'",
        "values/greeting.json:5:1: not valid JSON: Expecting ',' delimiter",
        "values/stripeKey.json: the value 'stripeKey' refers to the secret 'no-such-secret', "
        "which the app lacks",
    ]


def test_without_the_apps_secrets_references_to_them_are_not_judged() -> None:
    files = layout.document_to_files(broken("value secret"))
    assert check_files(files) == []
    assert secret_names_used(files)
    assert not secret_names_used({"values/v.json": b'{"name": "v", "value": 1}'})


def test_a_directory_without_root_config_is_not_a_configuration() -> None:
    assert check_files({"README.md": b"hello"}) == [
        Problem("root_config.json", "missing: this is not an app configuration directory")
    ]


def test_files_of_the_wrong_shape_and_encoding_are_named() -> None:
    files = {
        "root_config.json": b'{"config_version": 20180301, "environment": "staging"}',
        "functions/config.json": b'[{"name": "f"}, {"private": true}, 3]',
        "functions/g.js": b"\xff",
        "auth/providers.json": b"[]",
        "environments/staging.json": b'{"values": {}}',
        "hosting/metadata.json": b'[{"path": "/gone.html", "attrs": [{"name": 1}]}]',
        "hosting/files/a b/../x.html": b"",
    }
    shown = [str(problem) for problem in check_files(files, hosting=True)]
    assert shown == [
        "auth/providers.json: must hold an object, not an array",
        "environments/staging.json: 'staging' is not an environment",
        "functions/config.json: entry 2: the function misses the required field(s) 'name'",
        "functions/config.json: entry 3: each function must be an object, not a number",
        "functions/config.json: the function 'f' has no source file (functions/f.js)",
        "functions/g.js: not UTF-8 text (byte 0)",
        "hosting/files/a b/../x.html: '/a b/../x.html' is not a hosted file's path "
        "(absolute, no empty, '.' or '..' segment)",
        'hosting/metadata.json: the attrs of \'/gone.html\' must be {"name", "value"} string pairs',
        "root_config.json: config_version 20180301: this client reads the 20210101 layout",
        "root_config.json: environment 'staging' is not one of development, testing, qa, "
        "production",
    ]


# Each kind of entry, and the schema of the document that describes it.
SCHEMAS = {
    "auth provider": "AuthProviderCreate",
    "data source": "ServiceInput",
    "endpoint": "HttpsEndpointInput",
    "function": "FunctionInput",
    "log forwarder": "LogForwarderInput",
    "service": "ServiceInput",
    "trigger": "ConfigurationTrigger",
    "value": "ValueInput",
}


@pytest.mark.parametrize("kind", sorted(SCHEMAS))
def test_required_fields_are_the_documents(kind: str) -> None:
    schema = spec.load()["components"]["schemas"][SCHEMAS[kind]]
    assert set(REQUIRED[kind]) == set(schema.get("required", []))


NAMES = ["ok", "with-dash_1", "", "a b", "a.b", "a/b", "a//b", "$x", ".x", "é", "x" * 64, "x" * 65]
KINDS = ["function", "rule", "value", "trigger", "service", "environment value"]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("name", NAMES)
def test_names_are_refused_exactly_as_the_emulator_refuses_them(kind: str, name: str) -> None:
    try:
        names.check(kind, name)
    except ApiError:
        refused = True
    else:
        refused = False
    assert (name_problem(kind, name) is not None) == refused


@pytest.mark.parametrize(
    ("kind", "settings"),
    [
        ("SCHEDULED", {"schedule": "0 3 * * *"}),
        ("SCHEDULED", {"schedule": "nightly"}),
        ("SCHEDULED", {}),
        ("AUTHENTICATION", {"operation_type": "LOGIN"}),
        ("AUTHENTICATION", {}),
        ("DATABASE", {"operation_types": [], "database": "d", "collection": "c"}),
        ("SOMETHING_NEW", {}),
    ],
)
def test_trigger_settings_are_judged_as_the_emulator_judges_them(
    kind: str, settings: dict[str, object]
) -> None:
    # The emulator judges a DATABASE trigger after resolving its data source to an id.
    resolved = {**settings, "service_id": "x"} if kind == "DATABASE" else settings
    with_name = {**settings, "service_name": "x"} if kind == "DATABASE" else settings
    assert (sdk_trigger_problem(kind, with_name) is None) == (
        trigger_settings_problem(kind, resolved) is None
    )
