"""Log entries in a page are decoded on first use, with eager decoding's strictness and results.

The document marks ``LogEntry`` ``x-stitch-admin-decode: lazy``. A page's entries are checked to
be JSON objects while the body is parsed; each field is decoded, and checked, the first time the
entry is used. These tests pin what that must not change: equal values, the same ``to_dict()``,
and the client's typed error for a bad entry (raised on first use instead of by the call).
"""

from __future__ import annotations

import copy
import datetime as dt
import gc
import json
import pickle
import sys
import weakref
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import attrs
import httpx
import pytest
from stitch_admin_client import AuthenticatedClient, errors
from stitch_admin_client.api.apps import delete_app
from stitch_admin_client.api.logs import list_logs
from stitch_admin_client.models import LogEntry, LogEntryType, LogPage
from stitch_admin_client.types import UNSET

G = "5f0a1b2c3d4e5f6a7b8c9d0e"
A = "6a7b8c9d0e1f2a3b4c5d6e7f"

ENTRY: dict[str, Any] = {
    "_id": "65f1c0a0a1b2c3d4e5f6a7b8",
    "co_id": "65f1c0a0a1b2c3d4e5f6a7b9",
    "type": "FUNCTION",
    "domain_id": "5f0a1b2c3d4e5f6a7b8c9d11",
    "app_id": A,
    "group_id": G,
    "request_url": "/api/client/v2.0/app/x/functions/call",
    "request_method": "POST",
    "started": "2024-05-01T12:00:00.123000+00:00",
    "completed": "2024-05-01T12:00:00.160000+00:00",
    "status": 200,
    "function_name": "sync",
    "messages": ["one", {"n": 1}],
    "mem_time_usage": 1200000,
    "auth_event": {"provider": "api-key"},
    "error": None,
    "platform": "node",
    "x-new-field": {"kept": True},
}


def page_client(body: Any, client_class: type[AuthenticatedClient] = AuthenticatedClient) -> Any:
    content = body if isinstance(body, bytes) else json.dumps(body).encode()

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=content, headers={"Content-Type": "application/json"})

    return client_class(
        base_url="https://stitch.example/api/admin/v3.0",
        token="t",
        httpx_args={"transport": httpx.MockTransport(handler)},
    )


def fetch(*entries: Any) -> LogPage:
    return list_logs.sync(G, A, client=page_client({"logs": list(entries)}))


def test_entries_wait_for_first_use_then_are_plain_entries() -> None:
    page = fetch(ENTRY)
    (entry,) = page.logs
    assert isinstance(entry, LogEntry)
    assert type(entry) is not LogEntry  # still pending
    assert entry.function_name == "sync"
    assert type(entry) is LogEntry
    assert entry.started == dt.datetime(2024, 5, 1, 12, 0, 0, 123000, tzinfo=dt.UTC)
    assert entry.type_ is LogEntryType.FUNCTION
    assert entry.error is UNSET
    assert entry.platform == "node"
    assert entry["x-new-field"] == {"kept": True}


def test_a_decoded_entry_equals_the_eagerly_decoded_one_and_round_trips() -> None:
    eager = LogEntry.from_dict(ENTRY)
    assert fetch(ENTRY).logs[0] == eager
    assert eager == fetch(ENTRY).logs[0]
    assert (fetch(ENTRY).logs[0] != eager) is False
    assert repr(fetch(ENTRY).logs[0]) == repr(eager)
    expected = {key: value for key, value in ENTRY.items() if value is not None}
    assert fetch(ENTRY).logs[0].to_dict() == expected
    body = {"logs": [ENTRY, ENTRY], "nextEndDate": "2024-05-01T12:00:00+00:00", "extra": 1}
    page = LogPage.from_dict(body)
    assert page.to_dict() == {**body, "logs": [expected, expected]}
    assert page == LogPage.from_dict(body)


def test_looking_at_a_pending_entry_from_outside_does_not_decode_it() -> None:
    (bad,) = fetch({**ENTRY, "status": "ok"}).logs  # decoding it would raise
    assert isinstance(bad, LogEntry)
    assert not isinstance(bad, Mapping)  # (asks for __class__)
    assert bad.__class__ is type(bad)
    assert not hasattr(bad, "__dataclass_fields__")
    with pytest.raises(errors.UnexpectedBody):
        _ = bad.status
    (good,) = fetch(ENTRY).logs
    with pytest.raises(AttributeError):
        getattr(good, "")
    assert type(good) is LogEntry


def test_a_field_set_before_first_use_is_kept() -> None:
    entry = fetch(ENTRY).logs[0]
    entry.function_name = "renamed"
    assert entry.function_name == "renamed"
    assert entry.status == 200
    entry = fetch(ENTRY).logs[0]
    entry["x-new-field"] = "replaced"
    assert entry.additional_properties == {"x-new-field": "replaced"}


def test_copies_pickles_and_attrs_helpers_see_the_decoded_entry() -> None:
    eager = LogEntry.from_dict(ENTRY)
    assert copy.deepcopy(eager) == eager  # UNSET stays the one UNSET
    assert pickle.loads(pickle.dumps(eager)).to_dict() == eager.to_dict()  # noqa: S301
    assert copy.copy(fetch(ENTRY).logs[0]) == eager
    assert copy.deepcopy(fetch(ENTRY).logs[0]) == eager
    restored = pickle.loads(pickle.dumps(fetch(ENTRY).logs[0]))  # noqa: S301
    assert (restored, type(restored)) == (eager, LogEntry)
    evolved = attrs.evolve(fetch(ENTRY).logs[0], status=500)
    assert (evolved.status, evolved.function_name, type(evolved)) == (500, "sync", LogEntry)
    assert attrs.asdict(fetch(ENTRY).logs[0]) == attrs.asdict(eager)


def test_an_entry_that_is_not_an_object_fails_the_call() -> None:
    with pytest.raises(errors.UnexpectedBody) as caught:
        fetch(ENTRY, "not an entry")
    assert isinstance(caught.value.cause, TypeError)


@pytest.mark.parametrize(
    ("field", "value"),
    [("started", 17), ("started", "yesterday"), ("status", "ok"), ("messages", {}), ("_id", 1)],
)
def test_a_bad_field_raises_the_client_s_error_on_first_use(field: str, value: Any) -> None:
    content = json.dumps({"logs": [ENTRY, {**ENTRY, field: value}]}).encode()
    page = list_logs.sync(G, A, client=page_client(content))
    good, bad = page.logs
    assert good.status == 200
    for _ in range(2):  # a bad entry stays bad
        with pytest.raises(errors.UnexpectedBody) as caught:
            _ = bad.function_name
        assert caught.value.status_code == 200
        # The body of the error is the entry that does not match, not the page: a pending
        # entry does not keep its page's answer alive.
        assert json.loads(caught.value.content) == {**ENTRY, field: value}
        assert isinstance(caught.value.cause, TypeError | ValueError)
    with pytest.raises(errors.UnexpectedBody):
        page.to_dict()
    # A repr must not raise: it says what is wrong, without quoting the value.
    assert repr(bad) == f"<LogEntry not matching the document: {type(caught.value).__name__}>"
    with pytest.raises(errors.UnexpectedBody):  # and using the entry still raises
        _ = bad.status


def test_pending_entries_keep_their_own_objects_not_the_answer() -> None:
    answers: list[weakref.ref[httpx.Response]] = []
    content = json.dumps({"logs": [ENTRY, {**ENTRY, "status": "ok"}]}).encode()

    def handler(request: httpx.Request) -> httpx.Response:
        answer = httpx.Response(200, content=content, headers={"Content-Type": "application/json"})
        answers.append(weakref.ref(answer))
        return answer

    client = AuthenticatedClient(
        base_url="https://stitch.example/api/admin/v3.0",
        token="t",
        httpx_args={"transport": httpx.MockTransport(handler)},
    )
    good, bad = list_logs.sync(G, A, client=client).logs
    gc.collect()
    assert type(good) is not LogEntry  # both still pending
    assert [answer() for answer in answers] == [None]  # the answer and its body are gone
    with pytest.raises(errors.UnexpectedBody) as caught:  # the error still says what it was
        _ = bad.status
    assert caught.value.status_code == 200
    assert json.loads(caught.value.content) == {**ENTRY, "status": "ok"}
    assert good.status == 200


def test_a_client_subclass_chooses_the_error_for_a_bad_entry() -> None:
    class Refused(Exception):
        pass

    class StrictClient(AuthenticatedClient):
        def unexpected_body(self, response: httpx.Response, cause: Exception) -> Exception:
            return Refused(type(cause).__name__)

    client = page_client({"logs": [{**ENTRY, "status": "ok"}]}, StrictClient)
    entry = list_logs.sync(G, A, client=client).logs[0]
    # The call that decodes the entry is another client's: the error is still the page's.
    delete_app.sync(G, A, client=page_client(b""))
    with pytest.raises(Refused, match="TypeError"):
        _ = entry.status


def test_outside_an_endpoint_function_a_bad_entry_raises_the_decoding_error() -> None:
    page = LogPage.from_dict({"logs": [{**ENTRY, "status": "ok"}]})
    with pytest.raises(TypeError, match="'status' should be an integer"):
        _ = page.logs[0].status
    with pytest.raises(TypeError, match="should be an object"):
        LogPage.from_dict({"logs": [3]})
    with pytest.raises(TypeError):
        LogEntry.from_dict({"status": "ok"})  # eager decoding: at once


@pytest.mark.anyio
async def test_async_calls_defer_entries_and_report_a_bad_one_the_same_way() -> None:
    client = page_client({"logs": [ENTRY, {**ENTRY, "status": "ok"}]})
    good, bad = (await list_logs.asyncio(G, A, client=client)).logs
    assert good == LogEntry.from_dict(ENTRY)
    with pytest.raises(errors.UnexpectedBody):
        _ = bad.status


def read_all(entries: list[LogEntry]) -> list[Any]:
    return [entry.mem_time_usage for entry in entries if entry.auth_event is not UNSET]


def test_threads_reading_the_same_pending_entries_never_find_a_field_missing() -> None:
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible
    try:
        for _ in range(20):
            page = LogPage.from_dict({"logs": [ENTRY] * 50})
            with ThreadPoolExecutor(4) as pool:
                # A field found missing raises AttributeError in its thread, and here.
                for usages in pool.map(read_all, [page.logs] * 4):
                    assert usages == [1200000] * 50
    finally:
        sys.setswitchinterval(interval)
