"""Answers are parsed by the client's own ``json_body``: msgspec's decoder where it is installed, with
json's values in every case (what msgspec refuses and json reads falls back to json)."""

from __future__ import annotations

import json
import math
import sys
from typing import Any

import httpx
import pytest
from stitch_admin_client import AuthenticatedClient, types
from stitch_admin_client.api.values import get_value

G = "5f0a1b2c3d4e5f6a7b8c9d0e"
A = "6a7b8c9d0e1f2a3b4c5d6e7f"
V = "65f1c0a0a1b2c3d4e5f6a7b8"

BODIES = [
    pytest.param(b'{"a": [1, 2.5, "x", null, true], "b": {"c": "\\u00e9"}}', id="plain"),
    pytest.param(b'{"big": 123456789012345678901234567890}', id="integer beyond 64 bits"),
    pytest.param(b'{"n": NaN, "i": Infinity, "m": -Infinity}', id="NaN and Infinity"),
    pytest.param(b'{"s": "\\ud800"}', id="escaped lone surrogate"),
    pytest.param('{"s": "caf\u00e9"}'.encode("utf-16"), id="UTF-16"),
    pytest.param(b'\xef\xbb\xbf{"bom": 1}', id="UTF-8 byte order mark"),
    pytest.param(b'{"k": 1, "k": 2}', id="repeated key"),
    pytest.param(b"[18446744073709551616, -9223372036854775809, 1e2, -0]", id="integer edges"),
    pytest.param(b"[0.1000000000000000055511151231257827, 1.7976931348623157e308]", id="floats"),
    pytest.param(b"1e400", id="float overflow"),
]


def _same(left: Any, right: Any) -> bool:
    """Equality that holds for NaN too."""
    if isinstance(left, float) and math.isnan(left):
        return isinstance(right, float) and math.isnan(right)
    if isinstance(left, dict):
        return left.keys() == right.keys() and all(_same(left[k], right[k]) for k in left)
    return bool(left == right) and type(left) is type(right)


@pytest.mark.parametrize("body", BODIES)
def test_json_body_gives_json_s_values(body: bytes) -> None:
    response = httpx.Response(200, content=body)
    assert _same(types.json_body(response), json.loads(body))


@pytest.mark.parametrize("body", [b"", b"{", b'{"a": 1,}', b"\xff\xfe\x00"])
def test_json_body_refuses_what_json_refuses(body: bytes) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 (json's own error, a ValueError)
        json.loads(body)
    with pytest.raises(ValueError):  # noqa: PT011
        types.json_body(httpx.Response(200, content=body))


def test_the_parser_is_msgspec_where_installed_and_json_without(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pytest.importorskip("msgspec")
    assert types._json_loads() is not json.loads
    monkeypatch.setitem(sys.modules, "msgspec", None)  # as if it were not installed
    assert types._json_loads() is json.loads


def test_an_endpoint_parses_its_answer_with_json_body(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bytes] = []

    def loads(content: bytes) -> Any:
        seen.append(content)
        return json.loads(content)

    monkeypatch.setattr(types, "_loads", loads)
    body = {"_id": V, "name": "greeting", "value": {"text": "hi"}}

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=body)

    client = AuthenticatedClient(
        base_url="https://stitch.example/api/admin/v3.0",
        token="t",
        httpx_args={"transport": httpx.MockTransport(handler)},
    )
    value = get_value.sync(G, A, V, client=client)
    assert value.name == "greeting"
    assert [json.loads(content) for content in seen] == [body]
