"""Log pages: newest first, filters, and the nextEndDate/nextSkip cursor across equal timestamps."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

BASE = datetime(2024, 5, 1, 12, 0, 0, tzinfo=UTC)


def at(ms: int) -> str:
    """The instant `ms` milliseconds after BASE, as the service writes it."""
    return (BASE + timedelta(milliseconds=ms)).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def seed(control: httpx.Client, app: str, entries: list[dict[str, Any]]) -> None:
    response = control.post(f"{app}/logs", json={"logs": entries})
    assert response.status_code == 201, response.text
    assert response.json() == {"inserted": len(entries)}


def entries_with_runs(runs: list[int]) -> list[dict[str, Any]]:
    """Entries in runs of equal timestamps, one millisecond apart, each with a unique _id."""
    entries = []
    for run_index, length in enumerate(runs):
        for position in range(length):
            entries.append(
                {
                    "_id": f"{run_index:06d}{position:06d}" + "0" * 12,
                    "type": "API",
                    "started": at(run_index),
                    "co_id": f"co-{run_index % 3}",
                    "user_id": f"user-{position % 4}",
                    **({"error": "boom", "error_code": "X"} if position % 5 == 0 else {}),
                }
            )
    return entries


def newest_first(entries: list[dict[str, Any]]) -> list[str]:
    """The service's order: newest first, entries of one instant in reverse insertion order."""
    indexed = list(enumerate(entries))
    indexed.sort(key=lambda pair: (pair[1]["started"], pair[0]), reverse=True)
    return [entry["_id"] for _, entry in indexed]


def read_all(api: httpx.Client, app: str, **params: Any) -> tuple[list[str], list[dict[str, Any]]]:
    """Every page, following the cursor; the ids in order and the pages' cursors."""
    ids: list[str] = []
    cursors = []
    query = dict(params)
    while True:
        response = api.get(f"{app}/logs", params=query)
        assert response.status_code == 200, response.text
        page = response.json()
        assert len(page["logs"]) <= 100
        ids += [entry["_id"] for entry in page["logs"]]
        cursor = {key: page[key] for key in ("nextEndDate", "nextSkip") if key in page}
        cursors.append(cursor)
        if "nextEndDate" not in page:
            return ids, cursors
        assert len(page["logs"]) == 100
        query = dict(params) | {"end_date": page["nextEndDate"]}
        if "nextSkip" in page:
            query["skip"] = page["nextSkip"]


def test_an_empty_log_is_one_empty_last_page(api: httpx.Client, app: str) -> None:
    assert api.get(f"{app}/logs").json() == {"logs": []}


def test_long_runs_of_equal_timestamps_are_paged_exactly_once_in_order(
    api: httpx.Client, app: str, control: httpx.Client
) -> None:
    entries = entries_with_runs([250, 1, 300, 99, 100, 101, 200, 1, 1, 5])
    seed(control, app, entries)
    ids, cursors = read_all(api, app)
    assert ids == newest_first(entries)
    assert len(ids) == len(set(ids)) == 1058
    # Page one holds instants 9, 8 and 7 (7 entries), then 93 of the 200 at instant 6.
    assert cursors[0] == {"nextEndDate": at(6), "nextSkip": 93}


def test_next_skip_counts_every_entry_of_the_instant_already_handed_out(
    api: httpx.Client, app: str, control: httpx.Client
) -> None:
    seed(control, app, entries_with_runs([5, 50, 250]))
    _, cursors = read_all(api, app)
    assert cursors == [
        {"nextEndDate": at(2), "nextSkip": 100},
        {"nextEndDate": at(2), "nextSkip": 200},
        # Page three ends exactly where instant 0 begins: nothing of it was handed out.
        {"nextEndDate": at(0)},
        {},
    ]


@pytest.mark.parametrize(
    "filters",
    [
        {"errors_only": "true"},
        {"user_id": "user-1"},
        {"co_id": "co-2"},
        {"co_id": "co-1", "user_id": "user-3"},
        {"errors_only": "true", "co_id": "co-0"},
        {"errors_only": "false"},
    ],
)
def test_filters_page_correctly_across_ties(
    api: httpx.Client, app: str, control: httpx.Client, filters: dict[str, str]
) -> None:
    generator = random.Random(7)  # noqa: S311 - reproducible test data
    entries = entries_with_runs([generator.choice([1, 3, 60, 150, 420]) for _ in range(30)])
    seed(control, app, entries)

    def keep(entry: dict[str, Any]) -> bool:
        if filters.get("errors_only") == "true" and not entry.get("error"):
            return False
        if "user_id" in filters and entry["user_id"] != filters["user_id"]:
            return False
        return "co_id" not in filters or entry["co_id"] == filters["co_id"]

    ids, _ = read_all(api, app, **filters)
    assert ids == newest_first([entry for entry in entries if keep(entry)])
    assert ids


def test_start_date_is_exclusive_and_end_date_inclusive(
    api: httpx.Client, app: str, control: httpx.Client
) -> None:
    seed(control, app, entries_with_runs([2, 2, 2, 2, 2]))  # instants 0..4, two each

    def instants(**params: str) -> list[str]:
        return [entry["started"] for entry in api.get(f"{app}/logs", params=params).json()["logs"]]

    assert instants(start_date=at(1), end_date=at(3)) == [at(3)] * 2 + [at(2)] * 2
    assert instants(start_date=at(3)) == [at(4)] * 2
    assert instants(end_date=at(0)) == [at(0)] * 2
    # The same instants written with an offset, and finer than a millisecond.
    in_paris = (BASE + timedelta(milliseconds=3, hours=2)).strftime("%Y-%m-%dT%H:%M:%S.%f")
    assert instants(end_date=in_paris + "+02:00") == instants(end_date=at(3))
    assert instants(end_date=at(3).replace(".003Z", ".003999Z")) == instants(end_date=at(3))
    assert instants(start_date=at(3).replace(".003Z", ".003999Z")) == [at(4)] * 2
    assert instants(start_date=at(4)) == []


@pytest.mark.parametrize(
    "params",
    [
        {"end_date": "yesterday"},
        {"start_date": "2024-13-01T00:00:00Z"},
        {"skip": "-1"},
        {"skip": "ten"},
        {"errors_only": "perhaps"},
    ],
)
def test_malformed_query_parameters_are_a_400(
    api: httpx.Client, app: str, params: dict[str, str]
) -> None:
    response = api.get(f"{app}/logs", params=params)
    assert response.status_code == 400
    assert response.json()["error"]


def test_seeded_entries_get_an_id_and_a_start_time(
    api: httpx.Client, app: str, control: httpx.Client
) -> None:
    seed(
        control,
        app,
        [
            {"type": "AUTH", "messages": ["no time given"]},
            {"type": "API", "started": "2024-05-01T14:00:00.123456+02:00", "extra": {"kept": True}},
        ],
    )
    newest, oldest = api.get(f"{app}/logs").json()["logs"]
    assert newest["messages"] == ["no time given"]
    assert len(newest["_id"]) == 24
    assert newest["started"].endswith("Z")
    assert oldest["started"] == "2024-05-01T12:00:00.123Z"
    assert oldest["extra"] == {"kept": True}


@pytest.mark.parametrize(
    "body",
    [{"logs": [{"started": "noon"}]}, {"logs": ["text"]}, {"logs": {}}, {"entries": []}],
)
def test_seeding_checks_its_input(control: httpx.Client, app: str, body: dict[str, Any]) -> None:
    assert control.post(f"{app}/logs", json=body).status_code == 400


def test_a_hundred_thousand_entries_are_seeded_and_paged_through(
    api: httpx.Client, app: str, control: httpx.Client
) -> None:
    entries = [
        {"_id": f"{index:024d}", "type": "FUNCTION", "started": at(index // 10)}
        for index in range(100_000)
    ]
    seed(control, app, entries)
    ids, _ = read_all(api, app)
    assert len(ids) == 100_000
    assert ids[:3] == [f"{index:024d}" for index in (99_999, 99_998, 99_997)]
    assert ids == sorted(
        ids, key=lambda entry_id: (int(entry_id) // 10, int(entry_id)), reverse=True
    )


# ------------------------------------------------------------------ generated entries


def all_entries(api: httpx.Client, app: str, **params: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    query = dict(params)
    while True:
        page = api.get(f"{app}/logs", params=query).json()
        found += page["logs"]
        if "nextEndDate" not in page:
            return found
        query |= {"end_date": page["nextEndDate"], "skip": page.get("nextSkip", 0)}


def test_generated_entries_fill_the_window_as_asked(
    api: httpx.Client, app: str, control: httpx.Client
) -> None:
    body = {
        "count": 3000,
        "start": "2024-05-01T00:00:00Z",
        "end": "2024-05-01T01:00:00Z",
        "dense": {"start": "2024-05-01T00:30:00Z", "end": "2024-05-01T00:30:36Z", "share": 0.9},
        "seed": 3,
    }
    response = control.post(f"{app}/logs/generate", json=body)
    assert response.status_code == 201
    assert response.json() == {"inserted": 3000}
    entries = all_entries(api, app)
    assert len(entries) == 3000
    assert len({entry["_id"] for entry in entries}) == 3000
    started = [entry["started"] for entry in entries]
    assert started == sorted(started, reverse=True)
    assert "2024-05-01T00:00:00.000Z" < started[-1] <= started[0] <= "2024-05-01T01:00:00.000Z"
    dense = [s for s in started if "2024-05-01T00:30:00.000Z" < s <= "2024-05-01T00:30:36.000Z"]
    assert len(dense) >= 2700
    assert sum(1 for entry in entries if "error" in entry) == 300
    assert {"function_name", "co_id", "messages", "mem_time_usage"} <= set(entries[0])
    errors = all_entries(api, app, errors_only="true")
    assert len(errors) == 300


def test_generated_entries_on_a_step_share_instants(
    api: httpx.Client, app: str, control: httpx.Client
) -> None:
    body = {"count": 500, "start": "2024-05-01T00:00:00Z", "end": "2024-05-01T00:00:10Z"}
    control.post(f"{app}/logs/generate", json=body | {"step_ms": 1000}).raise_for_status()
    instants = {entry["started"] for entry in all_entries(api, app)}
    assert len(instants) <= 11
    assert all(instant.endswith(":00.000Z") or ".000Z" in instant for instant in instants)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"count": 0, "start": "2024-05-01T00:00:00Z", "end": "2024-05-02T00:00:00Z"}, "count"),
        ({"count": 5, "start": "2024-05-02T00:00:00Z", "end": "2024-05-01T00:00:00Z"}, "end"),
        ({"count": 5, "start": "yesterday", "end": "2024-05-01T00:00:00Z"}, "ISO 8601"),
        (
            {
                "count": 5,
                "start": "2024-05-01T00:00:00Z",
                "end": "2024-05-02T00:00:00Z",
                "dense": {
                    "start": "2024-05-01T01:00:00Z",
                    "end": "2024-05-01T02:00:00Z",
                    "share": 2,
                },
            },
            "share",
        ),
        (
            {
                "count": 5,
                "start": "2024-05-01T00:00:00Z",
                "end": "2024-05-02T00:00:00Z",
                "step_ms": 0,
            },
            "step_ms",
        ),
        ({"count": "5", "start": "2024-05-01T00:00:00Z", "end": "2024-05-02T00:00:00Z"}, "count"),
    ],
)
def test_bad_generation_requests_are_refused(
    api: httpx.Client, app: str, control: httpx.Client, body: dict[str, Any], message: str
) -> None:
    response = control.post(f"{app}/logs/generate", json=body)
    assert response.status_code == 400
    assert message in response.json()["error"]
    assert api.get(f"{app}/logs").json()["logs"] == []


def test_generating_for_an_unknown_app_is_404(control: httpx.Client, group: str) -> None:
    body = {"count": 5, "start": "2024-05-01T00:00:00Z", "end": "2024-05-02T00:00:00Z"}
    response = control.post(f"{group}/apps/{'0' * 24}/logs/generate", json=body)
    assert response.status_code == 404
