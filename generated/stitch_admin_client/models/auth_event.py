from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..models.auth_provider_type import AuthProviderType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthEvent")


@_attrs_define
class AuthEvent:
    """The authentication event an `AUTH` entry records.

    Attributes:
        type_ (str | Unset): What happened, such as `LOGIN`.
        provider (AuthProviderType | Unset): The kind of authentication provider. The reference page lists `mongodb-
            cloud` and
            `local`; applications use the others.
    """

    type_: str | Unset = UNSET
    provider: AuthProviderType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        provider: str | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if provider is not UNSET:
            field_dict["provider"] = provider

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
            else dict(_t.expect_mapping(src_dict, "AuthEvent"))
        )
        pop = d.pop
        type_ = pop("type", UNSET)
        if type_.__class__ is not str and type_ is not UNSET:
            type_ = _t.optional_str(type_, "type")

        _provider = pop("provider", UNSET)
        provider: AuthProviderType | Unset
        if _provider.__class__ is str:
            provider = AuthProviderType._by_value.get(_provider) or AuthProviderType._from_json(
                _provider, "provider"
            )
        elif _provider is UNSET or _provider is None:
            provider = UNSET
        else:
            provider = AuthProviderType._from_json(_provider, "provider")

        self.type_ = type_
        self.provider = provider
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
