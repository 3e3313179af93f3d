"""Async automation, run by anyio's pytest plugin."""

import pytest

from stitch_admin_ext import AsyncStitchAdmin
from stitch_admin_ext.handles import AsyncAppHandle

pytestmark = pytest.mark.anyio


async def test_a_secret_is_created(async_stitch_app: AsyncAppHandle) -> None:
    await async_stitch_app.secrets.create(name="token", value="s3cr3t")
    assert [secret.name for secret in await async_stitch_app.secrets.list()] == ["token"]


async def test_the_session_knows_who_it_is(async_stitch_admin: AsyncStitchAdmin) -> None:
    profile = await async_stitch_admin.profile()
    assert profile.user_id == async_stitch_admin.user_id
