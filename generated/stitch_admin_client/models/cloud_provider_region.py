from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..models.deployment_model import DeploymentModel
from ..models.provider_region import ProviderRegion
from ..types import UNSET, Unset

T = TypeVar("T", bound="CloudProviderRegion")


@_attrs_define
class CloudProviderRegion:
    """A region applications can be deployed to, and the deployment models it offers.

    Attributes:
        id (ProviderRegion | Unset): A cloud provider and region an application can be deployed to.
        name (str | Unset):
        cloud_provider (str | Unset): `aws`, `azure` or `gcp`.
        country (str | Unset):
        deployment_models (list[DeploymentModel] | Unset):
    """

    id: ProviderRegion | Unset = UNSET
    name: str | Unset = UNSET
    cloud_provider: str | Unset = UNSET
    country: str | Unset = UNSET
    deployment_models: list[DeploymentModel] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = self.id.value

        name = self.name

        cloud_provider = self.cloud_provider

        country = self.country

        deployment_models: list[str] | Unset = UNSET
        if not isinstance(self.deployment_models, Unset):
            deployment_models = []
            for deployment_models_item_data in self.deployment_models:
                deployment_models_item = deployment_models_item_data.value
                deployment_models.append(deployment_models_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if cloud_provider is not UNSET:
            field_dict["cloud_provider"] = cloud_provider
        if country is not UNSET:
            field_dict["country"] = country
        if deployment_models is not UNSET:
            field_dict["deployment_models"] = deployment_models

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
            else dict(_t.expect_mapping(src_dict, "CloudProviderRegion"))
        )
        pop = d.pop
        _id = pop("id", UNSET)
        id: ProviderRegion | Unset
        if _id.__class__ is str:
            id = ProviderRegion._by_value.get(_id) or ProviderRegion._from_json(_id, "id")
        elif _id is UNSET or _id is None:
            id = UNSET
        else:
            id = ProviderRegion._from_json(_id, "id")

        name = pop("name", UNSET)
        if name.__class__ is not str and name is not UNSET:
            name = _t.optional_str(name, "name")

        cloud_provider = pop("cloud_provider", UNSET)
        if cloud_provider.__class__ is not str and cloud_provider is not UNSET:
            cloud_provider = _t.optional_str(cloud_provider, "cloud_provider")

        country = pop("country", UNSET)
        if country.__class__ is not str and country is not UNSET:
            country = _t.optional_str(country, "country")

        _deployment_models = pop("deployment_models", UNSET)
        if _deployment_models.__class__ is not list:
            _deployment_models = _t.optional_list(_deployment_models, "deployment_models")
        deployment_models: list[DeploymentModel] | Unset = UNSET
        if not isinstance(_deployment_models, Unset):
            deployment_models = []
            for deployment_models_item_data in _deployment_models:
                _deployment_models_item = deployment_models_item_data
                deployment_models_item: DeploymentModel
                if _deployment_models_item.__class__ is str:
                    deployment_models_item = DeploymentModel._by_value.get(
                        _deployment_models_item
                    ) or DeploymentModel._from_json(
                        _deployment_models_item, "deployment_models_item"
                    )
                else:
                    deployment_models_item = DeploymentModel._from_json(
                        _deployment_models_item, "deployment_models_item"
                    )

                deployment_models.append(deployment_models_item)

        self.id = id
        self.name = name
        self.cloud_provider = cloud_provider
        self.country = country
        self.deployment_models = deployment_models
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
