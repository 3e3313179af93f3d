from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="AllowedIp")


@_attrs_define
class AllowedIp:
    """An IP address or CIDR block the application accepts requests from.

    Attributes:
        id (str | Unset):
        address (str | Unset):
        ip (str | Unset):
        network (str | Unset):
        comment (str | Unset):
        includes_current (bool | Unset): Whether the address covers the caller's own.
    """

    id: str | Unset = UNSET
    address: str | Unset = UNSET
    ip: str | Unset = UNSET
    network: str | Unset = UNSET
    comment: str | Unset = UNSET
    includes_current: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        address = self.address

        ip = self.ip

        network = self.network

        comment = self.comment

        includes_current = self.includes_current

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["_id"] = id
        if address is not UNSET:
            field_dict["address"] = address
        if ip is not UNSET:
            field_dict["ip"] = ip
        if network is not UNSET:
            field_dict["network"] = network
        if comment is not UNSET:
            field_dict["comment"] = comment
        if includes_current is not UNSET:
            field_dict["includes_current"] = includes_current

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
            else dict(_t.expect_mapping(src_dict, "AllowedIp"))
        )
        pop = d.pop
        id = pop("_id", UNSET)
        if id.__class__ is not str and id is not UNSET:
            id = _t.optional_str(id, "_id")

        address = pop("address", UNSET)
        if address.__class__ is not str and address is not UNSET:
            address = _t.optional_str(address, "address")

        ip = pop("ip", UNSET)
        if ip.__class__ is not str and ip is not UNSET:
            ip = _t.optional_str(ip, "ip")

        network = pop("network", UNSET)
        if network.__class__ is not str and network is not UNSET:
            network = _t.optional_str(network, "network")

        comment = pop("comment", UNSET)
        if comment.__class__ is not str and comment is not UNSET:
            comment = _t.optional_str(comment, "comment")

        includes_current = pop("includes_current", UNSET)
        if includes_current.__class__ is not bool and includes_current is not UNSET:
            includes_current = _t.optional_bool(includes_current, "includes_current")

        self.id = id
        self.address = address
        self.ip = ip
        self.network = network
        self.comment = comment
        self.includes_current = includes_current
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
