from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthProviderMetadataField")


@_attrs_define
class AuthProviderMetadataField:
    """A field of the identity provider's user data to copy into the user's data.

    Attributes:
        required (bool | Unset):
        name (str | Unset):
        field_name (str | Unset): The name to store the field under, when it differs.
    """

    required: bool | Unset = UNSET
    name: str | Unset = UNSET
    field_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        required = self.required

        name = self.name

        field_name = self.field_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if required is not UNSET:
            field_dict["required"] = required
        if name is not UNSET:
            field_dict["name"] = name
        if field_name is not UNSET:
            field_dict["field_name"] = field_name

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
            else dict(_t.expect_mapping(src_dict, "AuthProviderMetadataField"))
        )
        pop = d.pop
        required = pop("required", UNSET)
        if required.__class__ is not bool and required is not UNSET:
            required = _t.optional_bool(required, "required")

        name = pop("name", UNSET)
        if name.__class__ is not str and name is not UNSET:
            name = _t.optional_str(name, "name")

        field_name = pop("field_name", UNSET)
        if field_name.__class__ is not str and field_name is not UNSET:
            field_name = _t.optional_str(field_name, "field_name")

        self.required = required
        self.name = name
        self.field_name = field_name
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
