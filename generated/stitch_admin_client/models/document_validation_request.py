from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="DocumentValidationRequest")


@_attrs_define
class DocumentValidationRequest:
    """The documents to check against a schema.

    Attributes:
        database_name (str):
        collection_name (str):
        from_schema (JsonObject): A JSON object whose fields depend on context (configuration, expressions, ...).
        query (JsonObject | Unset): A JSON object whose fields depend on context (configuration, expressions, ...).
        limit (int | Unset): How many documents to check at most (10,000 unless given).
        sort (JsonObject | Unset): A JSON object whose fields depend on context (configuration, expressions, ...).
    """

    database_name: str
    collection_name: str
    from_schema: JsonObject
    query: JsonObject | Unset = UNSET
    limit: int | Unset = UNSET
    sort: JsonObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        database_name = self.database_name

        collection_name = self.collection_name

        from_schema = self.from_schema.to_dict()

        query: dict[str, Any] | Unset = UNSET
        if not isinstance(self.query, Unset):
            query = self.query.to_dict()

        limit = self.limit

        sort: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sort, Unset):
            sort = self.sort.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "database_name": database_name,
                "collection_name": collection_name,
                "from_schema": from_schema,
            }
        )
        if query is not UNSET:
            field_dict["query"] = query
        if limit is not UNSET:
            field_dict["limit"] = limit
        if sort is not UNSET:
            field_dict["sort"] = sort

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
            else dict(_t.expect_mapping(src_dict, "DocumentValidationRequest"))
        )
        pop = d.pop
        database_name = pop("database_name")
        if database_name.__class__ is not str:
            database_name = _t.expect_str(database_name, "database_name")

        collection_name = pop("collection_name")
        if collection_name.__class__ is not str:
            collection_name = _t.expect_str(collection_name, "collection_name")

        from_schema = JsonObject.from_dict(pop("from_schema"))

        _query = pop("query", UNSET)
        query: JsonObject | Unset
        if _query is UNSET or _query is None:
            query = UNSET
        else:
            query = JsonObject.from_dict(_query)

        limit = pop("limit", UNSET)
        if limit.__class__ is not int and limit is not UNSET:
            limit = _t.optional_int(limit, "limit")

        _sort = pop("sort", UNSET)
        sort: JsonObject | Unset
        if _sort is UNSET or _sort is None:
            sort = UNSET
        else:
            sort = JsonObject.from_dict(_sort)

        self.database_name = database_name
        self.collection_name = collection_name
        self.from_schema = from_schema
        self.query = query
        self.limit = limit
        self.sort = sort
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
