"""The cloud regions applications can be deployed to (reference data, see `regions`)."""

from __future__ import annotations

from starlette.responses import Response

from stitch_admin_emulator import regions
from stitch_admin_emulator.api.resources import answer
from stitch_admin_emulator.routing import Call, OperationTable

table = OperationTable()


@table.operation("GET", "/provider_regions")
def list_provider_regions(call: Call) -> Response:
    return answer(call, [region.document() for region in regions.REGIONS])
