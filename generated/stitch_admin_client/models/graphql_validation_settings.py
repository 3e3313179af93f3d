from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..models.graphql_validation_action import GraphqlValidationAction
from ..models.graphql_validation_level import GraphqlValidationLevel
from ..types import UNSET, Unset

T = TypeVar("T", bound="GraphqlValidationSettings")


@_attrs_define
class GraphqlValidationSettings:
    """How GraphQL reads and writes validate documents against the schema.

    Attributes:
        read_validation_action (GraphqlValidationAction | Unset): Fail (`ERROR`) or only log (`WARN`) when documents do
            not match the schema.
        read_validation_level (GraphqlValidationLevel | Unset): Validate documents against the schema (`STRICT`) or not
            (`OFF`).
        write_validation_action (GraphqlValidationAction | Unset): Fail (`ERROR`) or only log (`WARN`) when documents do
            not match the schema.
        write_validation_level (GraphqlValidationLevel | Unset): Validate documents against the schema (`STRICT`) or not
            (`OFF`).
    """

    read_validation_action: GraphqlValidationAction | Unset = UNSET
    read_validation_level: GraphqlValidationLevel | Unset = UNSET
    write_validation_action: GraphqlValidationAction | Unset = UNSET
    write_validation_level: GraphqlValidationLevel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        read_validation_action: str | Unset = UNSET
        if not isinstance(self.read_validation_action, Unset):
            read_validation_action = self.read_validation_action.value

        read_validation_level: str | Unset = UNSET
        if not isinstance(self.read_validation_level, Unset):
            read_validation_level = self.read_validation_level.value

        write_validation_action: str | Unset = UNSET
        if not isinstance(self.write_validation_action, Unset):
            write_validation_action = self.write_validation_action.value

        write_validation_level: str | Unset = UNSET
        if not isinstance(self.write_validation_level, Unset):
            write_validation_level = self.write_validation_level.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if read_validation_action is not UNSET:
            field_dict["read_validation_action"] = read_validation_action
        if read_validation_level is not UNSET:
            field_dict["read_validation_level"] = read_validation_level
        if write_validation_action is not UNSET:
            field_dict["write_validation_action"] = write_validation_action
        if write_validation_level is not UNSET:
            field_dict["write_validation_level"] = write_validation_level

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
            else dict(_t.expect_mapping(src_dict, "GraphqlValidationSettings"))
        )
        pop = d.pop
        _read_validation_action = pop("read_validation_action", UNSET)
        read_validation_action: GraphqlValidationAction | Unset
        if _read_validation_action.__class__ is str:
            read_validation_action = GraphqlValidationAction._by_value.get(
                _read_validation_action
            ) or GraphqlValidationAction._from_json(
                _read_validation_action, "read_validation_action"
            )
        elif _read_validation_action is UNSET or _read_validation_action is None:
            read_validation_action = UNSET
        else:
            read_validation_action = GraphqlValidationAction._from_json(
                _read_validation_action, "read_validation_action"
            )

        _read_validation_level = pop("read_validation_level", UNSET)
        read_validation_level: GraphqlValidationLevel | Unset
        if _read_validation_level.__class__ is str:
            read_validation_level = GraphqlValidationLevel._by_value.get(
                _read_validation_level
            ) or GraphqlValidationLevel._from_json(_read_validation_level, "read_validation_level")
        elif _read_validation_level is UNSET or _read_validation_level is None:
            read_validation_level = UNSET
        else:
            read_validation_level = GraphqlValidationLevel._from_json(
                _read_validation_level, "read_validation_level"
            )

        _write_validation_action = pop("write_validation_action", UNSET)
        write_validation_action: GraphqlValidationAction | Unset
        if _write_validation_action.__class__ is str:
            write_validation_action = GraphqlValidationAction._by_value.get(
                _write_validation_action
            ) or GraphqlValidationAction._from_json(
                _write_validation_action, "write_validation_action"
            )
        elif _write_validation_action is UNSET or _write_validation_action is None:
            write_validation_action = UNSET
        else:
            write_validation_action = GraphqlValidationAction._from_json(
                _write_validation_action, "write_validation_action"
            )

        _write_validation_level = pop("write_validation_level", UNSET)
        write_validation_level: GraphqlValidationLevel | Unset
        if _write_validation_level.__class__ is str:
            write_validation_level = GraphqlValidationLevel._by_value.get(
                _write_validation_level
            ) or GraphqlValidationLevel._from_json(
                _write_validation_level, "write_validation_level"
            )
        elif _write_validation_level is UNSET or _write_validation_level is None:
            write_validation_level = UNSET
        else:
            write_validation_level = GraphqlValidationLevel._from_json(
                _write_validation_level, "write_validation_level"
            )

        self.read_validation_action = read_validation_action
        self.read_validation_level = read_validation_level
        self.write_validation_action = write_validation_action
        self.write_validation_level = write_validation_level
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
