"""Log entries through ``admin.iter_logs``: a bad one a typed error on its own use, a bad page the
iteration's error after the entries before it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from support.fake_auth import PRIVATE_KEY, PUBLIC_KEY, FakeAuthService

from stitch_admin_ext import StitchAdmin, errors

G, A = "5e8f00000000000000000001", "6a7b8c9d0e1f2a3b4c5d6e7f"


def read_logs(pages: Callable[[], Any]) -> Iterator[Any]:
    """``admin.iter_logs`` over a fake service whose log pages are ``pages()``, one per request."""
    service = FakeAuthService()
    service.routes["/logs"] = lambda request: httpx.Response(200, json=pages())
    with StitchAdmin.login(
        PUBLIC_KEY,
        PRIVATE_KEY,
        base_url="https://stitch.example",
        transport=httpx.MockTransport(service),
    ) as admin:
        yield from admin.iter_logs(G, A)


def test_a_bad_entry_raises_unexpected_response_error_when_used() -> None:
    entries = [{"_id": "1", "status": 200}, {"_id": "2", "status": "teapot"}, {"_id": "3"}]
    first, second, third = list(read_logs(lambda: {"logs": entries}))
    assert (first.id, first.status, third.id) == ("1", 200, "3")
    with pytest.raises(errors.UnexpectedResponseError) as caught:
        _ = second.status
    assert caught.value.status_code == 200
    assert caught.value.path == f"/api/admin/v3.0/groups/{G}/apps/{A}/logs"
    assert "'status' should be an integer" in str(caught.value)


def test_a_bad_page_ends_the_iteration_with_its_error_after_the_pages_before_it() -> None:
    pages = iter(
        [
            {"logs": [{"_id": "1"}, {"_id": "2"}], "nextEndDate": "2024-05-01T12:00:00+00:00"},
            {"logs": [{"_id": "3"}], "nextEndDate": "not a date"},
        ]
    )
    seen: list[str] = []
    with pytest.raises(errors.UnexpectedResponseError) as caught:
        seen.extend(entry.id for entry in read_logs(lambda: next(pages)))
    assert seen == ["1", "2"]
    assert caught.value.status_code == 200
    assert "nextEndDate" in str(caught.value)
