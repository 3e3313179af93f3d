"""The operations tagged administrator_auth: one module per operation, imported on first use.

``from stitch_admin_client.api.administrator_auth import list_admin_auth_providers`` and
``stitch_admin_client.api.administrator_auth.list_admin_auth_providers`` both work; ``dir()`` lists them all.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import get_profile as get_profile
    from . import list_admin_auth_providers as list_admin_auth_providers
    from . import login as login
    from . import refresh_session as refresh_session
    from . import revoke_session as revoke_session

__all__ = [
    "get_profile",
    "list_admin_auth_providers",
    "login",
    "refresh_session",
    "revoke_session",
]


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(__all__)
