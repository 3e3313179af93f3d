from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..models.bson_type import BsonType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SchemaDefinition")


@_attrs_define
class SchemaDefinition:
    """A JSON Schema (BSON flavour) of a document or of one of its fields.

    Attributes:
        bson_type (BsonType | Unset): A BSON type a schema can require.
        title (str | Unset):
        required (list[str] | Unset):
        properties (SchemaDefinitionsByName | Unset): Field name -> the schema of the field.
    """

    bson_type: BsonType | Unset = UNSET
    title: str | Unset = UNSET
    required: list[str] | Unset = UNSET
    properties: SchemaDefinitionsByName | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bson_type: str | Unset = UNSET
        if not isinstance(self.bson_type, Unset):
            bson_type = self.bson_type.value

        title = self.title

        required: list[str] | Unset = UNSET
        if not isinstance(self.required, Unset):
            required = self.required

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bson_type is not UNSET:
            field_dict["bsonType"] = bson_type
        if title is not UNSET:
            field_dict["title"] = title
        if required is not UNSET:
            field_dict["required"] = required
        if properties is not UNSET:
            field_dict["properties"] = properties

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
            else dict(_t.expect_mapping(src_dict, "SchemaDefinition"))
        )
        pop = d.pop
        _bson_type = pop("bsonType", UNSET)
        bson_type: BsonType | Unset
        if _bson_type.__class__ is str:
            bson_type = BsonType._by_value.get(_bson_type) or BsonType._from_json(
                _bson_type, "bsonType"
            )
        elif _bson_type is UNSET or _bson_type is None:
            bson_type = UNSET
        else:
            bson_type = BsonType._from_json(_bson_type, "bsonType")

        title = pop("title", UNSET)
        if title.__class__ is not str and title is not UNSET:
            title = _t.optional_str(title, "title")

        _required = pop("required", UNSET)
        if _required.__class__ is not list:
            _required = _t.optional_list(_required, "required")
        required: list[str] | Unset = UNSET
        if not isinstance(_required, Unset):
            required = []
            for required_item_data in _required:
                required_item = required_item_data
                if required_item.__class__ is not str:
                    required_item = _t.expect_str(required_item, "required_item")

                required.append(required_item)

        _properties = pop("properties", UNSET)
        properties: SchemaDefinitionsByName | Unset
        if _properties is UNSET or _properties is None:
            properties = UNSET
        else:
            properties = SchemaDefinitionsByName.from_dict(_properties)

        self.bson_type = bson_type
        self.title = title
        self.required = required
        self.properties = properties
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


from ..models.schema_definitions_by_name import SchemaDefinitionsByName  # noqa: E402
