"""The npm packages the app's functions can require (part of the deployable configuration).

An upload (`multipart/form-data`, part `file`) is read off the event loop and outside the
store's lock (see `dependency_archives`), then installed at once: the package list goes to
`config.singletons["dependencies"]` and the archive, kept as a zip, to
`config.files["dependencies"]` (its bytes stored like hosted files'). An upload with a
package that builds native code fails to install: the installed packages stay as they were.
The outcome of the last upload is the app's `dependencies_status` (runtime, per app).
A diff reads an archive the same way and compares it with what is installed.
"""

from __future__ import annotations

import re
import time
from collections.abc import Coroutine
from typing import Any

from anyio import to_thread
from starlette.responses import Response

from stitch_admin_emulator import dependency_archives, ids
from stitch_admin_emulator.api.common import APP
from stitch_admin_emulator.api.resources import answer
from stitch_admin_emulator.app_config import Document, StoredFile
from stitch_admin_emulator.dependency_archives import Archive, BadArchive
from stitch_admin_emulator.errors import bad_request, not_found
from stitch_admin_emulator.multipart import MultipartError, boundary_of, header_parameters, parse
from stitch_admin_emulator.routing import Call, OperationTable

table = OperationTable()

DEPENDENCIES = f"{APP}/dependencies"
KEY = "dependencies"
STATUS_KEY = "dependencies_status"
# An uploaded zip keeps its own name when it is a plain one (it goes back in a header).
_ZIP_NAME = re.compile(r"[A-Za-z0-9._-]{1,120}\.zip")


def _upload(call: Call) -> tuple[bytes, str]:
    """The uploaded file's bytes and the name to keep it under."""
    try:
        boundary = boundary_of(call.request.headers.get("content-type"))
        parts = [part for part in parse(call.raw_body, boundary) if part.name == "file"]
    except MultipartError as exc:
        raise bad_request(f"malformed multipart body: {exc}") from exc
    if len(parts) != 1:
        raise bad_request("the upload needs exactly one 'file' part")
    part = parts[0]
    filename = header_parameters(part.headers.get("content-disposition", "")).get("filename", "")
    name = filename.rsplit("/", 1)[-1]
    kept = name if _ZIP_NAME.fullmatch(name) else dependency_archives.ZIP_NAME
    return part.content, kept


async def _read(data: bytes) -> Archive:
    try:
        return await to_thread.run_sync(dependency_archives.read, data)
    except BadArchive as exc:
        raise bad_request(str(exc), "InvalidDependencies") from exc


def _installed(call: Call) -> Document:
    stored = call.config.singletons.get(KEY)
    return stored if stored is not None else {"dependencies_list": []}


@table.operation("GET", DEPENDENCIES)
def list_dependencies(call: Call) -> Response:
    return answer(call, _installed(call))


@table.operation("PUT", DEPENDENCIES)
def upload_dependencies(call: Call) -> Coroutine[Any, Any, Response]:
    data, name = _upload(call)
    return _install(call, data, name)


async def _install(call: Call, data: bytes, name: str) -> Response:
    archive = await _read(data)
    with call.store.transaction() as transaction:
        app = call.store.apps.get(call.app.id)
        if app is None:
            raise not_found("app", "AppNotFound")
        transaction.touch(app)
        if archive.native:
            app.singletons[STATUS_KEY] = {
                "status": "failed",
                "status_message": "packages that build native code cannot be installed: "
                + ", ".join(archive.native),
            }
            return answer(call)
        config = app.config_for(call.user.user_id)
        previous = config.singletons.get(KEY, {})
        now = int(time.time())
        config.files[KEY] = StoredFile(name, archive.zip_bytes, now)
        config.singletons[KEY] = {
            "_id": previous.get("_id", ids.object_id()),
            "location": f"dependencies/{app.id}/{name}",
            "user_id": call.user.user_id,
            "last_modified": now,
            "dependencies_list": [
                {"name": package.name, "version": package.version} for package in archive.packages
            ],
        }
        app.singletons[STATUS_KEY] = {"status": "successful", "status_message": ""}
    return answer(call)


@table.operation("GET", f"{DEPENDENCIES}/status")
def get_dependencies_status(call: Call) -> Response:
    status = call.app.singletons.get(STATUS_KEY)
    if status is None:
        raise not_found("dependencies upload", "DependenciesNotFound")
    return answer(call, status)


@table.operation("GET", f"{DEPENDENCIES}/archive")
def export_dependencies(call: Call) -> Response:
    stored = call.config.files.get(KEY)
    if stored is None:
        raise not_found("dependencies archive", "DependenciesNotFound")
    return Response(
        stored.data,
        media_type="application/zip",
        headers={"Content-Disposition": f'attachment; filename="{stored.name}"'},
    )


@table.operation("POST", f"{DEPENDENCIES}/diff")
def diff_dependencies(call: Call) -> Coroutine[Any, Any, Response]:
    data, _ = _upload(call)
    installed = {
        package["name"]: package["version"] for package in _installed(call)["dependencies_list"]
    }
    return _diff(call, data, installed)


async def _diff(call: Call, data: bytes, installed: dict[str, str]) -> Response:
    archive = await _read(data)
    uploaded = {package.name: package.version for package in archive.packages}
    return answer(
        call,
        {
            "added": [
                {"name": name, "version": version}
                for name, version in uploaded.items()
                if name not in installed
            ],
            "deleted": [
                {"name": name, "version": version}
                for name, version in sorted(installed.items())
                if name not in uploaded
            ],
            "modified": [
                {"name": name, "version": version, "previous_version": installed[name]}
                for name, version in uploaded.items()
                if name in installed and installed[name] != version
            ],
        },
    )
