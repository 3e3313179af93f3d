"""The operations tagged functions: one module per operation, imported on first use.

``from stitch_admin_client.api.functions import execute_function`` and
``stitch_admin_client.api.functions.execute_function`` both work; ``dir()`` lists them all.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import create_function as create_function
    from . import delete_function as delete_function
    from . import execute_function as execute_function
    from . import execute_function_source as execute_function_source
    from . import get_function as get_function
    from . import list_functions as list_functions
    from . import update_function as update_function

__all__ = [
    "create_function",
    "delete_function",
    "execute_function",
    "execute_function_source",
    "get_function",
    "list_functions",
    "update_function",
]


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(__all__)
