from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="DocumentValidationReport")


@_attrs_define
class DocumentValidationReport:
    """The outcome of checking documents against a schema.

    Attributes:
        errors (list[DocumentValidationError] | Unset):
        total_processed_count (float | Unset):
        total_error_count (float | Unset):
    """

    errors: list[DocumentValidationError] | Unset = UNSET
    total_processed_count: float | Unset = UNSET
    total_error_count: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        total_processed_count = self.total_processed_count

        total_error_count = self.total_error_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if errors is not UNSET:
            field_dict["errors"] = errors
        if total_processed_count is not UNSET:
            field_dict["total_processed_count"] = total_processed_count
        if total_error_count is not UNSET:
            field_dict["total_error_count"] = total_error_count

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
            else dict(_t.expect_mapping(src_dict, "DocumentValidationReport"))
        )
        pop = d.pop
        _errors = pop("errors", UNSET)
        if _errors.__class__ is not list:
            _errors = _t.optional_list(_errors, "errors")
        errors: list[DocumentValidationError] | Unset = UNSET
        if not isinstance(_errors, Unset):
            errors = []
            for errors_item_data in _errors:
                errors_item = DocumentValidationError.from_dict(errors_item_data)

                errors.append(errors_item)

        total_processed_count = pop("total_processed_count", UNSET)
        if (
            total_processed_count.__class__ is not float
            and total_processed_count.__class__ is not int
            and total_processed_count is not UNSET
        ):
            total_processed_count = _t.optional_float(
                total_processed_count, "total_processed_count"
            )

        total_error_count = pop("total_error_count", UNSET)
        if (
            total_error_count.__class__ is not float
            and total_error_count.__class__ is not int
            and total_error_count is not UNSET
        ):
            total_error_count = _t.optional_float(total_error_count, "total_error_count")

        self.errors = errors
        self.total_processed_count = total_processed_count
        self.total_error_count = total_error_count
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


from ..models.document_validation_error import DocumentValidationError  # noqa: E402
