"""The table of every Admin API operation the emulator serves, gathered from `api/`.

Each module of `stitch_admin_emulator.api` that declares operations does so on its own
module-level `table` (an `OperationTable`); this module finds them all, so the `api` package
itself imports nothing, no module of it depends on another through the package, and a new
resource is served by adding its module — nothing to register by hand.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
from types import ModuleType

from stitch_admin_emulator import api
from stitch_admin_emulator.routing import OperationTable


@functools.cache
def modules() -> tuple[ModuleType, ...]:
    """Every module of `api` with a `table` of operations, in name order."""
    found = []
    for info in sorted(pkgutil.iter_modules(api.__path__), key=lambda info: info.name):
        module = importlib.import_module(f"{api.__name__}.{info.name}")
        if isinstance(getattr(module, "table", None), OperationTable):
            found.append(module)
    return tuple(found)


def operations() -> OperationTable:
    """A new table holding every operation of every module of `api`."""
    table = OperationTable()
    table.include(*(module.table for module in modules()))
    return table
