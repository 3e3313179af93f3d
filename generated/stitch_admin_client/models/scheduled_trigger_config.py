from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="ScheduledTriggerConfig")


@_attrs_define
class ScheduledTriggerConfig:
    """When a scheduled trigger fires.

    Attributes:
        schedule (str | Unset): A cron expression.
        skip_catchup_events (bool | Unset):
    """

    schedule: str | Unset = UNSET
    skip_catchup_events: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schedule = self.schedule

        skip_catchup_events = self.skip_catchup_events

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if skip_catchup_events is not UNSET:
            field_dict["skip_catchup_events"] = skip_catchup_events

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
            else dict(_t.expect_mapping(src_dict, "ScheduledTriggerConfig"))
        )
        pop = d.pop
        schedule = pop("schedule", UNSET)
        if schedule.__class__ is not str and schedule is not UNSET:
            schedule = _t.optional_str(schedule, "schedule")

        skip_catchup_events = pop("skip_catchup_events", UNSET)
        if skip_catchup_events.__class__ is not bool and skip_catchup_events is not UNSET:
            skip_catchup_events = _t.optional_bool(skip_catchup_events, "skip_catchup_events")

        self.schedule = schedule
        self.skip_catchup_events = skip_catchup_events
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
