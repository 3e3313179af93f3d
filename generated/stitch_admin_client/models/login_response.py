from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="LoginResponse")


@_attrs_define
class LoginResponse:
    """The tokens of a new administrator session.

    Attributes:
        access_token (str): Goes in `Authorization: Bearer` on every call; a JWT that lives 30 minutes.
        refresh_token (str): Goes in `Authorization: Bearer` on `POST /auth/session` to get a new access token.
        user_id (str | Unset): The administrator's MongoDB Cloud user id.
        device_id (str | Unset):
    """

    access_token: str = _attrs_field(repr=False)
    refresh_token: str = _attrs_field(repr=False)
    user_id: str | Unset = UNSET
    device_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        refresh_token = self.refresh_token

        user_id = self.user_id

        device_id = self.device_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
                "refresh_token": refresh_token,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if device_id is not UNSET:
            field_dict["device_id"] = device_id

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
            else dict(_t.expect_mapping(src_dict, "LoginResponse"))
        )
        pop = d.pop
        access_token = pop("access_token")
        if access_token.__class__ is not str:
            access_token = _t.expect_str(access_token, "access_token")

        refresh_token = pop("refresh_token")
        if refresh_token.__class__ is not str:
            refresh_token = _t.expect_str(refresh_token, "refresh_token")

        user_id = pop("user_id", UNSET)
        if user_id.__class__ is not str and user_id is not UNSET:
            user_id = _t.optional_str(user_id, "user_id")

        device_id = pop("device_id", UNSET)
        if device_id.__class__ is not str and device_id is not UNSET:
            device_id = _t.optional_str(device_id, "device_id")

        self.access_token = access_token
        self.refresh_token = refresh_token
        self.user_id = user_id
        self.device_id = device_id
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
