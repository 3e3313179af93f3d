from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..models.push_notification_state import PushNotificationState
from ..types import UNSET, Unset

T = TypeVar("T", bound="PushNotificationInput")


@_attrs_define
class PushNotificationInput:
    """A push notification to create, or its new state.

    Attributes:
        message (str):
        label (str | Unset):
        topic (str | Unset):
        state (PushNotificationState | Unset): Whether a message was sent.
    """

    message: str
    label: str | Unset = UNSET
    topic: str | Unset = UNSET
    state: PushNotificationState | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        label = self.label

        topic = self.topic

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if topic is not UNSET:
            field_dict["topic"] = topic
        if state is not UNSET:
            field_dict["state"] = state

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
            else dict(_t.expect_mapping(src_dict, "PushNotificationInput"))
        )
        pop = d.pop
        message = pop("message")
        if message.__class__ is not str:
            message = _t.expect_str(message, "message")

        label = pop("label", UNSET)
        if label.__class__ is not str and label is not UNSET:
            label = _t.optional_str(label, "label")

        topic = pop("topic", UNSET)
        if topic.__class__ is not str and topic is not UNSET:
            topic = _t.optional_str(topic, "topic")

        _state = pop("state", UNSET)
        state: PushNotificationState | Unset
        if _state.__class__ is str:
            state = PushNotificationState._by_value.get(_state) or PushNotificationState._from_json(
                _state, "state"
            )
        elif _state is UNSET or _state is None:
            state = UNSET
        else:
            state = PushNotificationState._from_json(_state, "state")

        self.message = message
        self.label = label
        self.topic = topic
        self.state = state
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
