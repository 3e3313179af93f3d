from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="Value")


@_attrs_define
class Value:
    """A named constant. Lists carry no `value`.

    Attributes:
        id (str):
        name (str):
        private (bool | Unset): Hidden from client applications.
        from_secret (bool | Unset): The value is the name of a secret, which stands for the secret's value.
        value (Any | Unset): Any JSON value.
    """

    id: str
    name: str
    private: bool | Unset = UNSET
    from_secret: bool | Unset = UNSET
    value: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        private = self.private

        from_secret = self.from_secret

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
                "name": name,
            }
        )
        if private is not UNSET:
            field_dict["private"] = private
        if from_secret is not UNSET:
            field_dict["from_secret"] = from_secret
        if value is not UNSET:
            field_dict["value"] = value

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
            else dict(_t.expect_mapping(src_dict, "Value"))
        )
        pop = d.pop
        id = pop("_id")
        if id.__class__ is not str:
            id = _t.expect_str(id, "_id")

        name = pop("name")
        if name.__class__ is not str:
            name = _t.expect_str(name, "name")

        private = pop("private", UNSET)
        if private.__class__ is not bool and private is not UNSET:
            private = _t.optional_bool(private, "private")

        from_secret = pop("from_secret", UNSET)
        if from_secret.__class__ is not bool and from_secret is not UNSET:
            from_secret = _t.optional_bool(from_secret, "from_secret")

        value = pop("value", UNSET)

        self.id = id
        self.name = name
        self.private = private
        self.from_secret = from_secret
        self.value = value
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
