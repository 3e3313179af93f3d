from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="EventSubscriptionExecution")


@_attrs_define
class EventSubscriptionExecution:
    """The last event an event subscription processed. The fields hold Extended JSON values
    (any JSON here).

        Attributes:
            data (Any | Unset):
            resource_id (Any | Unset):
            completed_at (Any | Unset):
            cluster_time (Any | Unset):
    """

    data: Any | Unset = UNSET
    resource_id: Any | Unset = UNSET
    completed_at: Any | Unset = UNSET
    cluster_time: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data

        resource_id = self.resource_id

        completed_at = self.completed_at

        cluster_time = self.cluster_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if cluster_time is not UNSET:
            field_dict["cluster_time"] = cluster_time

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
            else dict(_t.expect_mapping(src_dict, "EventSubscriptionExecution"))
        )
        pop = d.pop
        data = pop("data", UNSET)

        resource_id = pop("resource_id", UNSET)

        completed_at = pop("completed_at", UNSET)

        cluster_time = pop("cluster_time", UNSET)

        self.data = data
        self.resource_id = resource_id
        self.completed_at = completed_at
        self.cluster_time = cluster_time
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
