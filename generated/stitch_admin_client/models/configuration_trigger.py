from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..models.trigger_type import TriggerType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConfigurationTrigger")


@_attrs_define
class ConfigurationTrigger:
    """A trigger as a whole configuration holds it (`pull_app_configuration`,
    `push_app_configuration`): like `TriggerInput`, but its function may be named by
    `function_name` alone, as configuration files name it; the name wins over
    `function_id` when both are given. A database trigger's data source may likewise be
    named by `config.service_name` instead of `config.service_id`.

        Attributes:
            name (str): 1 to 64 ASCII letters, digits, underscores and hyphens.
            type_ (TriggerType): What a trigger listens to. `SCHEDULED` is not on the reference page; the service has it.
            config (TriggerConfig): A trigger's settings. Database triggers need `operation_types`, `database`, `collection`
                and `service_id`; authentication triggers need `operation_type`; scheduled triggers
                need `schedule`.
            function_id (str | Unset):
            function_name (str | Unset):
            disabled (bool | Unset):
            event_processors (TriggerEventProcessors | Unset): Where a trigger sends its events, by processor kind. Other
                kinds are kept.
            error_handler (TriggerErrorHandler | Unset): What a database trigger does when sending an event fails.
    """

    name: str
    type_: TriggerType
    config: TriggerConfig
    function_id: str | Unset = UNSET
    function_name: str | Unset = UNSET
    disabled: bool | Unset = UNSET
    event_processors: TriggerEventProcessors | Unset = UNSET
    error_handler: TriggerErrorHandler | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_.value

        config = self.config.to_dict()

        function_id = self.function_id

        function_name = self.function_name

        disabled = self.disabled

        event_processors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event_processors, Unset):
            event_processors = self.event_processors.to_dict()

        error_handler: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error_handler, Unset):
            error_handler = self.error_handler.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
                "config": config,
            }
        )
        if function_id is not UNSET:
            field_dict["function_id"] = function_id
        if function_name is not UNSET:
            field_dict["function_name"] = function_name
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if event_processors is not UNSET:
            field_dict["event_processors"] = event_processors
        if error_handler is not UNSET:
            field_dict["error_handler"] = error_handler

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
            else dict(_t.expect_mapping(src_dict, "ConfigurationTrigger"))
        )
        pop = d.pop
        name = pop("name")
        if name.__class__ is not str:
            name = _t.expect_str(name, "name")

        _type_ = pop("type")
        type_: TriggerType
        if _type_.__class__ is str:
            type_ = TriggerType._by_value.get(_type_) or TriggerType._from_json(_type_, "type")
        else:
            type_ = TriggerType._from_json(_type_, "type")

        config = TriggerConfig.from_dict(pop("config"))

        function_id = pop("function_id", UNSET)
        if function_id.__class__ is not str and function_id is not UNSET:
            function_id = _t.optional_str(function_id, "function_id")

        function_name = pop("function_name", UNSET)
        if function_name.__class__ is not str and function_name is not UNSET:
            function_name = _t.optional_str(function_name, "function_name")

        disabled = pop("disabled", UNSET)
        if disabled.__class__ is not bool and disabled is not UNSET:
            disabled = _t.optional_bool(disabled, "disabled")

        _event_processors = pop("event_processors", UNSET)
        event_processors: TriggerEventProcessors | Unset
        if _event_processors is UNSET or _event_processors is None:
            event_processors = UNSET
        else:
            event_processors = TriggerEventProcessors.from_dict(_event_processors)

        _error_handler = pop("error_handler", UNSET)
        error_handler: TriggerErrorHandler | Unset
        if _error_handler is UNSET or _error_handler is None:
            error_handler = UNSET
        else:
            error_handler = TriggerErrorHandler.from_dict(_error_handler)

        self.name = name
        self.type_ = type_
        self.config = config
        self.function_id = function_id
        self.function_name = function_name
        self.disabled = disabled
        self.event_processors = event_processors
        self.error_handler = error_handler
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


from ..models.trigger_config import TriggerConfig  # noqa: E402
from ..models.trigger_error_handler import TriggerErrorHandler  # noqa: E402
from ..models.trigger_event_processors import TriggerEventProcessors  # noqa: E402
