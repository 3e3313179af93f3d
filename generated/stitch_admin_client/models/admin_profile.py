from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..models.admin_user_type import AdminUserType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AdminProfile")


@_attrs_define
class AdminProfile:
    """The logged-in administrator.

    Attributes:
        user_id (str | Unset):
        domain_id (str | Unset):
        identities (list[AdminIdentity] | Unset):
        data (AdminProfileData | Unset): Descriptive data about the administrator.
        type_ (AdminUserType | Unset): The kind of administrator account.
        roles (list[AdminRole] | Unset):
    """

    user_id: str | Unset = UNSET
    domain_id: str | Unset = UNSET
    identities: list[AdminIdentity] | Unset = UNSET
    data: AdminProfileData | Unset = UNSET
    type_: AdminUserType | Unset = UNSET
    roles: list[AdminRole] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        domain_id = self.domain_id

        identities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.identities, Unset):
            identities = []
            for identities_item_data in self.identities:
                identities_item = identities_item_data.to_dict()
                identities.append(identities_item)

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        roles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = []
            for roles_item_data in self.roles:
                roles_item = roles_item_data.to_dict()
                roles.append(roles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if domain_id is not UNSET:
            field_dict["domain_id"] = domain_id
        if identities is not UNSET:
            field_dict["identities"] = identities
        if data is not UNSET:
            field_dict["data"] = data
        if type_ is not UNSET:
            field_dict["type"] = type_
        if roles is not UNSET:
            field_dict["roles"] = roles

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
            else dict(_t.expect_mapping(src_dict, "AdminProfile"))
        )
        pop = d.pop
        user_id = pop("user_id", UNSET)
        if user_id.__class__ is not str and user_id is not UNSET:
            user_id = _t.optional_str(user_id, "user_id")

        domain_id = pop("domain_id", UNSET)
        if domain_id.__class__ is not str and domain_id is not UNSET:
            domain_id = _t.optional_str(domain_id, "domain_id")

        _identities = pop("identities", UNSET)
        if _identities.__class__ is not list:
            _identities = _t.optional_list(_identities, "identities")
        identities: list[AdminIdentity] | Unset = UNSET
        if not isinstance(_identities, Unset):
            identities = []
            for identities_item_data in _identities:
                identities_item = AdminIdentity.from_dict(identities_item_data)

                identities.append(identities_item)

        _data = pop("data", UNSET)
        data: AdminProfileData | Unset
        if _data is UNSET or _data is None:
            data = UNSET
        else:
            data = AdminProfileData.from_dict(_data)

        _type_ = pop("type", UNSET)
        type_: AdminUserType | Unset
        if _type_.__class__ is str:
            type_ = AdminUserType._by_value.get(_type_) or AdminUserType._from_json(_type_, "type")
        elif _type_ is UNSET or _type_ is None:
            type_ = UNSET
        else:
            type_ = AdminUserType._from_json(_type_, "type")

        _roles = pop("roles", UNSET)
        if _roles.__class__ is not list:
            _roles = _t.optional_list(_roles, "roles")
        roles: list[AdminRole] | Unset = UNSET
        if not isinstance(_roles, Unset):
            roles = []
            for roles_item_data in _roles:
                roles_item = AdminRole.from_dict(roles_item_data)

                roles.append(roles_item)

        self.user_id = user_id
        self.domain_id = domain_id
        self.identities = identities
        self.data = data
        self.type_ = type_
        self.roles = roles
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


from ..models.admin_identity import AdminIdentity  # noqa: E402
from ..models.admin_profile_data import AdminProfileData  # noqa: E402
from ..models.admin_role import AdminRole  # noqa: E402
