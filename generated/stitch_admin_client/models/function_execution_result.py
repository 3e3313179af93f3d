from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.function_execution_stats import FunctionExecutionStats


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
        from ..models.function_execution_stats import FunctionExecutionStats  # noqa: PLC0415

        d = dict(_t.expect_mapping(src_dict, "FunctionExecutionResult"))
        result = d.pop("result", UNSET)

        logs = d.pop("logs", UNSET)

        error = d.pop("error", UNSET)

        _stats = d.pop("stats", UNSET)
        stats: FunctionExecutionStats | Unset
        if _stats is None or isinstance(_stats, Unset):
            stats = UNSET
        else:
            stats = FunctionExecutionStats.from_dict(_stats)

        function_execution_result = cls(
            result=result,
            logs=logs,
            error=error,
            stats=stats,
        )

        function_execution_result.additional_properties = d
        return function_execution_result

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
