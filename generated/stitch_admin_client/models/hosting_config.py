from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..models.hosting_status import HostingStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="HostingConfig")


@_attrs_define
class HostingConfig:
    """Whether static hosting is on, and where the files are served.

    Attributes:
        enabled (bool | Unset):
        status (HostingStatus | Unset): Whether the last change of the hosting settings took effect.
        default_domain (HostingDomain | Unset): The default domain and who provides it.
    """

    enabled: bool | Unset = UNSET
    status: HostingStatus | Unset = UNSET
    default_domain: HostingDomain | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        default_domain: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_domain, Unset):
            default_domain = self.default_domain.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if status is not UNSET:
            field_dict["status"] = status
        if default_domain is not UNSET:
            field_dict["default_domain"] = default_domain

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
            else dict(_t.expect_mapping(src_dict, "HostingConfig"))
        )
        pop = d.pop
        enabled = pop("enabled", UNSET)
        if enabled.__class__ is not bool and enabled is not UNSET:
            enabled = _t.optional_bool(enabled, "enabled")

        _status = pop("status", UNSET)
        status: HostingStatus | Unset
        if _status.__class__ is str:
            status = HostingStatus._by_value.get(_status) or HostingStatus._from_json(
                _status, "status"
            )
        elif _status is UNSET or _status is None:
            status = UNSET
        else:
            status = HostingStatus._from_json(_status, "status")

        _default_domain = pop("default_domain", UNSET)
        default_domain: HostingDomain | Unset
        if _default_domain is UNSET or _default_domain is None:
            default_domain = UNSET
        else:
            default_domain = HostingDomain.from_dict(_default_domain)

        self.enabled = enabled
        self.status = status
        self.default_domain = default_domain
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


from ..models.hosting_domain import HostingDomain  # noqa: E402
