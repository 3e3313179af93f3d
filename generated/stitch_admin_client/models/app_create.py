from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..models.app_environment import AppEnvironment
from ..models.provider_region import ProviderRegion
from ..types import UNSET, Unset

T = TypeVar("T", bound="AppCreate")


@_attrs_define
class AppCreate:
    """The application to create.

    Attributes:
        name (str): 1 to 32 ASCII letters, digits, underscores and hyphens; unique in the group.
        location (str | Unset):
        deployment_model (str | Unset):
        provider_region (ProviderRegion | Unset): A cloud provider and region an application can be deployed to.
        environment (AppEnvironment | Unset): An application's environment, which selects the environment values it
            sees. An empty
            string means none; the service may name other environments later.
        template_id (str | Unset): Start from this template application.
        data_source (ServiceInput | Unset): A service to create, as the API takes it and as configuration files hold
            data sources
            (with their rules) and the older third-party services (with their webhooks).
    """

    name: str
    location: str | Unset = UNSET
    deployment_model: str | Unset = UNSET
    provider_region: ProviderRegion | Unset = UNSET
    environment: AppEnvironment | Unset = UNSET
    template_id: str | Unset = UNSET
    data_source: ServiceInput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        location = self.location

        deployment_model = self.deployment_model

        provider_region: str | Unset = UNSET
        if not isinstance(self.provider_region, Unset):
            provider_region = self.provider_region.value

        environment: str | Unset = UNSET
        if not isinstance(self.environment, Unset):
            environment = self.environment.value

        template_id = self.template_id

        data_source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data_source, Unset):
            data_source = self.data_source.to_dict()

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
        if provider_region is not UNSET:
            field_dict["provider_region"] = provider_region
        if environment is not UNSET:
            field_dict["environment"] = environment
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if data_source is not UNSET:
            field_dict["data_source"] = data_source

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

        _environment = pop("environment", UNSET)
        environment: AppEnvironment | Unset
        if _environment.__class__ is str:
            environment = AppEnvironment._by_value.get(_environment) or AppEnvironment._from_json(
                _environment, "environment"
            )
        elif _environment is UNSET or _environment is None:
            environment = UNSET
        else:
            environment = AppEnvironment._from_json(_environment, "environment")

        template_id = pop("template_id", UNSET)
        if template_id.__class__ is not str and template_id is not UNSET:
            template_id = _t.optional_str(template_id, "template_id")

        _data_source = pop("data_source", UNSET)
        data_source: ServiceInput | Unset
        if _data_source is UNSET or _data_source is None:
            data_source = UNSET
        else:
            data_source = ServiceInput.from_dict(_data_source)

        self.name = name
        self.location = location
        self.deployment_model = deployment_model
        self.provider_region = provider_region
        self.environment = environment
        self.template_id = template_id
        self.data_source = data_source
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


from ..models.service_input import ServiceInput  # noqa: E402
