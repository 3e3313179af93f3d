from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..models.read_preference import ReadPreference
from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceConfig")


@_attrs_define
class ServiceConfig:
    """A service's configuration. Its fields depend on the service type: the ones listed are
    those of MongoDB Atlas clusters and federated database instances; other types keep
    theirs as they come.

        Attributes:
            cluster_name (str | Unset): The Atlas cluster a `mongodb-atlas` data source reads.
            read_preference (ReadPreference | Unset): Which members of a replica set reads go to.
            read_preference_tag_sets (list[str] | Unset):
            wire_protocol_enabled (bool | Unset): Whether clients may connect with the MongoDB wire protocol.
            cluster_id (float | Unset):
            group_name (str | Unset):
            org_name (str | Unset):
            data_lake_name (str | Unset): The federated database instance a `datalake` data source reads.
    """

    cluster_name: str | Unset = UNSET
    read_preference: ReadPreference | Unset = UNSET
    read_preference_tag_sets: list[str] | Unset = UNSET
    wire_protocol_enabled: bool | Unset = UNSET
    cluster_id: float | Unset = UNSET
    group_name: str | Unset = UNSET
    org_name: str | Unset = UNSET
    data_lake_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster_name = self.cluster_name

        read_preference: str | Unset = UNSET
        if not isinstance(self.read_preference, Unset):
            read_preference = self.read_preference.value

        read_preference_tag_sets: list[str] | Unset = UNSET
        if not isinstance(self.read_preference_tag_sets, Unset):
            read_preference_tag_sets = self.read_preference_tag_sets

        wire_protocol_enabled = self.wire_protocol_enabled

        cluster_id = self.cluster_id

        group_name = self.group_name

        org_name = self.org_name

        data_lake_name = self.data_lake_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cluster_name is not UNSET:
            field_dict["clusterName"] = cluster_name
        if read_preference is not UNSET:
            field_dict["readPreference"] = read_preference
        if read_preference_tag_sets is not UNSET:
            field_dict["readPreferenceTagSets"] = read_preference_tag_sets
        if wire_protocol_enabled is not UNSET:
            field_dict["wireProtocolEnabled"] = wire_protocol_enabled
        if cluster_id is not UNSET:
            field_dict["clusterId"] = cluster_id
        if group_name is not UNSET:
            field_dict["groupName"] = group_name
        if org_name is not UNSET:
            field_dict["orgName"] = org_name
        if data_lake_name is not UNSET:
            field_dict["dataLakeName"] = data_lake_name

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
            else dict(_t.expect_mapping(src_dict, "ServiceConfig"))
        )
        pop = d.pop
        cluster_name = pop("clusterName", UNSET)
        if cluster_name.__class__ is not str and cluster_name is not UNSET:
            cluster_name = _t.optional_str(cluster_name, "clusterName")

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

        _read_preference_tag_sets = pop("readPreferenceTagSets", UNSET)
        if _read_preference_tag_sets.__class__ is not list:
            _read_preference_tag_sets = _t.optional_list(
                _read_preference_tag_sets, "readPreferenceTagSets"
            )
        read_preference_tag_sets: list[str] | Unset = UNSET
        if not isinstance(_read_preference_tag_sets, Unset):
            read_preference_tag_sets = []
            for read_preference_tag_sets_item_data in _read_preference_tag_sets:
                read_preference_tag_sets_item = read_preference_tag_sets_item_data
                if read_preference_tag_sets_item.__class__ is not str:
                    read_preference_tag_sets_item = _t.expect_str(
                        read_preference_tag_sets_item, "readPreferenceTagSets_item"
                    )

                read_preference_tag_sets.append(read_preference_tag_sets_item)

        wire_protocol_enabled = pop("wireProtocolEnabled", UNSET)
        if wire_protocol_enabled.__class__ is not bool and wire_protocol_enabled is not UNSET:
            wire_protocol_enabled = _t.optional_bool(wire_protocol_enabled, "wireProtocolEnabled")

        cluster_id = pop("clusterId", UNSET)
        if (
            cluster_id.__class__ is not float
            and cluster_id.__class__ is not int
            and cluster_id is not UNSET
        ):
            cluster_id = _t.optional_float(cluster_id, "clusterId")

        group_name = pop("groupName", UNSET)
        if group_name.__class__ is not str and group_name is not UNSET:
            group_name = _t.optional_str(group_name, "groupName")

        org_name = pop("orgName", UNSET)
        if org_name.__class__ is not str and org_name is not UNSET:
            org_name = _t.optional_str(org_name, "orgName")

        data_lake_name = pop("dataLakeName", UNSET)
        if data_lake_name.__class__ is not str and data_lake_name is not UNSET:
            data_lake_name = _t.optional_str(data_lake_name, "dataLakeName")

        self.cluster_name = cluster_name
        self.read_preference = read_preference
        self.read_preference_tag_sets = read_preference_tag_sets
        self.wire_protocol_enabled = wire_protocol_enabled
        self.cluster_id = cluster_id
        self.group_name = group_name
        self.org_name = org_name
        self.data_lake_name = data_lake_name
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
