"""The operations tagged logs: one module per operation, imported on first use.

``from stitch_admin_client.api.logs import list_logs`` and
``stitch_admin_client.api.logs.list_logs`` both work; ``dir()`` lists them all.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import list_logs as list_logs

__all__ = [
    "list_logs",
]


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(__all__)
