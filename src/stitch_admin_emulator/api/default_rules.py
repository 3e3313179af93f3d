"""A data source's default rule: the roles and filters of its collections without a rule.

Kept on the service (`ServiceRecord.default_rule`, part of the deployable configuration).
Only data sources have one: creating one for a third-party service answers `400`. The errors
are the service's own: reading or deleting a missing default rule answers `404`, creating a
second one `400` ("default rule already exists"), replacing a missing one `400`, and
replacing it with a body that names another `_id` `400` ("service default rule id
mismatch"). A replacement without `_id` replaces the current rule.
"""

from __future__ import annotations

from starlette.responses import Response

from stitch_admin_emulator.api.resources import answer
from stitch_admin_emulator.api.service_parts import default_rule
from stitch_admin_emulator.api.services import SERVICE, service_of
from stitch_admin_emulator.errors import ApiError, bad_request
from stitch_admin_emulator.routing import Call, OperationTable

table = OperationTable()

DEFAULT_RULE = f"{SERVICE}/default_rule"
NOT_FOUND_CODE = "DefaultRuleNotFound"


@table.operation("GET", DEFAULT_RULE)
def get_default_rule(call: Call) -> Response:
    rule = service_of(call).default_rule
    if rule is None:
        raise ApiError(404, "default rule does not exist on service", NOT_FOUND_CODE)
    return answer(call, rule)


@table.operation("POST", DEFAULT_RULE)
def create_default_rule(call: Call) -> Response:
    service = service_of(call)
    if service.default_rule is not None:
        raise bad_request("default rule already exists", "DefaultRuleExists")
    service.default_rule = default_rule(service, call.body)
    return answer(call, service.default_rule)


@table.operation("PUT", DEFAULT_RULE)
def update_default_rule(call: Call) -> Response:
    service = service_of(call)
    current = service.default_rule
    if current is None:
        raise bad_request("default rule does not exist", NOT_FOUND_CODE)
    if call.body.get("_id", current["_id"]) != current["_id"]:
        raise bad_request("service default rule id mismatch", "DefaultRuleIdMismatch")
    service.default_rule = default_rule(service, call.body, keep_id=current["_id"])
    return answer(call)


@table.operation("DELETE", DEFAULT_RULE)
def delete_default_rule(call: Call) -> Response:
    service = service_of(call)
    if service.default_rule is None:
        raise ApiError(404, "default rule does not exist for app service", NOT_FOUND_CODE)
    service.default_rule = None
    return answer(call)
