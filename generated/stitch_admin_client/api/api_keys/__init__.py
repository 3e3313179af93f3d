"""The operations tagged api_keys: one module per operation, imported on first use.

``from stitch_admin_client.api.api_keys import list_api_keys`` and
``stitch_admin_client.api.api_keys.list_api_keys`` both work; ``dir()`` lists them all.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import create_api_key as create_api_key
    from . import delete_api_key as delete_api_key
    from . import disable_api_key as disable_api_key
    from . import enable_api_key as enable_api_key
    from . import get_api_key as get_api_key
    from . import list_api_keys as list_api_keys

__all__ = [
    "create_api_key",
    "delete_api_key",
    "disable_api_key",
    "enable_api_key",
    "get_api_key",
    "list_api_keys",
]


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(__all__)
