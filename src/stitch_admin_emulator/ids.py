"""Identifiers the service hands out: ObjectIds, client App IDs and secrets."""

from __future__ import annotations

import itertools
import os
import re
import secrets
import string
import time

_PROCESS = os.urandom(5)
_COUNTER = itertools.count(int.from_bytes(os.urandom(3), "big"))
_OBJECT_ID = re.compile(r"[0-9a-fA-F]{24}")


def object_id() -> str:
    """A new ObjectId laid out like MongoDB's: seconds, a per-process random part, a counter."""
    counter = next(_COUNTER) % (1 << 24)
    return (int(time.time()).to_bytes(4, "big") + _PROCESS + counter.to_bytes(3, "big")).hex()


def is_object_id(text: str) -> bool:
    return _OBJECT_ID.fullmatch(text) is not None


def lowercase_letters(count: int) -> str:
    return "".join(secrets.choice(string.ascii_lowercase) for _ in range(count))


def secret(length: int = 64) -> str:
    """An API key secret: letters and digits, as the service shows it once."""
    alphabet = string.ascii_letters + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(length))
