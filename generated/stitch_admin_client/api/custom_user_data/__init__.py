"""The operations tagged custom_user_data: one module per operation, imported on first use.

``from stitch_admin_client.api.custom_user_data import get_custom_user_data`` and
``stitch_admin_client.api.custom_user_data.get_custom_user_data`` both work; ``dir()`` lists them all.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import get_custom_user_data as get_custom_user_data
    from . import update_custom_user_data as update_custom_user_data

__all__ = [
    "get_custom_user_data",
    "update_custom_user_data",
]


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(__all__)
