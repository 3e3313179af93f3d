from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..models.auth_provider_type import AuthProviderType
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserIdentity")


@_attrs_define
class UserIdentity:
    """One of the ways a user has logged in.

    Attributes:
        id (str | Unset): The user's id with that provider.
        provider_type (AuthProviderType | Unset): The kind of authentication provider. The reference page lists
            `mongodb-cloud` and
            `local`; applications use the others.
        provider_id (str | Unset):
        provider_data (JsonObject | Unset): A JSON object whose fields depend on context (configuration, expressions,
            ...).
    """

    id: str | Unset = UNSET
    provider_type: AuthProviderType | Unset = UNSET
    provider_id: str | Unset = UNSET
    provider_data: JsonObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        provider_type: str | Unset = UNSET
        if not isinstance(self.provider_type, Unset):
            provider_type = self.provider_type.value

        provider_id = self.provider_id

        provider_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.provider_data, Unset):
            provider_data = self.provider_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if provider_type is not UNSET:
            field_dict["provider_type"] = provider_type
        if provider_id is not UNSET:
            field_dict["provider_id"] = provider_id
        if provider_data is not UNSET:
            field_dict["provider_data"] = provider_data

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
            else dict(_t.expect_mapping(src_dict, "UserIdentity"))
        )
        pop = d.pop
        id = pop("id", UNSET)
        if id.__class__ is not str and id is not UNSET:
            id = _t.optional_str(id, "id")

        _provider_type = pop("provider_type", UNSET)
        provider_type: AuthProviderType | Unset
        if _provider_type.__class__ is str:
            provider_type = AuthProviderType._by_value.get(
                _provider_type
            ) or AuthProviderType._from_json(_provider_type, "provider_type")
        elif _provider_type is UNSET or _provider_type is None:
            provider_type = UNSET
        else:
            provider_type = AuthProviderType._from_json(_provider_type, "provider_type")

        provider_id = pop("provider_id", UNSET)
        if provider_id.__class__ is not str and provider_id is not UNSET:
            provider_id = _t.optional_str(provider_id, "provider_id")

        _provider_data = pop("provider_data", UNSET)
        provider_data: JsonObject | Unset
        if _provider_data is UNSET or _provider_data is None:
            provider_data = UNSET
        else:
            provider_data = JsonObject.from_dict(_provider_data)

        self.id = id
        self.provider_type = provider_type
        self.provider_id = provider_id
        self.provider_data = provider_data
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
