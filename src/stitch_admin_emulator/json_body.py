"""Reading JSON request bodies as the service does: strictly, and never anything it would refuse.

A body is refused (`BadJson`, a 400) unless it is UTF-8, valid JSON without `NaN` or
`Infinity`, nested at most `MAX_DEPTH` levels, and every string in it (keys too) is valid
Unicode: a lone surrogate written as an escape (`"\\ud800"`) would be stored, then fail every
answer that tries to encode it.
"""

from __future__ import annotations

import json
import re
from typing import Any, NoReturn

# Documents of the service live in MongoDB, which refuses deeper nesting than this.
MAX_DEPTH = 100
# A lone surrogate can only arrive as an escape: raw surrogates are not valid UTF-8.
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")


class BadJson(ValueError):
    """The body is not JSON the service would accept; the message says why."""


def _no_constant(name: str) -> NoReturn:
    raise BadJson(f"{name} is not a JSON value")


def parse(raw: bytes, what: str = "the request body") -> Any:
    """The JSON value of `raw`; BadJson naming `what` if it is not acceptable."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadJson(
            f"{what} is not valid JSON: it is not UTF-8 ({exc.reason} at byte {exc.start})"
        ) from exc
    try:
        value = json.loads(text, parse_constant=_no_constant)
    except RecursionError as exc:
        raise BadJson(f"{what} is nested more than {MAX_DEPTH} levels deep") from exc
    except BadJson as exc:
        raise BadJson(f"{what} is not valid JSON: {exc}") from exc
    except ValueError as exc:
        raise BadJson(f"{what} is not valid JSON: {exc}") from exc
    # Nesting can only exceed the limit when that many brackets were written.
    if raw.count(b"[") + raw.count(b"{") > MAX_DEPTH or _SURROGATE_ESCAPE.search(raw):
        check(value, what)
    return value


def check(value: Any, what: str = "the value") -> None:
    """BadJson if `value` nests too deeply or holds a string that is not valid Unicode."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, str):
            _check_text(item, what)
            continue
        if not isinstance(item, dict | list):
            continue
        if depth > MAX_DEPTH:
            raise BadJson(f"{what} is nested more than {MAX_DEPTH} levels deep")
        if isinstance(item, dict):
            for key, child in item.items():
                _check_text(key, what)
                stack.append((child, depth + 1))
        else:
            stack.extend((child, depth + 1) for child in item)


def _check_text(text: str, what: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise BadJson(
            f"{what} holds a string that is not valid Unicode (a lone surrogate at {exc.start})"
        ) from exc
