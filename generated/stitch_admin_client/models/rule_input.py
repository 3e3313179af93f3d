from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="RuleInput")


@_attrs_define
class RuleInput:
    """A rule to create, or its new state.

    Attributes:
        name (str): The namespace the rule applies to (`database.collection`): 1 to 64 ASCII letters, digits, `_`, `-`,
            `$` and `.`, not starting with `.`.
        actions (list[Any] | Unset):
        when (JsonObject | Unset): A JSON object whose fields depend on context (configuration, expressions, ...).
    """

    name: str
    actions: list[Any] | Unset = UNSET
    when: JsonObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        actions: list[Any] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = self.actions

        when: dict[str, Any] | Unset = UNSET
        if not isinstance(self.when, Unset):
            when = self.when.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if actions is not UNSET:
            field_dict["actions"] = actions
        if when is not UNSET:
            field_dict["when"] = when

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
            else dict(_t.expect_mapping(src_dict, "RuleInput"))
        )
        pop = d.pop
        name = pop("name")
        if name.__class__ is not str:
            name = _t.expect_str(name, "name")

        _actions = pop("actions", UNSET)
        if _actions.__class__ is not list:
            _actions = _t.optional_list(_actions, "actions")
        actions = _actions

        _when = pop("when", UNSET)
        when: JsonObject | Unset
        if _when is UNSET or _when is None:
            when = UNSET
        else:
            when = JsonObject.from_dict(_when)

        self.name = name
        self.actions = actions
        self.when = when
        self.additional_properties = d
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
