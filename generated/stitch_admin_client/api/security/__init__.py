"""The operations tagged security: one module per operation, imported on first use.

``from stitch_admin_client.api.security import list_allowed_request_origins`` and
``stitch_admin_client.api.security.list_allowed_request_origins`` both work; ``dir()`` lists them all.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import create_access_list_entry as create_access_list_entry
    from . import create_private_endpoint as create_private_endpoint
    from . import delete_access_list_entry as delete_access_list_entry
    from . import delete_private_endpoint as delete_private_endpoint
    from . import get_access_list as get_access_list
    from . import get_private_endpoint as get_private_endpoint
    from . import get_refresh_token_expiration as get_refresh_token_expiration
    from . import list_allowed_request_origins as list_allowed_request_origins
    from . import list_private_endpoint_services as list_private_endpoint_services
    from . import list_private_endpoints as list_private_endpoints
    from . import replace_access_list_entry as replace_access_list_entry
    from . import set_allowed_request_origins as set_allowed_request_origins
    from . import set_non_vpc_client_requests as set_non_vpc_client_requests
    from . import set_refresh_token_expiration as set_refresh_token_expiration
    from . import update_access_list_entry as update_access_list_entry
    from . import update_private_endpoint as update_private_endpoint

__all__ = [
    "create_access_list_entry",
    "create_private_endpoint",
    "delete_access_list_entry",
    "delete_private_endpoint",
    "get_access_list",
    "get_private_endpoint",
    "get_refresh_token_expiration",
    "list_allowed_request_origins",
    "list_private_endpoint_services",
    "list_private_endpoints",
    "replace_access_list_entry",
    "set_allowed_request_origins",
    "set_non_vpc_client_requests",
    "set_refresh_token_expiration",
    "update_access_list_entry",
    "update_private_endpoint",
]


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(__all__)
