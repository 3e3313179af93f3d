from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="TriggerEventProcessors")


@_attrs_define
class TriggerEventProcessors:
    """Where a trigger sends its events, by processor kind. Other kinds are kept.

    Attributes:
        function (FunctionEventProcessor | Unset): Events go to a function of the application.
        aws_eventbridge (AwsEventBridgeEventProcessor | Unset): Events go to an AWS EventBridge partner event source.
    """

    function: FunctionEventProcessor | Unset = UNSET
    aws_eventbridge: AwsEventBridgeEventProcessor | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        function: dict[str, Any] | Unset = UNSET
        if not isinstance(self.function, Unset):
            function = self.function.to_dict()

        aws_eventbridge: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aws_eventbridge, Unset):
            aws_eventbridge = self.aws_eventbridge.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if function is not UNSET:
            field_dict["FUNCTION"] = function
        if aws_eventbridge is not UNSET:
            field_dict["AWS_EVENTBRIDGE"] = aws_eventbridge

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
            else dict(_t.expect_mapping(src_dict, "TriggerEventProcessors"))
        )
        pop = d.pop
        _function = pop("FUNCTION", UNSET)
        function: FunctionEventProcessor | Unset
        if _function is UNSET or _function is None:
            function = UNSET
        else:
            function = FunctionEventProcessor.from_dict(_function)

        _aws_eventbridge = pop("AWS_EVENTBRIDGE", UNSET)
        aws_eventbridge: AwsEventBridgeEventProcessor | Unset
        if _aws_eventbridge is UNSET or _aws_eventbridge is None:
            aws_eventbridge = UNSET
        else:
            aws_eventbridge = AwsEventBridgeEventProcessor.from_dict(_aws_eventbridge)

        self.function = function
        self.aws_eventbridge = aws_eventbridge
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


from ..models.aws_event_bridge_event_processor import AwsEventBridgeEventProcessor  # noqa: E402
from ..models.function_event_processor import FunctionEventProcessor  # noqa: E402
