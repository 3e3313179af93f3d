from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="Measurement")


@_attrs_define
class Measurement:
    """A series of values of one metric.

    Attributes:
        name (str | Unset):
        units (str | Unset):
        data_points (list[MeasurementDataPoint] | Unset):
    """

    name: str | Unset = UNSET
    units: str | Unset = UNSET
    data_points: list[MeasurementDataPoint] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        units = self.units

        data_points: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data_points, Unset):
            data_points = []
            for data_points_item_data in self.data_points:
                data_points_item = data_points_item_data.to_dict()
                data_points.append(data_points_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if units is not UNSET:
            field_dict["units"] = units
        if data_points is not UNSET:
            field_dict["data_points"] = data_points

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
            else dict(_t.expect_mapping(src_dict, "Measurement"))
        )
        pop = d.pop
        name = pop("name", UNSET)
        if name.__class__ is not str and name is not UNSET:
            name = _t.optional_str(name, "name")

        units = pop("units", UNSET)
        if units.__class__ is not str and units is not UNSET:
            units = _t.optional_str(units, "units")

        _data_points = pop("data_points", UNSET)
        if _data_points.__class__ is not list:
            _data_points = _t.optional_list(_data_points, "data_points")
        data_points: list[MeasurementDataPoint] | Unset = UNSET
        if not isinstance(_data_points, Unset):
            data_points = []
            for data_points_item_data in _data_points:
                data_points_item = MeasurementDataPoint.from_dict(data_points_item_data)

                data_points.append(data_points_item)

        self.name = name
        self.units = units
        self.data_points = data_points
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


from ..models.measurement_data_point import MeasurementDataPoint  # noqa: E402
