"""stitch_admin_ext: the MongoDB Stitch Admin API from Python, as an SDK.

    from stitch_admin_ext import StitchAdmin, errors

    with StitchAdmin.login(username=PUBLIC_KEY, api_key=PRIVATE_KEY) as admin:
        apps = list_apps.sync(GROUP_ID, client=admin.client)

``StitchAdmin`` / ``AsyncStitchAdmin`` log in and keep the session fresh; ``admin.client`` is the
generated ``stitch_admin_client`` client with authentication, refresh, retries and typed
errors; ``errors`` holds the exception hierarchy.

Each name below is imported from its module when it is first used (``from stitch_admin_ext
import StitchAdmin`` loads only what ``StitchAdmin`` needs to be defined).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

# One version for the whole project: the generated client's (see generator-config.yaml).
from stitch_admin_client import __version__

if TYPE_CHECKING:
    from . import errors
    from .admin import AsyncStitchAdmin, StitchAdmin
    from .client import StitchClient
    from .defaults import DEFAULT_BASE_URL
    from .drafts import AsyncDraftScope, DraftScope, OnExisting
    from .logs import LogCursor, LogEntriesPage, Paginator
    from .redaction import Secret
    from .retries import RetryPolicy

# name -> the module that defines it
_MODULES: dict[str, str] = {
    "DEFAULT_BASE_URL": ".defaults",
    "AsyncDraftScope": ".drafts",
    "AsyncStitchAdmin": ".admin",
    "DraftScope": ".drafts",
    "LogCursor": ".logs",
    "LogEntriesPage": ".logs",
    "OnExisting": ".drafts",
    "Paginator": ".logs",
    "RetryPolicy": ".retries",
    "Secret": ".redaction",
    "StitchAdmin": ".admin",
    "StitchClient": ".client",
}


def __getattr__(name: str) -> Any:
    if name == "errors":
        value: Any = import_module(".errors", __name__)
    elif name in _MODULES:
        value = getattr(import_module(_MODULES[name], __name__), name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = [
    "DEFAULT_BASE_URL",
    "AsyncDraftScope",
    "AsyncStitchAdmin",
    "DraftScope",
    "LogCursor",
    "LogEntriesPage",
    "OnExisting",
    "Paginator",
    "RetryPolicy",
    "Secret",
    "StitchAdmin",
    "StitchClient",
    "__version__",
    "errors",
]
