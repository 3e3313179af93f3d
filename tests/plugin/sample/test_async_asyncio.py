"""Async automation, run by pytest-asyncio (in its default, strict mode)."""

import pytest

from stitch_admin_ext.handles import AsyncAppHandle


@pytest.mark.asyncio
async def test_values_are_listed(async_stitch_app: AsyncAppHandle) -> None:
    await async_stitch_app.values.create(name="a", value=1)
    await async_stitch_app.values.create(name="b", value=2)
    assert sorted(value.name for value in await async_stitch_app.values.list()) == ["a", "b"]
