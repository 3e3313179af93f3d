from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="HostingDomain")


@_attrs_define
class HostingDomain:
    """The default domain and who provides it.

    Attributes:
        provider_type (str | Unset):
        config (HostingDomainConfig | Unset): The domain the application's files are served from by default.
    """

    provider_type: str | Unset = UNSET
    config: HostingDomainConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider_type = self.provider_type

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if provider_type is not UNSET:
            field_dict["provider_type"] = provider_type
        if config is not UNSET:
            field_dict["config"] = config

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
            else dict(_t.expect_mapping(src_dict, "HostingDomain"))
        )
        pop = d.pop
        provider_type = pop("provider_type", UNSET)
        if provider_type.__class__ is not str and provider_type is not UNSET:
            provider_type = _t.optional_str(provider_type, "provider_type")

        _config = pop("config", UNSET)
        config: HostingDomainConfig | Unset
        if _config is UNSET or _config is None:
            config = UNSET
        else:
            config = HostingDomainConfig.from_dict(_config)

        self.provider_type = provider_type
        self.config = config
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


from ..models.hosting_domain_config import HostingDomainConfig  # noqa: E402
