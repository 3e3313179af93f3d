from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..models.trigger_type import TriggerType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TriggerInput")


@_attrs_define
class TriggerInput:
    """A trigger to create, or its new state.

    Attributes:
        name (str): 1 to 64 ASCII letters, digits, underscores and hyphens.
        type_ (TriggerType): What a trigger listens to. `SCHEDULED` is not on the reference page; the service has it.
        function_id (str):
        config (TriggerConfig): A trigger's settings. Database triggers need `operation_types`, `database`, `collection`
            and `service_id`; authentication triggers need `operation_type`; scheduled triggers
            need `schedule`.
        disabled (bool | Unset):  Default: False.
    """

    name: str
    type_: TriggerType
    function_id: str
    config: TriggerConfig
    disabled: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_.value

        function_id = self.function_id

        config = self.config.to_dict()

        disabled = self.disabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
                "function_id": function_id,
                "config": config,
            }
        )
        if disabled is not UNSET:
            field_dict["disabled"] = disabled

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
            else dict(_t.expect_mapping(src_dict, "TriggerInput"))
        )
        pop = d.pop
        name = pop("name")
        if name.__class__ is not str:
            name = _t.expect_str(name, "name")

        type_ = TriggerType._from_json(pop("type"), "type")

        function_id = pop("function_id")
        if function_id.__class__ is not str:
            function_id = _t.expect_str(function_id, "function_id")

        config = TriggerConfig.from_dict(pop("config"))

        disabled = pop("disabled", UNSET)
        if disabled.__class__ is not bool and disabled is not UNSET:
            disabled = _t.optional_bool(disabled, "disabled")

        self.name = name
        self.type_ = type_
        self.function_id = function_id
        self.config = config
        self.disabled = disabled
        self.additional_properties = d
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
