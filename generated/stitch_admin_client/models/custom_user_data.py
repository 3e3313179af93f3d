from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomUserData")


@_attrs_define
class CustomUserData:
    """Where the application keeps extra data about its users. The service answers with ids
    (`mongo_service_id`, `on_user_creation_function_id`); configuration files name the
    data source and function instead (`*_name`).

        Attributes:
            enabled (bool | Unset):
            database_name (str | Unset):
            collection_name (str | Unset):
            user_id_field (str | Unset): The field of a document that holds the user's id.
            mongo_service_id (str | Unset):
            mongo_service_name (str | Unset):
            on_user_creation_function_id (str | Unset):
            on_user_creation_function_name (str | Unset):
    """

    enabled: bool | Unset = UNSET
    database_name: str | Unset = UNSET
    collection_name: str | Unset = UNSET
    user_id_field: str | Unset = UNSET
    mongo_service_id: str | Unset = UNSET
    mongo_service_name: str | Unset = UNSET
    on_user_creation_function_id: str | Unset = UNSET
    on_user_creation_function_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        database_name = self.database_name

        collection_name = self.collection_name

        user_id_field = self.user_id_field

        mongo_service_id = self.mongo_service_id

        mongo_service_name = self.mongo_service_name

        on_user_creation_function_id = self.on_user_creation_function_id

        on_user_creation_function_name = self.on_user_creation_function_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if database_name is not UNSET:
            field_dict["database_name"] = database_name
        if collection_name is not UNSET:
            field_dict["collection_name"] = collection_name
        if user_id_field is not UNSET:
            field_dict["user_id_field"] = user_id_field
        if mongo_service_id is not UNSET:
            field_dict["mongo_service_id"] = mongo_service_id
        if mongo_service_name is not UNSET:
            field_dict["mongo_service_name"] = mongo_service_name
        if on_user_creation_function_id is not UNSET:
            field_dict["on_user_creation_function_id"] = on_user_creation_function_id
        if on_user_creation_function_name is not UNSET:
            field_dict["on_user_creation_function_name"] = on_user_creation_function_name

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
            else dict(_t.expect_mapping(src_dict, "CustomUserData"))
        )
        pop = d.pop
        enabled = pop("enabled", UNSET)
        if enabled.__class__ is not bool and enabled is not UNSET:
            enabled = _t.optional_bool(enabled, "enabled")

        database_name = pop("database_name", UNSET)
        if database_name.__class__ is not str and database_name is not UNSET:
            database_name = _t.optional_str(database_name, "database_name")

        collection_name = pop("collection_name", UNSET)
        if collection_name.__class__ is not str and collection_name is not UNSET:
            collection_name = _t.optional_str(collection_name, "collection_name")

        user_id_field = pop("user_id_field", UNSET)
        if user_id_field.__class__ is not str and user_id_field is not UNSET:
            user_id_field = _t.optional_str(user_id_field, "user_id_field")

        mongo_service_id = pop("mongo_service_id", UNSET)
        if mongo_service_id.__class__ is not str and mongo_service_id is not UNSET:
            mongo_service_id = _t.optional_str(mongo_service_id, "mongo_service_id")

        mongo_service_name = pop("mongo_service_name", UNSET)
        if mongo_service_name.__class__ is not str and mongo_service_name is not UNSET:
            mongo_service_name = _t.optional_str(mongo_service_name, "mongo_service_name")

        on_user_creation_function_id = pop("on_user_creation_function_id", UNSET)
        if (
            on_user_creation_function_id.__class__ is not str
            and on_user_creation_function_id is not UNSET
        ):
            on_user_creation_function_id = _t.optional_str(
                on_user_creation_function_id, "on_user_creation_function_id"
            )

        on_user_creation_function_name = pop("on_user_creation_function_name", UNSET)
        if (
            on_user_creation_function_name.__class__ is not str
            and on_user_creation_function_name is not UNSET
        ):
            on_user_creation_function_name = _t.optional_str(
                on_user_creation_function_name, "on_user_creation_function_name"
            )

        self.enabled = enabled
        self.database_name = database_name
        self.collection_name = collection_name
        self.user_id_field = user_id_field
        self.mongo_service_id = mongo_service_id
        self.mongo_service_name = mongo_service_name
        self.on_user_creation_function_id = on_user_creation_function_id
        self.on_user_creation_function_name = on_user_creation_function_name
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
