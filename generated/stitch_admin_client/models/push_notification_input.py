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
        d = dict(_t.expect_mapping(src_dict, "PushNotificationInput"))
        message = d.pop("message")
        if message.__class__ is not str:
            message = _t.expect_str(message, "message")

        label = d.pop("label", UNSET)
        if label.__class__ is not str:
            label = _t.optional_str(label, "label")

        topic = d.pop("topic", UNSET)
        if topic.__class__ is not str:
            topic = _t.optional_str(topic, "topic")

        _state = d.pop("state", UNSET)
        state: PushNotificationState | Unset
        if _state is None or isinstance(_state, Unset):
            state = UNSET
        else:
            state = PushNotificationState(_t.expect_str(_state, "state"))

        push_notification_input = cls(
            message=message,
            label=label,
            topic=topic,
            state=state,
        )

        push_notification_input.additional_properties = d
        return push_notification_input

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
