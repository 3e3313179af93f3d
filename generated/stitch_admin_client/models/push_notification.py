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
        allowed_ips (str | Unset):
        label (str | Unset):
        message (str | Unset):
        topic (str | Unset):
        created (datetime.datetime | Unset):
        sent (datetime.datetime | Unset):
        state (PushNotificationState | Unset): Whether a message was sent.
    """

    id: str
    app_id: str | Unset = UNSET
    allowed_ips: str | Unset = UNSET
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

        allowed_ips = self.allowed_ips

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
        if allowed_ips is not UNSET:
            field_dict["allowed_ips"] = allowed_ips
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
        return cls.__new__(cls)._decode(src_dict)

    def _decode(self: T, src_dict: Mapping[str, Any]) -> T:
        # Fills a new instance, bypassing __init__: every field is decoded into a local first and
        # assigned only once all of them are, so that a failure leaves no field set.
        d = (
            dict(src_dict)
            if src_dict.__class__ is dict
            else dict(_t.expect_mapping(src_dict, "PushNotification"))
        )
        pop = d.pop
        id = pop("_id")
        if id.__class__ is not str:
            id = _t.expect_str(id, "_id")

        app_id = pop("appID", UNSET)
        if app_id.__class__ is not str and app_id is not UNSET:
            app_id = _t.optional_str(app_id, "appID")

        allowed_ips = pop("allowed_ips", UNSET)
        if allowed_ips.__class__ is not str and allowed_ips is not UNSET:
            allowed_ips = _t.optional_str(allowed_ips, "allowed_ips")

        label = pop("label", UNSET)
        if label.__class__ is not str and label is not UNSET:
            label = _t.optional_str(label, "label")

        message = pop("message", UNSET)
        if message.__class__ is not str and message is not UNSET:
            message = _t.optional_str(message, "message")

        topic = pop("topic", UNSET)
        if topic.__class__ is not str and topic is not UNSET:
            topic = _t.optional_str(topic, "topic")

        _created = pop("created", UNSET)
        created: datetime.datetime | Unset
        if _created.__class__ is str:
            try:
                created = _t.fromisoformat(_created)
            except ValueError:
                created = _t.parse_datetime(_created, "created")
            if created.tzinfo is None:
                created = created.replace(tzinfo=_t.UTC)
        elif _created is UNSET or _created is None:
            created = UNSET
        else:
            created = _t.parse_datetime(_created, "created")

        _sent = pop("sent", UNSET)
        sent: datetime.datetime | Unset
        if _sent.__class__ is str:
            try:
                sent = _t.fromisoformat(_sent)
            except ValueError:
                sent = _t.parse_datetime(_sent, "sent")
            if sent.tzinfo is None:
                sent = sent.replace(tzinfo=_t.UTC)
        elif _sent is UNSET or _sent is None:
            sent = UNSET
        else:
            sent = _t.parse_datetime(_sent, "sent")

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

        self.id = id
        self.app_id = app_id
        self.allowed_ips = allowed_ips
        self.label = label
        self.message = message
        self.topic = topic
        self.created = created
        self.sent = sent
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
