"""The operations tagged incoming_webhooks: one module per operation, imported on first use.

``from stitch_admin_client.api.incoming_webhooks import list_incoming_webhooks`` and
``stitch_admin_client.api.incoming_webhooks.list_incoming_webhooks`` both work; ``dir()`` lists them all.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import create_incoming_webhook as create_incoming_webhook
    from . import delete_incoming_webhook as delete_incoming_webhook
    from . import get_incoming_webhook as get_incoming_webhook
    from . import list_incoming_webhooks as list_incoming_webhooks
    from . import update_incoming_webhook as update_incoming_webhook

__all__ = [
    "create_incoming_webhook",
    "delete_incoming_webhook",
    "get_incoming_webhook",
    "list_incoming_webhooks",
    "update_incoming_webhook",
]


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(__all__)
