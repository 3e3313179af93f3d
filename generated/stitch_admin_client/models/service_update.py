from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceUpdate")


@_attrs_define
class ServiceUpdate:
    """The fields of a service to change.

    Attributes:
        name (str | Unset): 1 to 64 ASCII letters, digits, underscores and hyphens.
        type_ (str | Unset):
        version (int | Unset):
        config (JsonObject | Unset): A JSON object whose fields depend on context (configuration, expressions, ...).
    """

    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    version: int | Unset = UNSET
    config: JsonObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

        version = self.version

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if version is not UNSET:
            field_dict["version"] = version
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
            else dict(_t.expect_mapping(src_dict, "ServiceUpdate"))
        )
        pop = d.pop
        name = pop("name", UNSET)
        if name.__class__ is not str and name is not UNSET:
            name = _t.optional_str(name, "name")

        type_ = pop("type", UNSET)
        if type_.__class__ is not str and type_ is not UNSET:
            type_ = _t.optional_str(type_, "type")

        version = pop("version", UNSET)
        if version.__class__ is not int and version is not UNSET:
            version = _t.optional_int(version, "version")

        _config = pop("config", UNSET)
        config: JsonObject | Unset
        if _config is UNSET or _config is None:
            config = UNSET
        else:
            config = JsonObject.from_dict(_config)

        self.name = name
        self.type_ = type_
        self.version = version
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
