"""Instants as the service writes them (ISO 8601, milliseconds, `Z`) and reads them."""

from __future__ import annotations

import re
import time
from datetime import UTC, datetime

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
# A `+hh:mm` offset in a query string arrives as ` hh:mm` when the client did not escape `+`.
_UNESCAPED_PLUS_OFFSET = re.compile(r" (\d{2}(:?\d{2})?)$")


def now_ms() -> int:
    return time.time_ns() // 1_000_000


def format_ms(ms: int) -> str:
    seconds, millis = divmod(ms, 1000)
    return datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%dT%H:%M:%S") + f".{millis:03d}Z"


def parse(text: str) -> datetime:
    """An aware datetime from ISO 8601 text; without an offset it is UTC. ValueError if invalid."""
    text = _UNESCAPED_PLUS_OFFSET.sub(r"+\1", text.strip())
    instant = datetime.fromisoformat(text)
    return instant if instant.tzinfo is not None else instant.replace(tzinfo=UTC)


def parse_us(text: str) -> int:
    """Microseconds since the epoch (exact: no float rounding) for ISO 8601 text."""
    delta = parse(text) - _EPOCH
    return (delta.days * 86400 + delta.seconds) * 1_000_000 + delta.microseconds


def parse_ms(text: str) -> int:
    """Milliseconds since the epoch, truncated to the millisecond the service stores."""
    return parse_us(text) // 1000
