"""What a service holds besides its own document: rules, incoming webhooks, a default rule.

Shared by the operations on each part and by those that create or change a service with its
parts in one request (`POST .../services`, `PATCH .../services/{id}`, `POST
.../multi_data_sources`), so both check and store them alike.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from stitch_admin_emulator import ids, service_commands
from stitch_admin_emulator.api.common import check_name_free, pick
from stitch_admin_emulator.app_config import Document, ServiceRecord
from stitch_admin_emulator.errors import bad_request


def rule_fields(body: Document) -> Document:
    """A rule as stored: as given, named after its namespace (`database.collection`) when it
    gives one and no name."""
    fields = {key: value for key, value in body.items() if key != "_id"}
    database, collection = fields.get("database"), fields.get("collection")
    if "name" not in fields and isinstance(database, str) and isinstance(collection, str):
        fields["name"] = f"{database}.{collection}"
    return fields


def webhook_fields(body: Document) -> Document:
    defaults = {"function_source": "", "respond_result": False, "options": {}}
    return defaults | pick(body, "name", "function_source", "respond_result", "options")


def default_rule(service: ServiceRecord, body: Document, keep_id: str | None = None) -> Document:
    """The default rule `body` describes, for `service` (400 if it is not a data source)."""
    if service.doc.get("type") not in service_commands.DATA_SOURCE_TYPES:
        raise bad_request(
            f"only data sources have a default rule; '{service.doc['name']}' is a "
            f"'{service.doc.get('type')}' service"
        )
    fields = {key: value for key, value in body.items() if key != "_id"}
    return {"_id": keep_id or ids.object_id(), "roles": [], "filters": [], **fields}


def read_and_write_all() -> Document:
    """The default rule of data sources linked several at once: anyone reads and writes."""
    role = {
        "name": "readAndWriteAll",
        "apply_when": {},
        "document_filters": {"read": True, "write": True},
        "read": True,
        "write": True,
        "insert": True,
        "delete": True,
        "search": True,
    }
    return {"roles": [role], "filters": []}


def _replace_all(
    current: dict[str, Document],
    given: list[Document],
    what: str,
    fields: Callable[[Document], Document],
) -> dict[str, Document]:
    """The documents `given` as the new set: one with the `_id` of a current document keeps
    it, the others get new ids; names are checked and unique within the set."""
    replaced: dict[str, Document] = {}
    for body in given:
        stored = fields(body)
        name = stored.get("name")
        if not isinstance(name, str):
            raise bad_request(f"each {what} needs a 'name'")
        # 400, not 409: the clash is within the request itself.
        check_name_free(replaced, name, what, status=400)
        given_id = body.get("_id")
        key = given_id if isinstance(given_id, str) and given_id in current else ids.object_id()
        replaced[key] = {"_id": key, **stored}
    return replaced


def apply_parts(service: ServiceRecord, body: Document) -> None:
    """Store the parts a service's create or update carries: its `rules` and
    `incoming_webhooks` (each list replaces the current set) and its `default_rule`."""
    if "rules" in body:
        service.rules = _replace_all(service.rules, body["rules"], "rule", rule_fields)
    if "incoming_webhooks" in body:
        service.webhooks = _replace_all(
            service.webhooks, body["incoming_webhooks"], "incoming webhook", webhook_fields
        )
    if "default_rule" in body:
        current = service.default_rule
        keep: Any = current["_id"] if current is not None else None
        service.default_rule = default_rule(service, body["default_rule"], keep_id=keep)
