from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="HostingAssetMoveCopy")


@_attrs_define
class HostingAssetMoveCopy:
    """Move (`move_from`, `move_to`) or copy (`copy_from`, `copy_to`) a file.

    Attributes:
        move_from (str | Unset):
        move_to (str | Unset):
        copy_from (str | Unset):
        copy_to (str | Unset):
    """

    move_from: str | Unset = UNSET
    move_to: str | Unset = UNSET
    copy_from: str | Unset = UNSET
    copy_to: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        move_from = self.move_from

        move_to = self.move_to

        copy_from = self.copy_from

        copy_to = self.copy_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if move_from is not UNSET:
            field_dict["move_from"] = move_from
        if move_to is not UNSET:
            field_dict["move_to"] = move_to
        if copy_from is not UNSET:
            field_dict["copy_from"] = copy_from
        if copy_to is not UNSET:
            field_dict["copy_to"] = copy_to

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
            else dict(_t.expect_mapping(src_dict, "HostingAssetMoveCopy"))
        )
        pop = d.pop
        move_from = pop("move_from", UNSET)
        if move_from.__class__ is not str and move_from is not UNSET:
            move_from = _t.optional_str(move_from, "move_from")

        move_to = pop("move_to", UNSET)
        if move_to.__class__ is not str and move_to is not UNSET:
            move_to = _t.optional_str(move_to, "move_to")

        copy_from = pop("copy_from", UNSET)
        if copy_from.__class__ is not str and copy_from is not UNSET:
            copy_from = _t.optional_str(copy_from, "copy_from")

        copy_to = pop("copy_to", UNSET)
        if copy_to.__class__ is not str and copy_to is not UNSET:
            copy_to = _t.optional_str(copy_to, "copy_to")

        self.move_from = move_from
        self.move_to = move_to
        self.copy_from = copy_from
        self.copy_to = copy_to
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
