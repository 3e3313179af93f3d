from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="AppCreate")


@_attrs_define
class AppCreate:
    """The application to create.

    Attributes:
        name (str): 1 to 32 ASCII letters, digits, underscores and hyphens; unique in the group.
        location (str | Unset):
        deployment_model (str | Unset):
    """

    name: str
    location: str | Unset = UNSET
    deployment_model: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        location = self.location

        deployment_model = self.deployment_model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if location is not UNSET:
            field_dict["location"] = location
        if deployment_model is not UNSET:
            field_dict["deployment_model"] = deployment_model

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(_t.expect_mapping(src_dict, "AppCreate"))
        name = d.pop("name")
        if name.__class__ is not str:
            name = _t.expect_str(name, "name")

        location = d.pop("location", UNSET)
        if location.__class__ is not str:
            location = _t.optional_str(location, "location")

        deployment_model = d.pop("deployment_model", UNSET)
        if deployment_model.__class__ is not str:
            deployment_model = _t.optional_str(deployment_model, "deployment_model")

        app_create = cls(
            name=name,
            location=location,
            deployment_model=deployment_model,
        )

        app_create.additional_properties = d
        return app_create

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
