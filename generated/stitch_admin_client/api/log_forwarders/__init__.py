"""The operations tagged log_forwarders: one module per operation, imported on first use.

``from stitch_admin_client.api.log_forwarders import list_log_forwarders`` and
``stitch_admin_client.api.log_forwarders.list_log_forwarders`` both work; ``dir()`` lists them all.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import create_log_forwarder as create_log_forwarder
    from . import delete_log_forwarder as delete_log_forwarder
    from . import disable_log_forwarder as disable_log_forwarder
    from . import enable_log_forwarder as enable_log_forwarder
    from . import get_log_forwarder as get_log_forwarder
    from . import list_log_forwarders as list_log_forwarders
    from . import update_log_forwarder as update_log_forwarder

__all__ = [
    "create_log_forwarder",
    "delete_log_forwarder",
    "disable_log_forwarder",
    "enable_log_forwarder",
    "get_log_forwarder",
    "list_log_forwarders",
    "update_log_forwarder",
]


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(__all__)
