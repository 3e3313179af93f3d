"""The operations tagged device_sync: one module per operation, imported on first use.

``from stitch_admin_client.api.device_sync import get_sync_config`` and
``stitch_admin_client.api.device_sync.get_sync_config`` both work; ``dir()`` lists them all.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import get_partition_sync_data as get_partition_sync_data
    from . import get_sync_config as get_sync_config

__all__ = [
    "get_partition_sync_data",
    "get_sync_config",
]


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(__all__)
