"""The caller's arguments are checked by one helper per kind, so every entry point refuses the
same mistakes with the same words: ids, numbers."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from support.fake_auth import PRIVATE_KEY, PUBLIC_KEY, FakeAuthService

from stitch_admin_ext import RetryPolicy, StitchAdmin, errors

BASE = "https://stitch.example"
G, A = "5e8f00000000000000000001", "6a7b8c9d0e1f2a3b4c5d6e7f"

ENTRY_POINTS = {
    "export_app": lambda admin, g, a: admin.export_app(g, a),
    "upload_asset": lambda admin, g, a: admin.upload_asset(g, a, "/a.html", b"x"),
    "iter_logs": lambda admin, g, a: list(admin.iter_logs(g, a)),
    "iter_log_pages": lambda admin, g, a: list(admin.iter_log_pages(g, a)),
    "draft": lambda admin, g, a: admin.draft(g, a),
    "deploy_draft": lambda admin, g, a: admin.deploy_draft(g, a, "d1"),
}


@pytest.mark.parametrize("entry", list(ENTRY_POINTS.values()), ids=list(ENTRY_POINTS))
@pytest.mark.parametrize(
    ("group_id", "app_id", "message"),
    [
        ("", A, "group_id must be a non-empty string, not ''"),
        (G, None, "app_id must be a non-empty string, not None"),
        (G, 42, "app_id must be a non-empty string, not 42"),
        ("g\udc80", A, "group_id holds a lone surrogate, which UTF-8 cannot encode"),
    ],
    ids=["empty", "none", "number", "surrogate"],
)
def test_every_entry_point_refuses_bad_ids_in_the_same_words(
    admin: StitchAdmin,
    service: FakeAuthService,
    entry: Any,
    group_id: Any,
    app_id: Any,
    message: str,
) -> None:
    with pytest.raises(errors.InvalidArgumentError) as caught:
        entry(admin, group_id, app_id)
    assert str(caught.value) == message
    assert [seen for seen in service.seen if "/auth/" not in seen.path] == []


NUMBERS = {
    "RetryPolicy.total_timeout": lambda admin, value: RetryPolicy(total_timeout=value),
    "RetryPolicy.backoff_factor": lambda admin, value: RetryPolicy(backoff_factor=value),
    "refresh_skew": lambda admin, value: StitchAdmin.login(
        PUBLIC_KEY,
        PRIVATE_KEY,
        base_url=BASE,
        refresh_skew=value,
        transport=httpx.MockTransport(FakeAuthService()),
    ),
    "timeout": lambda admin, value: admin.draft(G, A, timeout=value),
}


BAD_NUMBERS = {
    "nan": float("nan"),
    "infinity": float("inf"),
    "negative": -1,
    "text": "5",
    "bool": True,
    "none": None,
}
# An infinite timeout is a wait without end, as asked; no other number may be infinite.
CASES = [
    pytest.param(name, value, id=f"{label}-{name}")
    for name in NUMBERS
    for label, value in BAD_NUMBERS.items()
    if not (name == "timeout" and label == "infinity")
]


@pytest.mark.parametrize(("name", "value"), CASES)
def test_every_number_is_checked_in_the_same_words(
    admin: StitchAdmin, name: str, value: object
) -> None:
    with pytest.raises(errors.InvalidArgumentError) as caught:
        NUMBERS[name](admin, value)
    assert str(caught.value).startswith(f"{name} must be ")
    assert str(caught.value).endswith(f", not {value!r}")
