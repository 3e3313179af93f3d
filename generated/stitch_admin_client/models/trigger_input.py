from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..models.trigger_type import TriggerType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trigger_config import TriggerConfig


T = TypeVar("T", bound="TriggerInput")


@_attrs_define
class TriggerInput:
    """A trigger to create, or its new state.

    Attributes:
        name (str):
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
        from ..models.trigger_config import TriggerConfig  # noqa: PLC0415

        d = dict(_t.expect_mapping(src_dict, "TriggerInput"))
        name = d.pop("name")
        if name.__class__ is not str:
            name = _t.expect_str(name, "name")

        type_ = TriggerType(_t.expect_str(d.pop("type"), "type"))

        function_id = d.pop("function_id")
        if function_id.__class__ is not str:
            function_id = _t.expect_str(function_id, "function_id")

        config = TriggerConfig.from_dict(d.pop("config"))

        disabled = d.pop("disabled", UNSET)
        if disabled.__class__ is not bool:
            disabled = _t.optional_bool(disabled, "disabled")

        trigger_input = cls(
            name=name,
            type_=type_,
            function_id=function_id,
            config=config,
            disabled=disabled,
        )

        trigger_input.additional_properties = d
        return trigger_input

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
