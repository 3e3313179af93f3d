"""Fixtures of the extension tests: a fake service and a session logged in to it."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from support.fake_auth import PRIVATE_KEY, PUBLIC_KEY, FakeAuthService

from stitch_admin_ext import StitchAdmin

BASE = "https://stitch.example"


@pytest.fixture
def service() -> FakeAuthService:
    return FakeAuthService()


@pytest.fixture
def admin(service: FakeAuthService) -> Iterator[StitchAdmin]:
    with StitchAdmin.login(
        PUBLIC_KEY, PRIVATE_KEY, base_url=BASE, transport=httpx.MockTransport(service)
    ) as admin:
        yield admin
