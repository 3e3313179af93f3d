"""The operations tagged services: one module per operation, imported on first use.

``from stitch_admin_client.api.services import list_services`` and
``stitch_admin_client.api.services.list_services`` both work; ``dir()`` lists them all.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import create_service as create_service
    from . import delete_service as delete_service
    from . import generate_schema as generate_schema
    from . import get_build_info as get_build_info
    from . import get_service as get_service
    from . import get_service_config as get_service_config
    from . import link_data_sources as link_data_sources
    from . import list_services as list_services
    from . import run_service_command as run_service_command
    from . import update_service as update_service
    from . import update_service_config as update_service_config

__all__ = [
    "create_service",
    "delete_service",
    "generate_schema",
    "get_build_info",
    "get_service",
    "get_service_config",
    "link_data_sources",
    "list_services",
    "run_service_command",
    "update_service",
    "update_service_config",
]


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(__all__)
