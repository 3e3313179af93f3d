from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="CollectionSchemaInput")


@_attrs_define
class CollectionSchemaInput:
    """A collection schema to create (`metadata` is needed then), or its new state.

    Attributes:
        metadata (SchemaMetadata | Unset): The collection a schema describes.
        schema (SchemaDefinition | Unset): A JSON Schema (BSON flavour) of a document or of one of its fields.
        relationships (RelationshipsByField | Unset): Field path -> the relationship it holds.
    """

    metadata: SchemaMetadata | Unset = UNSET
    schema: SchemaDefinition | Unset = UNSET
    relationships: RelationshipsByField | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = self.schema.to_dict()

        relationships: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relationships, Unset):
            relationships = self.relationships.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if schema is not UNSET:
            field_dict["schema"] = schema
        if relationships is not UNSET:
            field_dict["relationships"] = relationships

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
            else dict(_t.expect_mapping(src_dict, "CollectionSchemaInput"))
        )
        pop = d.pop
        _metadata = pop("metadata", UNSET)
        metadata: SchemaMetadata | Unset
        if _metadata is UNSET or _metadata is None:
            metadata = UNSET
        else:
            metadata = SchemaMetadata.from_dict(_metadata)

        _schema = pop("schema", UNSET)
        schema: SchemaDefinition | Unset
        if _schema is UNSET or _schema is None:
            schema = UNSET
        else:
            schema = SchemaDefinition.from_dict(_schema)

        _relationships = pop("relationships", UNSET)
        relationships: RelationshipsByField | Unset
        if _relationships is UNSET or _relationships is None:
            relationships = UNSET
        else:
            relationships = RelationshipsByField.from_dict(_relationships)

        self.metadata = metadata
        self.schema = schema
        self.relationships = relationships
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


from ..models.relationships_by_field import RelationshipsByField  # noqa: E402
from ..models.schema_definition import SchemaDefinition  # noqa: E402
from ..models.schema_metadata import SchemaMetadata  # noqa: E402
