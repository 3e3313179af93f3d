from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..models.auth_operation_type import AuthOperationType
from ..models.database_operation_type import DatabaseOperationType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TriggerConfig")


@_attrs_define
class TriggerConfig:
    """A trigger's settings. Database triggers need `operation_types`, `database`, `collection`
    and `service_id`; authentication triggers need `operation_type`; scheduled triggers
    need `schedule`.

        Attributes:
            operation_types (list[DatabaseOperationType] | Unset):
            operation_type (AuthOperationType | Unset): An authentication event kind an authentication trigger fires on.
            providers (list[str] | Unset): Only events from these authentication provider types.
            database (str | Unset):
            collection (str | Unset):
            service_id (str | Unset):
            match (JsonObject | Unset): A JSON object whose fields depend on context (configuration, expressions, ...).
            full_document (bool | Unset):
            full_document_before_change (bool | Unset):
            project (JsonObject | Unset): A JSON object whose fields depend on context (configuration, expressions, ...).
            skip_catchup_events (bool | Unset):
            tolerate_resume_errors (bool | Unset):
            maximum_throughput (bool | Unset):
            unordered (bool | Unset):
            schedule (str | Unset): A cron expression, for scheduled triggers.
    """

    operation_types: list[DatabaseOperationType] | Unset = UNSET
    operation_type: AuthOperationType | Unset = UNSET
    providers: list[str] | Unset = UNSET
    database: str | Unset = UNSET
    collection: str | Unset = UNSET
    service_id: str | Unset = UNSET
    match: JsonObject | Unset = UNSET
    full_document: bool | Unset = UNSET
    full_document_before_change: bool | Unset = UNSET
    project: JsonObject | Unset = UNSET
    skip_catchup_events: bool | Unset = UNSET
    tolerate_resume_errors: bool | Unset = UNSET
    maximum_throughput: bool | Unset = UNSET
    unordered: bool | Unset = UNSET
    schedule: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation_types: list[str] | Unset = UNSET
        if not isinstance(self.operation_types, Unset):
            operation_types = []
            for operation_types_item_data in self.operation_types:
                operation_types_item = operation_types_item_data.value
                operation_types.append(operation_types_item)

        operation_type: str | Unset = UNSET
        if not isinstance(self.operation_type, Unset):
            operation_type = self.operation_type.value

        providers: list[str] | Unset = UNSET
        if not isinstance(self.providers, Unset):
            providers = self.providers

        database = self.database

        collection = self.collection

        service_id = self.service_id

        match: dict[str, Any] | Unset = UNSET
        if not isinstance(self.match, Unset):
            match = self.match.to_dict()

        full_document = self.full_document

        full_document_before_change = self.full_document_before_change

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        skip_catchup_events = self.skip_catchup_events

        tolerate_resume_errors = self.tolerate_resume_errors

        maximum_throughput = self.maximum_throughput

        unordered = self.unordered

        schedule = self.schedule

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operation_types is not UNSET:
            field_dict["operation_types"] = operation_types
        if operation_type is not UNSET:
            field_dict["operation_type"] = operation_type
        if providers is not UNSET:
            field_dict["providers"] = providers
        if database is not UNSET:
            field_dict["database"] = database
        if collection is not UNSET:
            field_dict["collection"] = collection
        if service_id is not UNSET:
            field_dict["service_id"] = service_id
        if match is not UNSET:
            field_dict["match"] = match
        if full_document is not UNSET:
            field_dict["full_document"] = full_document
        if full_document_before_change is not UNSET:
            field_dict["full_document_before_change"] = full_document_before_change
        if project is not UNSET:
            field_dict["project"] = project
        if skip_catchup_events is not UNSET:
            field_dict["skip_catchup_events"] = skip_catchup_events
        if tolerate_resume_errors is not UNSET:
            field_dict["tolerate_resume_errors"] = tolerate_resume_errors
        if maximum_throughput is not UNSET:
            field_dict["maximum_throughput"] = maximum_throughput
        if unordered is not UNSET:
            field_dict["unordered"] = unordered
        if schedule is not UNSET:
            field_dict["schedule"] = schedule

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
            else dict(_t.expect_mapping(src_dict, "TriggerConfig"))
        )
        pop = d.pop
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

        _operation_type = pop("operation_type", UNSET)
        operation_type: AuthOperationType | Unset
        if _operation_type.__class__ is str:
            operation_type = AuthOperationType._by_value.get(
                _operation_type
            ) or AuthOperationType._from_json(_operation_type, "operation_type")
        elif _operation_type is UNSET or _operation_type is None:
            operation_type = UNSET
        else:
            operation_type = AuthOperationType._from_json(_operation_type, "operation_type")

        _providers = pop("providers", UNSET)
        if _providers.__class__ is not list:
            _providers = _t.optional_list(_providers, "providers")
        providers: list[str] | Unset = UNSET
        if not isinstance(_providers, Unset):
            providers = []
            for providers_item_data in _providers:
                providers_item = providers_item_data
                if providers_item.__class__ is not str:
                    providers_item = _t.expect_str(providers_item, "providers_item")

                providers.append(providers_item)

        database = pop("database", UNSET)
        if database.__class__ is not str and database is not UNSET:
            database = _t.optional_str(database, "database")

        collection = pop("collection", UNSET)
        if collection.__class__ is not str and collection is not UNSET:
            collection = _t.optional_str(collection, "collection")

        service_id = pop("service_id", UNSET)
        if service_id.__class__ is not str and service_id is not UNSET:
            service_id = _t.optional_str(service_id, "service_id")

        _match = pop("match", UNSET)
        match: JsonObject | Unset
        if _match is UNSET or _match is None:
            match = UNSET
        else:
            match = JsonObject.from_dict(_match)

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

        _project = pop("project", UNSET)
        project: JsonObject | Unset
        if _project is UNSET or _project is None:
            project = UNSET
        else:
            project = JsonObject.from_dict(_project)

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

        schedule = pop("schedule", UNSET)
        if schedule.__class__ is not str and schedule is not UNSET:
            schedule = _t.optional_str(schedule, "schedule")

        self.operation_types = operation_types
        self.operation_type = operation_type
        self.providers = providers
        self.database = database
        self.collection = collection
        self.service_id = service_id
        self.match = match
        self.full_document = full_document
        self.full_document_before_change = full_document_before_change
        self.project = project
        self.skip_catchup_events = skip_catchup_events
        self.tolerate_resume_errors = tolerate_resume_errors
        self.maximum_throughput = maximum_throughput
        self.unordered = unordered
        self.schedule = schedule
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
