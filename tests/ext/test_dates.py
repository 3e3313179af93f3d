"""aware_datetime: timezone-aware datetimes and ISO 8601 strings in, naive ones refused."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from stitch_admin_ext.dates import aware_datetime
from stitch_admin_ext.errors import InvalidArgumentError

MAY_FIRST_NOON = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "value",
    [
        MAY_FIRST_NOON,
        datetime(2024, 5, 1, 14, 0, tzinfo=timezone(timedelta(hours=2))),
        datetime(2024, 5, 1, 7, 0, tzinfo=timezone(timedelta(hours=-5))),
    ],
)
def test_aware_datetimes_pass_unchanged(value: datetime) -> None:
    assert aware_datetime(value, "start_date") is value


@pytest.mark.parametrize(
    "text",
    [
        "2024-05-01T12:00:00Z",
        "2024-05-01T12:00:00+00:00",
        "2024-05-01T14:00:00+02:00",
        "2024-05-01T14:00:00+0200",
        "2024-05-01T14:00+02",
        "2024-05-01T07:00:00-05:00",
        "2024-05-01T12:00:00.000Z",
        "2024-05-01 12:00:00Z",
        "20240501T120000Z",
        "2024-W18-3T12:00:00Z",
        # Forms datetime.fromisoformat refuses on Python 3.11, read by dateutil instead:
        "2024-122T12:00:00Z",
        "2024-04-30T24:00:00-12:00",
    ],
)
def test_iso_strings_with_an_offset_are_parsed(text: str) -> None:
    parsed = aware_datetime(text, "end_date")
    assert parsed.utcoffset() is not None
    assert parsed == MAY_FIRST_NOON


def test_the_dateutil_only_forms_are_really_refused_by_fromisoformat() -> None:
    # Otherwise the test above would not reach the fallback.
    for text in ("2024-122T12:00:00Z", "2024-04-30T24:00:00-12:00"):
        with pytest.raises(ValueError, match=r"."):
            datetime.fromisoformat(text)


def test_a_naive_datetime_is_refused_with_the_argument_s_name() -> None:
    with pytest.raises(InvalidArgumentError, match=r"^start_date has no timezone") as caught:
        aware_datetime(datetime(2024, 5, 1, 12, 0), "start_date")
    assert "tzinfo=timezone.utc" in str(caught.value)


@pytest.mark.parametrize(
    "text",
    ["2024-05-01T12:00:00", "2024-05-01", "20240501T120000", "2024-122T12:00:00", "2024-05"],
)
def test_strings_without_an_offset_are_refused(text: str) -> None:
    with pytest.raises(InvalidArgumentError, match=r"^end_date has no timezone"):
        aware_datetime(text, "end_date")


@pytest.mark.parametrize(
    "text",
    [
        "",
        "yesterday",
        "2024-13-01T00:00:00Z",
        "2024-05-32T00:00:00Z",
        "2024-05-01T25:00:00Z",
        "2024-05-01T12:00:00+25:00",
        "2024-05-01T12:00:00 UTC",
        "99999-05-01T12:00:00Z",
        "2024-05-01T12:00:00Zjunk",
    ],
)
def test_garbage_strings_are_refused_with_the_argument_s_name(text: str) -> None:
    with pytest.raises(InvalidArgumentError, match=r"^cursor end_date .* is not an ISO 8601"):
        aware_datetime(text, "cursor end_date")


@pytest.mark.parametrize(
    ("value", "type_name"),
    [
        (None, "NoneType"),
        (1714564800, "int"),
        (1714564800.0, "float"),
        (b"2024-05-01T12:00:00Z", "bytes"),
        (date(2024, 5, 1), "date"),
    ],
)
def test_other_types_are_refused(value: object, type_name: str) -> None:
    with pytest.raises(InvalidArgumentError, match=rf"^start_date must be .*, not {type_name}$"):
        aware_datetime(value, "start_date")
