from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="RoleMetrics")


@_attrs_define
class RoleMetrics:
    """How one role of a rule filtered the documents of a request.

    Attributes:
        matching_documents (float | Unset):
        evaluated_fields (float | Unset):
        discarded_fields (float | Unset):
    """

    matching_documents: float | Unset = UNSET
    evaluated_fields: float | Unset = UNSET
    discarded_fields: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        matching_documents = self.matching_documents

        evaluated_fields = self.evaluated_fields

        discarded_fields = self.discarded_fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if matching_documents is not UNSET:
            field_dict["matching_documents"] = matching_documents
        if evaluated_fields is not UNSET:
            field_dict["evaluated_fields"] = evaluated_fields
        if discarded_fields is not UNSET:
            field_dict["discarded_fields"] = discarded_fields

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
            else dict(_t.expect_mapping(src_dict, "RoleMetrics"))
        )
        pop = d.pop
        matching_documents = pop("matching_documents", UNSET)
        if (
            matching_documents.__class__ is not float
            and matching_documents.__class__ is not int
            and matching_documents is not UNSET
        ):
            matching_documents = _t.optional_float(matching_documents, "matching_documents")

        evaluated_fields = pop("evaluated_fields", UNSET)
        if (
            evaluated_fields.__class__ is not float
            and evaluated_fields.__class__ is not int
            and evaluated_fields is not UNSET
        ):
            evaluated_fields = _t.optional_float(evaluated_fields, "evaluated_fields")

        discarded_fields = pop("discarded_fields", UNSET)
        if (
            discarded_fields.__class__ is not float
            and discarded_fields.__class__ is not int
            and discarded_fields is not UNSET
        ):
            discarded_fields = _t.optional_float(discarded_fields, "discarded_fields")

        self.matching_documents = matching_documents
        self.evaluated_fields = evaluated_fields
        self.discarded_fields = discarded_fields
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
