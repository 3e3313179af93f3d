from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="LoginRequest")


@_attrs_define
class LoginRequest:
    """Administrator credentials: an Atlas programmatic API key pair (`username` is the public
    key, `apiKey` the private key) for `mongodb-cloud`, or `username` and `password` for
    `local`.

        Attributes:
            username (str):
            api_key (str | Unset): The private part of the Atlas API key.
            password (str | Unset): The password, for the `local` provider.
    """

    username: str
    api_key: str | Unset = _attrs_field(default=UNSET, repr=False)
    password: str | Unset = _attrs_field(default=UNSET, repr=False)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        api_key = self.api_key

        password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
            }
        )
        if api_key is not UNSET:
            field_dict["apiKey"] = api_key
        if password is not UNSET:
            field_dict["password"] = password

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
            else dict(_t.expect_mapping(src_dict, "LoginRequest"))
        )
        pop = d.pop
        username = pop("username")
        if username.__class__ is not str:
            username = _t.expect_str(username, "username")

        api_key = pop("apiKey", UNSET)
        if api_key.__class__ is not str and api_key is not UNSET:
            api_key = _t.optional_str(api_key, "apiKey")

        password = pop("password", UNSET)
        if password.__class__ is not str and password is not UNSET:
            password = _t.optional_str(password, "password")

        self.username = username
        self.api_key = api_key
        self.password = password
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
