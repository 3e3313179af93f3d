"""Services of an application, their configuration and their commands.

A create or an update may carry the service's parts too (`rules`, `incoming_webhooks`,
`default_rule`, see `service_parts`): they are stored with it, each list replacing the
service's current set. An update changes the fields given (`name`, `type`, `version`,
`config`, which replaces the whole configuration) and keeps the others.
"""

from __future__ import annotations

from starlette.responses import Response

from stitch_admin_emulator import ids, service_commands
from stitch_admin_emulator.api.common import APP, check_name_free, find
from stitch_admin_emulator.api.service_parts import apply_parts
from stitch_admin_emulator.app_config import AppConfig, Document, ServiceRecord
from stitch_admin_emulator.responses import created, json_response, no_content
from stitch_admin_emulator.routing import Call, OperationTable

table = OperationTable()

SERVICES = f"{APP}/services"
SERVICE = f"{SERVICES}/{{serviceId}}"


def service_of(call: Call) -> ServiceRecord:
    """The service named by the path's `serviceId`, in the configuration the caller sees."""
    service: ServiceRecord = find(
        call.config.services, call.params["serviceId"], "service", "ServiceNotFound"
    )
    return service


@table.operation("GET", SERVICES)
def list_services(call: Call) -> Response:
    return json_response([service.doc for service in call.config.services.values()])


def add_service(config: AppConfig, body: Document) -> ServiceRecord:
    """A new service of the configuration, with the parts its body carries."""
    docs = {key: service.doc for key, service in config.services.items()}
    check_name_free(docs, body["name"], "service")
    service_id = ids.object_id()
    doc = {
        "_id": service_id,
        "name": body["name"],
        "type": body["type"],
        "version": body.get("version", 1),
        "config": body.get("config", {}),
    }
    service = ServiceRecord(doc)
    apply_parts(service, body)
    config.services[service_id] = service
    return service


@table.operation("POST", SERVICES)
def create_service(call: Call) -> Response:
    return created(add_service(call.config, call.body).doc)


@table.operation("GET", SERVICE)
def get_service(call: Call) -> Response:
    return json_response(service_of(call).doc)


@table.operation("DELETE", SERVICE)
def delete_service(call: Call) -> Response:
    del call.config.services[service_of(call).doc["_id"]]
    return no_content()


@table.operation("PATCH", SERVICE)
def update_service(call: Call) -> Response:
    service = service_of(call)
    if "name" in call.body:
        docs = {key: other.doc for key, other in call.config.services.items()}
        check_name_free(docs, call.body["name"], "service", keep=service.doc["_id"])
    for field in ("name", "type", "version", "config"):
        if field in call.body:
            service.doc[field] = call.body[field]
    apply_parts(service, call.body)
    return no_content()


@table.operation("POST", f"{SERVICE}/commands/{{commandName}}")
def run_service_command(call: Call) -> Response:
    service = service_of(call)
    arguments = call.body if call.body is not None else {}
    return json_response(
        service_commands.run(call.config, service, call.params["commandName"], arguments)
    )


@table.operation("GET", f"{SERVICE}/config")
def get_service_config(call: Call) -> Response:
    return json_response(service_of(call).doc.get("config", {}))


@table.operation("PATCH", f"{SERVICE}/config")
def update_service_config(call: Call) -> Response:
    service = service_of(call)
    service.doc["config"] = {**service.doc.get("config", {}), **call.body}
    return no_content()
