from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="GraphqlConfig")


@_attrs_define
class GraphqlConfig:
    """How the generated GraphQL schema is named and exposed.

    Attributes:
        use_natural_pluralization (bool | Unset):
        disable_schema_introspection (bool | Unset):
    """

    use_natural_pluralization: bool | Unset = UNSET
    disable_schema_introspection: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        use_natural_pluralization = self.use_natural_pluralization

        disable_schema_introspection = self.disable_schema_introspection

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if use_natural_pluralization is not UNSET:
            field_dict["use_natural_pluralization"] = use_natural_pluralization
        if disable_schema_introspection is not UNSET:
            field_dict["disable_schema_introspection"] = disable_schema_introspection

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
            else dict(_t.expect_mapping(src_dict, "GraphqlConfig"))
        )
        pop = d.pop
        use_natural_pluralization = pop("use_natural_pluralization", UNSET)
        if (
            use_natural_pluralization.__class__ is not bool
            and use_natural_pluralization is not UNSET
        ):
            use_natural_pluralization = _t.optional_bool(
                use_natural_pluralization, "use_natural_pluralization"
            )

        disable_schema_introspection = pop("disable_schema_introspection", UNSET)
        if (
            disable_schema_introspection.__class__ is not bool
            and disable_schema_introspection is not UNSET
        ):
            disable_schema_introspection = _t.optional_bool(
                disable_schema_introspection, "disable_schema_introspection"
            )

        self.use_natural_pluralization = use_natural_pluralization
        self.disable_schema_introspection = disable_schema_introspection
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
