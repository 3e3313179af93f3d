from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..models.resolver_type_format import ResolverTypeFormat
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomResolverInput")


@_attrs_define
class CustomResolverInput:
    """A custom resolver to create, or its new state.

    Attributes:
        on_type (str): `Query`, `Mutation`, or a generated type (a collection schema's title).
        field_name (str): The field's name, a GraphQL name.
        id (str | Unset): The resolver's id, when sending back one that was read.
        input_type (Any | Unset): A scalar type name, or a JSON schema of the input.
        input_type_format (ResolverTypeFormat | Unset): How a custom resolver's input or payload type is given.
        payload_type (Any | Unset): A scalar type name, or a JSON schema of the payload.
        payload_type_format (ResolverTypeFormat | Unset): How a custom resolver's input or payload type is given.
        function_id (str | Unset):
        function_name (str | Unset):
    """

    on_type: str
    field_name: str
    id: str | Unset = UNSET
    input_type: Any | Unset = UNSET
    input_type_format: ResolverTypeFormat | Unset = UNSET
    payload_type: Any | Unset = UNSET
    payload_type_format: ResolverTypeFormat | Unset = UNSET
    function_id: str | Unset = UNSET
    function_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        on_type = self.on_type

        field_name = self.field_name

        id = self.id

        input_type = self.input_type

        input_type_format: str | Unset = UNSET
        if not isinstance(self.input_type_format, Unset):
            input_type_format = self.input_type_format.value

        payload_type = self.payload_type

        payload_type_format: str | Unset = UNSET
        if not isinstance(self.payload_type_format, Unset):
            payload_type_format = self.payload_type_format.value

        function_id = self.function_id

        function_name = self.function_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "on_type": on_type,
                "field_name": field_name,
            }
        )
        if id is not UNSET:
            field_dict["_id"] = id
        if input_type is not UNSET:
            field_dict["input_type"] = input_type
        if input_type_format is not UNSET:
            field_dict["input_type_format"] = input_type_format
        if payload_type is not UNSET:
            field_dict["payload_type"] = payload_type
        if payload_type_format is not UNSET:
            field_dict["payload_type_format"] = payload_type_format
        if function_id is not UNSET:
            field_dict["function_id"] = function_id
        if function_name is not UNSET:
            field_dict["function_name"] = function_name

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
            else dict(_t.expect_mapping(src_dict, "CustomResolverInput"))
        )
        pop = d.pop
        on_type = pop("on_type")
        if on_type.__class__ is not str:
            on_type = _t.expect_str(on_type, "on_type")

        field_name = pop("field_name")
        if field_name.__class__ is not str:
            field_name = _t.expect_str(field_name, "field_name")

        id = pop("_id", UNSET)
        if id.__class__ is not str and id is not UNSET:
            id = _t.optional_str(id, "_id")

        input_type = pop("input_type", UNSET)

        _input_type_format = pop("input_type_format", UNSET)
        input_type_format: ResolverTypeFormat | Unset
        if _input_type_format.__class__ is str:
            input_type_format = ResolverTypeFormat._by_value.get(
                _input_type_format
            ) or ResolverTypeFormat._from_json(_input_type_format, "input_type_format")
        elif _input_type_format is UNSET or _input_type_format is None:
            input_type_format = UNSET
        else:
            input_type_format = ResolverTypeFormat._from_json(
                _input_type_format, "input_type_format"
            )

        payload_type = pop("payload_type", UNSET)

        _payload_type_format = pop("payload_type_format", UNSET)
        payload_type_format: ResolverTypeFormat | Unset
        if _payload_type_format.__class__ is str:
            payload_type_format = ResolverTypeFormat._by_value.get(
                _payload_type_format
            ) or ResolverTypeFormat._from_json(_payload_type_format, "payload_type_format")
        elif _payload_type_format is UNSET or _payload_type_format is None:
            payload_type_format = UNSET
        else:
            payload_type_format = ResolverTypeFormat._from_json(
                _payload_type_format, "payload_type_format"
            )

        function_id = pop("function_id", UNSET)
        if function_id.__class__ is not str and function_id is not UNSET:
            function_id = _t.optional_str(function_id, "function_id")

        function_name = pop("function_name", UNSET)
        if function_name.__class__ is not str and function_name is not UNSET:
            function_name = _t.optional_str(function_name, "function_name")

        self.on_type = on_type
        self.field_name = field_name
        self.id = id
        self.input_type = input_type
        self.input_type_format = input_type_format
        self.payload_type = payload_type
        self.payload_type_format = payload_type_format
        self.function_id = function_id
        self.function_name = function_name
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
