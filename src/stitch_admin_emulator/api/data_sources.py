"""Data sources: linking several at once, and the commands that read their collections.

`POST .../multi_data_sources` links up to 25 clusters (`mongodb-atlas`) or federated database
instances (`datalake`) in one request, each a new service named `name` (its `clusterName` when
it has none) with the default rule "anyone reads and writes"; an app holds at most 100 data
sources. Either all are linked or none: the clusters whose names are taken are listed in the
`400` answer (`failedClusterNames`).

The emulator holds no collection data. Where the service samples a collection's documents
(`generate_schema`, `validate_documents`), the request may carry the sample itself as
`documents` (a list of documents in Extended JSON); without it the collection is empty.
`generate_schema` infers a schema from the sample (see `schema_inference`), or, with no
sample, answers the schema kept for the collection (`.../schemas`, else the `schema` of the
collection's rule), else an empty object schema. `validate_documents` checks the documents
that the request's `query`, `sort` and `limit` select against `from_schema` (the collection's
kept schema when `from_schema` is `{}`), honouring the null type validation setting.
`build_info` answers the version of the MongoDB server the emulator stands for.
"""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from stitch_admin_emulator import (
    document_validation,
    ids,
    schema_inference,
    service_commands,
)
from stitch_admin_emulator.api import schemas
from stitch_admin_emulator.api.common import APP, check_name_free
from stitch_admin_emulator.api.resources import answer
from stitch_admin_emulator.api.service_parts import read_and_write_all
from stitch_admin_emulator.api.services import SERVICE, service_of
from stitch_admin_emulator.app_config import Document, ServiceRecord
from stitch_admin_emulator.errors import ApiError, bad_request
from stitch_admin_emulator.routing import Call, OperationTable

table = OperationTable()

LINKABLE_TYPES = ("mongodb-atlas", "datalake")
MAX_LINKED_AT_ONCE = 25
MAX_DATA_SOURCES = 100
# What `validate_documents` reads at most unless told.
DEFAULT_SAMPLE_LIMIT = 10_000


class LinkFailure(ApiError):
    """The service's answer when some clusters could not be linked: it names them."""

    def __init__(self, message: str, failed: list[str]) -> None:
        super().__init__(400, message, "DataSourceLinkFailed")
        self.failed = failed

    def body(self) -> dict[str, Any]:
        return super().body() | {"failedClusterNames": self.failed}


@table.operation("POST", f"{APP}/multi_data_sources")
def link_data_sources(call: Call) -> Response:
    links: list[Document] = call.body
    if len(links) > MAX_LINKED_AT_ONCE:
        raise bad_request(f"at most {MAX_LINKED_AT_ONCE} data sources can be linked at once")
    services = call.config.services
    present = sum(
        1 for s in services.values() if s.doc.get("type") in service_commands.DATA_SOURCE_TYPES
    )
    if present + len(links) > MAX_DATA_SOURCES:
        raise bad_request(f"an app can have at most {MAX_DATA_SOURCES} data sources")
    docs = {key: service.doc for key, service in services.items()}
    failed: list[str] = []
    for link in links:
        kind = link.get("type")
        if kind not in LINKABLE_TYPES:
            raise bad_request(
                f"a data source's type must be {' or '.join(LINKABLE_TYPES)}, not {kind!r}"
            )
        config = link.get("config", {})
        cluster = config.get("clusterName")
        name = link.get("name") or cluster
        if not isinstance(name, str):
            raise bad_request("each data source needs a name or a config.clusterName")
        try:
            check_name_free(docs, name, "service")
        except ApiError:
            failed.append(str(cluster or name))
            continue
        service_id = ids.object_id()
        doc = {"_id": service_id, "name": name, "type": kind, "version": 1, "config": config}
        service = ServiceRecord(doc, default_rule={"_id": ids.object_id(), **read_and_write_all()})
        services[service_id] = service
        docs[service_id] = doc
    if failed:
        # Raising undoes the links made above: all or nothing.
        raise LinkFailure(f"failed to link data sources: {', '.join(failed)}", failed)
    return answer(call)


def _data_source(call: Call) -> ServiceRecord:
    service = service_of(call)
    if service.doc.get("type") not in service_commands.DATA_SOURCE_TYPES:
        raise bad_request(
            f"'{service.doc['name']}' is a '{service.doc.get('type')}' service, not a data source"
        )
    return service


@table.operation("GET", f"{SERVICE}/commands/build_info")
def get_build_info(call: Call) -> Response:
    _data_source(call)
    return answer(call, service_commands.build_info())


def _sample(call: Call) -> list[Any]:
    documents = call.body.get("documents", [])
    if not isinstance(documents, list):
        raise bad_request("'documents' must be a list of documents")
    return documents


def _rule_schema(service: ServiceRecord, database: str, collection: str) -> Any:
    for rule in service.rules.values():
        if rule.get("database") == database and rule.get("collection") == collection:
            return rule.get("schema")
    return None


@table.operation("POST", f"{SERVICE}/commands/generate_schema")
def generate_schema(call: Call) -> Response:
    service = _data_source(call)
    database, collection = call.body["database_name"], call.body["collection_name"]
    documents = _sample(call)[: call.body["limit"]]
    if documents:
        if not all(isinstance(document, dict) for document in documents):
            raise bad_request("each sampled document must be an object")
        return answer(call, {"schema": schema_inference.infer(documents, collection)})
    kept = schemas.stored_schema(call.config, service.doc["name"], database, collection)
    if kept is None:
        kept = _rule_schema(service, database, collection)
    if kept is None:
        kept = schema_inference.infer([], collection)
    return answer(call, {"schema": kept})


@table.operation("POST", f"{SERVICE}/commands/validate_documents")
def validate_documents(call: Call) -> Response:
    service = _data_source(call)
    body = call.body
    schema = body["from_schema"]
    if not schema:
        schema = schemas.stored_schema(
            call.config, service.doc["name"], body["database_name"], body["collection_name"]
        )
        if schema is None:
            raise bad_request(
                f"from_schema is empty and {body['database_name']}.{body['collection_name']} "
                "has no schema"
            )
    try:
        documents = document_validation.sample(
            _sample(call),
            body.get("query", {}),
            body.get("sort", {}),
            body.get("limit", DEFAULT_SAMPLE_LIMIT),
        )
        null_passes = bool(schemas.null_type_validation.get(call).get("enabled"))
        report = document_validation.validate(documents, schema, null_passes)
    except (document_validation.InvalidSchema, document_validation.InvalidQuery) as exc:
        raise bad_request(str(exc)) from exc
    return answer(call, report)
