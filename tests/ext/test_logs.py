"""The log cursor logic without I/O: LogQuery, next_cursor and LogCursor."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from stitch_admin_client.models import LogPage
from stitch_admin_client.types import UNSET
from support.ext import APP, GROUP

from stitch_admin_ext.errors import InvalidArgumentError, UnexpectedResponseError
from stitch_admin_ext.logs import LogCursor, LogQuery, next_cursor

START = datetime(2024, 5, 1, tzinfo=UTC)
END = datetime(2024, 5, 2, tzinfo=UTC)


def build(**kwargs: Any) -> LogQuery:
    return LogQuery.build(GROUP, APP, **kwargs)


# ---------------------------------------------------------------------------- LogQuery.build


def test_build_keeps_every_filter() -> None:
    query = build(start_date=START, end_date=END, errors_only=False, user_id="u1", co_id="c1")
    assert query == LogQuery(GROUP, APP, START, END, False, "u1", "c1")


def test_build_reads_iso_strings() -> None:
    query = build(start_date="2024-05-01T00:00:00Z", end_date="2024-05-02T02:00:00+02:00")
    assert (query.start_date, query.end_date) == (START, END)


@pytest.mark.parametrize(
    ("group_id", "app_id", "name"),
    [("", APP, "group_id"), (None, APP, "group_id"), (GROUP, "", "app_id"), (GROUP, 7, "app_id")],
)
def test_build_refuses_missing_ids(group_id: object, app_id: object, name: str) -> None:
    with pytest.raises(InvalidArgumentError, match=rf"^{name} must be a non-empty string"):
        LogQuery.build(group_id, app_id)  # type: ignore[arg-type]


@pytest.mark.parametrize("errors_only", ["true", 1, 0, "yes"])
def test_build_refuses_a_non_bool_errors_only(errors_only: object) -> None:
    with pytest.raises(InvalidArgumentError, match="errors_only must be a bool"):
        build(errors_only=errors_only)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"start_date": datetime(2024, 5, 1)}, "^start_date has no timezone"),
        ({"end_date": "2024-05-02T00:00:00"}, "^end_date has no timezone"),
        ({"end_date": "tomorrow"}, "^end_date 'tomorrow' is not an ISO 8601"),
        ({"start_date": 1714521600}, "^start_date must be a timezone-aware datetime"),
        ({"start_date": START, "end_date": START}, r"^end_date \(2024-05-01.*\) must be after"),
        ({"start_date": END, "end_date": START}, "must be after start_date"),
        (
            {"start_date": "2024-05-01T02:00:00+02:00", "end_date": "2024-05-01T00:00:00Z"},
            "must be after start_date",
        ),
        ({"user_id": 5}, "^user_id must be a string, not int"),
        ({"co_id": b"c1"}, "^co_id must be a string, not bytes"),
    ],
    ids=[
        "naive-start",
        "naive-end-string",
        "garbage-end",
        "number-start",
        "empty-window",
        "reversed-window",
        "same-instant-other-offsets",
        "user-id",
        "co-id",
    ],
)
def test_build_refuses_bad_filters(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(InvalidArgumentError, match=message):
        build(**kwargs)


# ---------------------------------------------------------------------------- arguments


def test_arguments_without_filters_or_cursor_leave_everything_unset() -> None:
    arguments = build().arguments(None)
    assert arguments == {
        "group_id": GROUP,
        "app_id": APP,
        "start_date": UNSET,
        "end_date": UNSET,
        "skip": UNSET,
        "errors_only": UNSET,
        "user_id": UNSET,
        "co_id": UNSET,
    }


def test_arguments_of_the_first_page_carry_the_filters() -> None:
    query = build(start_date=START, end_date=END, errors_only=False, user_id="u", co_id="c")
    assert query.arguments(None) == {
        "group_id": GROUP,
        "app_id": APP,
        "start_date": START,
        "end_date": END,
        "skip": UNSET,
        "errors_only": False,
        "user_id": "u",
        "co_id": "c",
    }


@pytest.mark.parametrize(("skip", "sent"), [(0, UNSET), (1, 1), (250, 250)])
def test_arguments_after_a_cursor_use_its_end_date_and_skip(skip: int, sent: object) -> None:
    query = build(start_date=START, end_date=END, errors_only=True)
    cursor_end = START + timedelta(hours=3)
    arguments = query.arguments(LogCursor(end_date=cursor_end, skip=skip))
    assert arguments["end_date"] == cursor_end
    assert arguments["skip"] == sent
    # The filters stay.
    assert (arguments["start_date"], arguments["errors_only"]) == (START, True)


# ---------------------------------------------------------------------------- next_cursor

NEXT = datetime(2024, 5, 1, 12, tzinfo=UTC)


def page(**fields: Any) -> LogPage:
    return LogPage(logs=[], **fields)


@pytest.mark.parametrize("current", [None, LogCursor(NEXT, 3)])
def test_the_last_page_has_no_cursor(current: LogCursor | None) -> None:
    assert next_cursor(page(), current) is None
    assert next_cursor(page(next_skip=4), current) is None


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"next_end_date": NEXT}, LogCursor(NEXT, 0)),
        ({"next_end_date": NEXT, "next_skip": 0}, LogCursor(NEXT, 0)),
        ({"next_end_date": NEXT, "next_skip": 37}, LogCursor(NEXT, 37)),
    ],
    ids=["no-skip", "zero-skip", "skip"],
)
def test_next_cursor_takes_the_page_s_end_date_and_skip(
    fields: dict[str, Any], expected: LogCursor
) -> None:
    assert next_cursor(page(**fields), None) == expected
    assert next_cursor(page(**fields), LogCursor(NEXT + timedelta(seconds=1), 5)) == expected


def test_a_negative_skip_is_refused() -> None:
    with pytest.raises(UnexpectedResponseError, match=r"nextSkip is negative \(-1\)"):
        next_cursor(page(next_end_date=NEXT, next_skip=-1), None)


@pytest.mark.parametrize(
    ("current", "fields"),
    [
        (LogCursor(NEXT, 0), {"next_end_date": NEXT}),
        (LogCursor(NEXT, 40), {"next_end_date": NEXT, "next_skip": 40}),
        # The same instant written with another offset is the same cursor.
        (
            LogCursor(NEXT.astimezone(timezone(timedelta(hours=2))), 40),
            {"next_end_date": NEXT, "next_skip": 40},
        ),
    ],
    ids=["no-skip", "skip", "other-offset"],
)
def test_a_cursor_that_does_not_advance_is_refused(
    current: LogCursor, fields: dict[str, Any]
) -> None:
    with pytest.raises(UnexpectedResponseError, match="paging would not advance"):
        next_cursor(page(**fields), current)


def test_the_same_end_date_with_a_larger_skip_advances() -> None:
    assert next_cursor(page(next_end_date=NEXT, next_skip=140), LogCursor(NEXT, 40)) == LogCursor(
        NEXT, 140
    )


# ---------------------------------------------------------------------------- LogCursor


@pytest.mark.parametrize(
    "cursor",
    [
        LogCursor(NEXT),
        LogCursor(NEXT, 250),
        LogCursor(datetime(2024, 5, 1, 14, 0, 0, 123456, tzinfo=timezone(timedelta(hours=2))), 1),
    ],
)
def test_cursor_json_round_trip(cursor: LogCursor) -> None:
    text = cursor.to_json()
    assert json.loads(text)["skip"] == cursor.skip
    restored = LogCursor.from_json(text)
    assert restored == cursor
    assert restored.end_date.utcoffset() == cursor.end_date.utcoffset()


def test_from_json_defaults_skip_to_zero() -> None:
    assert LogCursor.from_json('{"end_date": "2024-05-01T12:00:00Z"}') == LogCursor(NEXT, 0)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "not json",
        "null",
        "[]",
        '"2024-05-01T12:00:00Z"',
        "{}",
        '{"skip": 3}',
        '{"end_date": 5}',
        '{"end_date": "2024-05-01T12:00:00"}',
        '{"end_date": "someday"}',
        '{"end_date": "2024-05-01T12:00:00Z", "skip": -1}',
        '{"end_date": "2024-05-01T12:00:00Z", "skip": "3"}',
        '{"end_date": "2024-05-01T12:00:00Z", "skip": true}',
        '{"end_date": "2024-05-01T12:00:00Z", "skip": 1.5}',
        '{"end_date": "2024-05-01T12:00:00Z", "skip": null}',
    ],
)
def test_from_json_refuses_what_is_not_a_cursor(text: str) -> None:
    with pytest.raises(InvalidArgumentError, match=r"^not a log cursor"):
        LogCursor.from_json(text)
