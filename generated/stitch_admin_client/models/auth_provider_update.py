from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..models.auth_provider_type import AuthProviderType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthProviderUpdate")


@_attrs_define
class AuthProviderUpdate:
    """The fields of an authentication provider to change.

    Attributes:
        id (str | Unset):
        name (str | Unset): 1 to 64 ASCII letters, digits, underscores and hyphens.
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
        return cls.__new__(cls)._decode(src_dict)

    def _decode(self: T, src_dict: Mapping[str, Any]) -> T:
        # Fills a new instance, bypassing __init__: every field is decoded into a local first and
        # assigned only once all of them are, so that a failure leaves no field set.
        d = (
            dict(src_dict)
            if src_dict.__class__ is dict
            else dict(_t.expect_mapping(src_dict, "AuthProviderUpdate"))
        )
        pop = d.pop
        id = pop("_id", UNSET)
        if id.__class__ is not str and id is not UNSET:
            id = _t.optional_str(id, "_id")

        name = pop("name", UNSET)
        if name.__class__ is not str and name is not UNSET:
            name = _t.optional_str(name, "name")

        _type_ = pop("type", UNSET)
        type_: AuthProviderType | Unset
        if _type_ is UNSET or _type_ is None:
            type_ = UNSET
        else:
            type_ = AuthProviderType._from_json(_type_, "type")

        disabled = pop("disabled", UNSET)
        if disabled.__class__ is not bool and disabled is not UNSET:
            disabled = _t.optional_bool(disabled, "disabled")

        _config = pop("config", UNSET)
        config: JsonObject | Unset
        if _config is UNSET or _config is None:
            config = UNSET
        else:
            config = JsonObject.from_dict(_config)

        self.id = id
        self.name = name
        self.type_ = type_
        self.disabled = disabled
        self.config = config
        self.additional_properties = d
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
