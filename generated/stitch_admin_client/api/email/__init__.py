"""The operations tagged email: one module per operation, imported on first use.

``from stitch_admin_client.api.email import send_confirmation_email`` and
``stitch_admin_client.api.email.send_confirmation_email`` both work; ``dir()`` lists them all.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import confirm_pending_user as confirm_pending_user
    from . import rerun_user_confirmation as rerun_user_confirmation
    from . import send_confirmation_email as send_confirmation_email

__all__ = [
    "confirm_pending_user",
    "rerun_user_confirmation",
    "send_confirmation_email",
]


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(__all__)
