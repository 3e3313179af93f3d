from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..models.app_environment import AppEnvironment
from ..models.app_product import AppProduct
from ..models.provider_region import ProviderRegion
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
        provider_region (ProviderRegion | Unset): A cloud provider and region an application can be deployed to.
        environment (AppEnvironment | Unset): An application's environment, which selects the environment values it
            sees. An empty
            string means none; the service may name other environments later.
        product (AppProduct | Unset): Which product an application belongs to.
        last_used (int | Unset): When the application last served a request, in seconds since the Unix epoch.
        last_modified (int | Unset): When its configuration last changed, in seconds since the Unix epoch.
    """

    id: str
    client_app_id: str | Unset = UNSET
    name: str | Unset = UNSET
    location: str | Unset = UNSET
    deployment_model: str | Unset = UNSET
    domain_id: str | Unset = UNSET
    group_id: str | Unset = UNSET
    provider_region: ProviderRegion | Unset = UNSET
    environment: AppEnvironment | Unset = UNSET
    product: AppProduct | Unset = UNSET
    last_used: int | Unset = UNSET
    last_modified: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        client_app_id = self.client_app_id

        name = self.name

        location = self.location

        deployment_model = self.deployment_model

        domain_id = self.domain_id

        group_id = self.group_id

        provider_region: str | Unset = UNSET
        if not isinstance(self.provider_region, Unset):
            provider_region = self.provider_region.value

        environment: str | Unset = UNSET
        if not isinstance(self.environment, Unset):
            environment = self.environment.value

        product: str | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.value

        last_used = self.last_used

        last_modified = self.last_modified

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
        if provider_region is not UNSET:
            field_dict["provider_region"] = provider_region
        if environment is not UNSET:
            field_dict["environment"] = environment
        if product is not UNSET:
            field_dict["product"] = product
        if last_used is not UNSET:
            field_dict["last_used"] = last_used
        if last_modified is not UNSET:
            field_dict["last_modified"] = last_modified

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

        _product = pop("product", UNSET)
        product: AppProduct | Unset
        if _product.__class__ is str:
            product = AppProduct._by_value.get(_product) or AppProduct._from_json(
                _product, "product"
            )
        elif _product is UNSET or _product is None:
            product = UNSET
        else:
            product = AppProduct._from_json(_product, "product")

        last_used = pop("last_used", UNSET)
        if last_used.__class__ is not int and last_used is not UNSET:
            last_used = _t.optional_int(last_used, "last_used")

        last_modified = pop("last_modified", UNSET)
        if last_modified.__class__ is not int and last_modified is not UNSET:
            last_modified = _t.optional_int(last_modified, "last_modified")

        self.id = id
        self.client_app_id = client_app_id
        self.name = name
        self.location = location
        self.deployment_model = deployment_model
        self.domain_id = domain_id
        self.group_id = group_id
        self.provider_region = provider_region
        self.environment = environment
        self.product = product
        self.last_used = last_used
        self.last_modified = last_modified
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
