from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="AutomaticDeployment")


@_attrs_define
class AutomaticDeployment:
    """Deploying automatically from a GitHub repository.

    Attributes:
        enabled (bool | Unset):
        provider (str | Unset): `github`.
        installation_ids (list[str] | Unset):
    """

    enabled: bool | Unset = UNSET
    provider: str | Unset = UNSET
    installation_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        provider = self.provider

        installation_ids: list[str] | Unset = UNSET
        if not isinstance(self.installation_ids, Unset):
            installation_ids = self.installation_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if provider is not UNSET:
            field_dict["provider"] = provider
        if installation_ids is not UNSET:
            field_dict["installation_ids"] = installation_ids

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
            else dict(_t.expect_mapping(src_dict, "AutomaticDeployment"))
        )
        pop = d.pop
        enabled = pop("enabled", UNSET)
        if enabled.__class__ is not bool and enabled is not UNSET:
            enabled = _t.optional_bool(enabled, "enabled")

        provider = pop("provider", UNSET)
        if provider.__class__ is not str and provider is not UNSET:
            provider = _t.optional_str(provider, "provider")

        _installation_ids = pop("installation_ids", UNSET)
        if _installation_ids.__class__ is not list:
            _installation_ids = _t.optional_list(_installation_ids, "installation_ids")
        installation_ids: list[str] | Unset = UNSET
        if not isinstance(_installation_ids, Unset):
            installation_ids = []
            for installation_ids_item_data in _installation_ids:
                installation_ids_item = installation_ids_item_data
                if installation_ids_item.__class__ is not str:
                    installation_ids_item = _t.expect_str(
                        installation_ids_item, "installation_ids_item"
                    )

                installation_ids.append(installation_ids_item)

        self.enabled = enabled
        self.provider = provider
        self.installation_ids = installation_ids
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
