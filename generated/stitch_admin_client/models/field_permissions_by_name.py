from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t

T = TypeVar("T", bound="FieldPermissionsByName")


@_attrs_define
class FieldPermissionsByName:
    """Field name -> who may read and write it."""

    additional_properties: dict[str, FieldPermissions] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

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
            else dict(_t.expect_mapping(src_dict, "FieldPermissionsByName"))
        )
        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = FieldPermissions.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        self.additional_properties = additional_properties
        return self

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> FieldPermissions:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: FieldPermissions) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.field_permissions import FieldPermissions  # noqa: E402
