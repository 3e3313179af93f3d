"""What the bound surface (``stitch_admin_client.bound``) runs for every call: its arguments
turned into the generated models, checked before anything is sent.

A bound method takes a request body as keyword arguments named like the service's JSON fields,
or as one ``body=`` (the model, or a mapping of JSON values). Either way the body is built with
the model's own ``from_dict``, which checks every JSON type; plain Python values (models,
enumerations, aware datetimes, mappings, sequences) are first turned into JSON. A wrong type,
an unknown or missing argument, a naive datetime, a non-finite float or a string that UTF-8
cannot encode raises what the client's ``invalid_argument`` returns (``InvalidArgumentError``
through the SDK), naming the argument.

This module is not generated: ``tools/generate.py`` copies it from ``openapi/templates/static``.
"""

import datetime
import enum
import math
import re
from collections.abc import Mapping, Sequence
from typing import Any, Protocol, TypeVar

from .errors import InvalidArgument
from .types import PARSE_ERRORS, UNSET, Unset

M = TypeVar("M")
T = TypeVar("T")
_FIELD = re.compile(r"field '([^']+)'")


class _Client(Protocol):
    def invalid_argument(self, error: InvalidArgument) -> Exception: ...


class _Model(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


def invalid(client: _Client, parameter: str, problem: str) -> Exception:
    """The client's exception for an argument that cannot be sent."""
    return client.invalid_argument(InvalidArgument(parameter, problem))


def to_json(client: _Client, value: Any, where: str) -> Any:
    """A JSON value for a Python value given as an argument (``where`` names it in errors)."""
    if isinstance(value, enum.Enum):  # before str: string enumerations are strings too
        value = value.value
    if value is None or isinstance(value, bool | int):
        return value
    if isinstance(value, str | float | datetime.datetime):
        return _scalar(client, value, where)
    if hasattr(value, "to_dict") and callable(value.to_dict):
        return value.to_dict()
    if isinstance(value, Mapping):
        return _mapping(client, value, where)
    if isinstance(value, Sequence) and not isinstance(value, bytes | bytearray):
        return [to_json(client, item, f"{where}[{index}]") for index, item in enumerate(value)]
    raise invalid(client, where, f"cannot be sent as JSON: {type(value).__name__}")


def _scalar(client: _Client, value: str | float | datetime.datetime, where: str) -> str | float:
    """A string UTF-8 can encode, a finite number, or an aware datetime in ISO 8601."""
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise invalid(client, where, "must be a timezone-aware datetime")
        return value.isoformat()
    if isinstance(value, float):
        if not math.isfinite(value):
            raise invalid(client, where, "must be a finite number (JSON has no NaN or infinity)")
        return value
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            problem = "holds a lone surrogate, which UTF-8 cannot encode"
            raise invalid(client, where, problem) from None
    return value


def _mapping(client: _Client, value: Mapping[Any, Any], where: str) -> dict[str, Any]:
    converted = {}
    for key, item in value.items():
        if not isinstance(key, str):
            raise invalid(client, where, f"keys must be strings, not {type(key).__name__}")
        converted[key] = to_json(client, item, f"{where}[{key!r}]")
    return converted


def decode(client: _Client, model: type[M], data: Any, parameter: str) -> M:
    """``model.from_dict(data)``, its complaints raised as the client's invalid argument:
    naming the field at fault (``parameter`` "" when the fields were keyword arguments)."""
    try:
        return model.from_dict(data)  # type: ignore[attr-defined, no-any-return]
    except PARSE_ERRORS as error:
        found = _FIELD.search(str(error))
        field = found.group(1) if found else None
        where = ".".join(part for part in (parameter, field) if part) or "body"
        raise invalid(client, where, str(error)) from None


def body(
    client: _Client,
    model: type[M],
    given: Any,
    fields: Mapping[str, Any],
    *,
    names: Mapping[str, str],
    required: Sequence[str],
) -> M:
    """The request body: ``given`` (``body=``: a ``model`` or a mapping) or the keyword
    arguments ``fields`` (``names`` maps each argument to its JSON field)."""
    if given is not None:
        if fields:
            raise invalid(client, next(iter(fields)), "give the body's fields, or body=, not both")
        if isinstance(given, model):
            return given
        if not isinstance(given, Mapping):
            kind = type(given).__name__
            raise invalid(client, "body", f"must be a {model.__name__} or a mapping, not {kind}")
        return decode(client, model, to_json(client, given, "body"), "body")
    for name in fields:
        if name not in names:
            raise invalid(client, name, f"is not a field of {model.__name__}")
    for name in required:
        if fields.get(name, UNSET) is UNSET:
            raise invalid(client, name, "is required")
    data = {
        names[name]: to_json(client, value, name)
        for name, value in fields.items()
        if not isinstance(value, Unset)
    }
    return decode(client, model, data, "")


def model_body(client: _Client, model: type[M], given: Any, parameter: str = "body") -> M:
    """A body that is one model: the model itself, or a mapping of JSON values."""
    if isinstance(given, model):
        return given
    if not isinstance(given, Mapping):
        kind = type(given).__name__
        raise invalid(client, parameter, f"must be a {model.__name__} or a mapping, not {kind}")
    return decode(client, model, to_json(client, given, parameter), parameter)


def model_list(client: _Client, model: type[M], given: Any, parameter: str = "body") -> list[M]:
    """A body that is a list of models, each given as the model or a mapping."""
    if isinstance(given, str | bytes | Mapping) or not isinstance(given, Sequence):
        raise invalid(client, parameter, f"must be a list, not {type(given).__name__}")
    return [
        model_body(client, model, item, f"{parameter}[{index}]") for index, item in enumerate(given)
    ]


def json_list(client: _Client, given: Any, parameter: str = "body") -> list[Any]:
    """A body that is a list of JSON values (strings, numbers...)."""
    if isinstance(given, str | bytes | Mapping) or not isinstance(given, Sequence):
        raise invalid(client, parameter, f"must be a list, not {type(given).__name__}")
    converted: list[Any] = to_json(client, list(given), parameter)
    return converted


def one_of(
    client: _Client, models: Sequence[type[Any]], given: Any, parameter: str = "body"
) -> Any:
    """A body that may be one of several models: an instance of any, or a mapping decoded as the
    first of them."""
    if isinstance(given, tuple(models)):
        return given
    return model_body(client, models[0], given, parameter)


def as_list(value: T | list[T]) -> list[T]:
    """One list type for list operations: a service that answers one object where the document
    says a list gets a list of that one object."""
    return value if isinstance(value, list) else [value]
