from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import File

if TYPE_CHECKING:
    from ..models.hosting_asset_upload_meta import HostingAssetUploadMeta


T = TypeVar("T", bound="HostingAssetUpload")


@_attrs_define
class HostingAssetUpload:
    """The two parts of an upload.

    Attributes:
        meta (HostingAssetUploadMeta): The `meta` part of an upload.
        file (File):
    """

    meta: HostingAssetUploadMeta
    file: File
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta = self.meta.to_dict()

        file = self.file.to_tuple()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meta": meta,
                "file": file,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hosting_asset_upload_meta import HostingAssetUploadMeta  # noqa: PLC0415

        d = dict(_t.expect_mapping(src_dict, "HostingAssetUpload"))
        meta = HostingAssetUploadMeta.from_dict(d.pop("meta"))

        file = File(payload=BytesIO(d.pop("file")))

        hosting_asset_upload = cls(
            meta=meta,
            file=file,
        )

        hosting_asset_upload.additional_properties = d
        return hosting_asset_upload

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
