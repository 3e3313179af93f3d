from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="HostingFilesDiff")


@_attrs_define
class HostingFilesDiff:
    """The hosted files a draft adds, deletes and changes.

    Attributes:
        added (list[str] | Unset):
        deleted (list[str] | Unset):
        modified (list[str] | Unset):
    """

    added: list[str] | Unset = UNSET
    deleted: list[str] | Unset = UNSET
    modified: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        added: list[str] | Unset = UNSET
        if not isinstance(self.added, Unset):
            added = self.added

        deleted: list[str] | Unset = UNSET
        if not isinstance(self.deleted, Unset):
            deleted = self.deleted

        modified: list[str] | Unset = UNSET
        if not isinstance(self.modified, Unset):
            modified = self.modified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if added is not UNSET:
            field_dict["added"] = added
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if modified is not UNSET:
            field_dict["modified"] = modified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(_t.expect_mapping(src_dict, "HostingFilesDiff"))
        _added = _t.optional_list(d.pop("added", UNSET), "added")
        added: list[str] | Unset = UNSET
        if not isinstance(_added, Unset):
            added = []
            for added_item_data in _added:
                added_item = added_item_data
                if added_item.__class__ is not str:
                    added_item = _t.expect_str(added_item, "added_item")

                added.append(added_item)

        _deleted = _t.optional_list(d.pop("deleted", UNSET), "deleted")
        deleted: list[str] | Unset = UNSET
        if not isinstance(_deleted, Unset):
            deleted = []
            for deleted_item_data in _deleted:
                deleted_item = deleted_item_data
                if deleted_item.__class__ is not str:
                    deleted_item = _t.expect_str(deleted_item, "deleted_item")

                deleted.append(deleted_item)

        _modified = _t.optional_list(d.pop("modified", UNSET), "modified")
        modified: list[str] | Unset = UNSET
        if not isinstance(_modified, Unset):
            modified = []
            for modified_item_data in _modified:
                modified_item = modified_item_data
                if modified_item.__class__ is not str:
                    modified_item = _t.expect_str(modified_item, "modified_item")

                modified.append(modified_item)

        hosting_files_diff = cls(
            added=added,
            deleted=deleted,
            modified=modified,
        )

        hosting_files_diff.additional_properties = d
        return hosting_files_diff

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
