from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="Role")


@_attrs_define
class Role:
    """A role of a rule: when it applies (`apply_when`) and what it allows. Each permission is
    an expression: `true`, `false`, or a JSON expression object.

        Attributes:
            id (str | Unset):
            name (str | Unset):
            apply_when (Any | Unset): When the role applies (a boolean or an expression object).
            read (Any | Unset): May read whole documents.
            write (Any | Unset): May write whole documents.
            insert (Any | Unset): May insert documents.
            delete (Any | Unset): May delete documents.
            search (Any | Unset): May run Atlas Search queries.
            fields (FieldPermissionsByName | Unset): Field name -> who may read and write it.
            additional_fields (FieldPermissions | Unset): Who may read and write one field; `fields` goes on into an
                embedded document.
            document_filters (DocumentFilters | Unset): Query filters Device Sync applies before a role's permissions.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    apply_when: Any | Unset = UNSET
    read: Any | Unset = UNSET
    write: Any | Unset = UNSET
    insert: Any | Unset = UNSET
    delete: Any | Unset = UNSET
    search: Any | Unset = UNSET
    fields: FieldPermissionsByName | Unset = UNSET
    additional_fields: FieldPermissions | Unset = UNSET
    document_filters: DocumentFilters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        apply_when = self.apply_when

        read = self.read

        write = self.write

        insert = self.insert

        delete = self.delete

        search = self.search

        fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields.to_dict()

        additional_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_fields, Unset):
            additional_fields = self.additional_fields.to_dict()

        document_filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.document_filters, Unset):
            document_filters = self.document_filters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["_id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if apply_when is not UNSET:
            field_dict["apply_when"] = apply_when
        if read is not UNSET:
            field_dict["read"] = read
        if write is not UNSET:
            field_dict["write"] = write
        if insert is not UNSET:
            field_dict["insert"] = insert
        if delete is not UNSET:
            field_dict["delete"] = delete
        if search is not UNSET:
            field_dict["search"] = search
        if fields is not UNSET:
            field_dict["fields"] = fields
        if additional_fields is not UNSET:
            field_dict["additional_fields"] = additional_fields
        if document_filters is not UNSET:
            field_dict["document_filters"] = document_filters

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
            else dict(_t.expect_mapping(src_dict, "Role"))
        )
        pop = d.pop
        id = pop("_id", UNSET)
        if id.__class__ is not str and id is not UNSET:
            id = _t.optional_str(id, "_id")

        name = pop("name", UNSET)
        if name.__class__ is not str and name is not UNSET:
            name = _t.optional_str(name, "name")

        apply_when = pop("apply_when", UNSET)

        read = pop("read", UNSET)

        write = pop("write", UNSET)

        insert = pop("insert", UNSET)

        delete = pop("delete", UNSET)

        search = pop("search", UNSET)

        _fields = pop("fields", UNSET)
        fields: FieldPermissionsByName | Unset
        if _fields is UNSET or _fields is None:
            fields = UNSET
        else:
            fields = FieldPermissionsByName.from_dict(_fields)

        _additional_fields = pop("additional_fields", UNSET)
        additional_fields: FieldPermissions | Unset
        if _additional_fields is UNSET or _additional_fields is None:
            additional_fields = UNSET
        else:
            additional_fields = FieldPermissions.from_dict(_additional_fields)

        _document_filters = pop("document_filters", UNSET)
        document_filters: DocumentFilters | Unset
        if _document_filters is UNSET or _document_filters is None:
            document_filters = UNSET
        else:
            document_filters = DocumentFilters.from_dict(_document_filters)

        self.id = id
        self.name = name
        self.apply_when = apply_when
        self.read = read
        self.write = write
        self.insert = insert
        self.delete = delete
        self.search = search
        self.fields = fields
        self.additional_fields = additional_fields
        self.document_filters = document_filters
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


from ..models.document_filters import DocumentFilters  # noqa: E402
from ..models.field_permissions import FieldPermissions  # noqa: E402
from ..models.field_permissions_by_name import FieldPermissionsByName  # noqa: E402
