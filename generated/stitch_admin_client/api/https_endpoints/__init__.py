"""The operations tagged https_endpoints: one module per operation, imported on first use.

``from stitch_admin_client.api.https_endpoints import list_https_endpoints`` and
``stitch_admin_client.api.https_endpoints.list_https_endpoints`` both work; ``dir()`` lists them all.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import create_https_endpoint as create_https_endpoint
    from . import delete_https_endpoint as delete_https_endpoint
    from . import get_https_endpoint as get_https_endpoint
    from . import list_https_endpoints as list_https_endpoints
    from . import update_https_endpoint as update_https_endpoint

__all__ = [
    "create_https_endpoint",
    "delete_https_endpoint",
    "get_https_endpoint",
    "list_https_endpoints",
    "update_https_endpoint",
]


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(__all__)
