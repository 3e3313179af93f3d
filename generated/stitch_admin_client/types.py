"""Shared types of the generated client, and the checks its models run on decoded JSON.

The models trust nothing they receive: a field of the wrong JSON type raises ``TypeError`` while
decoding, which the endpoint functions turn into the client's ``unexpected_body`` error. JSON
``null`` in an optional field means the same as an absent field.
"""

import datetime
from collections.abc import Mapping, MutableMapping
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A successful response from an endpoint, with its decoded body in ``parsed``."""

    status_code: int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T


# What decoding a body that does not match the document can raise: a JSON syntax or encoding
# error (ValueError), a missing required field (KeyError), a wrong JSON type (TypeError,
# AttributeError), an out-of-range date (ValueError, OverflowError) or absurd nesting
# (RecursionError).
PARSE_ERRORS: tuple[type[Exception], ...] = (
    KeyError,
    TypeError,
    ValueError,
    AttributeError,
    IndexError,
    OverflowError,
    RecursionError,
)


def _wrong_type(name: str, expected: str, value: object) -> TypeError:
    # The value itself stays out of the message: it may be a token.
    return TypeError(f"field {name!r} should be {expected}, not {type(value).__name__}")


def expect_mapping(value: object, name: str) -> Mapping[str, Any]:
    """An object field's value, or TypeError."""
    if isinstance(value, Mapping):
        return value
    raise _wrong_type(name, "an object", value)


def expect_list(value: object, name: str) -> list[Any]:
    """An array field's value, or TypeError."""
    if isinstance(value, list):
        return value
    raise _wrong_type(name, "an array", value)


def optional_list(value: object, name: str) -> list[Any] | Unset:
    """An optional array field's value (absent or null: UNSET), or TypeError."""
    if value is UNSET or value is None:
        return UNSET
    return expect_list(value, name)


def expect_str(value: object, name: str) -> str:
    """A string field's value, or TypeError."""
    if isinstance(value, str):
        return value
    raise _wrong_type(name, "a string", value)


def optional_str(value: object, name: str) -> str | Unset:
    """An optional string field's value (absent or null: UNSET), or TypeError."""
    if value is UNSET or value is None:
        return UNSET
    return expect_str(value, name)


def expect_bool(value: object, name: str) -> bool:
    """A boolean field's value, or TypeError."""
    if isinstance(value, bool):
        return value
    raise _wrong_type(name, "a boolean", value)


def optional_bool(value: object, name: str) -> bool | Unset:
    """An optional boolean field's value (absent or null: UNSET), or TypeError."""
    if value is UNSET or value is None:
        return UNSET
    return expect_bool(value, name)


def expect_int(value: object, name: str) -> int:
    """An integer field's value (an integral JSON number such as 3.0 counts), or TypeError."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    raise _wrong_type(name, "an integer", value)


def optional_int(value: object, name: str) -> int | Unset:
    """An optional integer field's value (absent or null: UNSET), or TypeError."""
    if value is UNSET or value is None:
        return UNSET
    return expect_int(value, name)


def expect_float(value: object, name: str) -> float:
    """A number field's value, or TypeError."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    raise _wrong_type(name, "a number", value)


def optional_float(value: object, name: str) -> float | Unset:
    """An optional number field's value (absent or null: UNSET), or TypeError."""
    if value is UNSET or value is None:
        return UNSET
    return expect_float(value, name)


def parse_datetime(value: object, name: str) -> datetime.datetime:
    """A date-time field's value, always timezone-aware: an ISO 8601 string without an offset is
    read as UTC (the service's times are UTC). TypeError or ValueError otherwise."""
    if not isinstance(value, str):
        raise _wrong_type(name, "a date-time string", value)
    try:
        moment = datetime.datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(f"field {name!r} is not an ISO 8601 date-time") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.UTC)
    return moment


def is_unset(value: object) -> bool:
    """Whether an optional field's raw value means "not given" (absent or JSON null)."""
    return value is UNSET or value is None


__all__ = [
    "PARSE_ERRORS",
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "expect_bool",
    "expect_float",
    "expect_int",
    "expect_list",
    "expect_mapping",
    "expect_str",
    "is_unset",
    "optional_bool",
    "optional_float",
    "optional_int",
    "optional_list",
    "optional_str",
    "parse_datetime",
]
