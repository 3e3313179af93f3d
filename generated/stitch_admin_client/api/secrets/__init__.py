"""The operations tagged secrets: one module per operation, imported on first use.

``from stitch_admin_client.api.secrets import list_secrets`` and
``stitch_admin_client.api.secrets.list_secrets`` both work; ``dir()`` lists them all.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import create_secret as create_secret
    from . import delete_secret as delete_secret
    from . import list_secrets as list_secrets
    from . import update_secret as update_secret

__all__ = [
    "create_secret",
    "delete_secret",
    "list_secrets",
    "update_secret",
]


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(__all__)
