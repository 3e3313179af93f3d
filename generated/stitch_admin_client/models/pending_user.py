from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="PendingUser")


@_attrs_define
class PendingUser:
    """A registration that is not confirmed yet.

    Attributes:
        id (str | Unset):
        user_id (str | Unset):
        domain_id (str | Unset):
        login_ids (list[PendingUserLoginId] | Unset):
    """

    id: str | Unset = UNSET
    user_id: str | Unset = UNSET
    domain_id: str | Unset = UNSET
    login_ids: list[PendingUserLoginId] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        domain_id = self.domain_id

        login_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.login_ids, Unset):
            login_ids = []
            for login_ids_item_data in self.login_ids:
                login_ids_item = login_ids_item_data.to_dict()
                login_ids.append(login_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["_id"] = id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if domain_id is not UNSET:
            field_dict["domain_id"] = domain_id
        if login_ids is not UNSET:
            field_dict["login_ids"] = login_ids

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
            else dict(_t.expect_mapping(src_dict, "PendingUser"))
        )
        pop = d.pop
        id = pop("_id", UNSET)
        if id.__class__ is not str and id is not UNSET:
            id = _t.optional_str(id, "_id")

        user_id = pop("user_id", UNSET)
        if user_id.__class__ is not str and user_id is not UNSET:
            user_id = _t.optional_str(user_id, "user_id")

        domain_id = pop("domain_id", UNSET)
        if domain_id.__class__ is not str and domain_id is not UNSET:
            domain_id = _t.optional_str(domain_id, "domain_id")

        _login_ids = pop("login_ids", UNSET)
        if _login_ids.__class__ is not list:
            _login_ids = _t.optional_list(_login_ids, "login_ids")
        login_ids: list[PendingUserLoginId] | Unset = UNSET
        if not isinstance(_login_ids, Unset):
            login_ids = []
            for login_ids_item_data in _login_ids:
                login_ids_item = PendingUserLoginId.from_dict(login_ids_item_data)

                login_ids.append(login_ids_item)

        self.id = id
        self.user_id = user_id
        self.domain_id = domain_id
        self.login_ids = login_ids
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


from ..models.pending_user_login_id import PendingUserLoginId  # noqa: E402
