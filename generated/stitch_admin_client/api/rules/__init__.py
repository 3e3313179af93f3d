"""The operations tagged rules: one module per operation, imported on first use.

``from stitch_admin_client.api.rules import list_rules`` and
``stitch_admin_client.api.rules.list_rules`` both work; ``dir()`` lists them all.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import create_default_rule as create_default_rule
    from . import create_rule as create_rule
    from . import delete_default_rule as delete_default_rule
    from . import delete_rule as delete_rule
    from . import get_default_rule as get_default_rule
    from . import get_rule as get_rule
    from . import list_rules as list_rules
    from . import update_default_rule as update_default_rule
    from . import update_rule as update_rule

__all__ = [
    "create_default_rule",
    "create_rule",
    "delete_default_rule",
    "delete_rule",
    "get_default_rule",
    "get_rule",
    "list_rules",
    "update_default_rule",
    "update_rule",
]


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(__all__)
