from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="AdminProfileData")


@_attrs_define
class AdminProfileData:
    """Descriptive data about the administrator.

    Attributes:
        email (str | Unset):
        name (str | Unset):
    """

    email: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(_t.expect_mapping(src_dict, "AdminProfileData"))
        email = d.pop("email", UNSET)
        if email.__class__ is not str:
            email = _t.optional_str(email, "email")

        name = d.pop("name", UNSET)
        if name.__class__ is not str:
            name = _t.optional_str(name, "name")

        admin_profile_data = cls(
            email=email,
            name=name,
        )

        admin_profile_data.additional_properties = d
        return admin_profile_data

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
