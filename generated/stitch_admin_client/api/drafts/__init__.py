"""The operations tagged drafts: one module per operation, imported on first use.

``from stitch_admin_client.api.drafts import list_drafts`` and
``stitch_admin_client.api.drafts.list_drafts`` both work; ``dir()`` lists them all.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import create_draft as create_draft
    from . import deploy_draft as deploy_draft
    from . import discard_draft as discard_draft
    from . import get_draft_diff as get_draft_diff
    from . import list_drafts as list_drafts

__all__ = [
    "create_draft",
    "deploy_draft",
    "discard_draft",
    "get_draft_diff",
    "list_drafts",
]


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(__all__)
