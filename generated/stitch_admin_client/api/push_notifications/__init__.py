"""The operations tagged push_notifications: one module per operation, imported on first use.

``from stitch_admin_client.api.push_notifications import list_push_notifications`` and
``stitch_admin_client.api.push_notifications.list_push_notifications`` both work; ``dir()`` lists them all.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import create_push_notification as create_push_notification
    from . import delete_push_notification as delete_push_notification
    from . import get_push_notification as get_push_notification
    from . import list_push_notifications as list_push_notifications
    from . import send_push_notification as send_push_notification
    from . import set_push_notification_type as set_push_notification_type
    from . import update_push_notification as update_push_notification

__all__ = [
    "create_push_notification",
    "delete_push_notification",
    "get_push_notification",
    "list_push_notifications",
    "send_push_notification",
    "set_push_notification_type",
    "update_push_notification",
]


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(__all__)
