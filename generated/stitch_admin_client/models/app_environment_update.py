from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..models.app_environment import AppEnvironment
from ..types import UNSET, Unset

T = TypeVar("T", bound="AppEnvironmentUpdate")


@_attrs_define
class AppEnvironmentUpdate:
    """The environment to put the application in.

    Attributes:
        environment (AppEnvironment | Unset): An application's environment, which selects the environment values it
            sees. An empty
            string means none; the service may name other environments later.
    """

    environment: AppEnvironment | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        environment: str | Unset = UNSET
        if not isinstance(self.environment, Unset):
            environment = self.environment.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if environment is not UNSET:
            field_dict["environment"] = environment

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
            else dict(_t.expect_mapping(src_dict, "AppEnvironmentUpdate"))
        )
        pop = d.pop
        _environment = pop("environment", UNSET)
        environment: AppEnvironment | Unset
        if _environment.__class__ is str:
            environment = AppEnvironment._by_value.get(_environment) or AppEnvironment._from_json(
                _environment, "environment"
            )
        elif _environment is UNSET or _environment is None:
            environment = UNSET
        else:
            environment = AppEnvironment._from_json(_environment, "environment")

        self.environment = environment
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
