"""Checks of the caller's arguments, one helper per kind, so that every entry point refuses the
same mistakes with the same words: ids, numbers, text, and JSON bodies.

Each raises ``InvalidArgumentError`` naming the argument. A message never quotes a value that
may be a credential, and text that UTF-8 cannot encode (a lone surrogate, which ``os.fsdecode``
makes of undecodable bytes) is refused here rather than failing later, half-way through a
request, as a ``UnicodeEncodeError``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any, Final

from .errors import InvalidArgumentError

# What UTF-8 cannot encode: a surrogate code point on its own.
_SURROGATE: Final = re.compile("[\ud800-\udfff]")
# How deep a body is searched for what JSON cannot carry (deeper, json.dumps fails anyway).
_MAX_DEPTH: Final = 200


_OBJECT_ID = re.compile(r"[0-9a-fA-F]{24}")


def encodable(text: str) -> bool:
    """Whether UTF-8 can encode ``text``."""
    return _SURROGATE.search(text) is None


def lone_surrogate(name: str) -> InvalidArgumentError:
    return InvalidArgumentError(f"{name} holds a lone surrogate, which UTF-8 cannot encode")


def check_text(value: str, name: str) -> str:
    """``value`` if UTF-8 can encode it (the caller checked it is a str)."""
    if not encodable(value):
        raise lone_surrogate(name)
    return value


def check_id(value: object, name: str) -> str:
    """An id (``group_id``, ``app_id``, ``draft_id``...): an ObjectId, 24 hexadecimal digits."""
    if not isinstance(value, str) or not value:
        raise InvalidArgumentError(
            f"{name} must be a non-empty string, not {value!r}", parameter=name
        )
    check_text(value, name)
    if _OBJECT_ID.fullmatch(value) is None:
        raise InvalidArgumentError(
            f"{name} must be an ObjectId: 24 hexadecimal digits", parameter=name
        )
    return value


def check_ids(group_id: object, app_id: object) -> dict[str, str]:
    """The ids of an application, as the generated functions take them."""
    return {"group_id": check_id(group_id, "group_id"), "app_id": check_id(app_id, "app_id")}


def check_number(
    value: object,
    name: str,
    *,
    minimum: float = 0.0,
    above_minimum: bool = False,
    maximum: float | None = None,
    whole: bool = False,
    unit: str = "",
    infinite: bool = False,
) -> float:
    """A number (an ``int`` if ``whole``) from ``minimum`` (excluded if ``above_minimum``) to
    ``maximum``, finite unless ``infinite`` allows +inf; ``bool`` is not a number here."""
    kind = int if whole else int | float
    if (
        isinstance(value, bool)
        or not isinstance(value, kind)
        or not (_finite(value) or (infinite and value == math.inf))
        or value < minimum
        or (above_minimum and value == minimum)
        or (maximum is not None and value > maximum)
    ):
        if maximum is not None:
            requirement = f"between {minimum:g} and {maximum:g}"
        elif whole or minimum != 0:
            noun = "whole number" if whole else "number"
            requirement = f"a {noun} {'>' if above_minimum else '>='} {minimum:g}"
        else:
            requirement = "a positive number" if above_minimum else "a non-negative number"
        suffix = f" of {unit}" if unit else ""
        raise InvalidArgumentError(f"{name} must be {requirement}{suffix}, not {value!r}")
    return value


def _finite(value: int | float) -> bool:
    try:
        return math.isfinite(value)
    except OverflowError:  # an int too large for a float
        return False


def json_problem(value: Any, where: str) -> str | None:
    """What in ``value`` (a request body) JSON cannot carry, named by its place (``body['a'][0]
    is nan``), or ``None``. Values are never quoted: a body may hold a secret."""
    stack: list[tuple[Any, str, int]] = [(value, where, 0)]
    while stack:
        current, place, depth = stack.pop()
        if isinstance(current, float) and not math.isfinite(current):
            return f"{place} is {current!r}, which JSON cannot carry"
        if isinstance(current, str) and not encodable(current):
            return f"{place} holds a lone surrogate, which UTF-8 cannot encode"
        if depth >= _MAX_DEPTH:
            continue
        if isinstance(current, Mapping):
            for key, item in reversed(list(current.items())):
                if isinstance(key, str) and not encodable(key):
                    return f"{place} has a key with a lone surrogate, which UTF-8 cannot encode"
                stack.append((item, f"{place}[{_shown_key(key)}]", depth + 1))
        elif isinstance(current, list | tuple):
            for index in reversed(range(len(current))):
                stack.append((current[index], f"{place}[{index}]", depth + 1))
    return None


def _shown_key(key: object) -> str:
    text = repr(key)
    return text if len(text) <= 40 else f"{text[:30]}...{text[-6:]}"
