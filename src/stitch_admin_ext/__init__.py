"""stitch_admin_ext: the MongoDB Stitch Admin API from Python, as an SDK.

    from stitch_admin_ext import StitchAdmin, errors

    with StitchAdmin.login(username=PUBLIC_KEY, api_key=PRIVATE_KEY) as admin:
        apps = list_apps.sync(GROUP_ID, client=admin.client)

``StitchAdmin`` / ``AsyncStitchAdmin`` log in and keep the session fresh; ``admin.client`` is the
generated ``stitch_admin_client`` client with authentication, refresh, retries and typed
errors; ``errors`` holds the exception hierarchy.
"""

from __future__ import annotations

__version__ = "0.1.0"

from . import errors
from .admin import AsyncStitchAdmin, StitchAdmin
from .client import StitchClient
from .drafts import AsyncDraftScope, DraftScope, OnExisting
from .logs import LogCursor, LogEntriesPage, Paginator
from .redaction import Secret
from .transport import DEFAULT_BASE_URL, RetryPolicy

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
