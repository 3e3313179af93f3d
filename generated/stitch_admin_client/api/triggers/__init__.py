"""The operations tagged triggers: one module per operation, imported on first use.

``from stitch_admin_client.api.triggers import list_triggers`` and
``stitch_admin_client.api.triggers.list_triggers`` both work; ``dir()`` lists them all.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import create_trigger as create_trigger
    from . import delete_trigger as delete_trigger
    from . import get_trigger as get_trigger
    from . import list_triggers as list_triggers
    from . import resume_trigger as resume_trigger
    from . import update_trigger as update_trigger

__all__ = [
    "create_trigger",
    "delete_trigger",
    "get_trigger",
    "list_triggers",
    "resume_trigger",
    "update_trigger",
]


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(__all__)
