from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="BuildInfo")


@_attrs_define
class BuildInfo:
    """The version of the MongoDB server behind a data source.

    Attributes:
        version (str | Unset):
        git_version (str | Unset):
        version_array (list[int] | Unset):
        javascript_engine (str | Unset):
        bits (Any | Unset): The server's word size (a number; some versions send it as a string).
        debug (bool | Unset):
        max_bson_object_size (int | Unset):
    """

    version: str | Unset = UNSET
    git_version: str | Unset = UNSET
    version_array: list[int] | Unset = UNSET
    javascript_engine: str | Unset = UNSET
    bits: Any | Unset = UNSET
    debug: bool | Unset = UNSET
    max_bson_object_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        git_version = self.git_version

        version_array: list[int] | Unset = UNSET
        if not isinstance(self.version_array, Unset):
            version_array = self.version_array

        javascript_engine = self.javascript_engine

        bits = self.bits

        debug = self.debug

        max_bson_object_size = self.max_bson_object_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if version is not UNSET:
            field_dict["version"] = version
        if git_version is not UNSET:
            field_dict["gitVersion"] = git_version
        if version_array is not UNSET:
            field_dict["versionArray"] = version_array
        if javascript_engine is not UNSET:
            field_dict["javascriptEngine"] = javascript_engine
        if bits is not UNSET:
            field_dict["bits"] = bits
        if debug is not UNSET:
            field_dict["debug"] = debug
        if max_bson_object_size is not UNSET:
            field_dict["maxBsonObjectSize"] = max_bson_object_size

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
            else dict(_t.expect_mapping(src_dict, "BuildInfo"))
        )
        pop = d.pop
        version = pop("version", UNSET)
        if version.__class__ is not str and version is not UNSET:
            version = _t.optional_str(version, "version")

        git_version = pop("gitVersion", UNSET)
        if git_version.__class__ is not str and git_version is not UNSET:
            git_version = _t.optional_str(git_version, "gitVersion")

        _version_array = pop("versionArray", UNSET)
        if _version_array.__class__ is not list:
            _version_array = _t.optional_list(_version_array, "versionArray")
        version_array: list[int] | Unset = UNSET
        if not isinstance(_version_array, Unset):
            version_array = []
            for version_array_item_data in _version_array:
                version_array_item = version_array_item_data
                if version_array_item.__class__ is not int:
                    version_array_item = _t.expect_int(version_array_item, "versionArray_item")

                version_array.append(version_array_item)

        javascript_engine = pop("javascriptEngine", UNSET)
        if javascript_engine.__class__ is not str and javascript_engine is not UNSET:
            javascript_engine = _t.optional_str(javascript_engine, "javascriptEngine")

        bits = pop("bits", UNSET)

        debug = pop("debug", UNSET)
        if debug.__class__ is not bool and debug is not UNSET:
            debug = _t.optional_bool(debug, "debug")

        max_bson_object_size = pop("maxBsonObjectSize", UNSET)
        if max_bson_object_size.__class__ is not int and max_bson_object_size is not UNSET:
            max_bson_object_size = _t.optional_int(max_bson_object_size, "maxBsonObjectSize")

        self.version = version
        self.git_version = git_version
        self.version_array = version_array
        self.javascript_engine = javascript_engine
        self.bits = bits
        self.debug = debug
        self.max_bson_object_size = max_bson_object_size
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
