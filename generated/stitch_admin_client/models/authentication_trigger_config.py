from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..models.auth_operation_type import AuthOperationType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthenticationTriggerConfig")


@_attrs_define
class AuthenticationTriggerConfig:
    """Which authentication events an authentication trigger fires on.

    Attributes:
        operation_type (AuthOperationType | Unset): An authentication event kind an authentication trigger fires on.
        providers (list[str] | Unset): Only events from these authentication provider types.
    """

    operation_type: AuthOperationType | Unset = UNSET
    providers: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation_type: str | Unset = UNSET
        if not isinstance(self.operation_type, Unset):
            operation_type = self.operation_type.value

        providers: list[str] | Unset = UNSET
        if not isinstance(self.providers, Unset):
            providers = self.providers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operation_type is not UNSET:
            field_dict["operation_type"] = operation_type
        if providers is not UNSET:
            field_dict["providers"] = providers

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
            else dict(_t.expect_mapping(src_dict, "AuthenticationTriggerConfig"))
        )
        pop = d.pop
        _operation_type = pop("operation_type", UNSET)
        operation_type: AuthOperationType | Unset
        if _operation_type.__class__ is str:
            operation_type = AuthOperationType._by_value.get(
                _operation_type
            ) or AuthOperationType._from_json(_operation_type, "operation_type")
        elif _operation_type is UNSET or _operation_type is None:
            operation_type = UNSET
        else:
            operation_type = AuthOperationType._from_json(_operation_type, "operation_type")

        _providers = pop("providers", UNSET)
        if _providers.__class__ is not list:
            _providers = _t.optional_list(_providers, "providers")
        providers: list[str] | Unset = UNSET
        if not isinstance(_providers, Unset):
            providers = []
            for providers_item_data in _providers:
                providers_item = providers_item_data
                if providers_item.__class__ is not str:
                    providers_item = _t.expect_str(providers_item, "providers_item")

                providers.append(providers_item)

        self.operation_type = operation_type
        self.providers = providers
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
