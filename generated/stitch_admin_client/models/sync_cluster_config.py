from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..models.read_preference import ReadPreference
from ..types import UNSET, Unset

T = TypeVar("T", bound="SyncClusterConfig")


@_attrs_define
class SyncClusterConfig:
    """The cluster behind Device Sync, and its Flexible Sync settings.

    Attributes:
        cluster_id (str | Unset):
        cluster_name (str | Unset):
        cluster_type (str | Unset): `atlas` or `serverless`.
        flexible_sync (FlexibleSync | Unset): The Flexible Device Sync settings of a data source.
        group_name (str | Unset):
        org_name (str | Unset):
        read_preference (ReadPreference | Unset): Which members of a replica set reads go to.
        wire_protocol_enabled (bool | Unset):
    """

    cluster_id: str | Unset = UNSET
    cluster_name: str | Unset = UNSET
    cluster_type: str | Unset = UNSET
    flexible_sync: FlexibleSync | Unset = UNSET
    group_name: str | Unset = UNSET
    org_name: str | Unset = UNSET
    read_preference: ReadPreference | Unset = UNSET
    wire_protocol_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster_id = self.cluster_id

        cluster_name = self.cluster_name

        cluster_type = self.cluster_type

        flexible_sync: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flexible_sync, Unset):
            flexible_sync = self.flexible_sync.to_dict()

        group_name = self.group_name

        org_name = self.org_name

        read_preference: str | Unset = UNSET
        if not isinstance(self.read_preference, Unset):
            read_preference = self.read_preference.value

        wire_protocol_enabled = self.wire_protocol_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cluster_id is not UNSET:
            field_dict["clusterId"] = cluster_id
        if cluster_name is not UNSET:
            field_dict["clusterName"] = cluster_name
        if cluster_type is not UNSET:
            field_dict["clusterType"] = cluster_type
        if flexible_sync is not UNSET:
            field_dict["flexible_sync"] = flexible_sync
        if group_name is not UNSET:
            field_dict["groupName"] = group_name
        if org_name is not UNSET:
            field_dict["orgName"] = org_name
        if read_preference is not UNSET:
            field_dict["readPreference"] = read_preference
        if wire_protocol_enabled is not UNSET:
            field_dict["wireProtocolEnabled"] = wire_protocol_enabled

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
            else dict(_t.expect_mapping(src_dict, "SyncClusterConfig"))
        )
        pop = d.pop
        cluster_id = pop("clusterId", UNSET)
        if cluster_id.__class__ is not str and cluster_id is not UNSET:
            cluster_id = _t.optional_str(cluster_id, "clusterId")

        cluster_name = pop("clusterName", UNSET)
        if cluster_name.__class__ is not str and cluster_name is not UNSET:
            cluster_name = _t.optional_str(cluster_name, "clusterName")

        cluster_type = pop("clusterType", UNSET)
        if cluster_type.__class__ is not str and cluster_type is not UNSET:
            cluster_type = _t.optional_str(cluster_type, "clusterType")

        _flexible_sync = pop("flexible_sync", UNSET)
        flexible_sync: FlexibleSync | Unset
        if _flexible_sync is UNSET or _flexible_sync is None:
            flexible_sync = UNSET
        else:
            flexible_sync = FlexibleSync.from_dict(_flexible_sync)

        group_name = pop("groupName", UNSET)
        if group_name.__class__ is not str and group_name is not UNSET:
            group_name = _t.optional_str(group_name, "groupName")

        org_name = pop("orgName", UNSET)
        if org_name.__class__ is not str and org_name is not UNSET:
            org_name = _t.optional_str(org_name, "orgName")

        _read_preference = pop("readPreference", UNSET)
        read_preference: ReadPreference | Unset
        if _read_preference.__class__ is str:
            read_preference = ReadPreference._by_value.get(
                _read_preference
            ) or ReadPreference._from_json(_read_preference, "readPreference")
        elif _read_preference is UNSET or _read_preference is None:
            read_preference = UNSET
        else:
            read_preference = ReadPreference._from_json(_read_preference, "readPreference")

        wire_protocol_enabled = pop("wireProtocolEnabled", UNSET)
        if wire_protocol_enabled.__class__ is not bool and wire_protocol_enabled is not UNSET:
            wire_protocol_enabled = _t.optional_bool(wire_protocol_enabled, "wireProtocolEnabled")

        self.cluster_id = cluster_id
        self.cluster_name = cluster_name
        self.cluster_type = cluster_type
        self.flexible_sync = flexible_sync
        self.group_name = group_name
        self.org_name = org_name
        self.read_preference = read_preference
        self.wire_protocol_enabled = wire_protocol_enabled
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


from ..models.flexible_sync import FlexibleSync  # noqa: E402
