"""Shared types of the generated client, and the checks its models run on decoded JSON.

The models trust nothing they receive: a field of the wrong JSON type raises ``TypeError`` while
decoding, which the endpoint functions turn into the client's ``unexpected_body`` error. JSON
``null`` in an optional field means the same as an absent field.

Models the document marks ``x-stitch-admin-decode: bulk`` (log entries) decode by compiled
decoders, one per key sequence met (see ``Shapes``), and an item of a list of them that does not
match the document raises on its own use, not the list's (see ``decode_items``). Bodies of
models marked ``x-stitch-admin-decode: lazy`` (log pages) are decoded on first use (see
``Deferred``). Polymorphic models decode each known kind with its own subclass (see
``Variants``).

This module is not generated: ``tools/generate.py`` copies it from ``openapi/templates/static``.
"""

import __future__

import datetime
import enum
import itertools
import json
import linecache
import re
import threading
import types
from collections.abc import Callable, Mapping, MutableMapping
from contextvars import ContextVar, Token
from importlib import import_module
from typing import (
    IO,
    TYPE_CHECKING,
    Any,
    BinaryIO,
    ClassVar,
    Generic,
    Literal,
    NamedTuple,
    TypeVar,
)
from urllib.parse import quote

import httpx
from attrs import define

from .errors import InvalidArgument


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        # Copies and pickles of a model keep the one UNSET that `is UNSET` tests look for.
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


def media_type(response: Any) -> str:
    """The media type of an answer (``Content-Type`` without its parameters), lower case."""
    content_type: str = response.headers.get("content-type", "")
    return content_type.partition(";")[0].strip().lower()


def path_segment(value: object) -> str:
    """A path parameter, percent-encoded (``/`` included); ids, the usual case, need nothing.

    A lone surrogate (JSON can carry one, ``"\\ud800"``) has no UTF-8 form: it is encoded as
    the three bytes that stand for it, so that the request goes out and the service answers it.
    """
    text = str(value)
    if text.isascii() and text.isalnum():
        return text
    return quote(text, safe="", errors="surrogatepass")


_OBJECT_ID = re.compile(r"[0-9a-fA-F]{24}")


def path_param(value: object, name: str, *, object_id: bool) -> str:
    """A path parameter checked and percent-encoded: never empty (an empty id would name
    another endpoint), 24 hexadecimal digits where the document says it is an ObjectId."""
    if not isinstance(value, str):
        raise InvalidArgument(name, f"must be a string, not {type(value).__name__}")
    if not value:
        raise InvalidArgument(name, "must not be empty")
    if object_id and _OBJECT_ID.fullmatch(value) is None:
        raise InvalidArgument(name, "must be an ObjectId: 24 hexadecimal digits")
    return path_segment(value)


def date_query(value: object, name: str) -> str | Unset:
    """A date-time query parameter: a timezone-aware datetime, or an ISO 8601 string with an
    offset (``Z`` or ``+hh:mm``), sent in ISO 8601. A date without an offset is refused: its
    instant would depend on where the program runs."""
    if isinstance(value, Unset):
        return UNSET
    if isinstance(value, str):
        try:
            moment = datetime.datetime.fromisoformat(value)
        except ValueError:
            raise InvalidArgument(name, "is not an ISO 8601 date-time") from None
    elif isinstance(value, datetime.datetime):
        moment = value
    else:
        raise InvalidArgument(name, f"must be a datetime or a string, not {type(value).__name__}")
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise InvalidArgument(name, "must carry a time zone (an aware datetime, or an offset)")
    return moment.isoformat()


def enum_query(value: object, name: str) -> str | Unset:
    """An enumeration query parameter: a member, or its value as a string."""
    if isinstance(value, Unset):
        return UNSET
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, str):
        return value
    raise InvalidArgument(name, f"must be a string, not {type(value).__name__}")


# What the models' decoding code calls for a date-time string (see datetime_property.py.jinja).
fromisoformat = datetime.datetime.fromisoformat
UTC = datetime.UTC


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


# ---------------------------------------------------------------- polymorphic models
#
# A polymorphic model (a schema with a discriminator) is the base class of one model per known
# kind. Its ``from_dict`` asks ``Variants.pick`` which class decodes a JSON object: the kind's
# model when the discriminating field holds a known value, the base itself otherwise (an unknown
# kind, a missing field, a value of the wrong type), so that nothing the service sends is lost.
# The kinds' modules import the base's, so the base finds them by name on first use.

M = TypeVar("M")


class Variants:
    """The known kinds of a polymorphic model: discriminating value -> the kind's model."""

    __slots__ = ("_names", "_package", "by_value", "field", "root")

    def __init__(self, root: type[Any], field: str, names: Mapping[str, tuple[str, str]]) -> None:
        self.root = root
        self.field = field
        # value -> (module in the root's package, class name)
        self._names = dict(names)
        self._package = root.__module__.rpartition(".")[0]
        # value -> the class that decodes it (the root for an unknown kind), for the values met
        # so far: every known one, and unknown ones up to a bound (they come from the service).
        self.by_value: dict[str, type[Any]] = {}

    def pick(self, model: type[M], src_dict: object) -> type[M]:
        """The class that decodes ``src_dict`` when ``model`` is asked to.

        Only the root dispatches: a kind's model asked directly decodes as itself.
        """
        if model is not self.root or not isinstance(src_dict, Mapping):
            return model
        value = src_dict.get(self.field)
        if value.__class__ is not str:
            return model
        picked: type[M] = self.by_value.get(value) or self.of_value(value)
        return picked

    def of_value(self, value: str) -> type[Any]:
        """The class that decodes an object of the root whose discriminating field holds
        ``value``; remembered in ``by_value``."""
        names = self._names.get(value)
        if names is None:
            if len(self.by_value) < 256:
                self.by_value[value] = self.root
            return self.root
        module, name = names
        kind: type[Any] = getattr(import_module(f".{module}", self._package), name)
        self.by_value[value] = kind
        return kind

    @property
    def kinds(self) -> dict[str, str]:
        """Discriminating value -> the name of its model."""
        return {value: name for value, (_, name) in self._names.items()}


# ---------------------------------------------------------------- decoders by key sequence
#
# Bulk models (``x-stitch-admin-decode: bulk``) come many at a time (a log page holds a hundred
# entries), and the objects of one source share their keys and the keys' order. A model's
# ``_decode`` looks every documented field up by name, present or not; for a key sequence met
# before, a decoder compiled for exactly that sequence unpacks the values by position, runs the
# checks of the present fields only and sets the absent ones to UNSET, in about half the time.
# Its code is the model's own: the model's module gives the blocks its template renders for
# ``_decode``, one per field, as text, and they run in the same order, so the results and the
# errors are ``_decode``'s. Keys that come from the service never enter the compiled text: the
# unknown ones reach ``additional_properties`` through a tuple bound to the decoder.

# The name of the raw value in the blocks of ``Field``.
FIELD_SOURCE = "_value_"


class Field(NamedTuple):
    """One documented field of a model, for its decoders by key sequence."""

    key: str  # the JSON key
    name: str  # the attribute
    required: bool
    block: str  # Python that decodes the raw value ``_value_`` into the local ``name``


ShapedDecoder = Callable[[Any, Mapping[str, Any]], Any]
# Numbers the compiled decoders: each has a file name of its own for tracebacks (linecache).
_DECODER_NUMBERS = itertools.count(1)


class Shapes(dict[tuple[Any, ...], ShapedDecoder | None]):
    """The decoders of one model by key sequence: ``shapes[tuple(raw)]`` is the decoder of the
    JSON objects whose keys come in that sequence, or None, in which case the model's
    ``_decode`` decodes. A sequence is compiled the second time it is met (one met once costs
    no compilation), and not at all when it lacks a required field (``_decode`` reports that)
    or is longer than ``MAX_KEYS``. Both tables are bounded: the keys come from the service."""

    LIMIT = 64  # compiled sequences per model, by default
    SEEN_LIMIT = 1024  # sequences met once, remembered
    # Longer sequences are left to ``_decode``: an object of many unknown keys would make a long
    # text, slow to compile, for a decoder that saves nothing (the keys are copied one by one).
    MAX_KEYS = 256

    def __init__(
        self,
        name: str,
        namespace: dict[str, Any],
        fields: tuple[Field, ...],
        *,
        extras: bool,
        limit: int = LIMIT,
    ) -> None:
        super().__init__()
        self.name = name  # the model's, for the decoders' file names
        # The model module's globals: the blocks' names (``_t``, nested models) resolve there.
        self.namespace = namespace
        self.fields = fields
        self.extras = extras  # whether unknown keys are kept in ``additional_properties``
        # Compiled sequences at most (0: the model's unknown keys are decoded, by ``_decode``).
        self.limit = limit
        self._seen: set[tuple[Any, ...]] = set()

    def __missing__(self, keys: tuple[Any, ...]) -> ShapedDecoder | None:
        if len(self) >= self.limit or len(keys) > self.MAX_KEYS:
            return None
        if keys not in self._seen:
            if len(self._seen) < self.SEEN_LIMIT:
                self._seen.add(keys)
            return None
        decoder = self.compile(keys)
        self[keys] = decoder
        return decoder

    def compile(self, keys: tuple[Any, ...]) -> ShapedDecoder | None:
        """A decoder for ``keys``, compiled now (not kept); None when a required field is
        missing from them."""
        position = {key: index for index, key in enumerate(keys)}
        if any(field.required and field.key not in position for field in self.fields):
            return None
        known = {field.key for field in self.fields}
        extra = [(index, key) for index, key in enumerate(keys) if key not in known]
        lines = ["def _decoder(_extra_keys):", "    def decode(self, src_dict):"]
        if keys:
            lines.append("        " + "".join(f"_{index}, " for index in range(len(keys))))
            lines[-1] += "= src_dict.values()"
        for field in self.fields:
            index = position.get(field.key)
            if index is None:
                lines.append(f"        {field.name} = UNSET")
                continue
            lines.append(f"        {FIELD_SOURCE} = _{index}")
            lines.extend("        " + line for line in field.block.strip("\n").splitlines())
        lines.extend(f"        self.{field.name} = {field.name}" for field in self.fields)
        if self.extras:
            kept = ", ".join(f"_extra_keys[{n}]: _{index}" for n, (index, _) in enumerate(extra))
            lines.append(f"        self.additional_properties = {{{kept}}}")
        lines += ["        return self", "    return decode", ""]
        source = "\n".join(lines)
        filename = f"<{self.name} decoder of {len(keys)} keys #{next(_DECODER_NUMBERS)}>"
        code = compile(
            source, filename, "exec", flags=__future__.annotations.compiler_flag, dont_inherit=True
        )
        scope: dict[str, Any] = {}
        exec(code, self.namespace, scope)  # noqa: S102 (our own text; see the section's comment)
        # Tracebacks through the decoder show its lines.
        linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
        decoder: ShapedDecoder = scope["_decoder"](tuple(key for _, key in extra))
        return decoder


# ---------------------------------------------------------------- JSON bodies


def _json_loads() -> Callable[[bytes], Any]:
    """msgspec's JSON decoder where it is installed (it parses a page of log entries in half
    json's time, integers of any size exactly), falling back to json's for what msgspec refuses
    and json reads (NaN, Infinity, numbers beyond a float's range, UTF-16, escaped lone
    surrogates), so that the values are json's either way."""
    try:
        import msgspec  # noqa: PLC0415 (imported with the first answer: the package imports fast)
    except ImportError:
        return json.loads
    fast = msgspec.json.Decoder().decode
    refused = msgspec.DecodeError

    def loads(content: bytes) -> Any:
        try:
            return fast(content)
        except refused:
            return json.loads(content)

    return loads


_loads: Callable[[bytes], Any] | None = None


def json_body(response: httpx.Response) -> Any:
    """The answer's body, parsed as JSON (what ``response.json()`` gives, faster)."""
    global _loads  # noqa: PLW0603 (chosen once, on the first answer)
    if _loads is None:
        _loads = _json_loads()
    return _loads(response.content)


# Headers that describe the body as it came, not the one an error's response carries.
_BODY_HEADERS = frozenset((b"content-length", b"content-encoding", b"transfer-encoding"))


# ---------------------------------------------------------------- items of bulk models
#
# The items of a list of a bulk model are decoded when the list is: each by the decoder of its
# key sequence (see ``Shapes``), a polymorphic model's by its kind's. An item that does not match
# the document must not cost the others: it becomes an instance of the model's ``Unmatched``
# subclass, which keeps its own JSON object and raises, on every use, what the endpoint function
# would have raised for it: ``client.unexpected_body(response, cause)`` (see ``Origin``), or the
# decoding error itself outside an endpoint function. An item that is not a JSON object fails
# the list (TypeError).

# The endpoint call whose body is being parsed: (client, response); or the Origin of the pending
# instance being decoded (see ``_settle``); or None.
_DECODING: ContextVar["tuple[Any, Any] | Origin | None"] = ContextVar(
    "stitch_admin_client_decoding", default=None
)


def decoding_for(client: Any, response: Any) -> "Token[tuple[Any, Any] | Origin | None]":
    """Record the call whose body is parsed next; give the token back to ``decoding_done``."""
    return _DECODING.set((client, response))


def decoding_done(token: "Token[tuple[Any, Any] | Origin | None]") -> None:
    _DECODING.reset(token)


def _origin() -> "Origin | None":
    context = _DECODING.get()
    if context is None or isinstance(context, Origin):
        return context
    return Origin(*context)


def decode_items(model: type[M], items: list[Any], name: str) -> list[M]:
    """The items of a list of the bulk model ``model``, decoded (see the section's comment)."""
    variants: Variants | None = getattr(model, "_variants", None)
    if variants is not None and variants.root is not model:
        variants = None  # a kind's model decodes as itself
    field = "" if variants is None else variants.field
    by_value: dict[str, type[Any]] = {} if variants is None else variants.by_value
    new = object.__new__
    decoded: list[M] = []
    append = decoded.append
    origin: Origin | Unset | None = UNSET  # made on the first item that does not match
    for item in items:
        raw = item if item.__class__ is dict else _as_dict(item, name)
        kind: Any = model
        if variants is not None:
            value = raw.get(field)
            if value.__class__ is str:
                kind = by_value.get(value) or variants.of_value(value)
        instance = new(kind)
        try:
            # The model's _decode, by the decoder of the key sequence where there is one.
            decoder = kind._shapes[tuple(raw)]
            if decoder is None:
                instance._decode(raw)
            else:
                decoder(instance, raw)
        except PARSE_ERRORS:
            if origin is UNSET:
                origin = _origin()
            instance = kind._unmatched.keep(raw, origin)
        append(instance)
    return decoded


def _as_dict(item: object, name: str) -> dict[str, Any]:
    return dict(expect_mapping(item, name))


# What a model's class holds that is not a field (a field is a slot: a member descriptor).
_NOT_FIELDS = frozenset((types.FunctionType, types.MethodType, property))


class Origin:
    """The answer a pending instance or the unmatched items of a list came in, without its
    body: what reporting an object that does not match the document needs (the client, whose
    ``unexpected_body`` makes the error, and the status, headers and request of the answer).
    Keeping the body would keep a whole page alive for as long as any bad entry of it is."""

    __slots__ = ("client", "headers", "request", "status_code")

    def __init__(self, client: Any, response: Any) -> None:
        self.client = client
        self.status_code: int = response.status_code
        self.headers = response.headers
        self.request = response.request

    def error(self, raw: Mapping[str, Any], cause: Exception) -> Exception:
        """The client's error for ``raw``, which does not match the document: the response it
        is given is the answer's, with the object that failed (re-encoded) as its body."""
        headers = [(k, v) for k, v in self.headers.raw if k.lower() not in _BODY_HEADERS]
        content = json.dumps(raw, separators=(",", ":")).encode()
        response = httpx.Response(
            self.status_code, headers=headers, content=content, request=self.request
        )
        error: Exception = self.client.unexpected_body(response, cause)
        return error


class Standin:  # noqa: PLW1641 - never hashed: equality first calls _use
    """Mixin of the private subclasses whose instances stand for an object of a model that is
    not decoded yet (``Pending``) or does not match the document (``Unmatched``). Reading a
    field, writing or deleting an attribute, equality, ``repr``, copies and pickles call
    ``_use`` first, then do what the model does; the private attributes, the dunders
    (``__class__``, which isinstance() looks up) and the methods and properties do not (they
    call it when they use a field, and ``hasattr(x, "to_dict")`` does not raise)."""

    __slots__ = ()

    _model: ClassVar[type[Any]]

    def _use(self) -> None:
        """Make the instance one of its model, or raise its error."""
        raise NotImplementedError

    if not TYPE_CHECKING:  # (type checkers would accept any attribute name on the models)

        def __getattribute__(self, name: str) -> Any:
            if name[:1] == "_" or type(getattr(type(self), name, None)) in _NOT_FIELDS:
                return object.__getattribute__(self, name)
            self._use()
            return getattr(self, name)

    def __setattr__(self, name: str, value: Any) -> None:
        self._use()
        setattr(self, name, value)

    def __delattr__(self, name: str) -> None:
        self._use()
        delattr(self, name)

    def __eq__(self, other: object) -> bool:
        self._use()
        return bool(self == other)

    def __ne__(self, other: object) -> bool:
        self._use()
        return bool(self != other)

    def __repr__(self) -> str:
        try:
            self._use()
        except Exception as failure:  # a repr must not raise; using a field raises the error
            model = type(self)._model.__name__
            return f"<{model} not matching the document: {type(failure).__name__}>"
        return repr(self)

    def __reduce_ex__(self, protocol: Any) -> Any:
        self._use()
        return self.__reduce_ex__(protocol)


class Unmatched(Standin):
    """Mixin of a bulk model's private subclass: an item that does not match the document, whose
    every use raises its error. The generated subclass declares the slots ``_raw`` and
    ``_origin``."""

    __slots__ = ()

    @classmethod
    def keep(cls, raw: dict[str, Any], origin: Origin | None) -> Any:
        instance = object.__new__(cls)
        object.__setattr__(instance, "_raw", raw)
        object.__setattr__(instance, "_origin", origin)
        return instance

    def _use(self) -> None:
        # The error is found again by decoding the item (decoding is deterministic).
        raw: dict[str, Any] = object.__getattribute__(self, "_raw")
        origin: Origin | None = object.__getattribute__(self, "_origin")
        model = type(self)._model
        try:
            object.__new__(model)._decode(raw)
        except PARSE_ERRORS as cause:
            if origin is None:
                raise
            raise origin.error(raw, cause) from cause
        raise TypeError(f"{model.__name__}: the item decodes now but did not before")


# ---------------------------------------------------------------- decoding on first use
#
# A body of a lazy model (``x-stitch-admin-decode: lazy``: a log page) is parsed as JSON by the
# endpoint function, which checks it is an object and returns a *pending* instance: an instance
# of a private subclass of the model that holds the raw object. The first time anything reads,
# writes or compares it, it decodes itself with the model's own strict decoding and turns into
# a plain instance of the model (``__class__`` assignment), so that it costs nothing afterwards.
# A caller who pages through logs without reading them pays for no decoding.
#
# A field of the wrong type is reported then, on first use, with the exception the endpoint
# function would have raised for it (see ``Origin``). An instance that fails stays pending and
# raises again on every use. It keeps its own JSON object and the ``Origin``, not the answer.


# Held while a pending instance decodes itself: another thread reading a field of the same
# instance meanwhile waits for it instead of finding the field missing.
_SETTLING = threading.RLock()


class Deferred:
    """Base of the models that can be decoded on first use: the slots of a pending instance's
    raw object and ``Origin`` (empty once decoded)."""

    __slots__ = ("_deferred", "_origin")

    _deferred: dict[str, Any]
    _origin: Origin | None
    # The model's pending subclass (set by the model's module).
    _pending: ClassVar[type["Deferred"]]

    def _decode(self, src_dict: Mapping[str, Any]) -> Any:
        raise NotImplementedError

    if not TYPE_CHECKING:  # (type checkers would accept any attribute name on the models)

        def __getattr__(self, name: str) -> Any:
            # Reached for a field not set yet: another thread may be decoding this instance.
            if name[:1] == "_":
                raise AttributeError(name)
            with _SETTLING:
                pass
            if isinstance(self, Pending):  # its decoding failed meanwhile: raise its error
                return getattr(self, name)
            return object.__getattribute__(self, name)


D = TypeVar("D", bound=Deferred)
# The slots' own accessors: a pending instance's __setattr__ and __getattribute__ would decode it.
_slot = Deferred.__dict__
_set_deferred: Callable[[Any, Any], None] = _slot["_deferred"].__set__
_get_deferred: Callable[[Any, Any], dict[str, Any]] = _slot["_deferred"].__get__
_del_deferred: Callable[[Any], None] = _slot["_deferred"].__delete__
_set_origin: Callable[[Any, Any], None] = _slot["_origin"].__set__
_get_origin: Callable[[Any, Any], Origin | None] = _slot["_origin"].__get__
_del_origin: Callable[[Any], None] = _slot["_origin"].__delete__
_set_class: Callable[[Any, str, Any], None] = object.__setattr__
del _slot


def pending(model: type[D], body: object, name: str) -> D:
    """A pending instance of ``model`` for the JSON object ``body`` (TypeError for a non-object,
    which fails the call); a polymorphic model's is one of its kind's model."""
    raw = body if body.__class__ is dict else _as_dict(body, name)
    variants: Variants | None = getattr(model, "_variants", None)
    kind = model if variants is None else variants.pick(model, raw)
    instance: Any = object.__new__(kind._pending)
    _set_deferred(instance, raw)
    _set_origin(instance, _origin())
    made: D = instance
    return made


_lock_settling = _SETTLING.acquire
_unlock_settling = _SETTLING.release


def _settle(instance: Any) -> None:
    """Decode a pending instance and make it an instance of its model; raise the error of one
    that does not match the document (it stays pending)."""
    _lock_settling()
    try:
        cls = type(instance)
        if not issubclass(cls, Pending):  # another thread decoded it meanwhile
            return
        model = cls._model
        try:
            raw = _get_deferred(instance, cls)
        except AttributeError:  # filled another way (a copy, attrs.evolve): nothing to decode
            _set_class(instance, "__class__", model)
            return
        _set_class(instance, "__class__", model)
        origin = _get_origin(instance, cls)
        # Items that do not match report the answer the instance came in (see decode_items).
        decoding = _DECODING.set(origin)
        try:
            # The decoding assigns the fields only once all of them are decoded.
            instance._decode(raw)
        except PARSE_ERRORS as cause:
            _set_class(instance, "__class__", cls)
            failure = cause
        else:
            _del_deferred(instance)
            _del_origin(instance)
            return
        finally:
            _DECODING.reset(decoding)
    finally:
        _unlock_settling()
    if origin is None:
        raise failure
    raise origin.error(raw, failure) from failure


class Pending(Standin):
    """Mixin of a lazy model's pending subclass: decode on first use, then become the model."""

    __slots__ = ()

    def _use(self) -> None:
        _settle(self)


__all__ = [
    "PARSE_ERRORS",
    "UNSET",
    "UTC",
    "Deferred",
    "Field",
    "File",
    "FileTypes",
    "Origin",
    "Pending",
    "RequestFiles",
    "Response",
    "Shapes",
    "Standin",
    "Unmatched",
    "Unset",
    "Variants",
    "decode_items",
    "decoding_done",
    "decoding_for",
    "expect_bool",
    "expect_float",
    "expect_int",
    "expect_list",
    "expect_mapping",
    "expect_str",
    "fromisoformat",
    "media_type",
    "optional_bool",
    "optional_float",
    "optional_int",
    "optional_list",
    "optional_str",
    "parse_datetime",
    "path_segment",
    "pending",
]
