from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="Relationship")


@_attrs_define
class Relationship:
    """A field that refers to documents of another collection.

    Attributes:
        ref (str | Unset): The other collection, as `#/relationship/<data source>/<database>/<collection>`.
        foreign_key (str | Unset):
        is_list (bool | Unset):
    """

    ref: str | Unset = UNSET
    foreign_key: str | Unset = UNSET
    is_list: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ref = self.ref

        foreign_key = self.foreign_key

        is_list = self.is_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ref is not UNSET:
            field_dict["ref"] = ref
        if foreign_key is not UNSET:
            field_dict["foreign_key"] = foreign_key
        if is_list is not UNSET:
            field_dict["is_list"] = is_list

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
            else dict(_t.expect_mapping(src_dict, "Relationship"))
        )
        pop = d.pop
        ref = pop("ref", UNSET)
        if ref.__class__ is not str and ref is not UNSET:
            ref = _t.optional_str(ref, "ref")

        foreign_key = pop("foreign_key", UNSET)
        if foreign_key.__class__ is not str and foreign_key is not UNSET:
            foreign_key = _t.optional_str(foreign_key, "foreign_key")

        is_list = pop("is_list", UNSET)
        if is_list.__class__ is not bool and is_list is not UNSET:
            is_list = _t.optional_bool(is_list, "is_list")

        self.ref = ref
        self.foreign_key = foreign_key
        self.is_list = is_list
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
