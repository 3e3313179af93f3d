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
        return cls.__new__(cls)._decode(src_dict)

    def _decode(self: T, src_dict: Mapping[str, Any]) -> T:
        # Fills a new instance, bypassing __init__: every field is decoded into a local first and
        # assigned only once all of them are, so that a failure leaves no field set.
        d = (
            dict(src_dict)
            if src_dict.__class__ is dict
            else dict(_t.expect_mapping(src_dict, "AppCreate"))
        )
        pop = d.pop
        name = pop("name")
        if name.__class__ is not str:
            name = _t.expect_str(name, "name")

        location = pop("location", UNSET)
        if location.__class__ is not str and location is not UNSET:
            location = _t.optional_str(location, "location")

        deployment_model = pop("deployment_model", UNSET)
        if deployment_model.__class__ is not str and deployment_model is not UNSET:
            deployment_model = _t.optional_str(deployment_model, "deployment_model")

        self.name = name
        self.location = location
        self.deployment_model = deployment_model
        self.additional_properties = d
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
