from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="SchemaOptionsDiff")


@_attrs_define
class SchemaOptionsDiff:
    """The validation settings a draft changes.

    Attributes:
        graphql_validation_diff (list[FieldChange] | Unset):
        rest_validation_diff (list[FieldChange] | Unset):
    """

    graphql_validation_diff: list[FieldChange] | Unset = UNSET
    rest_validation_diff: list[FieldChange] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        graphql_validation_diff: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.graphql_validation_diff, Unset):
            graphql_validation_diff = []
            for graphql_validation_diff_item_data in self.graphql_validation_diff:
                graphql_validation_diff_item = graphql_validation_diff_item_data.to_dict()
                graphql_validation_diff.append(graphql_validation_diff_item)

        rest_validation_diff: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rest_validation_diff, Unset):
            rest_validation_diff = []
            for rest_validation_diff_item_data in self.rest_validation_diff:
                rest_validation_diff_item = rest_validation_diff_item_data.to_dict()
                rest_validation_diff.append(rest_validation_diff_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if graphql_validation_diff is not UNSET:
            field_dict["graphql_validation_diff"] = graphql_validation_diff
        if rest_validation_diff is not UNSET:
            field_dict["rest_validation_diff"] = rest_validation_diff

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
            else dict(_t.expect_mapping(src_dict, "SchemaOptionsDiff"))
        )
        pop = d.pop
        _graphql_validation_diff = pop("graphql_validation_diff", UNSET)
        if _graphql_validation_diff.__class__ is not list:
            _graphql_validation_diff = _t.optional_list(
                _graphql_validation_diff, "graphql_validation_diff"
            )
        graphql_validation_diff: list[FieldChange] | Unset = UNSET
        if not isinstance(_graphql_validation_diff, Unset):
            graphql_validation_diff = []
            for graphql_validation_diff_item_data in _graphql_validation_diff:
                graphql_validation_diff_item = FieldChange.from_dict(
                    graphql_validation_diff_item_data
                )

                graphql_validation_diff.append(graphql_validation_diff_item)

        _rest_validation_diff = pop("rest_validation_diff", UNSET)
        if _rest_validation_diff.__class__ is not list:
            _rest_validation_diff = _t.optional_list(_rest_validation_diff, "rest_validation_diff")
        rest_validation_diff: list[FieldChange] | Unset = UNSET
        if not isinstance(_rest_validation_diff, Unset):
            rest_validation_diff = []
            for rest_validation_diff_item_data in _rest_validation_diff:
                rest_validation_diff_item = FieldChange.from_dict(rest_validation_diff_item_data)

                rest_validation_diff.append(rest_validation_diff_item)

        self.graphql_validation_diff = graphql_validation_diff
        self.rest_validation_diff = rest_validation_diff
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


from ..models.field_change import FieldChange  # noqa: E402
