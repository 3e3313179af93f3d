from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="App")


@_attrs_define
class App:
    """An application.

    Attributes:
        id (str): The internal id, used in every path.
        client_app_id (str | Unset): The public App ID that client SDKs use.
        name (str | Unset):
        location (str | Unset): The deployment region, such as `US-VA`.
        deployment_model (str | Unset): `GLOBAL` or `LOCAL`.
        domain_id (str | Unset):
        group_id (str | Unset): The Atlas project (group) id.
    """

    id: str
    client_app_id: str | Unset = UNSET
    name: str | Unset = UNSET
    location: str | Unset = UNSET
    deployment_model: str | Unset = UNSET
    domain_id: str | Unset = UNSET
    group_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        client_app_id = self.client_app_id

        name = self.name

        location = self.location

        deployment_model = self.deployment_model

        domain_id = self.domain_id

        group_id = self.group_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
            }
        )
        if client_app_id is not UNSET:
            field_dict["client_app_id"] = client_app_id
        if name is not UNSET:
            field_dict["name"] = name
        if location is not UNSET:
            field_dict["location"] = location
        if deployment_model is not UNSET:
            field_dict["deployment_model"] = deployment_model
        if domain_id is not UNSET:
            field_dict["domain_id"] = domain_id
        if group_id is not UNSET:
            field_dict["group_id"] = group_id

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
            else dict(_t.expect_mapping(src_dict, "App"))
        )
        pop = d.pop
        id = pop("_id")
        if id.__class__ is not str:
            id = _t.expect_str(id, "_id")

        client_app_id = pop("client_app_id", UNSET)
        if client_app_id.__class__ is not str and client_app_id is not UNSET:
            client_app_id = _t.optional_str(client_app_id, "client_app_id")

        name = pop("name", UNSET)
        if name.__class__ is not str and name is not UNSET:
            name = _t.optional_str(name, "name")

        location = pop("location", UNSET)
        if location.__class__ is not str and location is not UNSET:
            location = _t.optional_str(location, "location")

        deployment_model = pop("deployment_model", UNSET)
        if deployment_model.__class__ is not str and deployment_model is not UNSET:
            deployment_model = _t.optional_str(deployment_model, "deployment_model")

        domain_id = pop("domain_id", UNSET)
        if domain_id.__class__ is not str and domain_id is not UNSET:
            domain_id = _t.optional_str(domain_id, "domain_id")

        group_id = pop("group_id", UNSET)
        if group_id.__class__ is not str and group_id is not UNSET:
            group_id = _t.optional_str(group_id, "group_id")

        self.id = id
        self.client_app_id = client_app_id
        self.name = name
        self.location = location
        self.deployment_model = deployment_model
        self.domain_id = domain_id
        self.group_id = group_id
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
