"""VPC private endpoints (AWS PrivateLink) and whether requests from outside them are
accepted (runtime settings of the app).

The endpoint services a private endpoint can connect to depend on where the app runs: every
AWS region for a `GLOBAL` app, its own region for a `LOCAL` one; each region offers one for
Device Sync and one for everything else, with a service name stable for the app. A private
endpoint names one of those regions and an AWS endpoint id (`vpce-` and 8 to 17 hexadecimal
digits, as the document's pattern says), registered once per app. Refusing requests from
outside private endpoints needs at least one endpoint, or nothing could reach the app.
"""

from __future__ import annotations

import hashlib

from starlette.responses import Response

from stitch_admin_emulator import document
from stitch_admin_emulator import regions as cloud_regions
from stitch_admin_emulator.api.common import APP
from stitch_admin_emulator.api.resources import Family, Setting, answer, serve_family
from stitch_admin_emulator.app_config import Document
from stitch_admin_emulator.errors import bad_request
from stitch_admin_emulator.routing import Call, OperationTable
from stitch_admin_emulator.state import AppRecord

table = OperationTable()

SECURITY = f"{APP}/security"
ENDPOINTS = f"{SECURITY}/private_endpoints"
ENDPOINT = f"{ENDPOINTS}/{{privateEndpointId}}"
SERVICE_TYPES = ("general", "sync")
endpoints = Family(
    "private_endpoints",
    "private endpoint",
    "PrivateEndpointNotFound",
    "privateEndpointId",
    deployable=False,
    name=None,
)
non_vpc = Setting(
    "non_vpc_client_requests",
    default=lambda call: {"allow_non_vpc_client_requests": True},
    deployable=False,
)


def regions(app: AppRecord) -> list[str]:
    """The AWS regions the app's private endpoints can be in."""
    every = [
        region
        for region in document.load()["components"]["schemas"]["ProviderRegion"]["enum"]
        if region.startswith("aws-")
    ]
    if app.deployment_model == "GLOBAL":
        return every
    located = cloud_regions.for_location(app.location)
    own = located.id if located is not None else app.location
    return [own] if own in every else every


def services(app: AppRecord) -> list[Document]:
    found = []
    for region in regions(app):
        for kind in SERVICE_TYPES:
            digest = hashlib.sha256(f"{app.id}/{region}/{kind}".encode()).hexdigest()[:17]
            found.append(
                {
                    "cloud_provider_region": region,
                    "service_name": f"com.amazonaws.vpce.{region.removeprefix('aws-')}"
                    f".vpce-svc-{digest}",
                    "endpoint_type": kind,
                }
            )
    return found


def _fields(call: Call, current: Document | None) -> Document:
    body = call.body
    region, endpoint_id = body["cloud_provider_region"], body["cloud_provider_endpoint_id"]
    if region not in regions(call.app):
        raise bad_request(
            f"cloud_provider_region {region!r} offers no private endpoint service to this app; "
            f"use one of {', '.join(regions(call.app))}"
        )
    keep = None if current is None else current["_id"]
    for key, other in endpoints.documents(call).items():
        if key != keep and other["cloud_provider_endpoint_id"] == endpoint_id:
            raise bad_request(
                f"the private endpoint {endpoint_id} is already registered",
                "DuplicatePrivateEndpoint",
            )
    return {
        "cloud_provider_region": region,
        "cloud_provider_endpoint_id": endpoint_id,
        "comment": body.get("comment", ""),
        "endpoint_type": body["endpoint_type"],
    }


serve_family(table, endpoints, ENDPOINTS, ENDPOINT, fields=_fields)


@table.operation("GET", f"{SECURITY}/private_endpoint_service_infos")
def list_private_endpoint_services(call: Call) -> Response:
    return answer(call, services(call.app))


@table.operation("POST", f"{SECURITY}/allow_non_vpc_client_requests")
def set_non_vpc_client_requests(call: Call) -> Response:
    allow = call.body.get("allow_non_vpc_client_requests")
    if allow is False and not endpoints.documents(call):
        raise bad_request(
            "requests from outside private endpoints can only be refused once the app has a "
            "private endpoint"
        )
    if allow is not None:
        non_vpc.set(call, {"allow_non_vpc_client_requests": allow})
    return answer(call)
