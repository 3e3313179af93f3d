from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="HostingAsset")


@_attrs_define
class HostingAsset:
    """A hosted file's metadata.

    Attributes:
        path (str):
        app_id (str | Unset):
        last_modified (int | Unset): When the file last changed, in seconds since the Unix epoch.
        url (str | Unset):
        size (int | Unset):
        attrs (list[HostingAssetAttribute] | Unset):
        hash_ (str | Unset): The MD5 of the content, in hexadecimal.
    """

    path: str
    app_id: str | Unset = UNSET
    last_modified: int | Unset = UNSET
    url: str | Unset = UNSET
    size: int | Unset = UNSET
    attrs: list[HostingAssetAttribute] | Unset = UNSET
    hash_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        app_id = self.app_id

        last_modified = self.last_modified

        url = self.url

        size = self.size

        attrs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attrs, Unset):
            attrs = []
            for attrs_item_data in self.attrs:
                attrs_item = attrs_item_data.to_dict()
                attrs.append(attrs_item)

        hash_ = self.hash_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "path": path,
            }
        )
        if app_id is not UNSET:
            field_dict["appId"] = app_id
        if last_modified is not UNSET:
            field_dict["last_modified"] = last_modified
        if url is not UNSET:
            field_dict["url"] = url
        if size is not UNSET:
            field_dict["size"] = size
        if attrs is not UNSET:
            field_dict["attrs"] = attrs
        if hash_ is not UNSET:
            field_dict["hash"] = hash_

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
            else dict(_t.expect_mapping(src_dict, "HostingAsset"))
        )
        pop = d.pop
        path = pop("path")
        if path.__class__ is not str:
            path = _t.expect_str(path, "path")

        app_id = pop("appId", UNSET)
        if app_id.__class__ is not str and app_id is not UNSET:
            app_id = _t.optional_str(app_id, "appId")

        last_modified = pop("last_modified", UNSET)
        if last_modified.__class__ is not int and last_modified is not UNSET:
            last_modified = _t.optional_int(last_modified, "last_modified")

        url = pop("url", UNSET)
        if url.__class__ is not str and url is not UNSET:
            url = _t.optional_str(url, "url")

        size = pop("size", UNSET)
        if size.__class__ is not int and size is not UNSET:
            size = _t.optional_int(size, "size")

        _attrs = pop("attrs", UNSET)
        if _attrs.__class__ is not list:
            _attrs = _t.optional_list(_attrs, "attrs")
        attrs: list[HostingAssetAttribute] | Unset = UNSET
        if not isinstance(_attrs, Unset):
            attrs = []
            for attrs_item_data in _attrs:
                attrs_item = HostingAssetAttribute.from_dict(attrs_item_data)

                attrs.append(attrs_item)

        hash_ = pop("hash", UNSET)
        if hash_.__class__ is not str and hash_ is not UNSET:
            hash_ = _t.optional_str(hash_, "hash")

        self.path = path
        self.app_id = app_id
        self.last_modified = last_modified
        self.url = url
        self.size = size
        self.attrs = attrs
        self.hash_ = hash_
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
