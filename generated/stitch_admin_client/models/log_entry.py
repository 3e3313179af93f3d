from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..models.log_entry_type import LogEntryType
from ..types import UNSET, Unset

T = TypeVar("T", bound="LogEntry")


@_attrs_define
class LogEntry(_t.Deferred):
    """One log entry. The service sends many more fields than listed; all are kept.

    Attributes:
        id (str | Unset):
        co_id (str | Unset): The correlation id of the request that produced the entry.
        type_ (LogEntryType | Unset): What produced a log entry. New kinds appear over time.
        domain_id (str | Unset):
        app_id (str | Unset):
        group_id (str | Unset):
        request_url (str | Unset):
        request_method (str | Unset):
        remote_ip_address (str | Unset):
        started (datetime.datetime | Unset):
        completed (datetime.datetime | Unset):
        error (str | Unset):
        error_code (str | Unset):
        status (int | Unset):
        user_id (str | Unset):
        function_name (str | Unset):
        function_id (str | Unset):
        event_subscription_name (str | Unset):
        event_subscription_id (str | Unset):
        messages (list[Any] | Unset):
        mem_time_usage (int | Unset):
        auth_event (JsonObject | Unset): A JSON object whose fields depend on context (configuration, expressions, ...).
    """

    id: str | Unset = UNSET
    co_id: str | Unset = UNSET
    type_: LogEntryType | Unset = UNSET
    domain_id: str | Unset = UNSET
    app_id: str | Unset = UNSET
    group_id: str | Unset = UNSET
    request_url: str | Unset = UNSET
    request_method: str | Unset = UNSET
    remote_ip_address: str | Unset = UNSET
    started: datetime.datetime | Unset = UNSET
    completed: datetime.datetime | Unset = UNSET
    error: str | Unset = UNSET
    error_code: str | Unset = UNSET
    status: int | Unset = UNSET
    user_id: str | Unset = UNSET
    function_name: str | Unset = UNSET
    function_id: str | Unset = UNSET
    event_subscription_name: str | Unset = UNSET
    event_subscription_id: str | Unset = UNSET
    messages: list[Any] | Unset = UNSET
    mem_time_usage: int | Unset = UNSET
    auth_event: JsonObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        co_id = self.co_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        domain_id = self.domain_id

        app_id = self.app_id

        group_id = self.group_id

        request_url = self.request_url

        request_method = self.request_method

        remote_ip_address = self.remote_ip_address

        started: str | Unset = UNSET
        if not isinstance(self.started, Unset):
            started = self.started.isoformat()

        completed: str | Unset = UNSET
        if not isinstance(self.completed, Unset):
            completed = self.completed.isoformat()

        error = self.error

        error_code = self.error_code

        status = self.status

        user_id = self.user_id

        function_name = self.function_name

        function_id = self.function_id

        event_subscription_name = self.event_subscription_name

        event_subscription_id = self.event_subscription_id

        messages: list[Any] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = self.messages

        mem_time_usage = self.mem_time_usage

        auth_event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auth_event, Unset):
            auth_event = self.auth_event.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["_id"] = id
        if co_id is not UNSET:
            field_dict["co_id"] = co_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if domain_id is not UNSET:
            field_dict["domain_id"] = domain_id
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if request_url is not UNSET:
            field_dict["request_url"] = request_url
        if request_method is not UNSET:
            field_dict["request_method"] = request_method
        if remote_ip_address is not UNSET:
            field_dict["remote_ip_address"] = remote_ip_address
        if started is not UNSET:
            field_dict["started"] = started
        if completed is not UNSET:
            field_dict["completed"] = completed
        if error is not UNSET:
            field_dict["error"] = error
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if status is not UNSET:
            field_dict["status"] = status
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if function_name is not UNSET:
            field_dict["function_name"] = function_name
        if function_id is not UNSET:
            field_dict["function_id"] = function_id
        if event_subscription_name is not UNSET:
            field_dict["event_subscription_name"] = event_subscription_name
        if event_subscription_id is not UNSET:
            field_dict["event_subscription_id"] = event_subscription_id
        if messages is not UNSET:
            field_dict["messages"] = messages
        if mem_time_usage is not UNSET:
            field_dict["mem_time_usage"] = mem_time_usage
        if auth_event is not UNSET:
            field_dict["auth_event"] = auth_event

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
            else dict(_t.expect_mapping(src_dict, "LogEntry"))
        )
        pop = d.pop
        id = pop("_id", UNSET)
        if id.__class__ is not str and id is not UNSET:
            id = _t.optional_str(id, "_id")

        co_id = pop("co_id", UNSET)
        if co_id.__class__ is not str and co_id is not UNSET:
            co_id = _t.optional_str(co_id, "co_id")

        _type_ = pop("type", UNSET)
        type_: LogEntryType | Unset
        if _type_ is UNSET or _type_ is None:
            type_ = UNSET
        else:
            type_ = LogEntryType._from_json(_type_, "type")

        domain_id = pop("domain_id", UNSET)
        if domain_id.__class__ is not str and domain_id is not UNSET:
            domain_id = _t.optional_str(domain_id, "domain_id")

        app_id = pop("app_id", UNSET)
        if app_id.__class__ is not str and app_id is not UNSET:
            app_id = _t.optional_str(app_id, "app_id")

        group_id = pop("group_id", UNSET)
        if group_id.__class__ is not str and group_id is not UNSET:
            group_id = _t.optional_str(group_id, "group_id")

        request_url = pop("request_url", UNSET)
        if request_url.__class__ is not str and request_url is not UNSET:
            request_url = _t.optional_str(request_url, "request_url")

        request_method = pop("request_method", UNSET)
        if request_method.__class__ is not str and request_method is not UNSET:
            request_method = _t.optional_str(request_method, "request_method")

        remote_ip_address = pop("remote_ip_address", UNSET)
        if remote_ip_address.__class__ is not str and remote_ip_address is not UNSET:
            remote_ip_address = _t.optional_str(remote_ip_address, "remote_ip_address")

        _started = pop("started", UNSET)
        started: datetime.datetime | Unset
        if _started is UNSET or _started is None:
            started = UNSET
        else:
            started = _t.parse_datetime(_started, "started")

        _completed = pop("completed", UNSET)
        completed: datetime.datetime | Unset
        if _completed is UNSET or _completed is None:
            completed = UNSET
        else:
            completed = _t.parse_datetime(_completed, "completed")

        error = pop("error", UNSET)
        if error.__class__ is not str and error is not UNSET:
            error = _t.optional_str(error, "error")

        error_code = pop("error_code", UNSET)
        if error_code.__class__ is not str and error_code is not UNSET:
            error_code = _t.optional_str(error_code, "error_code")

        status = pop("status", UNSET)
        if status.__class__ is not int and status is not UNSET:
            status = _t.optional_int(status, "status")

        user_id = pop("user_id", UNSET)
        if user_id.__class__ is not str and user_id is not UNSET:
            user_id = _t.optional_str(user_id, "user_id")

        function_name = pop("function_name", UNSET)
        if function_name.__class__ is not str and function_name is not UNSET:
            function_name = _t.optional_str(function_name, "function_name")

        function_id = pop("function_id", UNSET)
        if function_id.__class__ is not str and function_id is not UNSET:
            function_id = _t.optional_str(function_id, "function_id")

        event_subscription_name = pop("event_subscription_name", UNSET)
        if event_subscription_name.__class__ is not str and event_subscription_name is not UNSET:
            event_subscription_name = _t.optional_str(
                event_subscription_name, "event_subscription_name"
            )

        event_subscription_id = pop("event_subscription_id", UNSET)
        if event_subscription_id.__class__ is not str and event_subscription_id is not UNSET:
            event_subscription_id = _t.optional_str(event_subscription_id, "event_subscription_id")

        _messages = pop("messages", UNSET)
        if _messages.__class__ is not list:
            _messages = _t.optional_list(_messages, "messages")
        messages = _messages

        mem_time_usage = pop("mem_time_usage", UNSET)
        if mem_time_usage.__class__ is not int and mem_time_usage is not UNSET:
            mem_time_usage = _t.optional_int(mem_time_usage, "mem_time_usage")

        _auth_event = pop("auth_event", UNSET)
        auth_event: JsonObject | Unset
        if _auth_event is UNSET or _auth_event is None:
            auth_event = UNSET
        else:
            auth_event = JsonObject.from_dict(_auth_event)

        self.id = id
        self.co_id = co_id
        self.type_ = type_
        self.domain_id = domain_id
        self.app_id = app_id
        self.group_id = group_id
        self.request_url = request_url
        self.request_method = request_method
        self.remote_ip_address = remote_ip_address
        self.started = started
        self.completed = completed
        self.error = error
        self.error_code = error_code
        self.status = status
        self.user_id = user_id
        self.function_name = function_name
        self.function_id = function_id
        self.event_subscription_name = event_subscription_name
        self.event_subscription_id = event_subscription_id
        self.messages = messages
        self.mem_time_usage = mem_time_usage
        self.auth_event = auth_event
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


class _PendingLogEntry(_t.Pending, LogEntry):
    """A ``LogEntry`` that is decoded on first use (see ``types.Pending``)."""

    __slots__ = ()
    _model = LogEntry


LogEntry._pending = _PendingLogEntry


from ..models.json_object import JsonObject  # noqa: E402
