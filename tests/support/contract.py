"""The OpenAPI document as a contract for recorded exchanges.

`Contract.violations(exchange)` says what is wrong with one answer of the emulator: a status
the document does not list for the operation, a content type it does not list, or a JSON body
its schema rejects (formats such as `date-time` included). Schemas are validated in place in
the document, so `#/components/...` references resolve through a `referencing` registry.
"""

from __future__ import annotations

import functools
import json
import zipfile
from io import BytesIO
from typing import Any

from jsonschema.exceptions import best_match
from openapi_schema_validator import OAS30Validator, oas30_format_checker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

from stitch_admin_emulator import Exchange
from support import spec

DOCUMENT_URI = "urn:stitch-admin:openapi"
ERROR_POINTER = "/components/schemas/Error"


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _follow(pointer: str) -> tuple[str, dict[str, Any]]:
    """The node at a JSON pointer into the document, and its pointer, after local $refs."""
    node: Any = spec.load()
    for token in pointer.lstrip("/").split("/"):
        node = node[token.replace("~1", "/").replace("~0", "~")]
    if isinstance(node, dict) and "$ref" in node:
        return _follow(node["$ref"].removeprefix("#"))
    return pointer, node


class Contract:
    def __init__(self) -> None:
        resource = Resource.from_contents(spec.load(), default_specification=DRAFT4)
        self._registry: Registry[Any] = Registry().with_resource(DOCUMENT_URI, resource)

    @functools.cache  # noqa: B019 - one Contract lives for the whole test session
    def _validator(self, pointer: str) -> OAS30Validator:
        schema = {"$ref": f"{DOCUMENT_URI}#{pointer}"}
        return OAS30Validator(schema, registry=self._registry, format_checker=oas30_format_checker)

    def _schema_errors(self, pointer: str, body: bytes) -> list[str]:
        try:
            value = json.loads(body)
        except ValueError as exc:
            return [f"the body is not JSON: {exc}"]
        error = best_match(self._validator(pointer).iter_errors(value))
        if error is None:
            return []
        where = "/".join(str(part) for part in error.absolute_path) or "the body"
        return [f"{where}: {error.message}"]

    def violations(self, exchange: Exchange) -> list[str]:
        """Empty when the exchange keeps the contract. Answers a fault replaced are not judged."""
        if exchange.fault is not None:
            return []
        if exchange.status is None:
            return ["no answer was sent"]
        media_type = (exchange.content_type or "").split(";")[0].strip()
        if exchange.template is None:
            # Unknown routes are not in the document; the emulator answers them 404 + Error,
            # or 405 + Error when only the method is unknown.
            if exchange.status not in (404, 405) or media_type != "application/json":
                return [f"an unknown route answered {exchange.status} {media_type}"]
            return self._schema_errors(ERROR_POINTER, exchange.body)
        operation_pointer = f"/paths/{_escape(exchange.template)}/{exchange.method.lower()}"
        operation = _follow(operation_pointer)[1]
        if str(exchange.status) not in operation["responses"]:
            return [f"status {exchange.status} is not documented"]
        response_pointer, response = _follow(f"{operation_pointer}/responses/{exchange.status}")
        content = response.get("content")
        if not content:
            return [] if not exchange.body else [f"status {exchange.status} documents no body"]
        if media_type not in content:
            return [f"content type {media_type!r} is not one of {sorted(content)}"]
        schema_pointer = f"{response_pointer}/content/{_escape(media_type)}/schema"
        if media_type == "application/json":
            return self._schema_errors(schema_pointer, exchange.body)
        if media_type == "application/zip" and not zipfile.is_zipfile(BytesIO(exchange.body)):
            return ["the body is not a zip archive"]
        return []
