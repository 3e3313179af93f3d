from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="NonVpcClientRequests")


@_attrs_define
class NonVpcClientRequests:
    """Whether requests that do not come through a private endpoint are accepted.

    Attributes:
        allow_non_vpc_client_requests (bool | Unset):
    """

    allow_non_vpc_client_requests: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allow_non_vpc_client_requests = self.allow_non_vpc_client_requests

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allow_non_vpc_client_requests is not UNSET:
            field_dict["allow_non_vpc_client_requests"] = allow_non_vpc_client_requests

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
            else dict(_t.expect_mapping(src_dict, "NonVpcClientRequests"))
        )
        pop = d.pop
        allow_non_vpc_client_requests = pop("allow_non_vpc_client_requests", UNSET)
        if (
            allow_non_vpc_client_requests.__class__ is not bool
            and allow_non_vpc_client_requests is not UNSET
        ):
            allow_non_vpc_client_requests = _t.optional_bool(
                allow_non_vpc_client_requests, "allow_non_vpc_client_requests"
            )

        self.allow_non_vpc_client_requests = allow_non_vpc_client_requests
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
