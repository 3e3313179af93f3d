"""The OpenAPI document as the emulator reads it: what each operation takes, checked from there.

The document is the one source of truth for request bodies: which operations take one, whether
it is required, its media type, and the schema it must satisfy. Schemas are checked with
`openapi-schema-validator` (JSON Schema as OpenAPI 3.0 extends it), compiled once per operation.
Whether an operation needs an access token also comes from the document (its `security`).

The document ships inside the package (`stitch_admin_emulator/openapi/`); in a source checkout
it is read from the repository's `openapi/` folder.
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import attrs
import yaml
from jsonschema.exceptions import best_match
from openapi_schema_validator import OAS30Validator, oas30_format_checker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

DOCUMENT_NAME = "stitch-admin-v3.yaml"
_URI = "urn:stitch-admin:openapi"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
# Long enough to say what is wrong, short enough never to echo a whole request back.
_MESSAGE_LIMIT = 300


class InvalidBody(ValueError):
    """The body does not satisfy the operation's schema; the message says where and why."""


def _location() -> Path:
    packaged = resources.files("stitch_admin_emulator") / "openapi" / DOCUMENT_NAME
    if packaged.is_file():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / "openapi" / DOCUMENT_NAME


@functools.cache
def load() -> dict[str, Any]:
    """The parsed document (read once per process)."""
    with _location().open(encoding="utf-8") as handle:
        # The C loader when libyaml is there: ten times faster. Safe either way.
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        loaded: dict[str, Any] = yaml.load(handle, Loader=loader)  # noqa: S506
    return loaded


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _resolve(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = load()
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


@functools.cache
def _registry() -> Registry[Any]:
    resource: Resource[Any] = Resource.from_contents(load(), default_specification=DRAFT4)
    registry: Registry[Any] = Registry().with_resource(_URI, resource)
    return registry


@functools.cache
def _validator(pointer: str) -> OAS30Validator:
    return OAS30Validator(
        {"$ref": f"{_URI}#{pointer}"}, registry=_registry(), format_checker=oas30_format_checker
    )


@attrs.frozen
class BodySchema:
    """A request body's JSON schema, checked in place in the document."""

    pointer: str

    def check(self, value: Any, what: str = "the request body") -> None:
        """InvalidBody naming the first place where `value` breaks the schema."""
        error = best_match(_validator(self.pointer).iter_errors(value))
        if error is None:
            return
        where = "".join(
            f"[{part}]" if isinstance(part, int) else f".{part}" for part in error.absolute_path
        ).lstrip(".")
        message = error.message
        if len(message) > _MESSAGE_LIMIT:
            message = message[:_MESSAGE_LIMIT] + "…"
        at = f" at '{where}'" if where else ""
        raise InvalidBody(f"{what} is not valid{at}: {message}")


@attrs.frozen
class OperationSpec:
    """What the document says about one operation's request."""

    method: str
    template: str
    operation_id: str
    # None: the operation takes no body; else the body's media type family.
    body_kind: Literal["json", "multipart"] | None
    body_required: bool
    body_schema: BodySchema | None
    needs_access_token: bool
    documents_forbidden: bool
    # The documented 2xx statuses, and those of them that carry a body.
    success: tuple[int, ...] = ()
    success_with_body: tuple[int, ...] = ()

    def answer_status(self) -> int:
        """The status a plain handler answers where the document allows several: 201 for a
        create, 204 for a change (the service's usual answers), else 200 with the body."""
        if self.method == "POST" and 201 in self.success:
            return 201
        if self.method in ("PUT", "PATCH", "DELETE") and 204 in self.success:
            return 204
        if 200 in self.success_with_body:
            return 200
        return self.success[0] if self.success else 200


def _spec(method: str, template: str, operation: dict[str, Any]) -> OperationSpec:
    document = load()
    request = _resolve(operation.get("requestBody", {}))
    content = request.get("content", {})
    kind: Literal["json", "multipart"] | None = None
    schema = None
    if "application/json" in content:
        kind = "json"
        pointer = f"/paths/{_escape(template)}/{method}"
        if "$ref" in operation.get("requestBody", {}):
            pointer = operation["requestBody"]["$ref"].removeprefix("#")
        else:
            pointer += "/requestBody"
        schema = BodySchema(f"{pointer}/content/application~1json/schema")
    elif any(media.startswith("multipart/") for media in content):
        kind = "multipart"
    security = operation.get("security", document.get("security", []))
    responses = {str(code): _resolve(answer) for code, answer in operation["responses"].items()}
    success = tuple(sorted(int(code) for code in responses if code.startswith("2")))
    return OperationSpec(
        method=method.upper(),
        template=template,
        operation_id=operation["operationId"],
        body_kind=kind,
        body_required=bool(request.get("required", False)),
        body_schema=schema,
        needs_access_token=any("accessToken" in requirement for requirement in security),
        documents_forbidden="403" in responses,
        success=success,
        success_with_body=tuple(code for code in success if responses[str(code)].get("content")),
    )


@functools.cache
def operations() -> dict[tuple[str, str], OperationSpec]:
    """Every operation of the document by (METHOD, path template)."""
    found = {}
    for template, item in load()["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                spec = _spec(method, template, item[method])
                found[(spec.method, template)] = spec
    return found


def schema(name: str) -> BodySchema:
    """A named component schema, for bodies the document describes inside another (multipart)."""
    if name not in load()["components"]["schemas"]:
        raise KeyError(name)
    return BodySchema(f"/components/schemas/{_escape(name)}")
