from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..models.private_endpoint_type import PrivateEndpointType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PrivateEndpointService")


@_attrs_define
class PrivateEndpointService:
    """The endpoint service to connect a private endpoint to, per region.

    Attributes:
        cloud_provider_region (str | Unset):
        service_name (str | Unset):
        endpoint_type (PrivateEndpointType | Unset): What a private endpoint serves: Device Sync, everything else, or
            both (`legacy`).
    """

    cloud_provider_region: str | Unset = UNSET
    service_name: str | Unset = UNSET
    endpoint_type: PrivateEndpointType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cloud_provider_region = self.cloud_provider_region

        service_name = self.service_name

        endpoint_type: str | Unset = UNSET
        if not isinstance(self.endpoint_type, Unset):
            endpoint_type = self.endpoint_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cloud_provider_region is not UNSET:
            field_dict["cloud_provider_region"] = cloud_provider_region
        if service_name is not UNSET:
            field_dict["service_name"] = service_name
        if endpoint_type is not UNSET:
            field_dict["endpoint_type"] = endpoint_type

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
            else dict(_t.expect_mapping(src_dict, "PrivateEndpointService"))
        )
        pop = d.pop
        cloud_provider_region = pop("cloud_provider_region", UNSET)
        if cloud_provider_region.__class__ is not str and cloud_provider_region is not UNSET:
            cloud_provider_region = _t.optional_str(cloud_provider_region, "cloud_provider_region")

        service_name = pop("service_name", UNSET)
        if service_name.__class__ is not str and service_name is not UNSET:
            service_name = _t.optional_str(service_name, "service_name")

        _endpoint_type = pop("endpoint_type", UNSET)
        endpoint_type: PrivateEndpointType | Unset
        if _endpoint_type.__class__ is str:
            endpoint_type = PrivateEndpointType._by_value.get(
                _endpoint_type
            ) or PrivateEndpointType._from_json(_endpoint_type, "endpoint_type")
        elif _endpoint_type is UNSET or _endpoint_type is None:
            endpoint_type = UNSET
        else:
            endpoint_type = PrivateEndpointType._from_json(_endpoint_type, "endpoint_type")

        self.cloud_provider_region = cloud_provider_region
        self.service_name = service_name
        self.endpoint_type = endpoint_type
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
