"""The SDK's configuration layout agrees with the emulator's: the same document gives the same
files, the same files the same document; and the directory reads back as it was written."""

from __future__ import annotations

import copy
from typing import Any
from urllib.parse import unquote

import pytest
from hypothesis import HealthCheck, assume, given, settings
from support import spec, strategies
from support.configurations import FULL

from stitch_admin_emulator import config_document as emulator_document
from stitch_admin_emulator import config_layout as emulator_layout
from stitch_admin_emulator.app_config import Asset
from stitch_admin_ext import config_layout as layout

# FULL as a pull answers it: references carry an id beside the name.
PULLED: dict[str, Any] = copy.deepcopy(FULL)
PULLED["triggers"][0]["function_id"] = "5e8f00000000000000000001"
PULLED["triggers"][0]["config"]["service_id"] = "5e8f00000000000000000002"
PULLED["endpoints"][0]["function_id"] = "5e8f00000000000000000001"
PULLED["endpoints"][0]["secret_id"] = "5e8f00000000000000000003"
PULLED["graphql"]["custom_resolvers"][0]["function_id"] = "5e8f00000000000000000001"
PULLED["custom_user_data"]["mongo_service_id"] = "5e8f00000000000000000002"
HAND_WRITTEN = {
    "root_config.json": b'{"name": "shop", "config_version": 20210101}',
    "functions/config.json": b'[{"name": "withConfig", "private": true}]',
    "functions/withConfig.js": b"exports = 1;",
    "functions/lib/noConfig.js": b"exports = 2;",
    "triggers/t.json": b'{"name": "t", "type": "SCHEDULED", "function_name": "withConfig",'
    b' "config": {"schedule": "* * * * *"}}',
    "data_sources/db/config.json": b'{"name": "db", "type": "mongodb-atlas"}',
    "data_sources/db/shop/orders/rules.json": b'{"database": "shop", "collection": "orders"}',
    "services/tw/config.json": b'{"name": "tw", "type": "twilio"}',
    "environments/no-environment.json": b'{"values": {"a": 1}}',
    "README.md": b"not configuration",
}


@pytest.mark.parametrize("document", [FULL, PULLED], ids=["files", "pulled"])
def test_a_document_gives_the_files_the_emulator_gives(document: dict[str, Any]) -> None:
    files = layout.document_to_files(document)
    assert files == emulator_layout.document_to_files(document)
    assert layout.names_only(document) == emulator_document.names_only(document)


@pytest.mark.parametrize(
    "files",
    [layout.document_to_files(FULL), HAND_WRITTEN],
    ids=["written", "hand-written"],
)
def test_files_give_the_document_the_emulator_gives(files: dict[str, bytes]) -> None:
    assert layout.files_to_document(files) == emulator_layout.files_to_document(files)


def test_a_directory_reads_back_as_written_and_writes_the_same_bytes() -> None:
    files = layout.document_to_files(FULL)
    document = layout.files_to_document(files)
    assert layout.document_to_files(document) == files
    assert document["functions"] == sorted(FULL["functions"], key=lambda f: f["name"])


def test_hosted_files_are_laid_out_as_the_emulator_lays_them_out() -> None:
    attrs = [{"name": "Content-Type", "value": "text/html"}]
    assets = [
        Asset("/index.html", "", 4, attrs, 0, b"<h1>"),
        Asset("/css/a.css", "", 2, [], 0, b"{}"),
    ]
    files = layout.hosting_files((a.path, a.attrs, a.data) for a in assets)
    assert files == emulator_layout.hosting_files(assets)
    assert layout.hosted_files(files) == {"/index.html": b"<h1>", "/css/a.css": b"{}"}
    assert layout.hosting_metadata(files) == {"/css/a.css": [], "/index.html": attrs}
    # Hosted files are never configuration.
    assert layout.files_to_document(files) == layout.files_to_document({})


@pytest.mark.parametrize(
    "name", ["plain", "with.dot", "..", ".", "a/b", "../x", "a b", "%41", "é", "a\\b", "/etc"]
)
def test_a_name_is_the_segment_the_emulator_writes(name: str) -> None:
    written = layout.segment(name)
    assert written == emulator_layout.segment(name)
    assert "/" not in written
    assert written not in (".", "..")
    assert unquote(written) == name
    assert layout.function_path(name) == emulator_layout.function_path(name)


def test_what_cannot_be_read_is_left_out_instead_of_failing() -> None:
    files = {
        "root_config.json": b'{"name": "shop"',
        "values/v.json": b"[1, 2]",
        "values/w.json": b'{"name": "w", "value": 1}',
        "functions/config.json": b'{"name": "f"}',
        "functions/f.js": b"\xff\xfe",
    }
    document = layout.files_to_document(files)
    assert "name" not in document
    assert document["values"] == [{"name": "w", "value": 1}]
    assert document["functions"] == []


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document=strategies.valid(spec.resolve({"$ref": "#/components/schemas/AppConfiguration"})))
def test_any_document_the_emulator_lays_out_lays_out_the_same(document: dict[str, Any]) -> None:
    try:
        expected = emulator_layout.document_to_files(document)
    except Exception:  # shapes a stored configuration never has
        assume(False)
        return
    files = layout.document_to_files(document)
    assert files == expected
    assert layout.files_to_document(files) == emulator_layout.files_to_document(files)
