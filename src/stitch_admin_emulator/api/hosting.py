"""Hosted files (part of the deployable configuration): upload, metadata, move, copy, delete.

Uploads are `multipart/mixed` with a JSON `meta` part and the raw `file` part; the hash and
size in `meta` must match the bytes, or nothing is stored. The path may come in the query,
in `meta`, or both (then they must agree), because clients differ in where they put it.
"""

from __future__ import annotations

import copy
import hashlib
import time

from starlette.responses import Response

from stitch_admin_emulator import document, json_body, names
from stitch_admin_emulator.api.common import APP
from stitch_admin_emulator.app_config import Asset, Document
from stitch_admin_emulator.errors import bad_request, not_found
from stitch_admin_emulator.multipart import MultipartError, boundary_of, parse
from stitch_admin_emulator.responses import json_response, no_content
from stitch_admin_emulator.routing import Call, OperationTable

table = OperationTable()

ASSETS = f"{APP}/hosting/assets"
ASSET = f"{ASSETS}/asset"
_UPLOAD_META = document.schema("HostingAssetUploadMeta")
# Where the emulator serves a hosted file's bytes (see the control endpoints).
FILE_URL = "{origin}/_emulator/hosting/{app_id}{path}"


def _checked_path(path: str, what: str) -> str:
    return names.asset_path(path, what)


def _asset(call: Call) -> Asset:
    """The file at `?path=`. A missing or malformed path names no file: 404, which (unlike
    400) the document lists for every operation that takes the path this way."""
    asset = call.config.hosting.get(call.query("path") or "")
    if asset is None:
        raise not_found("hosted file", "AssetNotFound")
    return asset


def metadata(call: Call, asset: Asset) -> Document:
    origin = str(call.request.base_url).rstrip("/")
    url = FILE_URL.format(origin=origin, app_id=call.app.id, path=asset.path)
    draft = call.app.drafts.get(call.user.user_id)
    if draft is not None:
        # The caller sees its draft's files; after a deploy the deployed file is served.
        url += f"?draft_id={draft.id}"
    return asset.metadata(call.app.id, url)


@table.operation("GET", ASSETS)
def list_hosting_assets(call: Call) -> Response:
    assets = sorted(call.config.hosting.values(), key=lambda asset: asset.path)
    return json_response([metadata(call, asset) for asset in assets])


@table.operation("POST", ASSETS)
def move_or_copy_hosting_asset(call: Call) -> Response:
    kinds = [
        kind
        for kind in ("move", "copy")
        if f"{kind}_from" in call.body or f"{kind}_to" in call.body
    ]
    if len(kinds) != 1 or not {f"{kinds[0]}_from", f"{kinds[0]}_to"} <= call.body.keys():
        raise bad_request("give exactly one pair: move_from and move_to, or copy_from and copy_to")
    kind = kinds[0]
    source, target = call.body[f"{kind}_from"], call.body[f"{kind}_to"]
    hosting = call.config.hosting
    original = hosting.get(_checked_path(source, f"'{kind}_from'"))
    if original is None:
        raise not_found("hosted file", "AssetNotFound")
    moved = copy.deepcopy(original)
    moved.path = _checked_path(target, f"'{kind}_to'")
    moved.last_modified = int(time.time())
    if kind == "move":
        del hosting[original.path]
    hosting[moved.path] = moved
    return no_content()


@table.operation("GET", ASSET)
def get_hosting_asset(call: Call) -> Response:
    return json_response(metadata(call, _asset(call)))


def _upload(call: Call) -> tuple[Document, bytes]:
    try:
        parts = {
            part.name: part
            for part in parse(call.raw_body, boundary_of(call.request.headers.get("content-type")))
        }
    except MultipartError as exc:
        raise bad_request(f"malformed multipart body: {exc}") from exc
    if "meta" not in parts or "file" not in parts:
        raise bad_request("the upload needs a 'meta' part and a 'file' part")
    try:
        meta = json_body.parse(parts["meta"].content, "the 'meta' part")
        query_path = call.query("path")
        # Clients differ in where they put the path: the query's serves when meta has none.
        if (
            isinstance(meta, dict)
            and query_path is not None
            and meta.setdefault("path", query_path) != query_path
        ):
            raise bad_request("the path in the query and the path in 'meta' differ")
        _UPLOAD_META.check(meta, "the 'meta' part")
    except (json_body.BadJson, document.InvalidBody) as exc:
        raise bad_request(str(exc)) from exc
    return meta, parts["file"].content


@table.operation("PUT", ASSET)
def upload_hosting_asset(call: Call) -> Response:
    meta, data = _upload(call)
    path = meta["path"]
    if meta.get("appId") not in (None, call.app.id, call.app.client_app_id):
        raise bad_request("meta.appId names another application")
    if meta["size"] != len(data):
        raise bad_request(f"meta.size is {meta['size']} but the file has {len(data)} bytes")
    digest = hashlib.md5(data, usedforsecurity=False).hexdigest()
    if meta["hash"].lower() != digest:
        raise bad_request(f"meta.hash does not match the file's MD5 ({digest})")
    path = _checked_path(path, "the path")
    call.config.hosting[path] = Asset(
        path, digest, len(data), meta.get("attrs", []), int(time.time()), data
    )
    return no_content()


@table.operation("PATCH", ASSET)
def update_hosting_asset_attributes(call: Call) -> Response:
    asset = _asset(call)
    asset.attrs = call.body["attributes"]
    asset.last_modified = int(time.time())
    return no_content()


@table.operation("DELETE", ASSET)
def delete_hosting_asset(call: Call) -> Response:
    del call.config.hosting[_asset(call).path]
    return no_content()
