from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..models.admin_auth_provider_type import AdminAuthProviderType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AdminIdentity")


@_attrs_define
class AdminIdentity:
    """One of the administrator's login identities. The service sends `id`, `provider_type`
    and `provider_id`; the reference page showed `_id`, `name`, `type` and `disabled`
    (`_id` is kept as an unknown field if it comes).

        Attributes:
            id (str | Unset): The identity's id.
            provider_type (str | Unset): The provider the administrator logs in with, such as `mongodb-cloud`.
            provider_id (str | Unset):
            name (str | Unset):
            type_ (AdminAuthProviderType | Unset): How an administrator logs in.
            disabled (bool | Unset):
    """

    id: str | Unset = UNSET
    provider_type: str | Unset = UNSET
    provider_id: str | Unset = UNSET
    name: str | Unset = UNSET
    type_: AdminAuthProviderType | Unset = UNSET
    disabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        provider_type = self.provider_type

        provider_id = self.provider_id

        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        disabled = self.disabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if provider_type is not UNSET:
            field_dict["provider_type"] = provider_type
        if provider_id is not UNSET:
            field_dict["provider_id"] = provider_id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if disabled is not UNSET:
            field_dict["disabled"] = disabled

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
            else dict(_t.expect_mapping(src_dict, "AdminIdentity"))
        )
        pop = d.pop
        id = pop("id", UNSET)
        if id.__class__ is not str and id is not UNSET:
            id = _t.optional_str(id, "id")

        provider_type = pop("provider_type", UNSET)
        if provider_type.__class__ is not str and provider_type is not UNSET:
            provider_type = _t.optional_str(provider_type, "provider_type")

        provider_id = pop("provider_id", UNSET)
        if provider_id.__class__ is not str and provider_id is not UNSET:
            provider_id = _t.optional_str(provider_id, "provider_id")

        name = pop("name", UNSET)
        if name.__class__ is not str and name is not UNSET:
            name = _t.optional_str(name, "name")

        _type_ = pop("type", UNSET)
        type_: AdminAuthProviderType | Unset
        if _type_.__class__ is str:
            type_ = AdminAuthProviderType._by_value.get(_type_) or AdminAuthProviderType._from_json(
                _type_, "type"
            )
        elif _type_ is UNSET or _type_ is None:
            type_ = UNSET
        else:
            type_ = AdminAuthProviderType._from_json(_type_, "type")

        disabled = pop("disabled", UNSET)
        if disabled.__class__ is not bool and disabled is not UNSET:
            disabled = _t.optional_bool(disabled, "disabled")

        self.id = id
        self.provider_type = provider_type
        self.provider_id = provider_id
        self.name = name
        self.type_ = type_
        self.disabled = disabled
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
