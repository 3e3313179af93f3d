from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="Oauth2ProviderConfig")


@_attrs_define
class Oauth2ProviderConfig:
    """The application's client id with an OAuth 2.0 identity provider.

    Attributes:
        client_id (str | Unset):
        open_id (bool | Unset): Google only: use OpenID Connect.
    """

    client_id: str | Unset = UNSET
    open_id: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        open_id = self.open_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if open_id is not UNSET:
            field_dict["openId"] = open_id

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
            else dict(_t.expect_mapping(src_dict, "Oauth2ProviderConfig"))
        )
        pop = d.pop
        client_id = pop("clientId", UNSET)
        if client_id.__class__ is not str and client_id is not UNSET:
            client_id = _t.optional_str(client_id, "clientId")

        open_id = pop("openId", UNSET)
        if open_id.__class__ is not bool and open_id is not UNSET:
            open_id = _t.optional_bool(open_id, "openId")

        self.client_id = client_id
        self.open_id = open_id
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
