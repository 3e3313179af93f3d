from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="AwsEventBridgeEventProcessorConfig")


@_attrs_define
class AwsEventBridgeEventProcessorConfig:
    """The AWS account and region that receive the events.

    Attributes:
        account_id (str | Unset):
        region (str | Unset):
        extended_json_enabled (bool | Unset): Send events as Extended JSON rather than plain JSON.
    """

    account_id: str | Unset = UNSET
    region: str | Unset = UNSET
    extended_json_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        region = self.region

        extended_json_enabled = self.extended_json_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if region is not UNSET:
            field_dict["region"] = region
        if extended_json_enabled is not UNSET:
            field_dict["extended_json_enabled"] = extended_json_enabled

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
            else dict(_t.expect_mapping(src_dict, "AwsEventBridgeEventProcessorConfig"))
        )
        pop = d.pop
        account_id = pop("account_id", UNSET)
        if account_id.__class__ is not str and account_id is not UNSET:
            account_id = _t.optional_str(account_id, "account_id")

        region = pop("region", UNSET)
        if region.__class__ is not str and region is not UNSET:
            region = _t.optional_str(region, "region")

        extended_json_enabled = pop("extended_json_enabled", UNSET)
        if extended_json_enabled.__class__ is not bool and extended_json_enabled is not UNSET:
            extended_json_enabled = _t.optional_bool(extended_json_enabled, "extended_json_enabled")

        self.account_id = account_id
        self.region = region
        self.extended_json_enabled = extended_json_enabled
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
