from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..models.private_endpoint_type import PrivateEndpointType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PrivateEndpointInput")


@_attrs_define
class PrivateEndpointInput:
    """A private endpoint to create, or its new state.

    Attributes:
        cloud_provider_region (str):
        cloud_provider_endpoint_id (str): The AWS interface endpoint's id, such as `vpce-0123456789abcdef0`.
        endpoint_type (PrivateEndpointType): What a private endpoint serves: Device Sync, everything else, or both
            (`legacy`).
        comment (str | Unset):
    """

    cloud_provider_region: str
    cloud_provider_endpoint_id: str
    endpoint_type: PrivateEndpointType
    comment: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cloud_provider_region = self.cloud_provider_region

        cloud_provider_endpoint_id = self.cloud_provider_endpoint_id

        endpoint_type = self.endpoint_type.value

        comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cloud_provider_region": cloud_provider_region,
                "cloud_provider_endpoint_id": cloud_provider_endpoint_id,
                "endpoint_type": endpoint_type,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment

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
            else dict(_t.expect_mapping(src_dict, "PrivateEndpointInput"))
        )
        pop = d.pop
        cloud_provider_region = pop("cloud_provider_region")
        if cloud_provider_region.__class__ is not str:
            cloud_provider_region = _t.expect_str(cloud_provider_region, "cloud_provider_region")

        cloud_provider_endpoint_id = pop("cloud_provider_endpoint_id")
        if cloud_provider_endpoint_id.__class__ is not str:
            cloud_provider_endpoint_id = _t.expect_str(
                cloud_provider_endpoint_id, "cloud_provider_endpoint_id"
            )

        _endpoint_type = pop("endpoint_type")
        endpoint_type: PrivateEndpointType
        if _endpoint_type.__class__ is str:
            endpoint_type = PrivateEndpointType._by_value.get(
                _endpoint_type
            ) or PrivateEndpointType._from_json(_endpoint_type, "endpoint_type")
        else:
            endpoint_type = PrivateEndpointType._from_json(_endpoint_type, "endpoint_type")

        comment = pop("comment", UNSET)
        if comment.__class__ is not str and comment is not UNSET:
            comment = _t.optional_str(comment, "comment")

        self.cloud_provider_region = cloud_provider_region
        self.cloud_provider_endpoint_id = cloud_provider_endpoint_id
        self.endpoint_type = endpoint_type
        self.comment = comment
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
