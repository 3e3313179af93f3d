from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="Service")


@_attrs_define
class Service:
    """A service instance of the application.

    Attributes:
        id (str):
        name (str):
        type_ (str | Unset): The service type, such as `mongodb-atlas`, `http` or `aws`.
        version (int | Unset):
        config (JsonObject | Unset): A JSON object whose fields depend on context (configuration, expressions, ...).
    """

    id: str
    name: str
    type_: str | Unset = UNSET
    version: int | Unset = UNSET
    config: JsonObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        version = self.version

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
                "name": name,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if version is not UNSET:
            field_dict["version"] = version
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.json_object import JsonObject  # noqa: PLC0415

        d = dict(_t.expect_mapping(src_dict, "Service"))
        id = d.pop("_id")
        if id.__class__ is not str:
            id = _t.expect_str(id, "_id")

        name = d.pop("name")
        if name.__class__ is not str:
            name = _t.expect_str(name, "name")

        type_ = d.pop("type", UNSET)
        if type_.__class__ is not str:
            type_ = _t.optional_str(type_, "type")

        version = d.pop("version", UNSET)
        if version.__class__ is not int:
            version = _t.optional_int(version, "version")

        _config = d.pop("config", UNSET)
        config: JsonObject | Unset
        if _config is None or isinstance(_config, Unset):
            config = UNSET
        else:
            config = JsonObject.from_dict(_config)

        service = cls(
            id=id,
            name=name,
            type_=type_,
            version=version,
            config=config,
        )

        service.additional_properties = d
        return service

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
