"""Every generated operation, end to end through httpx.MockTransport.

For each operation of the document (except the one the generator cannot express), call the
generated ``sync`` and ``asyncio`` functions with sample arguments, check the request that left
(method, path with quoted parameters, query, JSON body), answer with a sample success body built
from the document, and check the parsed result's type.
"""

from __future__ import annotations

import enum
import importlib
import inspect
import json
from types import ModuleType
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from stitch_admin_client import AuthenticatedClient
from stitch_admin_client.types import File
from support import spec

BASE_URL = "https://stitch.example/api/admin/v3.0"
GENERATED = [op for op in spec.operations() if "x-stitch-admin-implemented-by" not in op.data]


def expected_path(op: spec.Operation) -> str:
    path = op.path
    for name, value in spec.path_arguments(op).items():
        path = path.replace("{" + name + "}", quote(value, safe=""))
    return "/api/admin/v3.0" + path


def first_success(op: spec.Operation) -> tuple[int, Any]:
    """The first documented success status and a sample body for it (None: no body)."""
    code, response = min(spec.success_responses(op).items())
    schema = spec.json_schema_of(response)
    if schema is None:
        return code, None
    return code, spec.sample(schema)


def to_json(value: Any) -> Any:
    if isinstance(value, list):
        return [to_json(item) for item in value]
    if isinstance(value, enum.Enum):
        return value.value
    return value.to_dict() if hasattr(value, "to_dict") else value


def expected_class(schema: Any, body: Any) -> type[Any] | None:
    """The class the generated code makes of ``body``: a polymorphic base's kind decodes as the
    kind's model."""
    model = spec.model_for(schema)
    for field, value, _ in spec.kinds(schema):
        if body.get(field) == value:
            target = spec.resolve(schema)["discriminator"]["mapping"][value]
            return spec.model_for({"$ref": target})
    return model


def check_parsed(op: spec.Operation, parsed: Any, body: Any) -> None:
    code = min(spec.success_responses(op))
    response = spec.success_responses(op)[code]
    if body is None:
        if "application/zip" in (response.get("content") or {}):
            assert isinstance(parsed, File)
        else:
            assert parsed is None
        return
    schema = spec.json_schema_of(response)
    if "oneOf" in schema:
        schema = schema["oneOf"][0]
    model = expected_class(schema, body)
    if model is not None:
        assert isinstance(parsed, model)
        assert to_json(parsed) == body
        assert type(parsed) is model  # (a log page is decoded on first use: by to_json)
    elif schema.get("type") == "array":
        assert isinstance(parsed, list)
        for item, item_body in zip(parsed, body, strict=True):
            item_model = expected_class(schema["items"], item_body)
            if item_model is not None:
                assert type(item) is item_model
        assert to_json(parsed) == body
    else:
        assert parsed == body


def make_handler(op: spec.Operation, seen: list[httpx.Request]) -> Any:
    code, body = first_success(op)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if body is None:
            content_type = "application/zip" if op.operation_id == "export_app" else None
            content = b"PK\x05\x06" + bytes(18) if content_type else b""
            headers = {"Content-Type": content_type} if content_type else {}
            return httpx.Response(code, content=content, headers=headers)
        return httpx.Response(code, json=body)

    return handler


def call_arguments(op: spec.Operation, module: ModuleType) -> dict[str, Any]:
    kwargs = spec.call_arguments(op)
    signature = inspect.signature(module.sync)
    assert set(kwargs) <= set(signature.parameters), (op.operation_id, kwargs, signature)
    return kwargs


def check_request(op: spec.Operation, request: httpx.Request) -> None:
    assert request.method == op.method
    assert request.url.raw_path.decode().split("?")[0] == expected_path(op)
    assert request.headers["Authorization"] == "Bearer test-token"
    body = spec.body_argument(op)
    if body is None:
        assert request.content == b""
    elif "multipart/form-data" in op.data["requestBody"]["content"]:
        # httpx writes the header with the boundary it chose; the part named `file` holds it all.
        content_type = request.headers["Content-Type"]
        assert content_type.startswith("multipart/form-data; boundary=")
        boundary = content_type.split("boundary=", 1)[1].encode()
        assert request.content.startswith(b"--" + boundary + b"\r\n")
        assert b'name="file"; filename="archive.zip"' in request.content
        assert body[1] in request.content
    else:
        assert request.headers["Content-Type"] == "application/json"
        assert json.loads(request.content) == body[1]


def test_every_operation_of_the_document_has_a_generated_module() -> None:
    assert len(GENERATED) == 187
    for op in GENERATED:
        module = importlib.import_module(op.module)
        for name in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
            assert callable(getattr(module, name)), (op.operation_id, name)


@pytest.mark.parametrize("op", GENERATED, ids=lambda op: op.operation_id)
def test_sync_round_trip(op: spec.Operation) -> None:
    seen: list[httpx.Request] = []
    module = importlib.import_module(op.module)
    client = AuthenticatedClient(
        base_url=BASE_URL,
        token="test-token",
        httpx_args={"transport": httpx.MockTransport(make_handler(op, seen))},
    )
    parsed = module.sync(client=client, **call_arguments(op, module))
    assert len(seen) == 1
    check_request(op, seen[0])
    check_parsed(op, parsed, first_success(op)[1])


@pytest.mark.anyio
@pytest.mark.parametrize("op", GENERATED, ids=lambda op: op.operation_id)
async def test_async_round_trip(op: spec.Operation) -> None:
    seen: list[httpx.Request] = []
    module = importlib.import_module(op.module)
    client = AuthenticatedClient(
        base_url=BASE_URL,
        token="test-token",
        httpx_args={"transport": httpx.MockTransport(make_handler(op, seen))},
    )
    async with client:
        detailed = await module.asyncio_detailed(client=client, **call_arguments(op, module))
    check_request(op, seen[0])
    assert detailed.status_code == first_success(op)[0]
    check_parsed(op, detailed.parsed, first_success(op)[1])
