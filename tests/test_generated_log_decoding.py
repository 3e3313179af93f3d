"""Log pages: decoded on first use; their entries decoded together, a bad one kept apart.

The document marks ``LogPage`` ``x-stitch-admin-decode: lazy``: ``list_logs`` checks the body is
a JSON object and returns a pending page, decoded the first time it is used. It marks
``LogEntry`` ``x-stitch-admin-decode: bulk``: the entries of a page decode when the page does,
and an entry that does not match the document raises the client's error on its own use, not the
page's. These tests pin what that must not change: equal values, the same ``to_dict()``, and
the client's typed error for a bad page or entry.
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
from stitch_admin_client import AuthenticatedClient, errors, types
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
NEXT = "2024-05-01T11:00:00+00:00"


def page_client(body: Any, client_class: type[AuthenticatedClient] = AuthenticatedClient) -> Any:
    content = body if isinstance(body, bytes) else json.dumps(body).encode()

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=content, headers={"Content-Type": "application/json"})

    return client_class(
        base_url="https://stitch.example/api/admin/v3.0",
        token="t",
        httpx_args={"transport": httpx.MockTransport(handler)},
    )


def fetch(*entries: Any, **fields: Any) -> LogPage:
    return list_logs.sync(G, A, client=page_client({"logs": list(entries), **fields}))


def test_a_page_waits_for_first_use_then_is_a_plain_page_of_plain_entries() -> None:
    page = fetch(ENTRY, ENTRY, nextEndDate=NEXT)
    assert isinstance(page, LogPage)
    assert type(page) is not LogPage  # still pending
    first, second = page.logs
    assert type(page) is LogPage
    assert (type(first), type(second)) == (LogEntry, LogEntry)
    assert page.next_end_date == dt.datetime(2024, 5, 1, 11, tzinfo=dt.UTC)
    assert first.function_name == "sync"
    assert first.started == dt.datetime(2024, 5, 1, 12, 0, 0, 123000, tzinfo=dt.UTC)
    assert first.type_ is LogEntryType.FUNCTION
    assert first.error is UNSET
    assert first.platform == "node"
    assert first["x-new-field"] == {"kept": True}
    assert second == first


def test_a_decoded_page_equals_the_eagerly_decoded_one_and_round_trips() -> None:
    eager = LogEntry.from_dict(ENTRY)
    assert fetch(ENTRY).logs[0] == eager
    assert fetch(ENTRY) == LogPage.from_dict({"logs": [ENTRY]})
    assert LogPage.from_dict({"logs": [ENTRY]}) == fetch(ENTRY)
    assert (fetch(ENTRY) != LogPage.from_dict({"logs": [ENTRY]})) is False
    assert repr(fetch(ENTRY)) == repr(LogPage.from_dict({"logs": [ENTRY]}))
    expected = {key: value for key, value in ENTRY.items() if value is not None}
    assert fetch(ENTRY).logs[0].to_dict() == expected
    body = {"logs": [ENTRY, ENTRY], "nextEndDate": NEXT, "extra": 1}
    page = LogPage.from_dict(body)
    assert page.to_dict() == {**body, "logs": [expected, expected]}
    assert fetch(ENTRY, ENTRY, nextEndDate=NEXT, extra=1).to_dict() == page.to_dict()


def test_looking_at_a_pending_page_from_outside_does_not_decode_it() -> None:
    bad = fetch(ENTRY, nextEndDate="soon")  # decoding it would raise
    assert isinstance(bad, LogPage)
    assert not isinstance(bad, Mapping)  # (asks for __class__)
    assert bad.__class__ is type(bad)
    assert not hasattr(bad, "__dataclass_fields__")
    with pytest.raises(errors.UnexpectedBody):
        _ = bad.logs
    assert type(bad) is not LogPage  # a page that fails stays pending, and raises again
    with pytest.raises(errors.UnexpectedBody):
        _ = bad.next_end_date
    good = fetch(ENTRY)
    with pytest.raises(AttributeError):
        getattr(good, "")
    assert type(good) is LogPage


def test_a_field_set_before_first_use_is_kept() -> None:
    page = fetch(ENTRY, nextEndDate=NEXT)
    page.next_end_date = UNSET
    assert (page.next_end_date, len(page.logs)) == (UNSET, 1)
    page = fetch(ENTRY)
    page["extra"] = "added"
    assert page.additional_properties == {"extra": "added"}


def test_copies_pickles_and_attrs_helpers_see_the_decoded_page() -> None:
    eager = LogPage.from_dict({"logs": [ENTRY], "nextEndDate": NEXT})
    assert copy.deepcopy(eager) == eager  # UNSET stays the one UNSET
    assert pickle.loads(pickle.dumps(eager)).to_dict() == eager.to_dict()  # noqa: S301
    assert copy.copy(fetch(ENTRY, nextEndDate=NEXT)) == eager
    assert copy.deepcopy(fetch(ENTRY, nextEndDate=NEXT)) == eager
    restored = pickle.loads(pickle.dumps(fetch(ENTRY, nextEndDate=NEXT)))  # noqa: S301
    assert (restored, type(restored)) == (eager, LogPage)
    evolved = attrs.evolve(fetch(ENTRY), next_end_date=eager.next_end_date)
    assert (evolved, type(evolved)) == (eager, LogPage)
    assert attrs.asdict(fetch(ENTRY, nextEndDate=NEXT)) == attrs.asdict(eager)


@pytest.mark.parametrize("body", [[], "page", 3, None])
def test_a_body_that_is_not_an_object_fails_the_call(body: Any) -> None:
    with pytest.raises(errors.UnexpectedBody) as caught:
        list_logs.sync(G, A, client=page_client(body))
    assert isinstance(caught.value.cause, TypeError)


def test_an_entry_that_is_not_an_object_fails_the_page_on_first_use() -> None:
    page = fetch(ENTRY, "not an entry")
    with pytest.raises(errors.UnexpectedBody) as caught:
        _ = page.logs
    assert isinstance(caught.value.cause, TypeError)
    assert json.loads(caught.value.content) == {"logs": [ENTRY, "not an entry"]}


@pytest.mark.parametrize(
    ("field", "value"),
    [("started", 17), ("started", "yesterday"), ("status", "ok"), ("messages", {}), ("_id", 1)],
)
def test_a_bad_entry_raises_the_client_s_error_on_its_own_use(field: str, value: Any) -> None:
    bad_entry = {**ENTRY, field: value}
    content = json.dumps({"logs": [ENTRY, bad_entry, ENTRY]}).encode()
    page = list_logs.sync(G, A, client=page_client(content))
    good, bad, also_good = page.logs
    assert (good.status, also_good.status) == (200, 200)
    assert isinstance(bad, LogEntry)
    for use in (
        lambda: bad.function_name,
        bad.to_dict,  # (a method: getting it does not raise, calling it does)
        lambda: bad == good,
        lambda: copy.copy(bad),
        lambda: pickle.dumps(bad),
        lambda: setattr(bad, "status", 200),
        lambda: bad["x-new-field"],
    ):
        with pytest.raises(errors.UnexpectedBody) as caught:
            use()
        assert caught.value.status_code == 200
        # The body of the error is the entry that does not match, not the page: the entry
        # keeps its own object, not its page's answer.
        assert json.loads(caught.value.content) == bad_entry
        assert isinstance(caught.value.cause, TypeError | ValueError)
    with pytest.raises(errors.UnexpectedBody):
        page.to_dict()
    # A repr must not raise: it says what is wrong, without quoting the value.
    assert repr(bad) == f"<LogEntry not matching the document: {type(caught.value).__name__}>"
    assert repr(bad) in repr(page)


def test_a_bad_entry_keeps_its_own_object_not_the_answer() -> None:
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
    page = list_logs.sync(G, A, client=client)
    gc.collect()
    assert type(page) is not LogPage  # still pending
    assert [answer() for answer in answers] == [None]  # the answer and its body are gone
    good, bad = page.logs
    del page
    gc.collect()
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
    page = list_logs.sync(G, A, client=client)
    # The call that decodes the page is another client's: the error is still the page's.
    delete_app.sync(G, A, client=page_client(b""))
    (entry,) = page.logs
    with pytest.raises(Refused, match="TypeError"):
        _ = entry.status


def test_outside_an_endpoint_function_a_bad_entry_raises_the_decoding_error() -> None:
    page = LogPage.from_dict({"logs": [{**ENTRY, "status": "ok"}]})
    with pytest.raises(TypeError, match="'status' should be an integer"):
        _ = page.logs[0].status
    with pytest.raises(TypeError, match="should be an object"):
        LogPage.from_dict({"logs": [3]})
    with pytest.raises(TypeError):
        LogEntry.from_dict({"status": "ok"})  # a model decoded on its own: at once
    pending = types.pending(LogPage, {"logs": [{**ENTRY, "status": "ok"}]}, "LogPage")
    with pytest.raises(TypeError, match="'status' should be an integer"):
        _ = pending.logs[0].status


@pytest.mark.anyio
async def test_async_calls_return_pending_pages_and_report_a_bad_entry_the_same_way() -> None:
    client = page_client({"logs": [ENTRY, {**ENTRY, "status": "ok"}]})
    page = await list_logs.asyncio(G, A, client=client)
    assert type(page) is not LogPage
    good, bad = page.logs
    assert good == LogEntry.from_dict(ENTRY)
    with pytest.raises(errors.UnexpectedBody):
        _ = bad.status


def read_all(page: LogPage) -> list[Any]:
    return [entry.mem_time_usage for entry in page.logs if entry.auth_event is not UNSET]


def test_threads_reading_the_same_pending_page_never_find_a_field_missing() -> None:
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible
    try:
        for _ in range(20):
            page = types.pending(LogPage, {"logs": [ENTRY] * 50}, "LogPage")
            with ThreadPoolExecutor(4) as pool:
                # A field found missing raises AttributeError in its thread, and here.
                for usages in pool.map(read_all, [page] * 4):
                    assert usages == [1200000] * 50
    finally:
        sys.setswitchinterval(interval)
