"""Shapes of the control endpoints' bodies: required fields and JSON types.

The control endpoints (`/_emulator/...`) are the emulator's own and not in the OpenAPI
document; the Admin API's request bodies are checked against the document (see `document`).
Unknown fields are accepted.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs


class BadShape(ValueError):
    """The body does not have the expected shape; the message says where and why."""


def _field(where: str, name: str) -> str:
    return f"{where}.{name}" if where else name


class Shape:
    """A JSON value's expected type. `json_type` names it as JSON Schema does (None: any)."""

    json_type: str | None = None

    def check(self, value: Any, where: str) -> None:
        raise NotImplementedError

    def _fail(self, where: str, expected: str) -> BadShape:
        return BadShape(f"'{where or 'body'}' must be {expected}")


@attrs.frozen
class String(Shape):
    enum: tuple[str, ...] | None = None
    json_type = "string"

    def check(self, value: Any, where: str) -> None:
        if not isinstance(value, str):
            raise self._fail(where, "a string")
        if self.enum is not None and value not in self.enum:
            raise self._fail(where, "one of " + ", ".join(self.enum))


@attrs.frozen
class Boolean(Shape):
    json_type = "boolean"

    def check(self, value: Any, where: str) -> None:
        if not isinstance(value, bool):
            raise self._fail(where, "true or false")


@attrs.frozen
class Integer(Shape):
    json_type = "integer"

    def check(self, value: Any, where: str) -> None:
        if isinstance(value, bool) or not isinstance(value, int):
            raise self._fail(where, "an integer")


@attrs.frozen
class Number(Shape):
    minimum: float | None = None
    json_type = "number"

    def check(self, value: Any, where: str) -> None:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self._fail(where, "a number")
        if self.minimum is not None and value < self.minimum:
            raise self._fail(where, f"at least {self.minimum:g}")


@attrs.frozen
class Anything(Shape):
    json_type = None

    def check(self, value: Any, where: str) -> None:
        return


@attrs.frozen
class ArrayOf(Shape):
    items: Shape
    min_items: int = 0
    json_type = "array"

    def check(self, value: Any, where: str) -> None:
        if not isinstance(value, list):
            raise self._fail(where, "an array")
        if len(value) < self.min_items:
            raise BadShape(f"'{where or 'body'}' must have at least {self.min_items} item(s)")
        for index, item in enumerate(value):
            self.items.check(item, f"{where}[{index}]")


@attrs.frozen
class Object(Shape):
    required: Mapping[str, Shape] = attrs.field(factory=dict)
    optional: Mapping[str, Shape] = attrs.field(factory=dict)
    json_type = "object"

    def check(self, value: Any, where: str) -> None:
        if not isinstance(value, dict):
            raise self._fail(where, "an object")
        for name, shape in self.required.items():
            if name not in value:
                raise BadShape(f"'{_field(where, name)}' is required")
            shape.check(value[name], _field(where, name))
        for name, shape in self.optional.items():
            if name in value:
                shape.check(value[name], _field(where, name))
