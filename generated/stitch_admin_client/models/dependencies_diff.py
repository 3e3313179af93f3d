from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="DependenciesDiff")


@_attrs_define
class DependenciesDiff:
    """What installing an archive would add, remove and change.

    Attributes:
        added (list[Dependency] | Unset):
        deleted (list[Dependency] | Unset):
        modified (list[DependencyChange] | Unset):
    """

    added: list[Dependency] | Unset = UNSET
    deleted: list[Dependency] | Unset = UNSET
    modified: list[DependencyChange] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        added: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.added, Unset):
            added = []
            for added_item_data in self.added:
                added_item = added_item_data.to_dict()
                added.append(added_item)

        deleted: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.deleted, Unset):
            deleted = []
            for deleted_item_data in self.deleted:
                deleted_item = deleted_item_data.to_dict()
                deleted.append(deleted_item)

        modified: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.modified, Unset):
            modified = []
            for modified_item_data in self.modified:
                modified_item = modified_item_data.to_dict()
                modified.append(modified_item)

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
        return cls.__new__(cls)._decode(src_dict)

    def _decode(self: T, src_dict: Mapping[str, Any]) -> T:
        # Fills a new instance, bypassing __init__: every field is decoded into a local first and
        # assigned only once all of them are, so that a failure leaves no field set.
        d = (
            dict(src_dict)
            if src_dict.__class__ is dict
            else dict(_t.expect_mapping(src_dict, "DependenciesDiff"))
        )
        pop = d.pop
        _added = pop("added", UNSET)
        if _added.__class__ is not list:
            _added = _t.optional_list(_added, "added")
        added: list[Dependency] | Unset = UNSET
        if not isinstance(_added, Unset):
            added = []
            for added_item_data in _added:
                added_item = Dependency.from_dict(added_item_data)

                added.append(added_item)

        _deleted = pop("deleted", UNSET)
        if _deleted.__class__ is not list:
            _deleted = _t.optional_list(_deleted, "deleted")
        deleted: list[Dependency] | Unset = UNSET
        if not isinstance(_deleted, Unset):
            deleted = []
            for deleted_item_data in _deleted:
                deleted_item = Dependency.from_dict(deleted_item_data)

                deleted.append(deleted_item)

        _modified = pop("modified", UNSET)
        if _modified.__class__ is not list:
            _modified = _t.optional_list(_modified, "modified")
        modified: list[DependencyChange] | Unset = UNSET
        if not isinstance(_modified, Unset):
            modified = []
            for modified_item_data in _modified:
                modified_item = DependencyChange.from_dict(modified_item_data)

                modified.append(modified_item)

        self.added = added
        self.deleted = deleted
        self.modified = modified
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
from ..models.dependency_change import DependencyChange  # noqa: E402
