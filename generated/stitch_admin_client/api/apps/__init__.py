"""The operations tagged apps: one module per operation, imported on first use.

``from stitch_admin_client.api.apps import list_apps`` and
``stitch_admin_client.api.apps.list_apps`` both work; ``dir()`` lists them all.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import create_app as create_app
    from . import delete_app as delete_app
    from . import export_app as export_app
    from . import get_app as get_app
    from . import list_apps as list_apps
    from . import list_provider_regions as list_provider_regions
    from . import pull_app_configuration as pull_app_configuration
    from . import push_app_configuration as push_app_configuration

__all__ = [
    "create_app",
    "delete_app",
    "export_app",
    "get_app",
    "list_apps",
    "list_provider_regions",
    "pull_app_configuration",
    "push_app_configuration",
]


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(__all__)
