"""A service's access rules. Rules keep every field they are given: their shape varies by
service type (MongoDB rules carry `database`, `collection`, `roles`, `schema`, ...). A rule
given a namespace and no name is named after it (`database.collection`)."""

from __future__ import annotations

from starlette.responses import Response

from stitch_admin_emulator.api.common import pick
from stitch_admin_emulator.api.resources import Family, answer, serve_family
from stitch_admin_emulator.api.service_parts import rule_fields
from stitch_admin_emulator.api.services import SERVICE, service_of
from stitch_admin_emulator.app_config import Document
from stitch_admin_emulator.routing import Call, OperationTable

table = OperationTable()

RULES = f"{SERVICE}/rules"
RULE = f"{RULES}/{{ruleId}}"
rules = Family("rules", "rule", "RuleNotFound", "ruleId", where=lambda call: service_of(call).rules)


@table.operation("POST", RULES)
def create_rule(call: Call) -> Response:
    # The service answers a create with the new rule's id and name only.
    return answer(call, pick(rules.add(call, _fields(call, None)), "_id", "name"))


def _fields(call: Call, current: Document | None) -> Document:
    return rule_fields(call.body)


serve_family(table, rules, RULES, RULE, fields=_fields, skip=("POST collection",))
