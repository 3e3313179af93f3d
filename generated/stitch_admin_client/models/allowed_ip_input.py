from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="AllowedIpInput")


@_attrs_define
class AllowedIpInput:
    """An entry of the IP access list to create, or its new state.

    Attributes:
        address (str):
        comment (str | Unset):
        use_current (bool | Unset): Use the caller's own address.
    """

    address: str
    comment: str | Unset = UNSET
    use_current: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        comment = self.comment

        use_current = self.use_current

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment
        if use_current is not UNSET:
            field_dict["use_current"] = use_current

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
            else dict(_t.expect_mapping(src_dict, "AllowedIpInput"))
        )
        pop = d.pop
        address = pop("address")
        if address.__class__ is not str:
            address = _t.expect_str(address, "address")

        comment = pop("comment", UNSET)
        if comment.__class__ is not str and comment is not UNSET:
            comment = _t.optional_str(comment, "comment")

        use_current = pop("use_current", UNSET)
        if use_current.__class__ is not bool and use_current is not UNSET:
            use_current = _t.optional_bool(use_current, "use_current")

        self.address = address
        self.comment = comment
        self.use_current = use_current
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
