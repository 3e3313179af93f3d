from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="LogPage")


@_attrs_define
class LogPage(_t.Deferred):
    """One page of log entries, newest first. `nextEndDate` is present only when more entries
    match; `nextSkip` only when the next page begins at the instant this one ends.

        Attributes:
            logs (list[LogEntry]):
            next_end_date (datetime.datetime | Unset): Pass as `end_date` to read the next page.
            next_skip (int | Unset): Pass as `skip` to read the next page.
    """

    logs: list[LogEntry]
    next_end_date: datetime.datetime | Unset = UNSET
    next_skip: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        logs = []
        for logs_item_data in self.logs:
            logs_item = logs_item_data.to_dict()
            logs.append(logs_item)

        next_end_date: str | Unset = UNSET
        if not isinstance(self.next_end_date, Unset):
            next_end_date = self.next_end_date.isoformat()

        next_skip = self.next_skip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "logs": logs,
            }
        )
        if next_end_date is not UNSET:
            field_dict["nextEndDate"] = next_end_date
        if next_skip is not UNSET:
            field_dict["nextSkip"] = next_skip

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
            else dict(_t.expect_mapping(src_dict, "LogPage"))
        )
        pop = d.pop
        _logs = pop("logs")
        if _logs.__class__ is not list:
            _logs = _t.expect_list(_logs, "logs")
        logs = _t.decode_items(LogEntry, _logs, "logs")

        _next_end_date = pop("nextEndDate", UNSET)
        next_end_date: datetime.datetime | Unset
        if _next_end_date.__class__ is str:
            try:
                next_end_date = _t.fromisoformat(_next_end_date)
            except ValueError:
                next_end_date = _t.parse_datetime(_next_end_date, "nextEndDate")
            if next_end_date.tzinfo is None:
                next_end_date = next_end_date.replace(tzinfo=_t.UTC)
        elif _next_end_date is UNSET or _next_end_date is None:
            next_end_date = UNSET
        else:
            next_end_date = _t.parse_datetime(_next_end_date, "nextEndDate")

        next_skip = pop("nextSkip", UNSET)
        if next_skip.__class__ is not int and next_skip is not UNSET:
            next_skip = _t.optional_int(next_skip, "nextSkip")

        self.logs = logs
        self.next_end_date = next_end_date
        self.next_skip = next_skip
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


class _PendingLogPage(_t.Pending, LogPage):
    """A ``LogPage`` that is decoded on first use (see ``types.Pending``)."""

    __slots__ = ()
    _model = LogPage


LogPage._pending = _PendingLogPage


from ..models.log_entry import LogEntry  # noqa: E402
