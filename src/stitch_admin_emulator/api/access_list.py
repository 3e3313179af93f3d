"""The IP access list: addresses and CIDR blocks the app accepts requests from (runtime).

Entries are checked with `ipaddress`: an address (`ip`) or a CIDR block (`network`, its host
bits cleared; `ip` keeps the address as given), IPv4 or IPv6. No two entries cover the same
block. `use_current` takes the caller's own address. Reads say, for each entry, whether it
covers the caller's address (`includes_current`), and what that address is (`current_ip`).
The emulator lists the entries but does not enforce them: it serves no app users' requests.
"""

from __future__ import annotations

import ipaddress

from starlette.responses import Response

from stitch_admin_emulator.api.common import APP
from stitch_admin_emulator.api.resources import Family, answer
from stitch_admin_emulator.app_config import Document
from stitch_admin_emulator.errors import bad_request
from stitch_admin_emulator.routing import Call, OperationTable

table = OperationTable()

ACCESS_LIST = f"{APP}/security/access_list"
ENTRY = f"{ACCESS_LIST}/{{ipId}}"
COMMENT_MAX_LENGTH = 256
entries = Family(
    "access_list", "IP access list entry", "AllowedIPNotFound", "ipId", deployable=False, name=None
)
Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def _caller(call: Call) -> str:
    return call.request.client.host if call.request.client else ""


def _network(address: str) -> Network:
    return ipaddress.ip_network(address, strict=False)


def _fields(call: Call, keep: str | None) -> Document:
    body = call.body
    address = _caller(call) if body.get("use_current") else body["address"].strip()
    try:
        network = _network(address)
        ip = ipaddress.ip_address(address.split("/", 1)[0])
    except ValueError as exc:
        raise bad_request(
            f"{address!r} is not an IP address or CIDR block", "InvalidIPAddress"
        ) from exc
    comment = body.get("comment", "")
    if len(comment) > COMMENT_MAX_LENGTH:
        raise bad_request(f"the comment is longer than {COMMENT_MAX_LENGTH} characters")
    for key, other in entries.documents(call).items():
        if key != keep and _network(other["address"]) == network:
            raise bad_request(
                f"{other['address']!r} already covers {address!r}", "DuplicateIPAddress"
            )
    fields: Document = {"address": address, "ip": str(ip), "comment": comment}
    if "/" in address:
        fields["network"] = str(network)
    return fields


def _shown(call: Call, entry: Document) -> Document:
    try:
        covers = ipaddress.ip_address(_caller(call)) in _network(entry["address"])
    except ValueError:
        covers = False
    return {**entry, "includes_current": covers}


@table.operation("GET", ACCESS_LIST)
def get_access_list(call: Call) -> Response:
    listed = [_shown(call, entry) for entry in entries.documents(call).values()]
    return answer(call, {"current_ip": _caller(call), "allowed_ips": listed})


@table.operation("POST", ACCESS_LIST)
def create_access_list_entry(call: Call) -> Response:
    return answer(call, _shown(call, entries.add(call, _fields(call, None))))


def _replace(call: Call) -> Document:
    current = entries.one(call)
    return entries.replace(call, _fields(call, current["_id"]))


@table.operation("PATCH", ENTRY)
def update_access_list_entry(call: Call) -> Response:
    return answer(call, _shown(call, _replace(call)))


@table.operation("PUT", ENTRY)
def replace_access_list_entry(call: Call) -> Response:
    _replace(call)
    return answer(call)


@table.operation("DELETE", ENTRY)
def delete_access_list_entry(call: Call) -> Response:
    entries.remove(call)
    return answer(call)
