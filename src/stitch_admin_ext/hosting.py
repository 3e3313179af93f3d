"""Uploading a hosted file: the ``multipart/mixed`` request the generator cannot build.

The body has two parts, both ``Content-Disposition: form-data``: ``meta``, a JSON document with
the path, the MD5 of the bytes, their size and the attributes; then ``file``, the raw bytes.
The boundary is random and checked not to occur in the bytes. The path goes both in ``meta``
and in the ``path`` query parameter (the reference page asks for the query, the service's own
clients send ``meta``).
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import IO, Any
from urllib.parse import quote

import attrs
from stitch_admin_client.models import HostingAssetAttribute, HostingAssetUploadMeta

from .arguments import check_ids, check_text, encodable, lone_surrogate
from .errors import InvalidArgumentError, unexpected_status
from .steps import Offload, Procedure, Send, expect_response

FileData = bytes | bytearray | memoryview | os.PathLike[str] | IO[bytes]
Attributes = Mapping[str, str] | Iterable[tuple[str, str]] | Iterable[HostingAssetAttribute]


@attrs.frozen
class MultipartBody:
    content_type: str
    content: bytes = attrs.field(repr=lambda body: f"<{len(body)} bytes>")


def read_data(data: object) -> bytes:
    """The bytes to upload from bytes, a path, or a binary file object."""
    if isinstance(data, bytes | bytearray | memoryview):
        return bytes(data)
    if isinstance(data, os.PathLike):
        try:
            return Path(data).read_bytes()
        except OSError as exc:
            raise InvalidArgumentError(f"cannot read {os.fspath(data)!r}: {exc.strerror}") from None
    if isinstance(data, str):
        raise InvalidArgumentError(
            "data is a str: pass bytes (e.g. text.encode()), a pathlib.Path,"
            " or a binary file object"
        )
    read = getattr(data, "read", None)
    if callable(read):
        content = read()
        if not isinstance(content, bytes):
            raise InvalidArgumentError("the file object must be opened in binary mode ('rb')")
        return content
    raise InvalidArgumentError(
        f"cannot upload a {type(data).__name__}: pass bytes, a Path or a binary file"
    )


def attribute_list(attrs_: Attributes | None) -> list[HostingAssetAttribute]:
    if attrs_ is None:
        return []
    pairs: Iterable[Any] = attrs_.items() if isinstance(attrs_, Mapping) else attrs_
    if not isinstance(pairs, Iterable):
        raise InvalidArgumentError(
            f"attributes must be a mapping or (name, value) pairs, not {type(attrs_).__name__}"
        )
    result = []
    for pair in pairs:
        if isinstance(pair, HostingAssetAttribute):
            result.append(pair)
            continue
        try:
            if isinstance(pair, str | bytes):  # "ab" would unpack into a name and a value
                raise TypeError
            name, value = pair
        except (TypeError, ValueError):
            raise InvalidArgumentError(
                f"an attribute must be a (name, value) pair, not {pair!r}"
            ) from None
        if not isinstance(name, str) or not isinstance(value, str):
            raise InvalidArgumentError(f"attribute names and values must be strings: {pair!r}")
        if not (encodable(name) and encodable(value)):
            raise lone_surrogate(f"attrs ({name!r})")
        result.append(HostingAssetAttribute(name=name, value=value))
    return result


def check_asset_path(path: object) -> str:
    if not isinstance(path, str) or not path.startswith("/") or path == "/":
        raise InvalidArgumentError(
            f"an asset path must start with '/' and name a file, not {path!r}"
        )
    return check_text(path, "the asset path")


def multipart_mixed(meta: HostingAssetUploadMeta, data: bytes) -> MultipartBody:
    """The upload body; the boundary occurs in neither part."""
    meta_json = json.dumps(meta.to_dict(), separators=(",", ":"))
    boundary = secrets.token_hex(16)
    while f"--{boundary}".encode() in data or f"--{boundary}" in meta_json:
        boundary = secrets.token_hex(16)
    head = (
        f"--{boundary}\r\n"
        'Content-Disposition: form-data; name="meta"\r\n'
        "Content-Type: application/json\r\n\r\n"
        f"{meta_json}\r\n"
        f"--{boundary}\r\n"
        'Content-Disposition: form-data; name="file"\r\n'
        "Content-Type: application/octet-stream\r\n\r\n"
    ).encode()
    tail = f"\r\n--{boundary}--\r\n".encode()
    return MultipartBody(
        content_type=f"multipart/mixed; boundary={boundary}", content=head + data + tail
    )


def upload(
    group_id: str, app_id: str, path: str, data: object, attributes: Attributes | None
) -> Procedure[None]:
    """Upload (or replace) the hosted file at ``path``."""
    check_ids(group_id, app_id)
    path = check_asset_path(path)
    attribute_objects = attribute_list(attributes)
    content: bytes
    if isinstance(data, bytes | bytearray | memoryview | str):
        content = read_data(data)
    else:  # a path or a file object: reading blocks, so async callers do it in a thread
        content = yield Offload(lambda: read_data(data))
    meta = HostingAssetUploadMeta(
        app_id=app_id,
        path=path,
        hash_=hashlib.md5(content, usedforsecurity=False).hexdigest(),
        size=len(content),
        attrs=attribute_objects,
    )
    body = multipart_mixed(meta, content)
    sent = yield Send(
        "PUT",
        f"/groups/{quote(group_id, safe='')}/apps/{quote(app_id, safe='')}/hosting/assets/asset",
        params={"path": path},
        content=body.content,
        headers={"Content-Type": body.content_type},
    )
    response = expect_response(sent)
    if not 200 <= response.status_code <= 299:
        # Errors (4xx, 5xx) were raised already; a 1xx or 3xx did not store the file either.
        raise unexpected_status(response)
