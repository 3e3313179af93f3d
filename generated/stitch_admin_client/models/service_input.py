from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="ServiceInput")


@_attrs_define
class ServiceInput:
    """A service to create.

    Attributes:
        name (str):
        type_ (str):
        config (JsonObject | Unset): A JSON object whose fields depend on context (configuration, expressions, ...).
    """

    name: str
    type_: str
    config: JsonObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.json_object import JsonObject  # noqa: PLC0415

        d = dict(_t.expect_mapping(src_dict, "ServiceInput"))
        name = d.pop("name")
        if name.__class__ is not str:
            name = _t.expect_str(name, "name")

        type_ = d.pop("type")
        if type_.__class__ is not str:
            type_ = _t.expect_str(type_, "type")

        _config = d.pop("config", UNSET)
        config: JsonObject | Unset
        if _config is None or isinstance(_config, Unset):
            config = UNSET
        else:
            config = JsonObject.from_dict(_config)

        service_input = cls(
            name=name,
            type_=type_,
            config=config,
        )

        service_input.additional_properties = d
        return service_input

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
