"""The operations tagged graph_ql: one module per operation, imported on first use.

``from stitch_admin_client.api.graph_ql import run_graphql_operation`` and
``stitch_admin_client.api.graph_ql.run_graphql_operation`` both work; ``dir()`` lists them all.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import create_custom_resolver as create_custom_resolver
    from . import delete_custom_resolver as delete_custom_resolver
    from . import get_custom_resolver as get_custom_resolver
    from . import get_graphql_config as get_graphql_config
    from . import get_graphql_validation_settings as get_graphql_validation_settings
    from . import list_custom_resolvers as list_custom_resolvers
    from . import run_graphql_operation as run_graphql_operation
    from . import set_graphql_validation_settings as set_graphql_validation_settings
    from . import update_custom_resolver as update_custom_resolver
    from . import update_graphql_config as update_graphql_config

__all__ = [
    "create_custom_resolver",
    "delete_custom_resolver",
    "get_custom_resolver",
    "get_graphql_config",
    "get_graphql_validation_settings",
    "list_custom_resolvers",
    "run_graphql_operation",
    "set_graphql_validation_settings",
    "update_custom_resolver",
    "update_graphql_config",
]


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(__all__)
