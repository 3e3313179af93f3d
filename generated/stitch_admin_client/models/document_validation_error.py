from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..models.validation_error_code import ValidationErrorCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="DocumentValidationError")


@_attrs_define
class DocumentValidationError:
    """One reason documents failed validation, and which documents.

    Attributes:
        error_code (ValidationErrorCode | Unset): Why documents failed validation.
        error_count (float | Unset):
        field (str | Unset):
        failed_ids (list[str] | Unset):
        failed_documents_query (JsonObject | Unset): A JSON object whose fields depend on context (configuration,
            expressions, ...).
    """

    error_code: ValidationErrorCode | Unset = UNSET
    error_count: float | Unset = UNSET
    field: str | Unset = UNSET
    failed_ids: list[str] | Unset = UNSET
    failed_documents_query: JsonObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_code: str | Unset = UNSET
        if not isinstance(self.error_code, Unset):
            error_code = self.error_code.value

        error_count = self.error_count

        field = self.field

        failed_ids: list[str] | Unset = UNSET
        if not isinstance(self.failed_ids, Unset):
            failed_ids = self.failed_ids

        failed_documents_query: dict[str, Any] | Unset = UNSET
        if not isinstance(self.failed_documents_query, Unset):
            failed_documents_query = self.failed_documents_query.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if error_count is not UNSET:
            field_dict["error_count"] = error_count
        if field is not UNSET:
            field_dict["field"] = field
        if failed_ids is not UNSET:
            field_dict["failed_ids"] = failed_ids
        if failed_documents_query is not UNSET:
            field_dict["failed_documents_query"] = failed_documents_query

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
            else dict(_t.expect_mapping(src_dict, "DocumentValidationError"))
        )
        pop = d.pop
        _error_code = pop("error_code", UNSET)
        error_code: ValidationErrorCode | Unset
        if _error_code.__class__ is str:
            error_code = ValidationErrorCode._by_value.get(
                _error_code
            ) or ValidationErrorCode._from_json(_error_code, "error_code")
        elif _error_code is UNSET or _error_code is None:
            error_code = UNSET
        else:
            error_code = ValidationErrorCode._from_json(_error_code, "error_code")

        error_count = pop("error_count", UNSET)
        if (
            error_count.__class__ is not float
            and error_count.__class__ is not int
            and error_count is not UNSET
        ):
            error_count = _t.optional_float(error_count, "error_count")

        field = pop("field", UNSET)
        if field.__class__ is not str and field is not UNSET:
            field = _t.optional_str(field, "field")

        _failed_ids = pop("failed_ids", UNSET)
        if _failed_ids.__class__ is not list:
            _failed_ids = _t.optional_list(_failed_ids, "failed_ids")
        failed_ids: list[str] | Unset = UNSET
        if not isinstance(_failed_ids, Unset):
            failed_ids = []
            for failed_ids_item_data in _failed_ids:
                failed_ids_item = failed_ids_item_data
                if failed_ids_item.__class__ is not str:
                    failed_ids_item = _t.expect_str(failed_ids_item, "failed_ids_item")

                failed_ids.append(failed_ids_item)

        _failed_documents_query = pop("failed_documents_query", UNSET)
        failed_documents_query: JsonObject | Unset
        if _failed_documents_query is UNSET or _failed_documents_query is None:
            failed_documents_query = UNSET
        else:
            failed_documents_query = JsonObject.from_dict(_failed_documents_query)

        self.error_code = error_code
        self.error_count = error_count
        self.field = field
        self.failed_ids = failed_ids
        self.failed_documents_query = failed_documents_query
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


from ..models.json_object import JsonObject  # noqa: E402
