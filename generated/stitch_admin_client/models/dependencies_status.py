from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..models.dependencies_install_status import DependenciesInstallStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="DependenciesStatus")


@_attrs_define
class DependenciesStatus:
    """The state of the last dependency upload; poll it while it is `created`.

    Attributes:
        status (DependenciesInstallStatus | Unset): Where the installation of uploaded dependencies stands.
        status_message (str | Unset):
    """

    status: DependenciesInstallStatus | Unset = UNSET
    status_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        status_message = self.status_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if status_message is not UNSET:
            field_dict["status_message"] = status_message

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
            else dict(_t.expect_mapping(src_dict, "DependenciesStatus"))
        )
        pop = d.pop
        _status = pop("status", UNSET)
        status: DependenciesInstallStatus | Unset
        if _status.__class__ is str:
            status = DependenciesInstallStatus._by_value.get(
                _status
            ) or DependenciesInstallStatus._from_json(_status, "status")
        elif _status is UNSET or _status is None:
            status = UNSET
        else:
            status = DependenciesInstallStatus._from_json(_status, "status")

        status_message = pop("status_message", UNSET)
        if status_message.__class__ is not str and status_message is not UNSET:
            status_message = _t.optional_str(status_message, "status_message")

        self.status = status
        self.status_message = status_message
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
