from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserTokenClaims")


@_attrs_define
class UserTokenClaims:
    """The claims of a valid user access token.

    Attributes:
        sub (str | Unset): The user's id.
        aud (str | Unset):
        exp (int | Unset):
        iat (int | Unset):
        iss (str | Unset):
        custom_user_data (JsonObject | Unset): A JSON object whose fields depend on context (configuration, expressions,
            ...).
        domain_id (str | Unset):
        data (Any | Unset): The user's profile data.
        device_id (str | Unset):
    """

    sub: str | Unset = UNSET
    aud: str | Unset = UNSET
    exp: int | Unset = UNSET
    iat: int | Unset = UNSET
    iss: str | Unset = UNSET
    custom_user_data: JsonObject | Unset = UNSET
    domain_id: str | Unset = UNSET
    data: Any | Unset = UNSET
    device_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sub = self.sub

        aud = self.aud

        exp = self.exp

        iat = self.iat

        iss = self.iss

        custom_user_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_user_data, Unset):
            custom_user_data = self.custom_user_data.to_dict()

        domain_id = self.domain_id

        data = self.data

        device_id = self.device_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sub is not UNSET:
            field_dict["sub"] = sub
        if aud is not UNSET:
            field_dict["aud"] = aud
        if exp is not UNSET:
            field_dict["exp"] = exp
        if iat is not UNSET:
            field_dict["iat"] = iat
        if iss is not UNSET:
            field_dict["iss"] = iss
        if custom_user_data is not UNSET:
            field_dict["custom_user_data"] = custom_user_data
        if domain_id is not UNSET:
            field_dict["domain_id"] = domain_id
        if data is not UNSET:
            field_dict["data"] = data
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
            else dict(_t.expect_mapping(src_dict, "UserTokenClaims"))
        )
        pop = d.pop
        sub = pop("sub", UNSET)
        if sub.__class__ is not str and sub is not UNSET:
            sub = _t.optional_str(sub, "sub")

        aud = pop("aud", UNSET)
        if aud.__class__ is not str and aud is not UNSET:
            aud = _t.optional_str(aud, "aud")

        exp = pop("exp", UNSET)
        if exp.__class__ is not int and exp is not UNSET:
            exp = _t.optional_int(exp, "exp")

        iat = pop("iat", UNSET)
        if iat.__class__ is not int and iat is not UNSET:
            iat = _t.optional_int(iat, "iat")

        iss = pop("iss", UNSET)
        if iss.__class__ is not str and iss is not UNSET:
            iss = _t.optional_str(iss, "iss")

        _custom_user_data = pop("custom_user_data", UNSET)
        custom_user_data: JsonObject | Unset
        if _custom_user_data is UNSET or _custom_user_data is None:
            custom_user_data = UNSET
        else:
            custom_user_data = JsonObject.from_dict(_custom_user_data)

        domain_id = pop("domain_id", UNSET)
        if domain_id.__class__ is not str and domain_id is not UNSET:
            domain_id = _t.optional_str(domain_id, "domain_id")

        data = pop("data", UNSET)

        device_id = pop("device_id", UNSET)
        if device_id.__class__ is not str and device_id is not UNSET:
            device_id = _t.optional_str(device_id, "device_id")

        self.sub = sub
        self.aud = aud
        self.exp = exp
        self.iat = iat
        self.iss = iss
        self.custom_user_data = custom_user_data
        self.domain_id = domain_id
        self.data = data
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


from ..models.json_object import JsonObject  # noqa: E402
