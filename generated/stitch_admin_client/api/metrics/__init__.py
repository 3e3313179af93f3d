"""The operations tagged metrics: one module per operation, imported on first use.

``from stitch_admin_client.api.metrics import get_app_metrics`` and
``stitch_admin_client.api.metrics.get_app_metrics`` both work; ``dir()`` lists them all.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import get_app_measurements as get_app_measurements
    from . import get_app_metrics as get_app_metrics
    from . import get_group_measurements as get_group_measurements

__all__ = [
    "get_app_measurements",
    "get_app_metrics",
    "get_group_measurements",
]


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(__all__)
