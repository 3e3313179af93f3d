from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="PartitionSyncData")


@_attrs_define
class PartitionSyncData:
    """The partition keys available to partition-based sync.

    Attributes:
        service_id (str | Unset):
        partition_fields (list[SyncPartitionField] | Unset):
    """

    service_id: str | Unset = UNSET
    partition_fields: list[SyncPartitionField] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_id = self.service_id

        partition_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.partition_fields, Unset):
            partition_fields = []
            for partition_fields_item_data in self.partition_fields:
                partition_fields_item = partition_fields_item_data.to_dict()
                partition_fields.append(partition_fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if service_id is not UNSET:
            field_dict["service_id"] = service_id
        if partition_fields is not UNSET:
            field_dict["partition_fields"] = partition_fields

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
            else dict(_t.expect_mapping(src_dict, "PartitionSyncData"))
        )
        pop = d.pop
        service_id = pop("service_id", UNSET)
        if service_id.__class__ is not str and service_id is not UNSET:
            service_id = _t.optional_str(service_id, "service_id")

        _partition_fields = pop("partition_fields", UNSET)
        if _partition_fields.__class__ is not list:
            _partition_fields = _t.optional_list(_partition_fields, "partition_fields")
        partition_fields: list[SyncPartitionField] | Unset = UNSET
        if not isinstance(_partition_fields, Unset):
            partition_fields = []
            for partition_fields_item_data in _partition_fields:
                partition_fields_item = SyncPartitionField.from_dict(partition_fields_item_data)

                partition_fields.append(partition_fields_item)

        self.service_id = service_id
        self.partition_fields = partition_fields
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


from ..models.sync_partition_field import SyncPartitionField  # noqa: E402
