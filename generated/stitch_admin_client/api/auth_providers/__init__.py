"""The operations tagged auth_providers: one module per operation, imported on first use.

``from stitch_admin_client.api.auth_providers import list_auth_providers`` and
``stitch_admin_client.api.auth_providers.list_auth_providers`` both work; ``dir()`` lists them all.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import create_auth_provider as create_auth_provider
    from . import delete_auth_provider as delete_auth_provider
    from . import disable_auth_provider as disable_auth_provider
    from . import enable_auth_provider as enable_auth_provider
    from . import get_auth_provider as get_auth_provider
    from . import list_auth_providers as list_auth_providers
    from . import update_auth_provider as update_auth_provider

__all__ = [
    "create_auth_provider",
    "delete_auth_provider",
    "disable_auth_provider",
    "enable_auth_provider",
    "get_auth_provider",
    "list_auth_providers",
    "update_auth_provider",
]


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(__all__)
