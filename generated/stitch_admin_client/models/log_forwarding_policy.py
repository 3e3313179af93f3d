from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..models.log_forwarding_policy_type import LogForwardingPolicyType
from ..types import UNSET, Unset

T = TypeVar("T", bound="LogForwardingPolicy")


@_attrs_define
class LogForwardingPolicy:
    """How a forwarder groups entries.

    Attributes:
        type_ (LogForwardingPolicyType | Unset): Send each entry on its own (`single`) or in batches (`batch`).
    """

    type_: LogForwardingPolicyType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_

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
            else dict(_t.expect_mapping(src_dict, "LogForwardingPolicy"))
        )
        pop = d.pop
        _type_ = pop("type", UNSET)
        type_: LogForwardingPolicyType | Unset
        if _type_.__class__ is str:
            type_ = LogForwardingPolicyType._by_value.get(
                _type_
            ) or LogForwardingPolicyType._from_json(_type_, "type")
        elif _type_ is UNSET or _type_ is None:
            type_ = UNSET
        else:
            type_ = LogForwardingPolicyType._from_json(_type_, "type")

        self.type_ = type_
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
