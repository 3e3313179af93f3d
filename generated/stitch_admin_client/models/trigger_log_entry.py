from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..models.log_entry import LogEntry
from ..models.log_entry_type import LogEntryType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TriggerLogEntry")


@_attrs_define
class TriggerLogEntry(LogEntry):
    """A trigger's run, failure or error handling (`type` is `DB_TRIGGER`, `AUTH_TRIGGER`,
    `SCHEDULED_TRIGGER`, `TRIGGER_FAILURE` or `TRIGGER_ERROR_HANDLER`).

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
            mem_time_usage (float | Unset): Billed memory use, in byte-milliseconds.
            auth_event (AuthEvent | Unset): The authentication event an `AUTH` entry records.
            platform (str | Unset): The platform of the SDK that made the request.
            platform_version (str | Unset):
            sdk_name (str | Unset):
            sdk_version (str | Unset):
            function_call_location (str | Unset):
            function_call_provider_region (str | Unset):
            function_call (JsonObject | Unset): A JSON object whose fields depend on context (configuration, expressions,
                ...).
            rule_metrics (RuleMetrics | Unset): How the application's rules applied while serving a request.
            sync_query (JsonObject | Unset): A JSON object whose fields depend on context (configuration, expressions, ...).
            sync_session_metrics (JsonObject | Unset): A JSON object whose fields depend on context (configuration,
                expressions, ...).
            parent_co_id (str | Unset): The correlation id of the run whose failure the error handler handled.
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
    mem_time_usage: float | Unset = UNSET
    auth_event: AuthEvent | Unset = UNSET
    platform: str | Unset = UNSET
    platform_version: str | Unset = UNSET
    sdk_name: str | Unset = UNSET
    sdk_version: str | Unset = UNSET
    function_call_location: str | Unset = UNSET
    function_call_provider_region: str | Unset = UNSET
    function_call: JsonObject | Unset = UNSET
    rule_metrics: RuleMetrics | Unset = UNSET
    sync_query: JsonObject | Unset = UNSET
    sync_session_metrics: JsonObject | Unset = UNSET
    parent_co_id: str | Unset = UNSET
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

        platform = self.platform

        platform_version = self.platform_version

        sdk_name = self.sdk_name

        sdk_version = self.sdk_version

        function_call_location = self.function_call_location

        function_call_provider_region = self.function_call_provider_region

        function_call: dict[str, Any] | Unset = UNSET
        if not isinstance(self.function_call, Unset):
            function_call = self.function_call.to_dict()

        rule_metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rule_metrics, Unset):
            rule_metrics = self.rule_metrics.to_dict()

        sync_query: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sync_query, Unset):
            sync_query = self.sync_query.to_dict()

        sync_session_metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sync_session_metrics, Unset):
            sync_session_metrics = self.sync_session_metrics.to_dict()

        parent_co_id = self.parent_co_id

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
        if platform is not UNSET:
            field_dict["platform"] = platform
        if platform_version is not UNSET:
            field_dict["platform_version"] = platform_version
        if sdk_name is not UNSET:
            field_dict["sdk_name"] = sdk_name
        if sdk_version is not UNSET:
            field_dict["sdk_version"] = sdk_version
        if function_call_location is not UNSET:
            field_dict["function_call_location"] = function_call_location
        if function_call_provider_region is not UNSET:
            field_dict["function_call_provider_region"] = function_call_provider_region
        if function_call is not UNSET:
            field_dict["function_call"] = function_call
        if rule_metrics is not UNSET:
            field_dict["rule_metrics"] = rule_metrics
        if sync_query is not UNSET:
            field_dict["sync_query"] = sync_query
        if sync_session_metrics is not UNSET:
            field_dict["sync_session_metrics"] = sync_session_metrics
        if parent_co_id is not UNSET:
            field_dict["parent_co_id"] = parent_co_id

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
            else dict(_t.expect_mapping(src_dict, "TriggerLogEntry"))
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
        if _type_.__class__ is str:
            type_ = LogEntryType._by_value.get(_type_) or LogEntryType._from_json(_type_, "type")
        elif _type_ is UNSET or _type_ is None:
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
        if _started.__class__ is str:
            try:
                started = _t.fromisoformat(_started)
            except ValueError:
                started = _t.parse_datetime(_started, "started")
            if started.tzinfo is None:
                started = started.replace(tzinfo=_t.UTC)
        elif _started is UNSET or _started is None:
            started = UNSET
        else:
            started = _t.parse_datetime(_started, "started")

        _completed = pop("completed", UNSET)
        completed: datetime.datetime | Unset
        if _completed.__class__ is str:
            try:
                completed = _t.fromisoformat(_completed)
            except ValueError:
                completed = _t.parse_datetime(_completed, "completed")
            if completed.tzinfo is None:
                completed = completed.replace(tzinfo=_t.UTC)
        elif _completed is UNSET or _completed is None:
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
        if (
            mem_time_usage.__class__ is not float
            and mem_time_usage.__class__ is not int
            and mem_time_usage is not UNSET
        ):
            mem_time_usage = _t.optional_float(mem_time_usage, "mem_time_usage")

        _auth_event = pop("auth_event", UNSET)
        auth_event: AuthEvent | Unset
        if _auth_event is UNSET or _auth_event is None:
            auth_event = UNSET
        else:
            auth_event = AuthEvent.from_dict(_auth_event)

        platform = pop("platform", UNSET)
        if platform.__class__ is not str and platform is not UNSET:
            platform = _t.optional_str(platform, "platform")

        platform_version = pop("platform_version", UNSET)
        if platform_version.__class__ is not str and platform_version is not UNSET:
            platform_version = _t.optional_str(platform_version, "platform_version")

        sdk_name = pop("sdk_name", UNSET)
        if sdk_name.__class__ is not str and sdk_name is not UNSET:
            sdk_name = _t.optional_str(sdk_name, "sdk_name")

        sdk_version = pop("sdk_version", UNSET)
        if sdk_version.__class__ is not str and sdk_version is not UNSET:
            sdk_version = _t.optional_str(sdk_version, "sdk_version")

        function_call_location = pop("function_call_location", UNSET)
        if function_call_location.__class__ is not str and function_call_location is not UNSET:
            function_call_location = _t.optional_str(
                function_call_location, "function_call_location"
            )

        function_call_provider_region = pop("function_call_provider_region", UNSET)
        if (
            function_call_provider_region.__class__ is not str
            and function_call_provider_region is not UNSET
        ):
            function_call_provider_region = _t.optional_str(
                function_call_provider_region, "function_call_provider_region"
            )

        _function_call = pop("function_call", UNSET)
        function_call: JsonObject | Unset
        if _function_call is UNSET or _function_call is None:
            function_call = UNSET
        else:
            function_call = JsonObject.from_dict(_function_call)

        _rule_metrics = pop("rule_metrics", UNSET)
        rule_metrics: RuleMetrics | Unset
        if _rule_metrics is UNSET or _rule_metrics is None:
            rule_metrics = UNSET
        else:
            rule_metrics = RuleMetrics.from_dict(_rule_metrics)

        _sync_query = pop("sync_query", UNSET)
        sync_query: JsonObject | Unset
        if _sync_query is UNSET or _sync_query is None:
            sync_query = UNSET
        else:
            sync_query = JsonObject.from_dict(_sync_query)

        _sync_session_metrics = pop("sync_session_metrics", UNSET)
        sync_session_metrics: JsonObject | Unset
        if _sync_session_metrics is UNSET or _sync_session_metrics is None:
            sync_session_metrics = UNSET
        else:
            sync_session_metrics = JsonObject.from_dict(_sync_session_metrics)

        parent_co_id = pop("parent_co_id", UNSET)
        if parent_co_id.__class__ is not str and parent_co_id is not UNSET:
            parent_co_id = _t.optional_str(parent_co_id, "parent_co_id")

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
        self.platform = platform
        self.platform_version = platform_version
        self.sdk_name = sdk_name
        self.sdk_version = sdk_version
        self.function_call_location = function_call_location
        self.function_call_provider_region = function_call_provider_region
        self.function_call = function_call
        self.rule_metrics = rule_metrics
        self.sync_query = sync_query
        self.sync_session_metrics = sync_session_metrics
        self.parent_co_id = parent_co_id
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


class _UnmatchedTriggerLogEntry(_t.Unmatched, TriggerLogEntry):
    """A ``TriggerLogEntry`` item that does not match the document (see ``types.Unmatched``)."""

    __slots__ = ("_origin", "_raw")
    _model = TriggerLogEntry


TriggerLogEntry._unmatched = _UnmatchedTriggerLogEntry
# The blocks of `_decode`, field by field, for the decoders by key sequence (see `types.Shapes`).
TriggerLogEntry._shapes = _t.Shapes(
    "TriggerLogEntry",
    globals(),
    (
        _t.Field(
            "_id",
            "id",
            False,
            r"""
id = _value_
if id.__class__ is not str and id is not UNSET:
    id = _t.optional_str(id, "_id")
""",
        ),
        _t.Field(
            "co_id",
            "co_id",
            False,
            r"""
co_id = _value_
if co_id.__class__ is not str and co_id is not UNSET:
    co_id = _t.optional_str(co_id, "co_id")
""",
        ),
        _t.Field(
            "type",
            "type_",
            False,
            r"""
_type_ = _value_
type_: LogEntryType | Unset
if _type_.__class__ is str:
    type_ = LogEntryType._by_value.get(_type_) or LogEntryType._from_json(_type_, "type")
elif _type_ is UNSET or _type_ is None:
    type_ = UNSET
else:
    type_ = LogEntryType._from_json(_type_, "type")
""",
        ),
        _t.Field(
            "domain_id",
            "domain_id",
            False,
            r"""
domain_id = _value_
if domain_id.__class__ is not str and domain_id is not UNSET:
    domain_id = _t.optional_str(domain_id, "domain_id")
""",
        ),
        _t.Field(
            "app_id",
            "app_id",
            False,
            r"""
app_id = _value_
if app_id.__class__ is not str and app_id is not UNSET:
    app_id = _t.optional_str(app_id, "app_id")
""",
        ),
        _t.Field(
            "group_id",
            "group_id",
            False,
            r"""
group_id = _value_
if group_id.__class__ is not str and group_id is not UNSET:
    group_id = _t.optional_str(group_id, "group_id")
""",
        ),
        _t.Field(
            "request_url",
            "request_url",
            False,
            r"""
request_url = _value_
if request_url.__class__ is not str and request_url is not UNSET:
    request_url = _t.optional_str(request_url, "request_url")
""",
        ),
        _t.Field(
            "request_method",
            "request_method",
            False,
            r"""
request_method = _value_
if request_method.__class__ is not str and request_method is not UNSET:
    request_method = _t.optional_str(request_method, "request_method")
""",
        ),
        _t.Field(
            "remote_ip_address",
            "remote_ip_address",
            False,
            r"""
remote_ip_address = _value_
if remote_ip_address.__class__ is not str and remote_ip_address is not UNSET:
    remote_ip_address = _t.optional_str(remote_ip_address, "remote_ip_address")
""",
        ),
        _t.Field(
            "started",
            "started",
            False,
            r"""
_started = _value_
started: datetime.datetime | Unset
if _started.__class__ is str:
    try:
        started = _t.fromisoformat(_started)
    except ValueError:
        started = _t.parse_datetime(_started, "started")
    if started.tzinfo is None:
        started = started.replace(tzinfo=_t.UTC)
elif _started is UNSET or _started is None:
    started = UNSET
else:
    started = _t.parse_datetime(_started, "started")
""",
        ),
        _t.Field(
            "completed",
            "completed",
            False,
            r"""
_completed = _value_
completed: datetime.datetime | Unset
if _completed.__class__ is str:
    try:
        completed = _t.fromisoformat(_completed)
    except ValueError:
        completed = _t.parse_datetime(_completed, "completed")
    if completed.tzinfo is None:
        completed = completed.replace(tzinfo=_t.UTC)
elif _completed is UNSET or _completed is None:
    completed = UNSET
else:
    completed = _t.parse_datetime(_completed, "completed")
""",
        ),
        _t.Field(
            "error",
            "error",
            False,
            r"""
error = _value_
if error.__class__ is not str and error is not UNSET:
    error = _t.optional_str(error, "error")
""",
        ),
        _t.Field(
            "error_code",
            "error_code",
            False,
            r"""
error_code = _value_
if error_code.__class__ is not str and error_code is not UNSET:
    error_code = _t.optional_str(error_code, "error_code")
""",
        ),
        _t.Field(
            "status",
            "status",
            False,
            r"""
status = _value_
if status.__class__ is not int and status is not UNSET:
    status = _t.optional_int(status, "status")
""",
        ),
        _t.Field(
            "user_id",
            "user_id",
            False,
            r"""
user_id = _value_
if user_id.__class__ is not str and user_id is not UNSET:
    user_id = _t.optional_str(user_id, "user_id")
""",
        ),
        _t.Field(
            "function_name",
            "function_name",
            False,
            r"""
function_name = _value_
if function_name.__class__ is not str and function_name is not UNSET:
    function_name = _t.optional_str(function_name, "function_name")
""",
        ),
        _t.Field(
            "function_id",
            "function_id",
            False,
            r"""
function_id = _value_
if function_id.__class__ is not str and function_id is not UNSET:
    function_id = _t.optional_str(function_id, "function_id")
""",
        ),
        _t.Field(
            "event_subscription_name",
            "event_subscription_name",
            False,
            r"""
event_subscription_name = _value_
if event_subscription_name.__class__ is not str and event_subscription_name is not UNSET:
    event_subscription_name = _t.optional_str(event_subscription_name, "event_subscription_name")
""",
        ),
        _t.Field(
            "event_subscription_id",
            "event_subscription_id",
            False,
            r"""
event_subscription_id = _value_
if event_subscription_id.__class__ is not str and event_subscription_id is not UNSET:
    event_subscription_id = _t.optional_str(event_subscription_id, "event_subscription_id")
""",
        ),
        _t.Field(
            "messages",
            "messages",
            False,
            r"""
_messages = _value_
if _messages.__class__ is not list:
    _messages = _t.optional_list(_messages, "messages")
messages = _messages
""",
        ),
        _t.Field(
            "mem_time_usage",
            "mem_time_usage",
            False,
            r"""
mem_time_usage = _value_
if mem_time_usage.__class__ is not float and mem_time_usage.__class__ is not int and mem_time_usage is not UNSET:
    mem_time_usage = _t.optional_float(mem_time_usage, "mem_time_usage")
""",
        ),
        _t.Field(
            "auth_event",
            "auth_event",
            False,
            r"""
_auth_event = _value_
auth_event: AuthEvent | Unset
if _auth_event is UNSET or _auth_event is None:
    auth_event = UNSET
else:
    auth_event = AuthEvent.from_dict(_auth_event)
""",
        ),
        _t.Field(
            "platform",
            "platform",
            False,
            r"""
platform = _value_
if platform.__class__ is not str and platform is not UNSET:
    platform = _t.optional_str(platform, "platform")
""",
        ),
        _t.Field(
            "platform_version",
            "platform_version",
            False,
            r"""
platform_version = _value_
if platform_version.__class__ is not str and platform_version is not UNSET:
    platform_version = _t.optional_str(platform_version, "platform_version")
""",
        ),
        _t.Field(
            "sdk_name",
            "sdk_name",
            False,
            r"""
sdk_name = _value_
if sdk_name.__class__ is not str and sdk_name is not UNSET:
    sdk_name = _t.optional_str(sdk_name, "sdk_name")
""",
        ),
        _t.Field(
            "sdk_version",
            "sdk_version",
            False,
            r"""
sdk_version = _value_
if sdk_version.__class__ is not str and sdk_version is not UNSET:
    sdk_version = _t.optional_str(sdk_version, "sdk_version")
""",
        ),
        _t.Field(
            "function_call_location",
            "function_call_location",
            False,
            r"""
function_call_location = _value_
if function_call_location.__class__ is not str and function_call_location is not UNSET:
    function_call_location = _t.optional_str(function_call_location, "function_call_location")
""",
        ),
        _t.Field(
            "function_call_provider_region",
            "function_call_provider_region",
            False,
            r"""
function_call_provider_region = _value_
if function_call_provider_region.__class__ is not str and function_call_provider_region is not UNSET:
    function_call_provider_region = _t.optional_str(function_call_provider_region, "function_call_provider_region")
""",
        ),
        _t.Field(
            "function_call",
            "function_call",
            False,
            r"""
_function_call = _value_
function_call: JsonObject | Unset
if _function_call is UNSET or _function_call is None:
    function_call = UNSET
else:
    function_call = JsonObject.from_dict(_function_call)
""",
        ),
        _t.Field(
            "rule_metrics",
            "rule_metrics",
            False,
            r"""
_rule_metrics = _value_
rule_metrics: RuleMetrics | Unset
if _rule_metrics is UNSET or _rule_metrics is None:
    rule_metrics = UNSET
else:
    rule_metrics = RuleMetrics.from_dict(_rule_metrics)
""",
        ),
        _t.Field(
            "sync_query",
            "sync_query",
            False,
            r"""
_sync_query = _value_
sync_query: JsonObject | Unset
if _sync_query is UNSET or _sync_query is None:
    sync_query = UNSET
else:
    sync_query = JsonObject.from_dict(_sync_query)
""",
        ),
        _t.Field(
            "sync_session_metrics",
            "sync_session_metrics",
            False,
            r"""
_sync_session_metrics = _value_
sync_session_metrics: JsonObject | Unset
if _sync_session_metrics is UNSET or _sync_session_metrics is None:
    sync_session_metrics = UNSET
else:
    sync_session_metrics = JsonObject.from_dict(_sync_session_metrics)
""",
        ),
        _t.Field(
            "parent_co_id",
            "parent_co_id",
            False,
            r"""
parent_co_id = _value_
if parent_co_id.__class__ is not str and parent_co_id is not UNSET:
    parent_co_id = _t.optional_str(parent_co_id, "parent_co_id")
""",
        ),
    ),
    extras=True,
)


from ..models.auth_event import AuthEvent  # noqa: E402
from ..models.json_object import JsonObject  # noqa: E402
from ..models.rule_metrics import RuleMetrics  # noqa: E402
