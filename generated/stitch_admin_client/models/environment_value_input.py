from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="EnvironmentValueInput")


@_attrs_define
class EnvironmentValueInput:
    """An environment value to create, or its new state.

    Attributes:
        name (str): 1 to 64 ASCII letters, digits, underscores and hyphens.
        id (str | Unset):
        last_modified (int | Unset): Sent back as it was read; the service sets it.
        values (EnvironmentValueByEnvironment | Unset): An environment value's contents for each environment (`none` is
            the one used when the
            application has no environment). Each is any JSON value.
    """

    name: str
    id: str | Unset = UNSET
    last_modified: int | Unset = UNSET
    values: EnvironmentValueByEnvironment | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id = self.id

        last_modified = self.last_modified

        values: dict[str, Any] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = self.values.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if id is not UNSET:
            field_dict["_id"] = id
        if last_modified is not UNSET:
            field_dict["last_modified"] = last_modified
        if values is not UNSET:
            field_dict["values"] = values

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
            else dict(_t.expect_mapping(src_dict, "EnvironmentValueInput"))
        )
        pop = d.pop
        name = pop("name")
        if name.__class__ is not str:
            name = _t.expect_str(name, "name")

        id = pop("_id", UNSET)
        if id.__class__ is not str and id is not UNSET:
            id = _t.optional_str(id, "_id")

        last_modified = pop("last_modified", UNSET)
        if last_modified.__class__ is not int and last_modified is not UNSET:
            last_modified = _t.optional_int(last_modified, "last_modified")

        _values = pop("values", UNSET)
        values: EnvironmentValueByEnvironment | Unset
        if _values is UNSET or _values is None:
            values = UNSET
        else:
            values = EnvironmentValueByEnvironment.from_dict(_values)

        self.name = name
        self.id = id
        self.last_modified = last_modified
        self.values = values
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


from ..models.environment_value_by_environment import EnvironmentValueByEnvironment  # noqa: E402
