"""Keeping credentials out of reprs, logs and exception text.

``Secret`` wraps a credential so that printing, logging or formatting it never shows it.
``Redactor`` scrubs text that may quote one (an error body, a URL) before it reaches a message:
it knows the session's own secrets and also removes anything shaped like a bearer token or JWT.
"""

from __future__ import annotations

import re
import threading
from typing import Final

REDACTED: Final = "***"

# Three base64url segments starting with a JSON header ("eyJ"): what a JWT looks like. Padding
# is not allowed in a JWT, but tokens.jwt_claims reads padded ones, so they are scrubbed too.
_JWT = re.compile(r"eyJ[A-Za-z0-9_-]{4,}=*\.[A-Za-z0-9_-]{4,}=*\.[A-Za-z0-9_-]*=*")
_BEARER = re.compile(r"(?i)(bearer\s+)[^\s\"',;]+")


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


class Redactor:
    """Scrubs the secrets it was told about, and token-shaped strings, from text."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._secrets: frozenset[str] = frozenset()

    def remember(self, *secrets: Secret | str | None) -> None:
        values = {s.reveal() if isinstance(s, Secret) else s for s in secrets if s}
        # Very short strings would mask ordinary words; nothing that short is a credential here.
        values = {v for v in values if len(v) >= 6}
        with self._lock:
            self._secrets = self._secrets | values

    def __call__(self, text: str) -> str:
        for secret in sorted(self._secrets, key=len, reverse=True):
            if secret in text:
                text = text.replace(secret, REDACTED)
        text = _JWT.sub(REDACTED, text)
        return _BEARER.sub(lambda m: m.group(1) + REDACTED, text)

    def __repr__(self) -> str:
        return f"Redactor({len(self._secrets)} secrets)"


def redact_tokens(text: str) -> str:
    """Scrub token-shaped strings when no session is at hand."""
    return Redactor()(text)
