from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccessList")


@_attrs_define
class AccessList:
    """The IP access list, and the address the request came from.

    Attributes:
        current_ip (str | Unset):
        allowed_ips (list[AllowedIp] | Unset):
    """

    current_ip: str | Unset = UNSET
    allowed_ips: list[AllowedIp] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_ip = self.current_ip

        allowed_ips: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.allowed_ips, Unset):
            allowed_ips = []
            for allowed_ips_item_data in self.allowed_ips:
                allowed_ips_item = allowed_ips_item_data.to_dict()
                allowed_ips.append(allowed_ips_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if current_ip is not UNSET:
            field_dict["current_ip"] = current_ip
        if allowed_ips is not UNSET:
            field_dict["allowed_ips"] = allowed_ips

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
            else dict(_t.expect_mapping(src_dict, "AccessList"))
        )
        pop = d.pop
        current_ip = pop("current_ip", UNSET)
        if current_ip.__class__ is not str and current_ip is not UNSET:
            current_ip = _t.optional_str(current_ip, "current_ip")

        _allowed_ips = pop("allowed_ips", UNSET)
        if _allowed_ips.__class__ is not list:
            _allowed_ips = _t.optional_list(_allowed_ips, "allowed_ips")
        allowed_ips: list[AllowedIp] | Unset = UNSET
        if not isinstance(_allowed_ips, Unset):
            allowed_ips = []
            for allowed_ips_item_data in _allowed_ips:
                allowed_ips_item = AllowedIp.from_dict(allowed_ips_item_data)

                allowed_ips.append(allowed_ips_item)

        self.current_ip = current_ip
        self.allowed_ips = allowed_ips
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


from ..models.allowed_ip import AllowedIp  # noqa: E402
