from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..models.trigger import Trigger
from ..models.trigger_type import TriggerType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ScheduledTrigger")


@_attrs_define
class ScheduledTrigger(Trigger):
    """A trigger that fires on a schedule (`type` is `SCHEDULED`).

    Attributes:
        id (str):
        name (str):
        type_ (TriggerType | Unset): What a trigger listens to. `SCHEDULED` is not on the reference page; the service
            has it.
        function_id (str | Unset):
        function_name (str | Unset):
        disabled (bool | Unset):
        config (ScheduledTriggerConfig | Unset): When a scheduled trigger fires.
        event_processors (TriggerEventProcessors | Unset): Where a trigger sends its events, by processor kind. Other
            kinds are kept.
        last_modified (int | Unset):
    """

    id: str
    name: str
    type_: TriggerType | Unset = UNSET
    function_id: str | Unset = UNSET
    function_name: str | Unset = UNSET
    disabled: bool | Unset = UNSET
    config: ScheduledTriggerConfig | Unset = UNSET
    event_processors: TriggerEventProcessors | Unset = UNSET
    last_modified: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        function_id = self.function_id

        function_name = self.function_name

        disabled = self.disabled

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        event_processors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event_processors, Unset):
            event_processors = self.event_processors.to_dict()

        last_modified = self.last_modified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
                "name": name,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if function_id is not UNSET:
            field_dict["function_id"] = function_id
        if function_name is not UNSET:
            field_dict["function_name"] = function_name
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if config is not UNSET:
            field_dict["config"] = config
        if event_processors is not UNSET:
            field_dict["event_processors"] = event_processors
        if last_modified is not UNSET:
            field_dict["last_modified"] = last_modified

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
            else dict(_t.expect_mapping(src_dict, "ScheduledTrigger"))
        )
        pop = d.pop
        id = pop("_id")
        if id.__class__ is not str:
            id = _t.expect_str(id, "_id")

        name = pop("name")
        if name.__class__ is not str:
            name = _t.expect_str(name, "name")

        _type_ = pop("type", UNSET)
        type_: TriggerType | Unset
        if _type_.__class__ is str:
            type_ = TriggerType._by_value.get(_type_) or TriggerType._from_json(_type_, "type")
        elif _type_ is UNSET or _type_ is None:
            type_ = UNSET
        else:
            type_ = TriggerType._from_json(_type_, "type")

        function_id = pop("function_id", UNSET)
        if function_id.__class__ is not str and function_id is not UNSET:
            function_id = _t.optional_str(function_id, "function_id")

        function_name = pop("function_name", UNSET)
        if function_name.__class__ is not str and function_name is not UNSET:
            function_name = _t.optional_str(function_name, "function_name")

        disabled = pop("disabled", UNSET)
        if disabled.__class__ is not bool and disabled is not UNSET:
            disabled = _t.optional_bool(disabled, "disabled")

        _config = pop("config", UNSET)
        config: ScheduledTriggerConfig | Unset
        if _config is UNSET or _config is None:
            config = UNSET
        else:
            config = ScheduledTriggerConfig.from_dict(_config)

        _event_processors = pop("event_processors", UNSET)
        event_processors: TriggerEventProcessors | Unset
        if _event_processors is UNSET or _event_processors is None:
            event_processors = UNSET
        else:
            event_processors = TriggerEventProcessors.from_dict(_event_processors)

        last_modified = pop("last_modified", UNSET)
        if last_modified.__class__ is not int and last_modified is not UNSET:
            last_modified = _t.optional_int(last_modified, "last_modified")

        self.id = id
        self.name = name
        self.type_ = type_
        self.function_id = function_id
        self.function_name = function_name
        self.disabled = disabled
        self.config = config
        self.event_processors = event_processors
        self.last_modified = last_modified
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


from ..models.scheduled_trigger_config import ScheduledTriggerConfig  # noqa: E402
from ..models.trigger_event_processors import TriggerEventProcessors  # noqa: E402
