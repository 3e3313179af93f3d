from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..models.deployment_model import DeploymentModel
from ..models.provider_region import ProviderRegion
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeploymentSettings")


@_attrs_define
class DeploymentSettings:
    """Where an application is deployed.

    Attributes:
        deployment_model (DeploymentModel | Unset): `GLOBAL` (served from every region) or `LOCAL` (served from one
            region).
        provider_region (ProviderRegion | Unset): A cloud provider and region an application can be deployed to.
    """

    deployment_model: DeploymentModel | Unset = UNSET
    provider_region: ProviderRegion | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deployment_model: str | Unset = UNSET
        if not isinstance(self.deployment_model, Unset):
            deployment_model = self.deployment_model.value

        provider_region: str | Unset = UNSET
        if not isinstance(self.provider_region, Unset):
            provider_region = self.provider_region.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if deployment_model is not UNSET:
            field_dict["deployment_model"] = deployment_model
        if provider_region is not UNSET:
            field_dict["provider_region"] = provider_region

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
            else dict(_t.expect_mapping(src_dict, "DeploymentSettings"))
        )
        pop = d.pop
        _deployment_model = pop("deployment_model", UNSET)
        deployment_model: DeploymentModel | Unset
        if _deployment_model.__class__ is str:
            deployment_model = DeploymentModel._by_value.get(
                _deployment_model
            ) or DeploymentModel._from_json(_deployment_model, "deployment_model")
        elif _deployment_model is UNSET or _deployment_model is None:
            deployment_model = UNSET
        else:
            deployment_model = DeploymentModel._from_json(_deployment_model, "deployment_model")

        _provider_region = pop("provider_region", UNSET)
        provider_region: ProviderRegion | Unset
        if _provider_region.__class__ is str:
            provider_region = ProviderRegion._by_value.get(
                _provider_region
            ) or ProviderRegion._from_json(_provider_region, "provider_region")
        elif _provider_region is UNSET or _provider_region is None:
            provider_region = UNSET
        else:
            provider_region = ProviderRegion._from_json(_provider_region, "provider_region")

        self.deployment_model = deployment_model
        self.provider_region = provider_region
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
