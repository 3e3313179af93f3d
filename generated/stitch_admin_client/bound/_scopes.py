"""The scopes bound methods work in: the client, and the ids of their paths.

Not generated from the document: ``tools/surface.py`` writes it as it is.
"""

from __future__ import annotations

from typing import Any


class _AdminBound:
    """Operations whose paths name no group."""

    __slots__ = ("_client",)

    def __init__(self, client: Any) -> None:
        self._client = client


class _GroupBound:
    """Operations below ``/groups/{groupId}``."""

    __slots__ = ("_client", "_group_id")

    def __init__(self, client: Any, group_id: str) -> None:
        self._client = client
        self._group_id = group_id


class _AppBound:
    """Operations below ``/groups/{groupId}/apps/{appId}``."""

    __slots__ = ("_app_id", "_client", "_group_id")

    def __init__(self, client: Any, group_id: str, app_id: str) -> None:
        self._client = client
        self._group_id = group_id
        self._app_id = app_id
