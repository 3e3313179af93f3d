"""Hosted-file upload: the multipart/mixed body, reading the data, attributes and paths."""

from __future__ import annotations

import hashlib
import io
import json
import re
from email import policy
from email.parser import BytesParser
from pathlib import Path
from typing import Any

import httpx
import pytest
from stitch_admin_client.models import HostingAssetAttribute, HostingAssetUploadMeta
from support.ext import APP, GROUP, Driver

from stitch_admin_ext import hosting
from stitch_admin_ext.errors import InvalidArgumentError
from stitch_admin_ext.hosting import (
    attribute_list,
    check_asset_path,
    multipart_mixed,
    read_data,
    upload,
)
from stitch_admin_ext.steps import Offload, Send

DATA = {
    "text": b"<html><body>hello</body></html>\n",
    "binary": bytes(range(256)) * 4,
    "empty": b"",
    "crlf-and-dashes": b"--\r\n--\r\n\r\n--boundary\r\n--0123456789abcdef--\r\n\r\n",
    "multipart-lookalike": (
        b'--abc\r\nContent-Disposition: form-data; name="meta"\r\n\r\n{}\r\n--abc--\r\n'
    ),
    "ends-with-cr": b"data\r",
}


def meta_for(
    data: bytes, attrs: list[HostingAssetAttribute] | None = None
) -> HostingAssetUploadMeta:
    return HostingAssetUploadMeta(
        app_id=APP,
        path="/site/index.html",
        hash_=hashlib.md5(data, usedforsecurity=False).hexdigest(),
        size=len(data),
        attrs=attrs or [],
    )


def boundary_of(content_type: str) -> str:
    match = re.fullmatch(r"multipart/mixed; boundary=([0-9a-f]+)", content_type)
    assert match is not None, content_type
    return match.group(1)


def split_parts(content_type: str, body: bytes) -> list[tuple[dict[str, str], bytes]]:
    """A strict reading of RFC 2046: each part's headers and exact content."""
    delimiter = b"--" + boundary_of(content_type).encode()
    assert body.startswith(delimiter + b"\r\n")
    assert body.endswith(b"\r\n" + delimiter + b"--\r\n")
    inner = body[len(delimiter) + 2 : -(len(delimiter) + 6)]
    parts = []
    for chunk in inner.split(b"\r\n" + delimiter + b"\r\n"):
        head, separator, content = chunk.partition(b"\r\n\r\n")
        assert separator
        headers = dict(line.split(": ", 1) for line in head.decode("ascii").split("\r\n"))
        parts.append((headers, content))
    return parts


def check_body(content_type: str, body: bytes, data: bytes, meta: dict[str, Any]) -> None:
    meta_part, file_part = split_parts(content_type, body)
    assert meta_part[0] == {
        "Content-Disposition": 'form-data; name="meta"',
        "Content-Type": "application/json",
    }
    assert json.loads(meta_part[1]) == meta
    assert file_part[0] == {
        "Content-Disposition": 'form-data; name="file"',
        "Content-Type": "application/octet-stream",
    }
    assert file_part[1] == data
    assert b"--" + boundary_of(content_type).encode() not in data


@pytest.mark.parametrize("data", DATA.values(), ids=DATA.keys())
def test_the_body_has_the_meta_part_then_the_exact_bytes(data: bytes) -> None:
    attrs = [HostingAssetAttribute(name="Content-Type", value="text/html")]
    body = multipart_mixed(meta_for(data, attrs), data)
    check_body(
        body.content_type,
        body.content,
        data,
        {
            "appId": APP,
            "path": "/site/index.html",
            "hash": hashlib.md5(data, usedforsecurity=False).hexdigest(),
            "size": len(data),
            "attrs": [{"name": "Content-Type", "value": "text/html"}],
        },
    )


@pytest.mark.parametrize("name", ["text", "binary", "crlf-and-dashes"])
def test_the_standard_library_reads_the_body_the_same_way(name: str) -> None:
    data = DATA[name]
    body = multipart_mixed(meta_for(data), data)
    message = BytesParser(policy=policy.HTTP).parsebytes(
        b"Content-Type: " + body.content_type.encode() + b"\r\n\r\n" + body.content
    )
    assert message.get_content_type() == "multipart/mixed"
    meta_part, file_part = message.iter_parts()  # type: ignore[attr-defined]
    assert meta_part.get_param("name", header="content-disposition") == "meta"
    assert json.loads(meta_part.get_payload(decode=True))["size"] == len(data)
    assert file_part.get_param("name", header="content-disposition") == "file"
    assert file_part.get_payload(decode=True) == data


def test_the_boundary_is_random() -> None:
    first = multipart_mixed(meta_for(b"x"), b"x").content_type
    second = multipart_mixed(meta_for(b"x"), b"x").content_type
    assert boundary_of(first) != boundary_of(second)


def test_a_boundary_found_in_the_data_is_replaced(monkeypatch: pytest.MonkeyPatch) -> None:
    taken = ["a" * 32, "b" * 32]
    offered = [*taken, "c" * 32, "d" * 32]
    monkeypatch.setattr(hosting.secrets, "token_hex", lambda _: offered.pop(0))
    data = b"prefix --" + taken[0].encode() + b" middle\r\n--" + taken[1].encode() + b"--\r\n"
    body = multipart_mixed(meta_for(data), data)
    assert boundary_of(body.content_type) == "c" * 32
    assert offered == ["d" * 32]  # exactly one more boundary was drawn per collision
    meta_part, file_part = split_parts(body.content_type, body.content)
    assert file_part[1] == data
    assert json.loads(meta_part[1])["size"] == len(data)


def test_a_boundary_found_in_the_meta_part_is_replaced(monkeypatch: pytest.MonkeyPatch) -> None:
    taken = "e" * 32
    offered = [taken, "f" * 32]
    monkeypatch.setattr(hosting.secrets, "token_hex", lambda _: offered.pop(0))
    meta = HostingAssetUploadMeta(path=f"/--{taken}.txt", hash_="h", size=1, app_id=APP)
    body = multipart_mixed(meta, b"x")
    assert boundary_of(body.content_type) == "f" * 32
    meta_part, file_part = split_parts(body.content_type, body.content)
    assert json.loads(meta_part[1])["path"] == f"/--{taken}.txt"
    assert file_part[1] == b"x"


def test_the_body_repr_does_not_dump_the_bytes() -> None:
    body = multipart_mixed(meta_for(b"secret file contents"), b"secret file contents")
    assert "secret file contents" not in repr(body)
    assert f"<{len(body.content)} bytes>" in repr(body)


# ---------------------------------------------------------------------------- read_data

PAYLOAD = b"\x00\x01binary\r\n\xff"


@pytest.fixture
def payload_file(tmp_path: Path) -> Path:
    path = tmp_path / "asset.bin"
    path.write_bytes(PAYLOAD)
    return path


@pytest.mark.parametrize(
    "wrap",
    [bytes, bytearray, memoryview, io.BytesIO],
    ids=["bytes", "bytearray", "memoryview", "bytesio"],
)
def test_read_data_from_memory(wrap: Any) -> None:
    result = read_data(wrap(PAYLOAD))
    assert result == PAYLOAD
    assert type(result) is bytes


def test_read_data_from_a_path_and_from_a_binary_file(payload_file: Path) -> None:
    assert read_data(payload_file) == PAYLOAD
    with payload_file.open("rb") as handle:
        assert read_data(handle) == PAYLOAD


def test_read_data_refuses_a_str() -> None:
    with pytest.raises(InvalidArgumentError, match=r"data is a str: pass bytes \(e.g. text.encode"):
        read_data("<html></html>")


def test_read_data_refuses_text_mode_files(payload_file: Path) -> None:
    payload_file.write_text("text")
    with (
        payload_file.open(encoding="utf-8") as handle,
        pytest.raises(InvalidArgumentError, match=r"binary mode \('rb'\)"),
    ):
        read_data(handle)
    with pytest.raises(InvalidArgumentError, match="binary mode"):
        read_data(io.StringIO("text"))


@pytest.mark.parametrize("name", ["missing.bin", "."], ids=["missing", "directory"])
def test_read_data_refuses_unreadable_paths(tmp_path: Path, name: str) -> None:
    target = tmp_path / name
    with pytest.raises(InvalidArgumentError, match=rf"^cannot read '{re.escape(str(target))}': "):
        read_data(target)


@pytest.mark.parametrize("value", [None, 42, ["bytes"], object()])
def test_read_data_refuses_other_types(value: object) -> None:
    with pytest.raises(InvalidArgumentError, match=rf"cannot upload a {type(value).__name__}"):
        read_data(value)


# ---------------------------------------------------------------------------- attribute_list

CONTENT_TYPE = HostingAssetAttribute(name="Content-Type", value="text/html")
CACHE = HostingAssetAttribute(name="Cache-Control", value="no-cache")


@pytest.mark.parametrize(
    "attrs",
    [
        {"Content-Type": "text/html", "Cache-Control": "no-cache"},
        [("Content-Type", "text/html"), ("Cache-Control", "no-cache")],
        (pair for pair in [("Content-Type", "text/html"), ["Cache-Control", "no-cache"]]),
        [CONTENT_TYPE, CACHE],
        [CONTENT_TYPE, ("Cache-Control", "no-cache")],
    ],
    ids=["dict", "pairs", "generator", "models", "mixed"],
)
def test_attribute_list_accepts_the_documented_shapes(attrs: Any) -> None:
    assert attribute_list(attrs) == [CONTENT_TYPE, CACHE]


def test_attribute_list_of_nothing() -> None:
    assert attribute_list(None) == []
    assert attribute_list({}) == []
    assert attribute_list([]) == []


@pytest.mark.parametrize(
    ("attrs", "message"),
    [
        ([("Content-Type",)], "must be a .name, value. pair"),
        ([("a", "b", "c")], "must be a .name, value. pair"),
        ([42], "must be a .name, value. pair"),
        ([None], "must be a .name, value. pair"),
        (["ab"], "must be a .name, value. pair"),
        ([b"ab"], "must be a .name, value. pair"),
        ("Content-Type", "must be a .name, value. pair"),
        (42, "attributes must be"),
        ({"Content-Type": 1}, "names and values must be strings"),
        ([(1, "text/html")], "names and values must be strings"),
    ],
    ids=[
        "one-item",
        "three-items",
        "number",
        "none",
        "two-char-str",
        "two-byte-bytes",
        "str",
        "not-iterable",
        "number-value",
        "number-name",
    ],
)
def test_attribute_list_refuses_bad_shapes(attrs: Any, message: str) -> None:
    with pytest.raises(InvalidArgumentError, match=message):
        attribute_list(attrs)


# ---------------------------------------------------------------------------- check_asset_path


@pytest.mark.parametrize("path", ["/index.html", "/a/b/c.js", "/with space.txt", "/x"])
def test_asset_paths_start_with_a_slash(path: str) -> None:
    assert check_asset_path(path) == path


@pytest.mark.parametrize("path", ["index.html", "", "/", None, 5, Path("/index.html")])
def test_bad_asset_paths_are_refused(path: object) -> None:
    with pytest.raises(InvalidArgumentError, match="an asset path must start with '/'"):
        check_asset_path(path)


# ---------------------------------------------------------------------------- upload procedure


def check_upload(step: Any, data: bytes, attrs: list[dict[str, str]]) -> None:
    assert isinstance(step, Send)
    assert (step.method, step.url, step.params) == (
        "PUT",
        f"/groups/{GROUP}/apps/{APP}/hosting/assets/asset",
        {"path": "/site/app.js"},
    )
    check_body(
        step.headers["Content-Type"],
        step.content or b"",
        data,
        {
            "appId": APP,
            "path": "/site/app.js",
            "hash": hashlib.md5(data, usedforsecurity=False).hexdigest(),
            "size": len(data),
            "attrs": attrs,
        },
    )


STORED = httpx.Response(204)  # the service's answer to an upload


def test_upload_from_bytes_sends_one_request() -> None:
    driver = Driver(upload(GROUP, APP, "/site/app.js", PAYLOAD, {"Content-Type": "text/js"}))
    assert driver.run(STORED) is None
    (step,) = driver.steps
    check_upload(step, PAYLOAD, [{"name": "Content-Type", "value": "text/js"}])


def test_upload_from_a_path_reads_it_in_an_offload_step(payload_file: Path) -> None:
    driver = Driver(upload(GROUP, APP, "/site/app.js", payload_file, None))
    assert driver.run(PAYLOAD, STORED) is None
    offload, send = driver.steps
    assert isinstance(offload, Offload)  # async callers read the file in a worker thread
    assert offload.function() == PAYLOAD
    check_upload(send, PAYLOAD, [])


def test_upload_refuses_ids_that_are_not_object_ids_before_sending() -> None:
    # Ids are ObjectIds: nothing a URL would need to quote ever gets into one.
    for group_id, app_id in (("group/1", APP), (GROUP, "app?2")):
        driver = Driver(upload(group_id, app_id, "/a.txt", b"x", None))
        with pytest.raises(InvalidArgumentError, match="must be an ObjectId"):
            driver.run(STORED)
        assert driver.steps == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("", APP, "/a", b"x", None), "group_id must be a non-empty string"),
        ((GROUP, None, "/a", b"x", None), "app_id must be a non-empty string"),
        ((GROUP, APP, "a", b"x", None), "an asset path must start with '/'"),
        ((GROUP, APP, "/a", "text", None), "data is a str"),
        ((GROUP, APP, "/a", b"x", [("only-a-name",)]), "pair"),
    ],
)
def test_upload_refuses_bad_arguments_before_sending(args: tuple[Any, ...], message: str) -> None:
    driver = Driver(upload(*args))
    with pytest.raises(InvalidArgumentError, match=message):
        driver.run()
    assert driver.steps == []
