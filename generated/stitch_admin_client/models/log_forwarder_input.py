from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..models.log_forwarder_log_status import LogForwarderLogStatus
from ..models.log_forwarder_log_type import LogForwarderLogType
from ..types import UNSET, Unset

T = TypeVar("T", bound="LogForwarderInput")


@_attrs_define
class LogForwarderInput:
    """A log forwarder to create, or its new state.

    Attributes:
        name (str): 1 to 64 ASCII letters, digits, underscores and hyphens; unique in the app.
        log_types (list[LogForwarderLogType]):
        log_statuses (list[LogForwarderLogStatus]):
        policy (LogForwardingPolicy): How a forwarder groups entries.
        action (LogForwardingAction): Where a forwarder sends entries.
        disabled (bool | Unset):
    """

    name: str
    log_types: list[LogForwarderLogType]
    log_statuses: list[LogForwarderLogStatus]
    policy: LogForwardingPolicy
    action: LogForwardingAction
    disabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        log_types = []
        for log_types_item_data in self.log_types:
            log_types_item = log_types_item_data.value
            log_types.append(log_types_item)

        log_statuses = []
        for log_statuses_item_data in self.log_statuses:
            log_statuses_item = log_statuses_item_data.value
            log_statuses.append(log_statuses_item)

        policy = self.policy.to_dict()

        action = self.action.to_dict()

        disabled = self.disabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "log_types": log_types,
                "log_statuses": log_statuses,
                "policy": policy,
                "action": action,
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
            else dict(_t.expect_mapping(src_dict, "LogForwarderInput"))
        )
        pop = d.pop
        name = pop("name")
        if name.__class__ is not str:
            name = _t.expect_str(name, "name")

        _log_types = pop("log_types")
        if _log_types.__class__ is not list:
            _log_types = _t.expect_list(_log_types, "log_types")
        log_types = []
        for log_types_item_data in _log_types:
            _log_types_item = log_types_item_data
            log_types_item: LogForwarderLogType
            if _log_types_item.__class__ is str:
                log_types_item = LogForwarderLogType._by_value.get(
                    _log_types_item
                ) or LogForwarderLogType._from_json(_log_types_item, "log_types_item")
            else:
                log_types_item = LogForwarderLogType._from_json(_log_types_item, "log_types_item")

            log_types.append(log_types_item)

        _log_statuses = pop("log_statuses")
        if _log_statuses.__class__ is not list:
            _log_statuses = _t.expect_list(_log_statuses, "log_statuses")
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

        policy = LogForwardingPolicy.from_dict(pop("policy"))

        action = LogForwardingAction.from_dict(pop("action"))

        disabled = pop("disabled", UNSET)
        if disabled.__class__ is not bool and disabled is not UNSET:
            disabled = _t.optional_bool(disabled, "disabled")

        self.name = name
        self.log_types = log_types
        self.log_statuses = log_statuses
        self.policy = policy
        self.action = action
        self.disabled = disabled
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
