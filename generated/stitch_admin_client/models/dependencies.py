from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="Dependencies")


@_attrs_define
class Dependencies:
    """The application's installed npm packages.

    Attributes:
        id (str | Unset):
        location (str | Unset): Where the installed archive is stored.
        user_id (str | Unset):
        last_modified (int | Unset):
        dependencies_list (list[Dependency] | Unset):
    """

    id: str | Unset = UNSET
    location: str | Unset = UNSET
    user_id: str | Unset = UNSET
    last_modified: int | Unset = UNSET
    dependencies_list: list[Dependency] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        location = self.location

        user_id = self.user_id

        last_modified = self.last_modified

        dependencies_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dependencies_list, Unset):
            dependencies_list = []
            for dependencies_list_item_data in self.dependencies_list:
                dependencies_list_item = dependencies_list_item_data.to_dict()
                dependencies_list.append(dependencies_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["_id"] = id
        if location is not UNSET:
            field_dict["location"] = location
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if last_modified is not UNSET:
            field_dict["last_modified"] = last_modified
        if dependencies_list is not UNSET:
            field_dict["dependencies_list"] = dependencies_list

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
            else dict(_t.expect_mapping(src_dict, "Dependencies"))
        )
        pop = d.pop
        id = pop("_id", UNSET)
        if id.__class__ is not str and id is not UNSET:
            id = _t.optional_str(id, "_id")

        location = pop("location", UNSET)
        if location.__class__ is not str and location is not UNSET:
            location = _t.optional_str(location, "location")

        user_id = pop("user_id", UNSET)
        if user_id.__class__ is not str and user_id is not UNSET:
            user_id = _t.optional_str(user_id, "user_id")

        last_modified = pop("last_modified", UNSET)
        if last_modified.__class__ is not int and last_modified is not UNSET:
            last_modified = _t.optional_int(last_modified, "last_modified")

        _dependencies_list = pop("dependencies_list", UNSET)
        if _dependencies_list.__class__ is not list:
            _dependencies_list = _t.optional_list(_dependencies_list, "dependencies_list")
        dependencies_list: list[Dependency] | Unset = UNSET
        if not isinstance(_dependencies_list, Unset):
            dependencies_list = []
            for dependencies_list_item_data in _dependencies_list:
                dependencies_list_item = Dependency.from_dict(dependencies_list_item_data)

                dependencies_list.append(dependencies_list_item)

        self.id = id
        self.location = location
        self.user_id = user_id
        self.last_modified = last_modified
        self.dependencies_list = dependencies_list
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


from ..models.dependency import Dependency  # noqa: E402
