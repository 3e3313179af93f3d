from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="EnvironmentValueByEnvironment")


@_attrs_define
class EnvironmentValueByEnvironment:
    """An environment value's contents for each environment (`none` is the one used when the
    application has no environment). Each is any JSON value.

        Attributes:
            none (Any | Unset):
            development (Any | Unset):
            testing (Any | Unset):
            qa (Any | Unset):
            production (Any | Unset):
    """

    none: Any | Unset = UNSET
    development: Any | Unset = UNSET
    testing: Any | Unset = UNSET
    qa: Any | Unset = UNSET
    production: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        none = self.none

        development = self.development

        testing = self.testing

        qa = self.qa

        production = self.production

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if none is not UNSET:
            field_dict["none"] = none
        if development is not UNSET:
            field_dict["development"] = development
        if testing is not UNSET:
            field_dict["testing"] = testing
        if qa is not UNSET:
            field_dict["qa"] = qa
        if production is not UNSET:
            field_dict["production"] = production

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
            else dict(_t.expect_mapping(src_dict, "EnvironmentValueByEnvironment"))
        )
        pop = d.pop
        none = pop("none", UNSET)

        development = pop("development", UNSET)

        testing = pop("testing", UNSET)

        qa = pop("qa", UNSET)

        production = pop("production", UNSET)

        self.none = none
        self.development = development
        self.testing = testing
        self.qa = qa
        self.production = production
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
