"""An application's configuration as the files of an export, and draft diffs between them.

The same rendering serves `GET .../export` (a zip of these files, in the older 20180301
layout) and `GET .../drafts/{id}/diff` (one unified diff per changed file), so the two always
agree. `json_file` and `zip_archive` are shared with the current layout (`config_layout`).
"""

from __future__ import annotations

import difflib
import io
import json
import zipfile
from collections.abc import Mapping
from typing import Any

from stitch_admin_emulator import names
from stitch_admin_emulator.app_config import AppConfig, Document

CONFIG_VERSION = 20180301
_ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)


def json_file(value: Any, *, sort_keys: bool = False) -> bytes:
    """A JSON configuration file: 4-space indents, UTF-8, a final newline."""
    return (json.dumps(value, indent=4, ensure_ascii=False, sort_keys=sort_keys) + "\n").encode()


def _without(doc: Document, *names: str) -> Document:
    return {key: value for key, value in doc.items() if key not in names}


def _renamed_id(doc: Document) -> Document:
    """Exported files carry `id` where the API says `_id`, as the service's exports do."""
    renamed = {"id": doc["_id"]}
    renamed.update(_without(doc, "_id"))
    return renamed


def configuration_files(app: Document, config: AppConfig) -> dict[str, bytes]:
    """Every configuration file of the application, hosted files excluded."""
    files: dict[str, bytes] = {
        "stitch.json": json_file(
            {
                # Exports of the service call the client App ID `app_id`.
                "app_id": app.get("client_app_id"),
                "client_app_id": app.get("client_app_id"),
                "name": app.get("name"),
                "location": app.get("location"),
                "deployment_model": app.get("deployment_model"),
                "config_version": CONFIG_VERSION,
                "security": {"allowed_request_origins": list(config.allowed_origins)},
            }
        )
    }
    for function in config.functions.values():
        folder = f"functions/{function['name']}"
        files[f"{folder}/config.json"] = json_file(_renamed_id(_without(function, "source")))
        files[f"{folder}/source.js"] = function.get("source", "").encode()
    for value in config.values.values():
        files[f"values/{value['name']}.json"] = json_file(_renamed_id(value))
    for service in config.services.values():
        folder = f"services/{service.doc['name']}"
        files[f"{folder}/config.json"] = json_file(_renamed_id(service.doc))
        for rule in service.rules.values():
            files[f"{folder}/rules/{rule['name']}.json"] = json_file(_renamed_id(rule))
        for hook in service.webhooks.values():
            hook_folder = f"{folder}/incoming_webhooks/{hook['name']}"
            files[f"{hook_folder}/config.json"] = json_file(
                _renamed_id(_without(hook, "function_source"))
            )
            files[f"{hook_folder}/source.js"] = hook.get("function_source", "").encode()
    for trigger in config.triggers.values():
        exported = _renamed_id(trigger)
        target = config.functions.get(trigger.get("function_id", ""))
        if target is not None:
            exported["function_name"] = target["name"]
        files[f"triggers/{trigger['name']}.json"] = json_file(exported)
    for provider in config.auth_providers.values():
        files[f"auth_providers/{provider['name']}.json"] = json_file(_renamed_id(provider))
    return files


def hosting_files(config: AppConfig) -> dict[str, bytes]:
    files = {
        "hosting/metadata.json": json_file(
            [
                {"path": asset.path, "hash": asset.hash, "size": asset.size, "attrs": asset.attrs}
                for asset in sorted(config.hosting.values(), key=lambda a: a.path)
            ]
        )
    }
    for asset in config.hosting.values():
        files[f"hosting/files{asset.path}"] = asset.data
    return files


def zip_archive(files: Mapping[str, bytes]) -> bytes:
    """The files as a zip whose bytes depend only on the files: members in name order, a
    fixed date, plain file permissions. ValueError if a name could leave the folder the
    archive is extracted to."""
    # Names and paths are checked when stored; this guards a tampered data directory.
    unsafe = [path for path in files if not names.is_safe_member(path)]
    if unsafe:
        raise ValueError(f"unsafe archive member names: {unsafe[:3]!r}")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(files):
            member = zipfile.ZipInfo(path, date_time=_ZIP_EPOCH)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o644 << 16
            archive.writestr(member, files[path])
    return buffer.getvalue()


def export_zip(app: Document, config: AppConfig) -> bytes:
    return zip_archive(configuration_files(app, config) | hosting_files(config))


def _lines(content: bytes | None) -> list[str]:
    return [] if content is None else content.decode("utf-8", "replace").splitlines()


def diff(app: Document, deployed: AppConfig, draft: AppConfig) -> Document:
    """What deploying `draft` would change: the `DraftDiff` body."""
    before = configuration_files(app, deployed)
    after = configuration_files(app, draft)
    diffs = []
    for path in sorted(before.keys() | after.keys()):
        if before.get(path) == after.get(path):
            continue
        lines = difflib.unified_diff(
            _lines(before.get(path)),
            _lines(after.get(path)),
            fromfile=path if path in before else "/dev/null",
            tofile=path if path in after else "/dev/null",
            lineterm="",
        )
        diffs.append("\n".join(lines) + "\n")
    old_assets, new_assets = deployed.hosting, draft.hosting
    return {
        "diffs": diffs,
        "hosting_files_diff": {
            "added": sorted(new_assets.keys() - old_assets.keys()),
            "deleted": sorted(old_assets.keys() - new_assets.keys()),
            "modified": sorted(
                path
                for path in new_assets.keys() & old_assets.keys()
                if (new_assets[path].hash, new_assets[path].attrs)
                != (old_assets[path].hash, old_assets[path].attrs)
            ),
        },
    }
