"""Lookups and checks that many operations share: find by id, unique names, path prefixes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from stitch_admin_emulator import names
from stitch_admin_emulator.app_config import Document
from stitch_admin_emulator.errors import ApiError, bad_request, not_found

APP = "/groups/{groupId}/apps/{appId}"


def find(documents: Mapping[str, Any], key: str, what: str, code: str) -> Any:
    """The document under `key`, or the service's 404 for `what`."""
    found = documents.get(key)
    if found is None:
        raise not_found(what, code)
    return found


def check_name_free(
    documents: Mapping[str, Document],
    name: str,
    what: str,
    keep: str | None = None,
    status: int = 409,
) -> None:
    """`status` (409 unless the operation documents only 400) if another document than
    `keep` already has this name; 400 for a name the service refuses (see `names`)."""
    names.check(what, name)
    for key, document in documents.items():
        if key != keep and document.get("name") == name:
            raise ApiError(status, f"a {what} named '{name}' already exists", "DuplicateName")


def pick(body: Document, *names: str) -> Document:
    """The given fields of a request body that a resource keeps."""
    return {name: body[name] for name in names if name in body}


def bool_query(value: str | None, name: str) -> bool | None:
    if value is None:
        return None
    lowered = value.lower()
    if lowered in ("true", "1"):
        return True
    if lowered in ("false", "0"):
        return False
    raise bad_request(f"query parameter '{name}' must be true or false")
