from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """An application user.

    Attributes:
        id (str):
        identities (list[UserIdentity] | Unset):
        type_ (str | Unset): `normal`, or `server` for API key users.
        creation_date (int | Unset): When the user was created, in seconds since the Unix epoch.
        last_authentication_date (int | Unset): When the user last logged in, in seconds since the Unix epoch.
        disabled (bool | Unset):
        data (JsonObject | Unset): A JSON object whose fields depend on context (configuration, expressions, ...).
    """

    id: str
    identities: list[UserIdentity] | Unset = UNSET
    type_: str | Unset = UNSET
    creation_date: int | Unset = UNSET
    last_authentication_date: int | Unset = UNSET
    disabled: bool | Unset = UNSET
    data: JsonObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        identities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.identities, Unset):
            identities = []
            for identities_item_data in self.identities:
                identities_item = identities_item_data.to_dict()
                identities.append(identities_item)

        type_ = self.type_

        creation_date = self.creation_date

        last_authentication_date = self.last_authentication_date

        disabled = self.disabled

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
            }
        )
        if identities is not UNSET:
            field_dict["identities"] = identities
        if type_ is not UNSET:
            field_dict["type"] = type_
        if creation_date is not UNSET:
            field_dict["creation_date"] = creation_date
        if last_authentication_date is not UNSET:
            field_dict["last_authentication_date"] = last_authentication_date
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if data is not UNSET:
            field_dict["data"] = data

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
            else dict(_t.expect_mapping(src_dict, "User"))
        )
        pop = d.pop
        id = pop("_id")
        if id.__class__ is not str:
            id = _t.expect_str(id, "_id")

        _identities = pop("identities", UNSET)
        if _identities.__class__ is not list:
            _identities = _t.optional_list(_identities, "identities")
        identities: list[UserIdentity] | Unset = UNSET
        if not isinstance(_identities, Unset):
            identities = []
            for identities_item_data in _identities:
                identities_item = UserIdentity.from_dict(identities_item_data)

                identities.append(identities_item)

        type_ = pop("type", UNSET)
        if type_.__class__ is not str and type_ is not UNSET:
            type_ = _t.optional_str(type_, "type")

        creation_date = pop("creation_date", UNSET)
        if creation_date.__class__ is not int and creation_date is not UNSET:
            creation_date = _t.optional_int(creation_date, "creation_date")

        last_authentication_date = pop("last_authentication_date", UNSET)
        if last_authentication_date.__class__ is not int and last_authentication_date is not UNSET:
            last_authentication_date = _t.optional_int(
                last_authentication_date, "last_authentication_date"
            )

        disabled = pop("disabled", UNSET)
        if disabled.__class__ is not bool and disabled is not UNSET:
            disabled = _t.optional_bool(disabled, "disabled")

        _data = pop("data", UNSET)
        data: JsonObject | Unset
        if _data is UNSET or _data is None:
            data = UNSET
        else:
            data = JsonObject.from_dict(_data)

        self.id = id
        self.identities = identities
        self.type_ = type_
        self.creation_date = creation_date
        self.last_authentication_date = last_authentication_date
        self.disabled = disabled
        self.data = data
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


from ..models.json_object import JsonObject  # noqa: E402
from ..models.user_identity import UserIdentity  # noqa: E402
