from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="FlexibleSync")


@_attrs_define
class FlexibleSync:
    """The Flexible Device Sync settings of a data source.

    Attributes:
        state (str | Unset): `enabled`, `disabled`, or a state in between.
        database_name (str | Unset):
        queryable_fields_names (list[str] | Unset):
        indexed_queryable_fields_names (list[str] | Unset):
        collection_queryable_fields_names (JsonObject | Unset): A JSON object whose fields depend on context
            (configuration, expressions, ...).
        permissions (Any | Unset): Permissions of the older kind; rules replace them.
        last_disabled (str | Unset):
        client_max_offline_days (int | Unset):
        is_recovery_mode_disabled (bool | Unset):
        asymmetric_tables (list[str] | Unset):
    """

    state: str | Unset = UNSET
    database_name: str | Unset = UNSET
    queryable_fields_names: list[str] | Unset = UNSET
    indexed_queryable_fields_names: list[str] | Unset = UNSET
    collection_queryable_fields_names: JsonObject | Unset = UNSET
    permissions: Any | Unset = UNSET
    last_disabled: str | Unset = UNSET
    client_max_offline_days: int | Unset = UNSET
    is_recovery_mode_disabled: bool | Unset = UNSET
    asymmetric_tables: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state = self.state

        database_name = self.database_name

        queryable_fields_names: list[str] | Unset = UNSET
        if not isinstance(self.queryable_fields_names, Unset):
            queryable_fields_names = self.queryable_fields_names

        indexed_queryable_fields_names: list[str] | Unset = UNSET
        if not isinstance(self.indexed_queryable_fields_names, Unset):
            indexed_queryable_fields_names = self.indexed_queryable_fields_names

        collection_queryable_fields_names: dict[str, Any] | Unset = UNSET
        if not isinstance(self.collection_queryable_fields_names, Unset):
            collection_queryable_fields_names = self.collection_queryable_fields_names.to_dict()

        permissions = self.permissions

        last_disabled = self.last_disabled

        client_max_offline_days = self.client_max_offline_days

        is_recovery_mode_disabled = self.is_recovery_mode_disabled

        asymmetric_tables: list[str] | Unset = UNSET
        if not isinstance(self.asymmetric_tables, Unset):
            asymmetric_tables = self.asymmetric_tables

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if state is not UNSET:
            field_dict["state"] = state
        if database_name is not UNSET:
            field_dict["database_name"] = database_name
        if queryable_fields_names is not UNSET:
            field_dict["queryable_fields_names"] = queryable_fields_names
        if indexed_queryable_fields_names is not UNSET:
            field_dict["indexed_queryable_fields_names"] = indexed_queryable_fields_names
        if collection_queryable_fields_names is not UNSET:
            field_dict["collection_queryable_fields_names"] = collection_queryable_fields_names
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if last_disabled is not UNSET:
            field_dict["last_disabled"] = last_disabled
        if client_max_offline_days is not UNSET:
            field_dict["client_max_offline_days"] = client_max_offline_days
        if is_recovery_mode_disabled is not UNSET:
            field_dict["is_recovery_mode_disabled"] = is_recovery_mode_disabled
        if asymmetric_tables is not UNSET:
            field_dict["asymmetric_tables"] = asymmetric_tables

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
            else dict(_t.expect_mapping(src_dict, "FlexibleSync"))
        )
        pop = d.pop
        state = pop("state", UNSET)
        if state.__class__ is not str and state is not UNSET:
            state = _t.optional_str(state, "state")

        database_name = pop("database_name", UNSET)
        if database_name.__class__ is not str and database_name is not UNSET:
            database_name = _t.optional_str(database_name, "database_name")

        _queryable_fields_names = pop("queryable_fields_names", UNSET)
        if _queryable_fields_names.__class__ is not list:
            _queryable_fields_names = _t.optional_list(
                _queryable_fields_names, "queryable_fields_names"
            )
        queryable_fields_names: list[str] | Unset = UNSET
        if not isinstance(_queryable_fields_names, Unset):
            queryable_fields_names = []
            for queryable_fields_names_item_data in _queryable_fields_names:
                queryable_fields_names_item = queryable_fields_names_item_data
                if queryable_fields_names_item.__class__ is not str:
                    queryable_fields_names_item = _t.expect_str(
                        queryable_fields_names_item, "queryable_fields_names_item"
                    )

                queryable_fields_names.append(queryable_fields_names_item)

        _indexed_queryable_fields_names = pop("indexed_queryable_fields_names", UNSET)
        if _indexed_queryable_fields_names.__class__ is not list:
            _indexed_queryable_fields_names = _t.optional_list(
                _indexed_queryable_fields_names, "indexed_queryable_fields_names"
            )
        indexed_queryable_fields_names: list[str] | Unset = UNSET
        if not isinstance(_indexed_queryable_fields_names, Unset):
            indexed_queryable_fields_names = []
            for indexed_queryable_fields_names_item_data in _indexed_queryable_fields_names:
                indexed_queryable_fields_names_item = indexed_queryable_fields_names_item_data
                if indexed_queryable_fields_names_item.__class__ is not str:
                    indexed_queryable_fields_names_item = _t.expect_str(
                        indexed_queryable_fields_names_item, "indexed_queryable_fields_names_item"
                    )

                indexed_queryable_fields_names.append(indexed_queryable_fields_names_item)

        _collection_queryable_fields_names = pop("collection_queryable_fields_names", UNSET)
        collection_queryable_fields_names: JsonObject | Unset
        if (
            _collection_queryable_fields_names is UNSET
            or _collection_queryable_fields_names is None
        ):
            collection_queryable_fields_names = UNSET
        else:
            collection_queryable_fields_names = JsonObject.from_dict(
                _collection_queryable_fields_names
            )

        permissions = pop("permissions", UNSET)

        last_disabled = pop("last_disabled", UNSET)
        if last_disabled.__class__ is not str and last_disabled is not UNSET:
            last_disabled = _t.optional_str(last_disabled, "last_disabled")

        client_max_offline_days = pop("client_max_offline_days", UNSET)
        if client_max_offline_days.__class__ is not int and client_max_offline_days is not UNSET:
            client_max_offline_days = _t.optional_int(
                client_max_offline_days, "client_max_offline_days"
            )

        is_recovery_mode_disabled = pop("is_recovery_mode_disabled", UNSET)
        if (
            is_recovery_mode_disabled.__class__ is not bool
            and is_recovery_mode_disabled is not UNSET
        ):
            is_recovery_mode_disabled = _t.optional_bool(
                is_recovery_mode_disabled, "is_recovery_mode_disabled"
            )

        _asymmetric_tables = pop("asymmetric_tables", UNSET)
        if _asymmetric_tables.__class__ is not list:
            _asymmetric_tables = _t.optional_list(_asymmetric_tables, "asymmetric_tables")
        asymmetric_tables: list[str] | Unset = UNSET
        if not isinstance(_asymmetric_tables, Unset):
            asymmetric_tables = []
            for asymmetric_tables_item_data in _asymmetric_tables:
                asymmetric_tables_item = asymmetric_tables_item_data
                if asymmetric_tables_item.__class__ is not str:
                    asymmetric_tables_item = _t.expect_str(
                        asymmetric_tables_item, "asymmetric_tables_item"
                    )

                asymmetric_tables.append(asymmetric_tables_item)

        self.state = state
        self.database_name = database_name
        self.queryable_fields_names = queryable_fields_names
        self.indexed_queryable_fields_names = indexed_queryable_fields_names
        self.collection_queryable_fields_names = collection_queryable_fields_names
        self.permissions = permissions
        self.last_disabled = last_disabled
        self.client_max_offline_days = client_max_offline_days
        self.is_recovery_mode_disabled = is_recovery_mode_disabled
        self.asymmetric_tables = asymmetric_tables
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
