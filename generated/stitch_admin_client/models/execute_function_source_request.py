from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExecuteFunctionSourceRequest")


@_attrs_define
class ExecuteFunctionSourceRequest:
    """Source to run.

    Attributes:
        source (str):
        eval_source (str | Unset): An expression evaluated after the source; its value is the result.
    """

    source: str
    eval_source: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        eval_source = self.eval_source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
            }
        )
        if eval_source is not UNSET:
            field_dict["eval_source"] = eval_source

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
            else dict(_t.expect_mapping(src_dict, "ExecuteFunctionSourceRequest"))
        )
        pop = d.pop
        source = pop("source")
        if source.__class__ is not str:
            source = _t.expect_str(source, "source")

        eval_source = pop("eval_source", UNSET)
        if eval_source.__class__ is not str and eval_source is not UNSET:
            eval_source = _t.optional_str(eval_source, "eval_source")

        self.source = source
        self.eval_source = eval_source
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
