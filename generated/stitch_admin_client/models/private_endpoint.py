from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..models.private_endpoint_type import PrivateEndpointType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PrivateEndpoint")


@_attrs_define
class PrivateEndpoint:
    """A VPC private endpoint the application accepts requests through.

    Attributes:
        id (str | Unset):
        cloud_provider_region (str | Unset):
        cloud_provider_endpoint_id (str | Unset):
        comment (str | Unset):
        endpoint_type (PrivateEndpointType | Unset): What a private endpoint serves: Device Sync, everything else, or
            both (`legacy`).
    """

    id: str | Unset = UNSET
    cloud_provider_region: str | Unset = UNSET
    cloud_provider_endpoint_id: str | Unset = UNSET
    comment: str | Unset = UNSET
    endpoint_type: PrivateEndpointType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        cloud_provider_region = self.cloud_provider_region

        cloud_provider_endpoint_id = self.cloud_provider_endpoint_id

        comment = self.comment

        endpoint_type: str | Unset = UNSET
        if not isinstance(self.endpoint_type, Unset):
            endpoint_type = self.endpoint_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["_id"] = id
        if cloud_provider_region is not UNSET:
            field_dict["cloud_provider_region"] = cloud_provider_region
        if cloud_provider_endpoint_id is not UNSET:
            field_dict["cloud_provider_endpoint_id"] = cloud_provider_endpoint_id
        if comment is not UNSET:
            field_dict["comment"] = comment
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
            else dict(_t.expect_mapping(src_dict, "PrivateEndpoint"))
        )
        pop = d.pop
        id = pop("_id", UNSET)
        if id.__class__ is not str and id is not UNSET:
            id = _t.optional_str(id, "_id")

        cloud_provider_region = pop("cloud_provider_region", UNSET)
        if cloud_provider_region.__class__ is not str and cloud_provider_region is not UNSET:
            cloud_provider_region = _t.optional_str(cloud_provider_region, "cloud_provider_region")

        cloud_provider_endpoint_id = pop("cloud_provider_endpoint_id", UNSET)
        if (
            cloud_provider_endpoint_id.__class__ is not str
            and cloud_provider_endpoint_id is not UNSET
        ):
            cloud_provider_endpoint_id = _t.optional_str(
                cloud_provider_endpoint_id, "cloud_provider_endpoint_id"
            )

        comment = pop("comment", UNSET)
        if comment.__class__ is not str and comment is not UNSET:
            comment = _t.optional_str(comment, "comment")

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

        self.id = id
        self.cloud_provider_region = cloud_provider_region
        self.cloud_provider_endpoint_id = cloud_provider_endpoint_id
        self.comment = comment
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
