"""The operations tagged data_api: one module per operation, imported on first use.

``from stitch_admin_client.api.data_api import get_data_api_config`` and
``stitch_admin_client.api.data_api.get_data_api_config`` both work; ``dir()`` lists them all.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import create_data_api_config as create_data_api_config
    from . import get_data_api_config as get_data_api_config
    from . import list_data_api_versions as list_data_api_versions
    from . import update_data_api_config as update_data_api_config

__all__ = [
    "create_data_api_config",
    "get_data_api_config",
    "list_data_api_versions",
    "update_data_api_config",
]


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(__all__)
