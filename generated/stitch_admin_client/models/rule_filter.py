from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="RuleFilter")


@_attrs_define
class RuleFilter:
    """A filter added to every query that its `apply_when` matches.

    Attributes:
        id (str | Unset):
        name (str | Unset):
        apply_when (Any | Unset): When the filter applies (a boolean or an expression object).
        query (JsonObject | Unset): A JSON object whose fields depend on context (configuration, expressions, ...).
        projection (JsonObject | Unset): A JSON object whose fields depend on context (configuration, expressions, ...).
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    apply_when: Any | Unset = UNSET
    query: JsonObject | Unset = UNSET
    projection: JsonObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        apply_when = self.apply_when

        query: dict[str, Any] | Unset = UNSET
        if not isinstance(self.query, Unset):
            query = self.query.to_dict()

        projection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.projection, Unset):
            projection = self.projection.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["_id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if apply_when is not UNSET:
            field_dict["apply_when"] = apply_when
        if query is not UNSET:
            field_dict["query"] = query
        if projection is not UNSET:
            field_dict["projection"] = projection

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
            else dict(_t.expect_mapping(src_dict, "RuleFilter"))
        )
        pop = d.pop
        id = pop("_id", UNSET)
        if id.__class__ is not str and id is not UNSET:
            id = _t.optional_str(id, "_id")

        name = pop("name", UNSET)
        if name.__class__ is not str and name is not UNSET:
            name = _t.optional_str(name, "name")

        apply_when = pop("apply_when", UNSET)

        _query = pop("query", UNSET)
        query: JsonObject | Unset
        if _query is UNSET or _query is None:
            query = UNSET
        else:
            query = JsonObject.from_dict(_query)

        _projection = pop("projection", UNSET)
        projection: JsonObject | Unset
        if _projection is UNSET or _projection is None:
            projection = UNSET
        else:
            projection = JsonObject.from_dict(_projection)

        self.id = id
        self.name = name
        self.apply_when = apply_when
        self.query = query
        self.projection = projection
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
