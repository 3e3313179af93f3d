from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="DataSourceLinkFailure")


@_attrs_define
class DataSourceLinkFailure:
    """The clusters that could not be linked.

    Attributes:
        failed_cluster_names (list[str] | Unset):
        error (str | Unset):
        error_code (str | Unset):
    """

    failed_cluster_names: list[str] | Unset = UNSET
    error: str | Unset = UNSET
    error_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        failed_cluster_names: list[str] | Unset = UNSET
        if not isinstance(self.failed_cluster_names, Unset):
            failed_cluster_names = self.failed_cluster_names

        error = self.error

        error_code = self.error_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if failed_cluster_names is not UNSET:
            field_dict["failedClusterNames"] = failed_cluster_names
        if error is not UNSET:
            field_dict["error"] = error
        if error_code is not UNSET:
            field_dict["error_code"] = error_code

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
            else dict(_t.expect_mapping(src_dict, "DataSourceLinkFailure"))
        )
        pop = d.pop
        _failed_cluster_names = pop("failedClusterNames", UNSET)
        if _failed_cluster_names.__class__ is not list:
            _failed_cluster_names = _t.optional_list(_failed_cluster_names, "failedClusterNames")
        failed_cluster_names: list[str] | Unset = UNSET
        if not isinstance(_failed_cluster_names, Unset):
            failed_cluster_names = []
            for failed_cluster_names_item_data in _failed_cluster_names:
                failed_cluster_names_item = failed_cluster_names_item_data
                if failed_cluster_names_item.__class__ is not str:
                    failed_cluster_names_item = _t.expect_str(
                        failed_cluster_names_item, "failedClusterNames_item"
                    )

                failed_cluster_names.append(failed_cluster_names_item)

        error = pop("error", UNSET)
        if error.__class__ is not str and error is not UNSET:
            error = _t.optional_str(error, "error")

        error_code = pop("error_code", UNSET)
        if error_code.__class__ is not str and error_code is not UNSET:
            error_code = _t.optional_str(error_code, "error_code")

        self.failed_cluster_names = failed_cluster_names
        self.error = error
        self.error_code = error_code
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
