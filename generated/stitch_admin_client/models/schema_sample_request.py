from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t

T = TypeVar("T", bound="SchemaSampleRequest")


@_attrs_define
class SchemaSampleRequest:
    """The collection to sample, and how many documents to read.

    Attributes:
        database_name (str):
        collection_name (str):
        limit (int):
    """

    database_name: str
    collection_name: str
    limit: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        database_name = self.database_name

        collection_name = self.collection_name

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "database_name": database_name,
                "collection_name": collection_name,
                "limit": limit,
            }
        )

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
            else dict(_t.expect_mapping(src_dict, "SchemaSampleRequest"))
        )
        pop = d.pop
        database_name = pop("database_name")
        if database_name.__class__ is not str:
            database_name = _t.expect_str(database_name, "database_name")

        collection_name = pop("collection_name")
        if collection_name.__class__ is not str:
            collection_name = _t.expect_str(collection_name, "collection_name")

        limit = pop("limit")
        if limit.__class__ is not int:
            limit = _t.expect_int(limit, "limit")

        self.database_name = database_name
        self.collection_name = collection_name
        self.limit = limit
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
