"""Hosted files: multipart uploads checked byte for byte, metadata, move, copy and delete."""

from __future__ import annotations

import hashlib
import json
from typing import Any

import httpx
import pytest

from stitch_admin_emulator import RunningEmulator

BOUNDARY = "emulator-boundary-7MA4YWxk"


def multipart(meta: dict[str, Any], data: bytes, boundary: str = BOUNDARY) -> bytes:
    """A body laid out as the official command-line tools send it."""
    delimiter = f"--{boundary}".encode()
    return b"".join(
        [
            delimiter + b"\r\n",
            b'Content-Disposition: form-data; name="meta"\r\n',
            b"Content-Type: application/json\r\n\r\n",
            json.dumps(meta).encode(),
            b"\r\n" + delimiter + b"\r\n",
            b'Content-Disposition: form-data; name="file"\r\n',
            b"Content-Type: application/octet-stream\r\n\r\n",
            data,
            b"\r\n" + delimiter + b"--\r\n",
        ]
    )


def meta_for(path: str, data: bytes, **extra: Any) -> dict[str, Any]:
    return {
        "path": path,
        "hash": hashlib.md5(data, usedforsecurity=False).hexdigest(),
        "size": len(data),
        "attrs": [],
    } | extra


def upload(
    api: httpx.Client,
    app: str,
    path: str | None,
    data: bytes,
    *,
    meta: dict[str, Any] | None = None,
    boundary: str = BOUNDARY,
) -> httpx.Response:
    params = {} if path is None else {"path": path}
    return api.put(
        f"{app}/hosting/assets/asset",
        params=params,
        content=multipart(meta if meta is not None else meta_for(path or "", data), data, boundary),
        headers={"Content-Type": f"multipart/mixed; boundary={boundary}"},
    )


def served(http: httpx.Client, emulator: RunningEmulator, app: str, path: str) -> httpx.Response:
    return http.get(f"{emulator.base_url}/_emulator/hosting/{app.rsplit('/', 1)[1]}{path}")


def listed(api: httpx.Client, app: str) -> list[str]:
    return [asset["path"] for asset in api.get(f"{app}/hosting/assets").json()]


TRICKY_FILES = {
    "/boundary-text.txt": (
        f"--{BOUNDARY}\r\nlooks like a delimiter\r\n--{BOUNDARY}x\r\n\n--{BOUNDARY}\r\n"
        f"{BOUNDARY}--\r\n"
    ).encode(),
    "/all-bytes.bin": bytes(range(256)) * 16,
    "/empty.txt": b"",
    "/crlf-edges.txt": b"\r\n\r\n--\r\n",
}


@pytest.mark.parametrize("path", sorted(TRICKY_FILES))
def test_uploads_are_stored_byte_for_byte(
    api: httpx.Client, app: str, http: httpx.Client, emulator: RunningEmulator, path: str
) -> None:
    data = TRICKY_FILES[path]
    response = upload(api, app, path, data)
    assert response.status_code == 204, response.text
    assert served(http, emulator, app, path).content == data
    meta = api.get(f"{app}/hosting/assets/asset", params={"path": path}).json()
    assert meta["hash"] == hashlib.md5(data, usedforsecurity=False).hexdigest()
    assert meta["size"] == len(data)
    assert meta["path"] == path
    assert meta["appId"] == app.rsplit("/", 1)[1]
    assert isinstance(meta["last_modified"], int)
    assert http.get(meta["url"]).content == data


def test_the_path_may_come_from_the_query_the_meta_or_both(api: httpx.Client, app: str) -> None:
    data = b"<h1>hi</h1>"
    assert (
        upload(api, app, "/query.html", data, meta=meta_for("", data) | {"path": None}).status_code
        == 400
    )
    no_path_meta = {key: value for key, value in meta_for("", data).items() if key != "path"}
    assert upload(api, app, "/query.html", data, meta=no_path_meta).status_code == 204
    assert upload(api, app, None, data, meta=meta_for("/meta.html", data)).status_code == 204
    assert (
        upload(api, app, "/both.html", data, meta=meta_for("/both.html", data)).status_code == 204
    )
    differ = upload(api, app, "/one.html", data, meta=meta_for("/other.html", data))
    assert differ.status_code == 400
    assert upload(api, app, None, data, meta=no_path_meta).status_code == 400
    assert listed(api, app) == ["/both.html", "/meta.html", "/query.html"]


@pytest.mark.parametrize(
    "change",
    [
        {"hash": hashlib.md5(b"something else", usedforsecurity=False).hexdigest()},
        {"size": 999},
        {"size": "11"},
        {"hash": 5},
        {"appId": "0123456789abcdef01234567"},
        {"attrs": [{"name": "Content-Type"}]},
    ],
)
def test_a_meta_that_does_not_match_the_bytes_stores_nothing(
    api: httpx.Client, app: str, change: dict[str, Any]
) -> None:
    data = b"payload bytes"
    response = upload(api, app, "/file.txt", data, meta=meta_for("/file.txt", data) | change)
    assert response.status_code == 400
    assert response.json()["error"]
    assert listed(api, app) == []


@pytest.mark.parametrize(
    ("content", "content_type"),
    [
        (multipart(meta_for("/a", b"x"), b"x")[:-10], f"multipart/mixed; boundary={BOUNDARY}"),
        (multipart(meta_for("/a", b"x"), b"x"), "multipart/mixed"),
        (multipart(meta_for("/a", b"x"), b"x"), "multipart/mixed; boundary=other"),
        (b"", f"multipart/mixed; boundary={BOUNDARY}"),
        (
            f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=file\r\n\r\n"
            f"x\r\n--{BOUNDARY}--".encode(),
            f"multipart/mixed; boundary={BOUNDARY}",
        ),
        (
            multipart({"path": "/a"}, b"x").replace(b'{"path": "/a"}', b"{not json"),
            f"multipart/mixed; boundary={BOUNDARY}",
        ),
    ],
)
def test_malformed_multipart_bodies_are_a_400(
    api: httpx.Client, app: str, content: bytes, content_type: str
) -> None:
    response = api.put(
        f"{app}/hosting/assets/asset",
        params={"path": "/a"},
        content=content,
        headers={"Content-Type": content_type},
    )
    assert response.status_code == 400
    assert listed(api, app) == []


@pytest.mark.parametrize("content_type", ["application/json", "text/plain", None])
def test_an_upload_that_is_not_multipart_is_a_415(
    api: httpx.Client, app: str, content_type: str | None
) -> None:
    headers = {} if content_type is None else {"Content-Type": content_type}
    response = api.put(
        f"{app}/hosting/assets/asset",
        params={"path": "/a"},
        content=multipart(meta_for("/a", b"x"), b"x"),
        headers=headers,
    )
    assert response.status_code == 415
    assert response.json()["error_code"] == "UnsupportedMediaType"
    assert listed(api, app) == []


def test_quoted_boundaries_and_a_preamble_are_understood(api: httpx.Client, app: str) -> None:
    data = b"quoted"
    body = b"a preamble to ignore\r\n" + multipart(
        meta_for("/q.txt", data), data, "quoted:boundary"
    )
    response = api.put(
        f"{app}/hosting/assets/asset",
        content=body,
        headers={"Content-Type": 'multipart/mixed; boundary="quoted:boundary"'},
    )
    assert response.status_code == 204
    assert listed(api, app) == ["/q.txt"]


def test_metadata_attributes_move_copy_and_delete(
    api: httpx.Client, app: str, http: httpx.Client, emulator: RunningEmulator
) -> None:
    data = b"body { color: red }"
    attrs = [{"name": "Content-Type", "value": "text/css"}]
    assert (
        upload(
            api, app, "/style.css", data, meta=meta_for("/style.css", data, attrs=attrs)
        ).status_code
        == 204
    )
    asset = f"{app}/hosting/assets/asset"
    assert api.get(asset, params={"path": "/style.css"}).json()["attrs"] == attrs
    assert served(http, emulator, app, "/style.css").headers["content-type"].startswith("text/css")
    new_attrs = [{"name": "Cache-Control", "value": "no-cache"}]
    assert (
        api.patch(asset, params={"path": "/style.css"}, json={"attributes": new_attrs}).status_code
        == 204
    )
    assert api.get(asset, params={"path": "/style.css"}).json()["attrs"] == new_attrs
    assets = f"{app}/hosting/assets"
    assert (
        api.post(assets, json={"copy_from": "/style.css", "copy_to": "/copy.css"}).status_code
        == 204
    )
    assert (
        api.post(assets, json={"move_from": "/style.css", "move_to": "/css/main.css"}).status_code
        == 204
    )
    assert listed(api, app) == ["/copy.css", "/css/main.css"]
    assert served(http, emulator, app, "/css/main.css").content == data
    assert api.get(asset, params={"path": "/css/main.css"}).json()["attrs"] == new_attrs
    assert (
        api.post(assets, json={"move_from": "/style.css", "move_to": "/x.css"}).status_code == 404
    )
    for bad in (
        {},
        {"move_from": "/copy.css"},
        {"move_from": "/copy.css", "move_to": "/a", "copy_from": "/copy.css", "copy_to": "/b"},
        {"copy_from": "/copy.css", "copy_to": "relative.css"},
    ):
        assert api.post(assets, json=bad).status_code == 400
    assert api.delete(asset, params={"path": "/copy.css"}).status_code == 204
    assert api.delete(asset, params={"path": "/copy.css"}).status_code == 404
    assert api.get(asset, params={"path": "/copy.css"}).status_code == 404
    assert (
        api.patch(asset, params={"path": "/copy.css"}, json={"attributes": []}).status_code == 404
    )
    assert served(http, emulator, app, "/copy.css").status_code == 404
    assert listed(api, app) == ["/css/main.css"]


def test_uploads_in_a_draft_show_in_its_diff_and_are_served_for_it(
    api: httpx.Client, app: str, http: httpx.Client, emulator: RunningEmulator
) -> None:
    assert upload(api, app, "/kept.txt", b"v1").status_code == 204
    assert upload(api, app, "/gone.txt", b"old").status_code == 204
    draft = api.post(f"{app}/drafts").json()
    assert upload(api, app, "/new.txt", b"new").status_code == 204
    assert upload(api, app, "/kept.txt", b"v2").status_code == 204
    assert (
        api.delete(f"{app}/hosting/assets/asset", params={"path": "/gone.txt"}).status_code == 204
    )
    drafted = api.get(f"{app}/hosting/assets/asset", params={"path": "/kept.txt"}).json()
    assert http.get(drafted["url"]).content == b"v2"
    assert served(http, emulator, app, "/kept.txt").content == b"v1"
    diff = api.get(f"{app}/drafts/{draft['_id']}/diff").json()
    assert diff["hosting_files_diff"] == {
        "added": ["/new.txt"],
        "deleted": ["/gone.txt"],
        "modified": ["/kept.txt"],
    }
    assert diff["diffs"] == []


@pytest.mark.parametrize("params", [{}, {"path": ""}, {"path": "relative.txt"}])
def test_a_missing_or_malformed_path_names_no_file(
    api: httpx.Client, app: str, params: dict[str, str]
) -> None:
    asset = f"{app}/hosting/assets/asset"
    assert api.get(asset, params=params).status_code == 404
    assert api.delete(asset, params=params).status_code == 404
    assert api.patch(asset, params=params, json={"attributes": []}).status_code == 404
