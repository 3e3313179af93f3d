from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="Service")


@_attrs_define
class Service:
    """A service instance of the application: a data source (`mongodb-atlas`, `datalake`) or
    a third-party service of the older kind (`http`, `aws`, `twilio`, `github`, `gcm`). Data
    sources decode as `AtlasClusterService` or `DataFederationService`; any other type
    decodes as this model, its `config` kept as it came.

        Attributes:
            id (str):
            name (str):
            type_ (str | Unset): The service type, such as `mongodb-atlas`, `http` or `aws`.
            version (int | Unset):
            config (Any | Unset): The service's configuration; its shape depends on `type`.
            last_modified (int | Unset):
    """

    id: str
    name: str
    type_: str | Unset = UNSET
    version: int | Unset = UNSET
    config: Any | Unset = UNSET
    last_modified: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        version = self.version

        config = self.config

        last_modified = self.last_modified

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
        if last_modified is not UNSET:
            field_dict["last_modified"] = last_modified

        return field_dict

    # The model of each known kind (see `types.Variants`); filled in below the class.
    _variants: ClassVar[_t.Variants]

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        model = Service._variants.pick(cls, src_dict)
        return model.__new__(model)._decode(src_dict)

    def _decode(self: T, src_dict: Mapping[str, Any]) -> T:
        # Fills a new instance, bypassing __init__: every field is decoded into a local first and
        # assigned only once all of them are, so that a failure leaves no field set.
        d = (
            dict(src_dict)
            if src_dict.__class__ is dict
            else dict(_t.expect_mapping(src_dict, "Service"))
        )
        pop = d.pop
        id = pop("_id")
        if id.__class__ is not str:
            id = _t.expect_str(id, "_id")

        name = pop("name")
        if name.__class__ is not str:
            name = _t.expect_str(name, "name")

        type_ = pop("type", UNSET)
        if type_.__class__ is not str and type_ is not UNSET:
            type_ = _t.optional_str(type_, "type")

        version = pop("version", UNSET)
        if version.__class__ is not int and version is not UNSET:
            version = _t.optional_int(version, "version")

        config = pop("config", UNSET)

        last_modified = pop("last_modified", UNSET)
        if last_modified.__class__ is not int and last_modified is not UNSET:
            last_modified = _t.optional_int(last_modified, "last_modified")

        self.id = id
        self.name = name
        self.type_ = type_
        self.version = version
        self.config = config
        self.last_modified = last_modified
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


Service._variants = _t.Variants(
    Service,
    "type",
    {
        "mongodb-atlas": ("atlas_cluster_service", "AtlasClusterService"),
        "datalake": ("data_federation_service", "DataFederationService"),
    },
)
