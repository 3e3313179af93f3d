from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..models.push_notification_state import PushNotificationState
from ..types import UNSET, Unset

T = TypeVar("T", bound="PushNotification")


@_attrs_define
class PushNotification:
    """A push notification message.

    Attributes:
        id (str):
        app_id (str | Unset):
        label (str | Unset):
        message (str | Unset):
        topic (str | Unset):
        created (datetime.datetime | Unset):
        sent (datetime.datetime | Unset):
        state (PushNotificationState | Unset): Whether a message was sent.
    """

    id: str
    app_id: str | Unset = UNSET
    label: str | Unset = UNSET
    message: str | Unset = UNSET
    topic: str | Unset = UNSET
    created: datetime.datetime | Unset = UNSET
    sent: datetime.datetime | Unset = UNSET
    state: PushNotificationState | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        app_id = self.app_id

        label = self.label

        message = self.message

        topic = self.topic

        created: str | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.isoformat()

        sent: str | Unset = UNSET
        if not isinstance(self.sent, Unset):
            sent = self.sent.isoformat()

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
            }
        )
        if app_id is not UNSET:
            field_dict["appID"] = app_id
        if label is not UNSET:
            field_dict["label"] = label
        if message is not UNSET:
            field_dict["message"] = message
        if topic is not UNSET:
            field_dict["topic"] = topic
        if created is not UNSET:
            field_dict["created"] = created
        if sent is not UNSET:
            field_dict["sent"] = sent
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(_t.expect_mapping(src_dict, "PushNotification"))
        id = d.pop("_id")
        if id.__class__ is not str:
            id = _t.expect_str(id, "_id")

        app_id = d.pop("appID", UNSET)
        if app_id.__class__ is not str:
            app_id = _t.optional_str(app_id, "appID")

        label = d.pop("label", UNSET)
        if label.__class__ is not str:
            label = _t.optional_str(label, "label")

        message = d.pop("message", UNSET)
        if message.__class__ is not str:
            message = _t.optional_str(message, "message")

        topic = d.pop("topic", UNSET)
        if topic.__class__ is not str:
            topic = _t.optional_str(topic, "topic")

        _created = d.pop("created", UNSET)
        created: datetime.datetime | Unset
        if _created is None or isinstance(_created, Unset):
            created = UNSET
        else:
            created = _t.parse_datetime(_created, "created")

        _sent = d.pop("sent", UNSET)
        sent: datetime.datetime | Unset
        if _sent is None or isinstance(_sent, Unset):
            sent = UNSET
        else:
            sent = _t.parse_datetime(_sent, "sent")

        _state = d.pop("state", UNSET)
        state: PushNotificationState | Unset
        if _state is None or isinstance(_state, Unset):
            state = UNSET
        else:
            state = PushNotificationState(_t.expect_str(_state, "state"))

        push_notification = cls(
            id=id,
            app_id=app_id,
            label=label,
            message=message,
            topic=topic,
            created=created,
            sent=sent,
            state=state,
        )

        push_notification.additional_properties = d
        return push_notification

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
