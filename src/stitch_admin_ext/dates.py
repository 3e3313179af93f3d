"""Date arguments: timezone-aware datetimes or ISO 8601 strings, never naive ones.

A naive datetime would be read in the caller's local time by some code and in UTC by other
code; the log window it selects would be off by the UTC offset. It is refused with a clear error.
"""

from __future__ import annotations

from datetime import datetime

from .errors import InvalidArgumentError


def aware_datetime(value: object, name: str) -> datetime:
    """``value`` as a timezone-aware datetime, or InvalidArgumentError saying what is wrong."""
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            parsed = _isoparse(value, name)
    else:
        raise InvalidArgumentError(
            f"{name} must be a timezone-aware datetime or an ISO 8601 string,"
            f" not {type(value).__name__}"
        )
    if parsed.tzinfo is None or parsed.utcoffset() is None:
        raise InvalidArgumentError(
            f"{name} has no timezone ({value!s}); pass an aware datetime such as"
            " datetime(2024, 5, 1, tzinfo=timezone.utc), or a string ending in 'Z' or '+00:00'"
        )
    return parsed


def _isoparse(value: str, name: str) -> datetime:
    # Imported here: python-dateutil is only needed for the ISO forms fromisoformat rejects.
    from dateutil.parser import isoparse

    try:
        return isoparse(value)
    except (ValueError, OverflowError) as exc:
        raise InvalidArgumentError(
            f"{name} {value!r} is not an ISO 8601 date-time ({exc})"
        ) from None
