"""The operations tagged dependencies: one module per operation, imported on first use.

``from stitch_admin_client.api.dependencies import list_dependencies`` and
``stitch_admin_client.api.dependencies.list_dependencies`` both work; ``dir()`` lists them all.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import diff_dependencies as diff_dependencies
    from . import export_dependencies as export_dependencies
    from . import get_dependencies_status as get_dependencies_status
    from . import list_dependencies as list_dependencies
    from . import upload_dependencies as upload_dependencies

__all__ = [
    "diff_dependencies",
    "export_dependencies",
    "get_dependencies_status",
    "list_dependencies",
    "upload_dependencies",
]


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(__all__)
