"""The operations tagged schemas: one module per operation, imported on first use.

``from stitch_admin_client.api.schemas import validate_documents`` and
``stitch_admin_client.api.schemas.validate_documents`` both work; ``dir()`` lists them all.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import create_schema as create_schema
    from . import delete_schema as delete_schema
    from . import get_null_type_schema_validation as get_null_type_schema_validation
    from . import get_schema as get_schema
    from . import list_schemas as list_schemas
    from . import set_null_type_schema_validation as set_null_type_schema_validation
    from . import update_schema as update_schema
    from . import validate_documents as validate_documents

__all__ = [
    "create_schema",
    "delete_schema",
    "get_null_type_schema_validation",
    "get_schema",
    "list_schemas",
    "set_null_type_schema_validation",
    "update_schema",
    "validate_documents",
]


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(__all__)
