"""Keeping credentials out of reprs, logs and exception text.

``Secret`` wraps a credential so that printing, logging or formatting it never shows it; the
SDK keeps credentials wrapped from the public signatures down to the moment a request body is
encoded. ``Redactor`` scrubs text that may quote one (an error body, a URL) before it reaches a
message: it knows the session's own secrets and also removes anything shaped like a bearer
token or JWT.

A service may echo a secret in another form than it was sent. The redactor looks for each
secret as is, JSON-escaped, URL-encoded and base64-encoded (at any of the three offsets a
longer base64 text can put it), and for a piece of it cut at the end (``"abc123..."``, six
characters or more). A piece, or a secret shorter than six characters, only counts where it
stands alone (not inside a longer word), so that ``fake-public`` is not taken for the start of
``fake-private-key``, nor the word ``refresh`` for a piece of ``refresh-token-1``.
"""

from __future__ import annotations

import base64
import json
import re
import threading
from typing import Final
from urllib.parse import quote, quote_plus

REDACTED: Final = "***"

# Three base64url segments starting with a JSON header ("eyJ"): what a JWT looks like. Padding
# is not allowed in a JWT, but tokens.jwt_claims reads padded ones, so they are scrubbed too.
_JWT = re.compile(r"eyJ[A-Za-z0-9_-]{4,}=*\.[A-Za-z0-9_-]{4,}=*\.[A-Za-z0-9_-]*=*")
_BEARER = re.compile(r"(?i)(bearer\s+)[^\s\"',;]+")
# Shorter than this, a secret (or a piece of one) only counts where it stands alone.
_ALONE_BELOW: Final = 6
# A base64 piece shorter than this would match ordinary text.
_MIN_BASE64: Final = 4
_PERCENT = re.compile(r"%[0-9A-F]{2}")
_ELLIPSES: Final = ("...", "\u2026")


class Secret:
    """A credential that only ``reveal()`` shows; its repr and str are masked."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        if not isinstance(value, str):
            raise TypeError(f"a secret must be a str, not {type(value).__name__}")
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return f"Secret({REDACTED!r})"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)

    def __bool__(self) -> bool:
        return bool(self._value)

    def __reduce__(self) -> tuple[object, ...]:
        # A secret is not pickled along with whatever holds it.
        raise TypeError("a Secret cannot be pickled")


def wrapped(value: object) -> object:
    """``value`` as a ``Secret`` if it is a str (a ``Secret`` or anything else as it is): the
    first thing a public function does with a credential it was given."""
    return Secret(value) if isinstance(value, str) else value


class _Forms:
    """The forms one secret may be echoed in."""

    def __init__(self, secret: str) -> None:
        textual = {secret, *_escaped(secret)}
        self.whole = sorted(textual, key=len, reverse=True)
        self.pieces = sorted(_base64_pieces(secret.encode("utf-8", "surrogatepass")), key=len)
        self.alone = len(secret) < _ALONE_BELOW


def _escaped(secret: str) -> set[str]:
    as_json = json.dumps(secret)[1:-1]
    # Go's encoder (the service's) also escapes <, > and &.
    go_json = as_json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    forms = {
        as_json,
        go_json,
        json.dumps(secret, ensure_ascii=False)[1:-1],
        as_json.replace("/", "\\/"),
    }
    for encoded in (quote(secret, safe=""), quote(secret), quote_plus(secret, safe="")):
        forms |= {encoded, _PERCENT.sub(lambda m: m.group().lower(), encoded)}
    forms.discard("")
    return forms


def _base64_pieces(data: bytes) -> set[str]:
    """What encodes ``data`` alone wherever it sits in a longer base64 text, in both alphabets
    and padded or not: at offset ``k`` (mod 3) the characters whose six bits all come from it."""
    pieces = set()
    for offset in range(3):
        encoded = base64.b64encode(bytes(offset) + data).decode("ascii")
        start = -(-8 * offset // 6)
        end = 8 * (offset + len(data)) // 6
        piece = encoded[start:end]
        if len(piece) >= _MIN_BASE64:
            pieces |= {piece, piece.replace("+", "-").replace("/", "_")}
    return pieces


def _word_at(text: str, index: int) -> bool:
    """Whether ``text`` has a letter or digit at ``index``."""
    return 0 <= index < len(text) and text[index].isalnum()


def _spans(text: str, forms: _Forms) -> list[tuple[int, int]]:
    """Where ``text`` quotes the secret: whole forms, cut forms, base64 pieces."""
    found = []
    for form in forms.whole:
        head = form[:_ALONE_BELOW]
        start = text.find(head)
        while start != -1:
            end = _echo_end(text, start, form, forms.alone)
            if end is not None:
                found.append((start, end))
            start = text.find(head, start + 1)
    for piece in forms.pieces:
        start = text.find(piece)
        while start != -1:
            found.append((start, start + len(piece)))
            start = text.find(piece, start + 1)
    return found


def _echo_end(text: str, start: int, form: str, short: bool) -> int | None:
    """Where the echo of ``form`` found at ``start`` ends, or ``None`` if it is not one."""
    length = 0
    limit = min(len(form), len(text) - start)
    while length < limit and text[start + length] == form[length]:
        length += 1
    standing_alone = not _word_at(text, start - 1)
    if length == len(form):
        if short and not (standing_alone and not _word_at(text, start + length)):
            return None  # inside a longer word
        return start + length
    if length < _ALONE_BELOW or not standing_alone or _word_at(text, start + length):
        return None
    # A piece that stands alone. It was cut from the secret if it says so ("..."), if it stops
    # in the middle of a word of the secret, or if it is more than a word; a plain word that
    # the secret starts with may be just that word ("refresh" of "refresh-token-1").
    if (
        text.startswith(_ELLIPSES, start + length)
        or form[length].isalnum()
        or not text[start : start + length].isalpha()
    ):
        return start + length
    return None


class Redactor:
    """Scrubs the secrets it was told about (in their echoed forms), and token-shaped strings."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._secrets: dict[str, _Forms | None] = {}

    def remember(self, *secrets: Secret | str | None) -> None:
        values = {s.reveal() if isinstance(s, Secret) else s for s in secrets if s}
        with self._lock:
            for value in values - self._secrets.keys():
                self._secrets[value] = None  # its forms are worked out when first needed

    def _forms(self) -> list[_Forms]:
        with self._lock:
            for value, forms in self._secrets.items():
                if forms is None:
                    self._secrets[value] = _Forms(value)
            return [forms for forms in self._secrets.values() if forms is not None]

    def __call__(self, text: str) -> str:
        spans = [span for forms in self._forms() for span in _spans(text, forms)]
        if spans:
            text = _masked(text, spans)
        text = _JWT.sub(REDACTED, text)
        return _BEARER.sub(lambda m: m.group(1) + REDACTED, text)

    def __repr__(self) -> str:
        return f"Redactor({len(self._secrets)} secrets)"


def _masked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each span replaced by a mask; overlapping or touching spans share one."""
    parts = []
    position = 0  # the end of the text kept or masked so far
    for start, end in sorted(spans):
        if end <= position:
            continue
        if start > position or position == 0:
            parts.append(text[position:start])
            parts.append(REDACTED)
        position = end
    parts.append(text[position:])
    return "".join(parts)


def redact_tokens(text: str) -> str:
    """Scrub token-shaped strings when no session is at hand."""
    return Redactor()(text)
