from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..models.deployment_migration_status import DeploymentMigrationStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeploymentMigration")


@_attrs_define
class DeploymentMigration:
    """A move of the application to another deployment model or region.

    Attributes:
        status (DeploymentMigrationStatus | Unset): Where a move to another deployment model or region stands.
        message (str | Unset):
        updated_at (str | Unset):
        from_ (DeploymentSettings | Unset): Where an application is deployed.
        to (DeploymentSettings | Unset): Where an application is deployed.
    """

    status: DeploymentMigrationStatus | Unset = UNSET
    message: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    from_: DeploymentSettings | Unset = UNSET
    to: DeploymentSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        message = self.message

        updated_at = self.updated_at

        from_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.from_, Unset):
            from_ = self.from_.to_dict()

        to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.to, Unset):
            to = self.to.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if message is not UNSET:
            field_dict["message"] = message
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to

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
            else dict(_t.expect_mapping(src_dict, "DeploymentMigration"))
        )
        pop = d.pop
        _status = pop("status", UNSET)
        status: DeploymentMigrationStatus | Unset
        if _status.__class__ is str:
            status = DeploymentMigrationStatus._by_value.get(
                _status
            ) or DeploymentMigrationStatus._from_json(_status, "status")
        elif _status is UNSET or _status is None:
            status = UNSET
        else:
            status = DeploymentMigrationStatus._from_json(_status, "status")

        message = pop("message", UNSET)
        if message.__class__ is not str and message is not UNSET:
            message = _t.optional_str(message, "message")

        updated_at = pop("updated_at", UNSET)
        if updated_at.__class__ is not str and updated_at is not UNSET:
            updated_at = _t.optional_str(updated_at, "updated_at")

        _from_ = pop("from", UNSET)
        from_: DeploymentSettings | Unset
        if _from_ is UNSET or _from_ is None:
            from_ = UNSET
        else:
            from_ = DeploymentSettings.from_dict(_from_)

        _to = pop("to", UNSET)
        to: DeploymentSettings | Unset
        if _to is UNSET or _to is None:
            to = UNSET
        else:
            to = DeploymentSettings.from_dict(_to)

        self.status = status
        self.message = message
        self.updated_at = updated_at
        self.from_ = from_
        self.to = to
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


from ..models.deployment_settings import DeploymentSettings  # noqa: E402
