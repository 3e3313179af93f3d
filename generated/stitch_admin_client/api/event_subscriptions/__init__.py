"""The operations tagged event_subscriptions: one module per operation, imported on first use.

``from stitch_admin_client.api.event_subscriptions import list_event_subscriptions`` and
``stitch_admin_client.api.event_subscriptions.list_event_subscriptions`` both work; ``dir()`` lists them all.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import get_event_subscription as get_event_subscription
    from . import get_event_subscription_execution as get_event_subscription_execution
    from . import list_event_subscriptions as list_event_subscriptions

__all__ = [
    "get_event_subscription",
    "get_event_subscription_execution",
    "list_event_subscriptions",
]


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(__all__)
