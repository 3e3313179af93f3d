from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..models.log_forwarder_log_status import LogForwarderLogStatus
from ..models.log_forwarder_log_type import LogForwarderLogType
from ..types import UNSET, Unset

T = TypeVar("T", bound="LogForwarder")


@_attrs_define
class LogForwarder:
    """Sends some of the application's log entries to a collection or a function.

    Attributes:
        id (str | Unset):
        name (str | Unset):
        disabled (bool | Unset):
        log_types (list[LogForwarderLogType] | Unset):
        log_statuses (list[LogForwarderLogStatus] | Unset):
        policy (LogForwardingPolicy | Unset): How a forwarder groups entries.
        action (LogForwardingAction | Unset): Where a forwarder sends entries.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    disabled: bool | Unset = UNSET
    log_types: list[LogForwarderLogType] | Unset = UNSET
    log_statuses: list[LogForwarderLogStatus] | Unset = UNSET
    policy: LogForwardingPolicy | Unset = UNSET
    action: LogForwardingAction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        disabled = self.disabled

        log_types: list[str] | Unset = UNSET
        if not isinstance(self.log_types, Unset):
            log_types = []
            for log_types_item_data in self.log_types:
                log_types_item = log_types_item_data.value
                log_types.append(log_types_item)

        log_statuses: list[str] | Unset = UNSET
        if not isinstance(self.log_statuses, Unset):
            log_statuses = []
            for log_statuses_item_data in self.log_statuses:
                log_statuses_item = log_statuses_item_data.value
                log_statuses.append(log_statuses_item)

        policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.policy, Unset):
            policy = self.policy.to_dict()

        action: dict[str, Any] | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["_id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if log_types is not UNSET:
            field_dict["log_types"] = log_types
        if log_statuses is not UNSET:
            field_dict["log_statuses"] = log_statuses
        if policy is not UNSET:
            field_dict["policy"] = policy
        if action is not UNSET:
            field_dict["action"] = action

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
            else dict(_t.expect_mapping(src_dict, "LogForwarder"))
        )
        pop = d.pop
        id = pop("_id", UNSET)
        if id.__class__ is not str and id is not UNSET:
            id = _t.optional_str(id, "_id")

        name = pop("name", UNSET)
        if name.__class__ is not str and name is not UNSET:
            name = _t.optional_str(name, "name")

        disabled = pop("disabled", UNSET)
        if disabled.__class__ is not bool and disabled is not UNSET:
            disabled = _t.optional_bool(disabled, "disabled")

        _log_types = pop("log_types", UNSET)
        if _log_types.__class__ is not list:
            _log_types = _t.optional_list(_log_types, "log_types")
        log_types: list[LogForwarderLogType] | Unset = UNSET
        if not isinstance(_log_types, Unset):
            log_types = []
            for log_types_item_data in _log_types:
                _log_types_item = log_types_item_data
                log_types_item: LogForwarderLogType
                if _log_types_item.__class__ is str:
                    log_types_item = LogForwarderLogType._by_value.get(
                        _log_types_item
                    ) or LogForwarderLogType._from_json(_log_types_item, "log_types_item")
                else:
                    log_types_item = LogForwarderLogType._from_json(
                        _log_types_item, "log_types_item"
                    )

                log_types.append(log_types_item)

        _log_statuses = pop("log_statuses", UNSET)
        if _log_statuses.__class__ is not list:
            _log_statuses = _t.optional_list(_log_statuses, "log_statuses")
        log_statuses: list[LogForwarderLogStatus] | Unset = UNSET
        if not isinstance(_log_statuses, Unset):
            log_statuses = []
            for log_statuses_item_data in _log_statuses:
                _log_statuses_item = log_statuses_item_data
                log_statuses_item: LogForwarderLogStatus
                if _log_statuses_item.__class__ is str:
                    log_statuses_item = LogForwarderLogStatus._by_value.get(
                        _log_statuses_item
                    ) or LogForwarderLogStatus._from_json(_log_statuses_item, "log_statuses_item")
                else:
                    log_statuses_item = LogForwarderLogStatus._from_json(
                        _log_statuses_item, "log_statuses_item"
                    )

                log_statuses.append(log_statuses_item)

        _policy = pop("policy", UNSET)
        policy: LogForwardingPolicy | Unset
        if _policy is UNSET or _policy is None:
            policy = UNSET
        else:
            policy = LogForwardingPolicy.from_dict(_policy)

        _action = pop("action", UNSET)
        action: LogForwardingAction | Unset
        if _action is UNSET or _action is None:
            action = UNSET
        else:
            action = LogForwardingAction.from_dict(_action)

        self.id = id
        self.name = name
        self.disabled = disabled
        self.log_types = log_types
        self.log_statuses = log_statuses
        self.policy = policy
        self.action = action
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


from ..models.log_forwarding_action import LogForwardingAction  # noqa: E402
from ..models.log_forwarding_policy import LogForwardingPolicy  # noqa: E402
