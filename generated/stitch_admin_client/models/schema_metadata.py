from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="SchemaMetadata")


@_attrs_define
class SchemaMetadata:
    """The collection a schema describes.

    Attributes:
        data_source (str | Unset):
        database (str | Unset):
        collection (str | Unset):
    """

    data_source: str | Unset = UNSET
    database: str | Unset = UNSET
    collection: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_source = self.data_source

        database = self.database

        collection = self.collection

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data_source is not UNSET:
            field_dict["data_source"] = data_source
        if database is not UNSET:
            field_dict["database"] = database
        if collection is not UNSET:
            field_dict["collection"] = collection

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
            else dict(_t.expect_mapping(src_dict, "SchemaMetadata"))
        )
        pop = d.pop
        data_source = pop("data_source", UNSET)
        if data_source.__class__ is not str and data_source is not UNSET:
            data_source = _t.optional_str(data_source, "data_source")

        database = pop("database", UNSET)
        if database.__class__ is not str and database is not UNSET:
            database = _t.optional_str(database, "database")

        collection = pop("collection", UNSET)
        if collection.__class__ is not str and collection is not UNSET:
            collection = _t.optional_str(collection, "collection")

        self.data_source = data_source
        self.database = database
        self.collection = collection
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
