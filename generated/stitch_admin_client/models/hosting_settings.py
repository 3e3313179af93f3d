from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="HostingSettings")


@_attrs_define
class HostingSettings:
    """The hosting settings to change (all optional).

    Attributes:
        enabled (bool | Unset):
        custom_domain (str | Unset):
        default_error_path (str | Unset): The file served for a missing path.
        default_error_code (str | Unset): The status of that answer, such as `404`.
    """

    enabled: bool | Unset = UNSET
    custom_domain: str | Unset = UNSET
    default_error_path: str | Unset = UNSET
    default_error_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        custom_domain = self.custom_domain

        default_error_path = self.default_error_path

        default_error_code = self.default_error_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if custom_domain is not UNSET:
            field_dict["custom_domain"] = custom_domain
        if default_error_path is not UNSET:
            field_dict["default_error_path"] = default_error_path
        if default_error_code is not UNSET:
            field_dict["default_error_code"] = default_error_code

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
            else dict(_t.expect_mapping(src_dict, "HostingSettings"))
        )
        pop = d.pop
        enabled = pop("enabled", UNSET)
        if enabled.__class__ is not bool and enabled is not UNSET:
            enabled = _t.optional_bool(enabled, "enabled")

        custom_domain = pop("custom_domain", UNSET)
        if custom_domain.__class__ is not str and custom_domain is not UNSET:
            custom_domain = _t.optional_str(custom_domain, "custom_domain")

        default_error_path = pop("default_error_path", UNSET)
        if default_error_path.__class__ is not str and default_error_path is not UNSET:
            default_error_path = _t.optional_str(default_error_path, "default_error_path")

        default_error_code = pop("default_error_code", UNSET)
        if default_error_code.__class__ is not str and default_error_code is not UNSET:
            default_error_code = _t.optional_str(default_error_code, "default_error_code")

        self.enabled = enabled
        self.custom_domain = custom_domain
        self.default_error_path = default_error_path
        self.default_error_code = default_error_code
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
