"""The operations tagged environment_values: one module per operation, imported on first use.

``from stitch_admin_client.api.environment_values import set_app_environment`` and
``stitch_admin_client.api.environment_values.set_app_environment`` both work; ``dir()`` lists them all.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import create_environment_value as create_environment_value
    from . import delete_environment_value as delete_environment_value
    from . import get_environment_value as get_environment_value
    from . import list_environment_values as list_environment_values
    from . import set_app_environment as set_app_environment
    from . import update_environment_value as update_environment_value

__all__ = [
    "create_environment_value",
    "delete_environment_value",
    "get_environment_value",
    "list_environment_values",
    "set_app_environment",
    "update_environment_value",
]


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(__all__)
