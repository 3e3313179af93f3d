from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="GraphqlError")


@_attrs_define
class GraphqlError:
    """An error of a GraphQL operation.

    Attributes:
        message (str | Unset):
        locations (list[GraphqlErrorLocation] | Unset):
    """

    message: str | Unset = UNSET
    locations: list[GraphqlErrorLocation] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        locations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.locations, Unset):
            locations = []
            for locations_item_data in self.locations:
                locations_item = locations_item_data.to_dict()
                locations.append(locations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if locations is not UNSET:
            field_dict["locations"] = locations

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
            else dict(_t.expect_mapping(src_dict, "GraphqlError"))
        )
        pop = d.pop
        message = pop("message", UNSET)
        if message.__class__ is not str and message is not UNSET:
            message = _t.optional_str(message, "message")

        _locations = pop("locations", UNSET)
        if _locations.__class__ is not list:
            _locations = _t.optional_list(_locations, "locations")
        locations: list[GraphqlErrorLocation] | Unset = UNSET
        if not isinstance(_locations, Unset):
            locations = []
            for locations_item_data in _locations:
                locations_item = GraphqlErrorLocation.from_dict(locations_item_data)

                locations.append(locations_item)

        self.message = message
        self.locations = locations
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


from ..models.graphql_error_location import GraphqlErrorLocation  # noqa: E402
