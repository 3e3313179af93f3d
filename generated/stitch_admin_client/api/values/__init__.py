"""The operations tagged values: one module per operation, imported on first use.

``from stitch_admin_client.api.values import list_values`` and
``stitch_admin_client.api.values.list_values`` both work; ``dir()`` lists them all.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import create_value as create_value
    from . import delete_value as delete_value
    from . import get_value as get_value
    from . import list_values as list_values
    from . import update_value as update_value

__all__ = [
    "create_value",
    "delete_value",
    "get_value",
    "list_values",
    "update_value",
]


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(__all__)
