"""The operations tagged users: one module per operation, imported on first use.

``from stitch_admin_client.api.users import list_users`` and
``stitch_admin_client.api.users.list_users`` both work; ``dir()`` lists them all.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import create_user as create_user
    from . import delete_pending_user as delete_pending_user
    from . import delete_user as delete_user
    from . import disable_user as disable_user
    from . import enable_user as enable_user
    from . import get_user as get_user
    from . import list_pending_users as list_pending_users
    from . import list_user_devices as list_user_devices
    from . import list_users as list_users
    from . import reset_user_email as reset_user_email
    from . import revoke_user_sessions as revoke_user_sessions
    from . import verify_user_token as verify_user_token

__all__ = [
    "create_user",
    "delete_pending_user",
    "delete_user",
    "disable_user",
    "enable_user",
    "get_user",
    "list_pending_users",
    "list_user_devices",
    "list_users",
    "reset_user_email",
    "revoke_user_sessions",
    "verify_user_token",
]


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(__all__)
