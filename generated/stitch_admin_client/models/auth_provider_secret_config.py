from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthProviderSecretConfig")


@_attrs_define
class AuthProviderSecretConfig:
    """A provider's secrets, given as the names of the application's secrets.

    Attributes:
        signing_keys (list[str] | Unset):
        client_secret (str | Unset):
    """

    signing_keys: list[str] | Unset = UNSET
    client_secret: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        signing_keys: list[str] | Unset = UNSET
        if not isinstance(self.signing_keys, Unset):
            signing_keys = self.signing_keys

        client_secret = self.client_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if signing_keys is not UNSET:
            field_dict["signingKeys"] = signing_keys
        if client_secret is not UNSET:
            field_dict["clientSecret"] = client_secret

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
            else dict(_t.expect_mapping(src_dict, "AuthProviderSecretConfig"))
        )
        pop = d.pop
        _signing_keys = pop("signingKeys", UNSET)
        if _signing_keys.__class__ is not list:
            _signing_keys = _t.optional_list(_signing_keys, "signingKeys")
        signing_keys: list[str] | Unset = UNSET
        if not isinstance(_signing_keys, Unset):
            signing_keys = []
            for signing_keys_item_data in _signing_keys:
                signing_keys_item = signing_keys_item_data
                if signing_keys_item.__class__ is not str:
                    signing_keys_item = _t.expect_str(signing_keys_item, "signingKeys_item")

                signing_keys.append(signing_keys_item)

        client_secret = pop("clientSecret", UNSET)
        if client_secret.__class__ is not str and client_secret is not UNSET:
            client_secret = _t.optional_str(client_secret, "clientSecret")

        self.signing_keys = signing_keys
        self.client_secret = client_secret
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
