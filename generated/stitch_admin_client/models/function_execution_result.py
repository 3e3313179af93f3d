from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="FunctionExecutionResult")


@_attrs_define
class FunctionExecutionResult:
    """The outcome of a test run.

    Attributes:
        result (Any | Unset): What the function returned (any JSON value).
        logs (Any | Unset): The lines the function logged (usually an array of strings).
        error (Any | Unset): Set when the function threw or did not compile; usually an object with a `message`.
        stats (FunctionExecutionStats | Unset): Measurements of one run.
    """

    result: Any | Unset = UNSET
    logs: Any | Unset = UNSET
    error: Any | Unset = UNSET
    stats: FunctionExecutionStats | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result = self.result

        logs = self.logs

        error = self.error

        stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stats, Unset):
            stats = self.stats.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if result is not UNSET:
            field_dict["result"] = result
        if logs is not UNSET:
            field_dict["logs"] = logs
        if error is not UNSET:
            field_dict["error"] = error
        if stats is not UNSET:
            field_dict["stats"] = stats

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
            else dict(_t.expect_mapping(src_dict, "FunctionExecutionResult"))
        )
        pop = d.pop
        result = pop("result", UNSET)

        logs = pop("logs", UNSET)

        error = pop("error", UNSET)

        _stats = pop("stats", UNSET)
        stats: FunctionExecutionStats | Unset
        if _stats is UNSET or _stats is None:
            stats = UNSET
        else:
            stats = FunctionExecutionStats.from_dict(_stats)

        self.result = result
        self.logs = logs
        self.error = error
        self.stats = stats
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


from ..models.function_execution_stats import FunctionExecutionStats  # noqa: E402
