from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t

T = TypeVar("T", bound="HostingAssetAttributesUpdate")


@_attrs_define
class HostingAssetAttributesUpdate:
    """The attributes that replace all of a file's attributes.

    Attributes:
        attributes (list[HostingAssetAttribute]):
    """

    attributes: list[HostingAssetAttribute]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attributes = []
        for attributes_item_data in self.attributes:
            attributes_item = attributes_item_data.to_dict()
            attributes.append(attributes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attributes": attributes,
            }
        )

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
            else dict(_t.expect_mapping(src_dict, "HostingAssetAttributesUpdate"))
        )
        pop = d.pop
        _attributes = pop("attributes")
        if _attributes.__class__ is not list:
            _attributes = _t.expect_list(_attributes, "attributes")
        attributes = []
        for attributes_item_data in _attributes:
            attributes_item = HostingAssetAttribute.from_dict(attributes_item_data)

            attributes.append(attributes_item)

        self.attributes = attributes
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


from ..models.hosting_asset_attribute import HostingAssetAttribute  # noqa: E402
