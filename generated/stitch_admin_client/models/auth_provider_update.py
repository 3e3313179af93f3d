from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..models.auth_provider_type import AuthProviderType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="AuthProviderUpdate")


@_attrs_define
class AuthProviderUpdate:
    """The fields of an authentication provider to change.

    Attributes:
        id (str | Unset):
        name (str | Unset):
        type_ (AuthProviderType | Unset): The kind of authentication provider. The reference page lists `mongodb-cloud`
            and
            `local`; applications use the others.
        disabled (bool | Unset):
        config (JsonObject | Unset): A JSON object whose fields depend on context (configuration, expressions, ...).
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    type_: AuthProviderType | Unset = UNSET
    disabled: bool | Unset = UNSET
    config: JsonObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        disabled = self.disabled

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["_id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.json_object import JsonObject  # noqa: PLC0415

        d = dict(_t.expect_mapping(src_dict, "AuthProviderUpdate"))
        id = d.pop("_id", UNSET)
        if id.__class__ is not str:
            id = _t.optional_str(id, "_id")

        name = d.pop("name", UNSET)
        if name.__class__ is not str:
            name = _t.optional_str(name, "name")

        _type_ = d.pop("type", UNSET)
        type_: AuthProviderType | Unset
        if _type_ is None or isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = AuthProviderType(_t.expect_str(_type_, "type"))

        disabled = d.pop("disabled", UNSET)
        if disabled.__class__ is not bool:
            disabled = _t.optional_bool(disabled, "disabled")

        _config = d.pop("config", UNSET)
        config: JsonObject | Unset
        if _config is None or isinstance(_config, Unset):
            config = UNSET
        else:
            config = JsonObject.from_dict(_config)

        auth_provider_update = cls(
            id=id,
            name=name,
            type_=type_,
            disabled=disabled,
            config=config,
        )

        auth_provider_update.additional_properties = d
        return auth_provider_update

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
