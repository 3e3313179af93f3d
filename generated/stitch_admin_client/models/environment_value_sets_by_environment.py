from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="EnvironmentValueSetsByEnvironment")


@_attrs_define
class EnvironmentValueSetsByEnvironment:
    """One set of environment values per environment.

    Attributes:
        none (EnvironmentValueSet | Unset): The environment values of one environment, by name.
        development (EnvironmentValueSet | Unset): The environment values of one environment, by name.
        testing (EnvironmentValueSet | Unset): The environment values of one environment, by name.
        qa (EnvironmentValueSet | Unset): The environment values of one environment, by name.
        production (EnvironmentValueSet | Unset): The environment values of one environment, by name.
    """

    none: EnvironmentValueSet | Unset = UNSET
    development: EnvironmentValueSet | Unset = UNSET
    testing: EnvironmentValueSet | Unset = UNSET
    qa: EnvironmentValueSet | Unset = UNSET
    production: EnvironmentValueSet | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        none: dict[str, Any] | Unset = UNSET
        if not isinstance(self.none, Unset):
            none = self.none.to_dict()

        development: dict[str, Any] | Unset = UNSET
        if not isinstance(self.development, Unset):
            development = self.development.to_dict()

        testing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.testing, Unset):
            testing = self.testing.to_dict()

        qa: dict[str, Any] | Unset = UNSET
        if not isinstance(self.qa, Unset):
            qa = self.qa.to_dict()

        production: dict[str, Any] | Unset = UNSET
        if not isinstance(self.production, Unset):
            production = self.production.to_dict()

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
            else dict(_t.expect_mapping(src_dict, "EnvironmentValueSetsByEnvironment"))
        )
        pop = d.pop
        _none = pop("none", UNSET)
        none: EnvironmentValueSet | Unset
        if _none is UNSET or _none is None:
            none = UNSET
        else:
            none = EnvironmentValueSet.from_dict(_none)

        _development = pop("development", UNSET)
        development: EnvironmentValueSet | Unset
        if _development is UNSET or _development is None:
            development = UNSET
        else:
            development = EnvironmentValueSet.from_dict(_development)

        _testing = pop("testing", UNSET)
        testing: EnvironmentValueSet | Unset
        if _testing is UNSET or _testing is None:
            testing = UNSET
        else:
            testing = EnvironmentValueSet.from_dict(_testing)

        _qa = pop("qa", UNSET)
        qa: EnvironmentValueSet | Unset
        if _qa is UNSET or _qa is None:
            qa = UNSET
        else:
            qa = EnvironmentValueSet.from_dict(_qa)

        _production = pop("production", UNSET)
        production: EnvironmentValueSet | Unset
        if _production is UNSET or _production is None:
            production = UNSET
        else:
            production = EnvironmentValueSet.from_dict(_production)

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


from ..models.environment_value_set import EnvironmentValueSet  # noqa: E402
