"""Hypothesis strategies drawn from the OpenAPI document: valid bodies, mutated bodies, raw answers.

``valid(schema)`` draws JSON values the schema accepts, the way a changing service may send
them: optional fields present or not, unknown extra fields, unknown enum values, date-times with
any offset and precision. ``mutated(schema)`` takes a valid value and breaks it: a field dropped
or added, a value of the wrong type, ``null``, numbers beyond 64 bits, ``NaN``, very long
strings, nesting beyond the recursion limit. ``raw_bodies`` are bytes no JSON decoder accepts
(or only just): empty, truncated, HTML, not UTF-8. ``answers`` puts it together with statuses
and headers into what a transport hands back.

Strings sometimes hold the fuzzing session's secrets (``ACCESS_TOKEN``, ``REFRESH_TOKEN``,
``API_KEY``) or a marker (``CANARY``), so that the checks can tell whether an error message
quotes a secret or a body. OpenAPI 3.0 is read directly (``$ref``,
``type``, ``properties``, ``required``, ``items``, ``enum``, ``format``, ``oneOf``, ``anyOf``,
``allOf``, ``discriminator``, ``additionalProperties``, ``minItems``, ``{}`` for any value).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from typing import Any, Final

import attrs
from hypothesis import strategies as st

from . import spec
from .fake_auth import make_jwt

# The fuzzing session's credentials: an access token that is a JWT (so that its expiry is read),
# a refresh token and an API key that are not (so that only the redactor's memory hides them).
ACCESS_TOKEN: Final = make_jwt({"sub": "fuzz", "typ": "access", "iat": 1.7e9, "exp": 4.0e9})
REFRESH_TOKEN: Final = "fuzz-refresh-token-5f1d0c"
API_KEY: Final = "fuzz-private-api-key-93ab"
SECRETS: Final = (ACCESS_TOKEN, REFRESH_TOKEN, API_KEY)
# A body value that no error message may quote.
CANARY: Final = "canary-b0dy-9e7"

# Marks a value that ``encode`` replaces with raw JSON text no Python value serializes to.
_RAW: Final = "\x00raw\x00"
INT64: Final = 2**63

Json = Any


@attrs.frozen
class RawToken:
    """JSON text spliced in where a value goes (deep nesting, 5000-digit numbers)."""

    text: str = attrs.field(repr=lambda text: f"<{len(text)} chars: {text[:12]}...>")


# ------------------------------------------------------------------ plain JSON


# Drawing text character by character is what costs most in a fuzzing run: strings mostly come
# from a pool of telling ones, sometimes from Hypothesis's text.
_TELLING_STRINGS: Final = (
    "",
    "x",
    " ",
    "0123456789abcdef01234567",
    "caf\u00e9 \u00fcber",
    "\u65e5\u672c\u8a9e",
    "\U0001f600",
    "\u0000",
    "line\nbreak",
    '"quoted"',
    "<b>html</b>",
    "${name}",
    "%s%d",
    "\\",
    "null",
    "true",
    "1e9",
    "2024-05-01T12:00:00Z",
    "a/b?c#d",
    "\u202e\u200b",
)


def _strings() -> st.SearchStrategy[str]:
    # Sometimes a secret or the marker, alone or inside other text.
    planted = st.sampled_from([*SECRETS, CANARY])
    return st.one_of(
        st.sampled_from(_TELLING_STRINGS),
        st.text(max_size=8),
        planted,
        st.builds(
            lambda a, p, b: a + p + b,
            st.sampled_from(_TELLING_STRINGS),
            planted,
            st.text(max_size=3),
        ),
    )


strings = _strings()
keys = st.one_of(
    st.sampled_from(["a", "b", "_id", "name", "type", "x-new", "", "\u00e9"]), st.text(max_size=6)
)
finite_floats = st.floats(allow_nan=False, allow_infinity=False)
json_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-(INT64), INT64 - 1), finite_floats, strings
)
# Two levels deep at most: deeper values come from the mutations (as raw JSON text).
_shallow = st.one_of(
    json_scalars,
    st.lists(json_scalars, max_size=2),
    st.dictionaries(keys, json_scalars, max_size=2),
)
any_json: st.SearchStrategy[Json] = st.one_of(
    _shallow, st.lists(_shallow, max_size=2), st.dictionaries(keys, _shallow, max_size=2)
)

_OFFSETS = st.sampled_from(
    [
        UTC,
        timezone(timedelta(hours=2)),
        timezone(-timedelta(hours=5, minutes=30)),
        timezone(timedelta(hours=14)),
    ]
)


@st.composite
def date_times(draw: st.DrawFn) -> str:
    """An RFC 3339 date-time as services write them: Z or an offset, 0 to 9 fraction digits."""
    moment = draw(
        st.datetimes(
            min_value=datetime(1900, 1, 1), max_value=datetime(2200, 1, 1), timezones=_OFFSETS
        )
    )
    style = draw(st.sampled_from(["iso", "z", "millis", "nanos", "seconds"]))
    if style == "seconds":
        moment = moment.replace(microsecond=0)
        return moment.isoformat()
    if style == "millis":
        return moment.isoformat(timespec="milliseconds")
    text = moment.isoformat(timespec="microseconds")
    if style == "nanos":
        text = text[:26] + "789" + text[26:]  # a Go client's RFC3339Nano: 9 digits
    if style == "z" and moment.utcoffset() == timedelta(0):
        text = text.removesuffix("+00:00") + "Z"
    return text


# Secrets as services hand them out: opaque strings, or JWTs whose claims may be anything.
_claim_values = st.one_of(
    st.integers(-(2**70), 2**70),
    st.sampled_from([10**400, 1e308, math.nan, math.inf, -math.inf, 0, "soon", None, True]),
    finite_floats,
)
tokens = st.one_of(
    strings,
    st.fixed_dictionaries({"exp": _claim_values}, optional={"iat": _claim_values}).map(make_jwt),
)

# ------------------------------------------------------------------ from the document


# id(schema) -> (schema, strategy); holding the schema keeps its id from being reused.
_cache: dict[int, tuple[Any, st.SearchStrategy[Json]]] = {}


def valid(schema: Any) -> st.SearchStrategy[Json]:
    """JSON values ``schema`` accepts, including the unknown fields and enum values it allows."""
    key = id(schema)
    if key not in _cache:
        if isinstance(schema, dict) and "$ref" in schema:
            # Deferred: recursive schemas (a field's schema holds field schemas) refer to themselves.
            target = spec.resolve(schema)
            _cache[key] = (schema, st.deferred(lambda: valid(target)))
        else:
            _cache[key] = (schema, _valid(schema))
    return _cache[key][1]


def _valid(schema: dict[str, Any]) -> st.SearchStrategy[Json]:
    if spec.kinds(schema):
        return _polymorphic(schema)
    if "allOf" in schema:
        return valid(spec.merged(schema))
    if "oneOf" in schema or "anyOf" in schema:
        return st.one_of([valid(option) for option in schema.get("oneOf", schema.get("anyOf"))])
    if "enum" in schema:
        known = schema["enum"]
        unknown = strings.filter(lambda value: value not in known)
        return st.one_of(st.sampled_from(known), unknown)
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        return _object(schema)
    if kind == "array":
        return st.lists(
            valid(schema.get("items", {})), min_size=schema.get("minItems", 0), max_size=2
        )
    if kind == "string":
        text = {"date-time": date_times(), "password": tokens}.get(schema.get("format"), strings)
        if "pattern" in schema:
            # Anchored as in ECMAScript: Python's "$" would also match before a final newline.
            whole = re.compile(schema["pattern"].removeprefix("^").removesuffix("$"))
            text = st.one_of(
                text.filter(lambda value: whole.fullmatch(value) is not None),
                st.from_regex(whole, fullmatch=True),
            )
        return text
    if kind == "integer":
        return st.integers(-(INT64), INT64 - 1)
    if kind == "number":
        return finite_floats
    if kind == "boolean":
        return st.booleans()
    return any_json


def _polymorphic(schema: dict[str, Any]) -> st.SearchStrategy[Json]:
    """A known kind (the kind's fields, its discriminating value) or an unknown one (the base's
    fields, any other value): what a base with a discriminator accepts."""
    found = spec.kinds(schema)
    field = found[0][0]
    mapped = {value for _, value, _ in found}
    options = [
        valid(kind).map(lambda body, value=value: {**body, field: value})
        for _, value, kind in found
    ]
    base = spec.merged(schema)
    other = st.one_of(
        st.sampled_from(spec.resolve(base["properties"][field]).get("enum", ["x"])), strings
    ).filter(lambda value: value not in mapped)
    unknown = st.builds(lambda body, value: {**body, field: value}, valid(base), other)
    return st.one_of(*options, unknown)


def _object(schema: dict[str, Any]) -> st.SearchStrategy[Json]:
    properties: dict[str, Any] = schema.get("properties", {})
    required = set(schema.get("required", []))
    declared = st.fixed_dictionaries(
        {name: valid(sub) for name, sub in properties.items() if name in required},
        optional={name: valid(sub) for name, sub in properties.items() if name not in required},
    )
    extra = schema.get("additionalProperties")
    if not extra:
        return declared
    extra_keys = keys.filter(lambda key: key not in properties)
    # An open object takes any value under an unknown key; a map, values of its schema.
    extras = st.dictionaries(extra_keys, any_json if extra is True else valid(extra), max_size=2)
    return st.builds(lambda known, more: {**more, **known}, declared, extras)


# ------------------------------------------------------------------ breaking a valid value


def _deep(depth: int) -> RawToken:
    return RawToken("[" * depth + "]" * depth)


weird_values: st.SearchStrategy[Json] = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.sampled_from([2**64, -(2**63) - 1, 10**400, 1e308, -1e308, 5e-324]),
    st.sampled_from([math.nan, math.inf, -math.inf]),  # NaN / Infinity tokens
    st.sampled_from([RawToken("1" * 5000), RawToken("1e999"), RawToken("-0"), RawToken("1E+2")]),
    strings,
    st.sampled_from(["x" * 100_000, "\u00e9" * 20_000, "\U0001f600" * 5_000]),
    any_json,
    st.sampled_from([_deep(50), _deep(400), _deep(900), _deep(990), _deep(5_000)]),
    st.sampled_from(
        ["", "not-a-date", "2024-13-45T99:99:99Z", "0000-00-00", "9999-12-31T23:59:59-23:59"]
    ),
    st.sampled_from(["2024-05-01T12:00:00", "2024-05-01"]),  # no offset
)


def _nodes(value: Json, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """The path of every node in a JSON value, the root first."""
    found = [path]
    if isinstance(value, dict):
        for key, child in value.items():
            found += _nodes(child, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += _nodes(child, (*path, index))
    return found


def _replace(value: Json, path: tuple[Any, ...], new: Callable[[Json], Json]) -> Json:
    if not path:
        return new(value)
    head, rest = path[0], path[1:]
    if isinstance(value, dict):
        return {**value, head: _replace(value[head], rest, new)}
    copy = list(value)
    copy[head] = _replace(value[head], rest, new)
    return copy


def _without(value: Json, path: tuple[Any, ...]) -> Json:
    parent, key = path[:-1], path[-1]

    def remove(node: Json) -> Json:
        if isinstance(node, dict):
            return {k: v for k, v in node.items() if k != key}
        return [v for i, v in enumerate(node) if i != key]

    return _replace(value, parent, remove)


@st.composite
def mutated(draw: st.DrawFn, schema: Any) -> tuple[str, Json]:
    """(what was done, a valid value with one to three nodes broken)."""
    value = draw(valid(schema))
    done = []
    for _ in range(draw(st.integers(1, 3))):
        paths = _nodes(value)
        path = draw(st.sampled_from(paths))
        action = draw(st.sampled_from(["drop", "extra", "replace", "replace", "wrap"]))
        if action == "drop" and path:
            value = _without(value, path)
        elif action == "extra" and isinstance(_at(value, path), dict):
            key, extra = draw(keys), draw(weird_values)
            value = _replace(value, path, lambda node, k=key, v=extra: {**node, k: v})
        elif action == "wrap":
            in_list = draw(st.booleans())
            value = _replace(
                value, path, lambda node, listed=in_list: [node] if listed else {"": node}
            )
        else:
            action = "replace"
            extra = draw(weird_values)
            value = _replace(value, path, lambda node, v=extra: v)
        done.append(action)
    return "+".join(done), value


def _at(value: Json, path: tuple[Any, ...]) -> Json:
    for part in path:
        value = value[part]
    return value


# ------------------------------------------------------------------ encoding


def encode(value: Json, *, style: str = "compact") -> bytes:
    """The JSON bytes of ``value``; ``RawToken``s become their text, NaN and Infinity tokens."""
    raws: list[str] = []

    def default(node: Any) -> Any:
        if isinstance(node, RawToken):
            raws.append(node.text)
            return f"{_RAW}{len(raws) - 1}{_RAW}"
        raise TypeError(type(node).__name__)

    if style == "pretty":
        text = json.dumps(value, default=default, indent=2, ensure_ascii=False)
    else:
        text = json.dumps(value, default=default, separators=(",", ":"))
    for index, raw in enumerate(raws):
        text = text.replace(json.dumps(f"{_RAW}{index}{_RAW}"), raw)
    if style == "utf-16":
        return text.encode("utf-16")
    if style == "bom":
        return text.encode("utf-8-sig")
    return text.encode()


ENCODINGS: Final = ("compact", "compact", "compact", "pretty", "utf-16", "bom")

# ------------------------------------------------------------------ bodies that are not JSON

_HTML = (
    b"<!DOCTYPE html><html><head><title>%d %s</title></head>"
    b"<body><h1>%s</h1><p>nginx</p></body></html>"
)


@st.composite
def raw_bodies(draw: st.DrawFn, schema: Any) -> tuple[str, bytes]:
    """(kind, bytes) that no JSON decoder accepts as this schema's value, or only barely."""
    kind = draw(
        st.sampled_from(
            [
                "empty",
                "text",
                "html",
                "truncated",
                "binary",
                "bad-utf8",
                "latin1",
                "deep",
                "huge-number",
                "long-string",
                "whitespace",
                "two-documents",
            ]
        )
    )
    sample = encode(draw(valid(schema))) if schema is not None else b'{"_id": "x"}'
    if kind == "empty":
        return kind, b""
    if kind == "text":
        return kind, draw(st.text()).encode()
    if kind == "html":
        words = draw(st.sampled_from([b"Bad Gateway", b"Service Unavailable", b"Maintenance"]))
        return kind, _HTML % (502, words, words)
    if kind == "truncated":
        return kind, sample[: draw(st.integers(0, max(0, len(sample) - 1)))]
    if kind == "binary":
        return kind, draw(st.binary(max_size=64))
    if kind == "bad-utf8":
        at = draw(st.integers(0, len(sample)))
        return kind, sample[:at] + draw(
            st.sampled_from([b"\xff", b"\xc3", b"\xed\xa0\x80"])
        ) + sample[at:]
    if kind == "latin1":
        return kind, json.dumps(
            {"_id": "caf\u00e9", "name": "\u00e9t\u00e9"}, ensure_ascii=False
        ).encode("latin-1")
    if kind == "deep":
        depth = draw(st.sampled_from([1_000, 10_000, 100_000]))
        opener = draw(st.sampled_from(["[", '{"a":']))
        return kind, (opener * depth).encode()
    if kind == "huge-number":
        return kind, draw(
            st.sampled_from([b"1" * 5000, b"1e999", b"NaN", b"-Infinity", b"[1e400]"])
        )
    if kind == "long-string":
        return kind, b'{"_id": "' + b"x" * 1_000_000 + b'", "name": "n"}'
    if kind == "whitespace":
        return kind, b" \r\n\t "
    return kind, sample + b" " + sample


# ------------------------------------------------------------------ error bodies and headers


def error_bodies() -> st.SearchStrategy[tuple[str, bytes]]:
    """What error answers carry: the documented shapes, the nested one, and others."""
    fields = st.fixed_dictionaries(
        {},
        optional={
            "error": st.one_of(strings, weird_values),
            "error_code": st.one_of(strings, weird_values),
        },
    )
    flat = fields.map(lambda body: ("error-json", encode(body)))
    nested = fields.map(lambda body: ("error-nested", encode({"error": body})))
    invalid_session = strings.map(
        lambda text: ("invalid-session", encode({"error": text, "error_code": "InvalidSession"}))
    )
    draft_exists = st.just(
        ("draft-exists", b'{"error": "a draft already exists", "error_code": "DraftAlreadyExists"}')
    )
    return st.one_of(flat, nested, invalid_session, draft_exists, raw_bodies(None))


_RETRY_AFTER = st.one_of(
    st.integers(0, 10**6).map(str),
    st.sampled_from(
        [
            "Wed, 21 Oct 2015 07:28:00 GMT",
            "Fri, 31 Dec 9999 23:59:59 GMT",
            "soon",
            "-5",
            "1e999",
            "nan",
            "",
            "99999999999999999999999999",
        ]
    ),
)


@st.composite
def headers(draw: st.DrawFn, *, broken_encoding: bool = True) -> dict[str, str]:
    result: dict[str, str] = {}
    content_type = draw(
        st.sampled_from(
            [
                "application/json",
                "application/json; charset=utf-8",
                "text/html",
                "application/octet-stream",
                "application/json; charset=latin-1",
                None,
            ]
        )
    )
    if content_type:
        result["Content-Type"] = content_type
    if draw(st.integers(0, 9)) == 0:
        result["Retry-After"] = draw(_RETRY_AFTER)
    if broken_encoding and draw(st.integers(0, 29)) == 0:
        result["Content-Encoding"] = draw(
            st.sampled_from(["gzip", "deflate", "br", "identity", "x-unknown"])
        )
    return result
