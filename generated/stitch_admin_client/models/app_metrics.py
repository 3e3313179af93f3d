from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="AppMetrics")


@_attrs_define
class AppMetrics:
    """The application's usage and performance metrics over a period.

    Attributes:
        app_id (str | Unset):
        app_name (str | Unset):
        group_id (str | Unset):
        start (str | Unset):
        end (str | Unset):
        granularity (str | Unset):
        measurements (list[Measurement] | Unset):
    """

    app_id: str | Unset = UNSET
    app_name: str | Unset = UNSET
    group_id: str | Unset = UNSET
    start: str | Unset = UNSET
    end: str | Unset = UNSET
    granularity: str | Unset = UNSET
    measurements: list[Measurement] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        app_name = self.app_name

        group_id = self.group_id

        start = self.start

        end = self.end

        granularity = self.granularity

        measurements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.measurements, Unset):
            measurements = []
            for measurements_item_data in self.measurements:
                measurements_item = measurements_item_data.to_dict()
                measurements.append(measurements_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if app_name is not UNSET:
            field_dict["app_name"] = app_name
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if granularity is not UNSET:
            field_dict["granularity"] = granularity
        if measurements is not UNSET:
            field_dict["measurements"] = measurements

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
            else dict(_t.expect_mapping(src_dict, "AppMetrics"))
        )
        pop = d.pop
        app_id = pop("app_id", UNSET)
        if app_id.__class__ is not str and app_id is not UNSET:
            app_id = _t.optional_str(app_id, "app_id")

        app_name = pop("app_name", UNSET)
        if app_name.__class__ is not str and app_name is not UNSET:
            app_name = _t.optional_str(app_name, "app_name")

        group_id = pop("group_id", UNSET)
        if group_id.__class__ is not str and group_id is not UNSET:
            group_id = _t.optional_str(group_id, "group_id")

        start = pop("start", UNSET)
        if start.__class__ is not str and start is not UNSET:
            start = _t.optional_str(start, "start")

        end = pop("end", UNSET)
        if end.__class__ is not str and end is not UNSET:
            end = _t.optional_str(end, "end")

        granularity = pop("granularity", UNSET)
        if granularity.__class__ is not str and granularity is not UNSET:
            granularity = _t.optional_str(granularity, "granularity")

        _measurements = pop("measurements", UNSET)
        if _measurements.__class__ is not list:
            _measurements = _t.optional_list(_measurements, "measurements")
        measurements: list[Measurement] | Unset = UNSET
        if not isinstance(_measurements, Unset):
            measurements = []
            for measurements_item_data in _measurements:
                measurements_item = Measurement.from_dict(measurements_item_data)

                measurements.append(measurements_item)

        self.app_id = app_id
        self.app_name = app_name
        self.group_id = group_id
        self.start = start
        self.end = end
        self.granularity = granularity
        self.measurements = measurements
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


from ..models.measurement import Measurement  # noqa: E402
