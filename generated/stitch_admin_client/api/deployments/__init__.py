"""The operations tagged deployments: one module per operation, imported on first use.

``from stitch_admin_client.api.deployments import list_deployments`` and
``stitch_admin_client.api.deployments.list_deployments`` both work; ``dir()`` lists them all.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import get_deploy_config as get_deploy_config
    from . import get_deployment as get_deployment
    from . import get_deployment_migration as get_deployment_migration
    from . import list_deployments as list_deployments
    from . import migrate_deployment as migrate_deployment
    from . import redeploy_deployment as redeploy_deployment
    from . import update_deploy_config as update_deploy_config

__all__ = [
    "get_deploy_config",
    "get_deployment",
    "get_deployment_migration",
    "list_deployments",
    "migrate_deployment",
    "redeploy_deployment",
    "update_deploy_config",
]


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(__all__)
