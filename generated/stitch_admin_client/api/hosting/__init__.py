"""The operations tagged hosting: one module per operation, imported on first use.

``from stitch_admin_client.api.hosting import list_hosting_assets`` and
``stitch_admin_client.api.hosting.list_hosting_assets`` both work; ``dir()`` lists them all.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import delete_hosting_asset as delete_hosting_asset
    from . import get_hosting_asset as get_hosting_asset
    from . import get_hosting_config as get_hosting_config
    from . import invalidate_hosting_cache as invalidate_hosting_cache
    from . import list_hosting_assets as list_hosting_assets
    from . import move_or_copy_hosting_asset as move_or_copy_hosting_asset
    from . import update_hosting_asset_attributes as update_hosting_asset_attributes
    from . import update_hosting_config as update_hosting_config

__all__ = [
    "delete_hosting_asset",
    "get_hosting_asset",
    "get_hosting_config",
    "invalidate_hosting_cache",
    "list_hosting_assets",
    "move_or_copy_hosting_asset",
    "update_hosting_asset_attributes",
    "update_hosting_config",
]


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(__all__)
