from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..models.database_operation_type import DatabaseOperationType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DatabaseTriggerConfig")


@_attrs_define
class DatabaseTriggerConfig:
    """What a database trigger watches and how it reads the change stream.

    Attributes:
        service_id (str | Unset): The data source whose change stream is watched.
        database (str | Unset):
        collection (str | Unset):
        operation_types (list[DatabaseOperationType] | Unset):
        match (JsonObject | Unset): A JSON object whose fields depend on context (configuration, expressions, ...).
        project (JsonObject | Unset): A JSON object whose fields depend on context (configuration, expressions, ...).
        full_document (bool | Unset):
        full_document_before_change (bool | Unset):
        skip_catchup_events (bool | Unset): Start from now when resumed, rather than from where the trigger stopped.
        tolerate_resume_errors (bool | Unset):
        maximum_throughput (bool | Unset):
        unordered (bool | Unset):
    """

    service_id: str | Unset = UNSET
    database: str | Unset = UNSET
    collection: str | Unset = UNSET
    operation_types: list[DatabaseOperationType] | Unset = UNSET
    match: JsonObject | Unset = UNSET
    project: JsonObject | Unset = UNSET
    full_document: bool | Unset = UNSET
    full_document_before_change: bool | Unset = UNSET
    skip_catchup_events: bool | Unset = UNSET
    tolerate_resume_errors: bool | Unset = UNSET
    maximum_throughput: bool | Unset = UNSET
    unordered: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_id = self.service_id

        database = self.database

        collection = self.collection

        operation_types: list[str] | Unset = UNSET
        if not isinstance(self.operation_types, Unset):
            operation_types = []
            for operation_types_item_data in self.operation_types:
                operation_types_item = operation_types_item_data.value
                operation_types.append(operation_types_item)

        match: dict[str, Any] | Unset = UNSET
        if not isinstance(self.match, Unset):
            match = self.match.to_dict()

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        full_document = self.full_document

        full_document_before_change = self.full_document_before_change

        skip_catchup_events = self.skip_catchup_events

        tolerate_resume_errors = self.tolerate_resume_errors

        maximum_throughput = self.maximum_throughput

        unordered = self.unordered

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if service_id is not UNSET:
            field_dict["service_id"] = service_id
        if database is not UNSET:
            field_dict["database"] = database
        if collection is not UNSET:
            field_dict["collection"] = collection
        if operation_types is not UNSET:
            field_dict["operation_types"] = operation_types
        if match is not UNSET:
            field_dict["match"] = match
        if project is not UNSET:
            field_dict["project"] = project
        if full_document is not UNSET:
            field_dict["full_document"] = full_document
        if full_document_before_change is not UNSET:
            field_dict["full_document_before_change"] = full_document_before_change
        if skip_catchup_events is not UNSET:
            field_dict["skip_catchup_events"] = skip_catchup_events
        if tolerate_resume_errors is not UNSET:
            field_dict["tolerate_resume_errors"] = tolerate_resume_errors
        if maximum_throughput is not UNSET:
            field_dict["maximum_throughput"] = maximum_throughput
        if unordered is not UNSET:
            field_dict["unordered"] = unordered

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cls.__new__(cls)._decode(src_dict)

    def _decode(self: T, src_dict: Mapping[str, Any]) -> T:
        # Fills a new instance, bypassing __init__: every field is decoded into a local first and
        # assigned only once all of them are, so that a failure leaves no field set.
        d = (
            dict(src_dict)
            if src_dict.__class__ is dict
            else dict(_t.expect_mapping(src_dict, "DatabaseTriggerConfig"))
        )
        pop = d.pop
        service_id = pop("service_id", UNSET)
        if service_id.__class__ is not str and service_id is not UNSET:
            service_id = _t.optional_str(service_id, "service_id")

        database = pop("database", UNSET)
        if database.__class__ is not str and database is not UNSET:
            database = _t.optional_str(database, "database")

        collection = pop("collection", UNSET)
        if collection.__class__ is not str and collection is not UNSET:
            collection = _t.optional_str(collection, "collection")

        _operation_types = pop("operation_types", UNSET)
        if _operation_types.__class__ is not list:
            _operation_types = _t.optional_list(_operation_types, "operation_types")
        operation_types: list[DatabaseOperationType] | Unset = UNSET
        if not isinstance(_operation_types, Unset):
            operation_types = []
            for operation_types_item_data in _operation_types:
                _operation_types_item = operation_types_item_data
                operation_types_item: DatabaseOperationType
                if _operation_types_item.__class__ is str:
                    operation_types_item = DatabaseOperationType._by_value.get(
                        _operation_types_item
                    ) or DatabaseOperationType._from_json(
                        _operation_types_item, "operation_types_item"
                    )
                else:
                    operation_types_item = DatabaseOperationType._from_json(
                        _operation_types_item, "operation_types_item"
                    )

                operation_types.append(operation_types_item)

        _match = pop("match", UNSET)
        match: JsonObject | Unset
        if _match is UNSET or _match is None:
            match = UNSET
        else:
            match = JsonObject.from_dict(_match)

        _project = pop("project", UNSET)
        project: JsonObject | Unset
        if _project is UNSET or _project is None:
            project = UNSET
        else:
            project = JsonObject.from_dict(_project)

        full_document = pop("full_document", UNSET)
        if full_document.__class__ is not bool and full_document is not UNSET:
            full_document = _t.optional_bool(full_document, "full_document")

        full_document_before_change = pop("full_document_before_change", UNSET)
        if (
            full_document_before_change.__class__ is not bool
            and full_document_before_change is not UNSET
        ):
            full_document_before_change = _t.optional_bool(
                full_document_before_change, "full_document_before_change"
            )

        skip_catchup_events = pop("skip_catchup_events", UNSET)
        if skip_catchup_events.__class__ is not bool and skip_catchup_events is not UNSET:
            skip_catchup_events = _t.optional_bool(skip_catchup_events, "skip_catchup_events")

        tolerate_resume_errors = pop("tolerate_resume_errors", UNSET)
        if tolerate_resume_errors.__class__ is not bool and tolerate_resume_errors is not UNSET:
            tolerate_resume_errors = _t.optional_bool(
                tolerate_resume_errors, "tolerate_resume_errors"
            )

        maximum_throughput = pop("maximum_throughput", UNSET)
        if maximum_throughput.__class__ is not bool and maximum_throughput is not UNSET:
            maximum_throughput = _t.optional_bool(maximum_throughput, "maximum_throughput")

        unordered = pop("unordered", UNSET)
        if unordered.__class__ is not bool and unordered is not UNSET:
            unordered = _t.optional_bool(unordered, "unordered")

        self.service_id = service_id
        self.database = database
        self.collection = collection
        self.operation_types = operation_types
        self.match = match
        self.project = project
        self.full_document = full_document
        self.full_document_before_change = full_document_before_change
        self.skip_catchup_events = skip_catchup_events
        self.tolerate_resume_errors = tolerate_resume_errors
        self.maximum_throughput = maximum_throughput
        self.unordered = unordered
        # What is left of the copy: its table is sized for every field, so a fresh dict.
        self.additional_properties = dict(d) if d else {}
        return self

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.json_object import JsonObject  # noqa: E402
