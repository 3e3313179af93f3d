from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..models.deployment_location import DeploymentLocation
from ..models.deployment_status import DeploymentStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Deployment")


@_attrs_define
class Deployment:
    """One deployment of the application.

    Attributes:
        id (str):
        app_id (str | Unset):
        draft_id (str | Unset):
        user_id (str | Unset):
        deployed_at (int | Unset): When it was deployed, in seconds since the Unix epoch.
        origin (str | Unset): How it was made, such as `UI`, `CLI` or `API`.
        commit (str | Unset):
        status (DeploymentStatus | Unset): Where a deployment stands. `created` and `pending` move on; the others are
            final.
        status_error_message (str | Unset): Why it failed, when it did.
        diff_url (str | Unset):
        name (str | Unset):
        remote_location (DeploymentLocation | Unset): A deployment region in the older naming, such as `US-VA`.
    """

    id: str
    app_id: str | Unset = UNSET
    draft_id: str | Unset = UNSET
    user_id: str | Unset = UNSET
    deployed_at: int | Unset = UNSET
    origin: str | Unset = UNSET
    commit: str | Unset = UNSET
    status: DeploymentStatus | Unset = UNSET
    status_error_message: str | Unset = UNSET
    diff_url: str | Unset = UNSET
    name: str | Unset = UNSET
    remote_location: DeploymentLocation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        app_id = self.app_id

        draft_id = self.draft_id

        user_id = self.user_id

        deployed_at = self.deployed_at

        origin = self.origin

        commit = self.commit

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        status_error_message = self.status_error_message

        diff_url = self.diff_url

        name = self.name

        remote_location: str | Unset = UNSET
        if not isinstance(self.remote_location, Unset):
            remote_location = self.remote_location.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
            }
        )
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if draft_id is not UNSET:
            field_dict["draft_id"] = draft_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if deployed_at is not UNSET:
            field_dict["deployed_at"] = deployed_at
        if origin is not UNSET:
            field_dict["origin"] = origin
        if commit is not UNSET:
            field_dict["commit"] = commit
        if status is not UNSET:
            field_dict["status"] = status
        if status_error_message is not UNSET:
            field_dict["status_error_message"] = status_error_message
        if diff_url is not UNSET:
            field_dict["diff_url"] = diff_url
        if name is not UNSET:
            field_dict["name"] = name
        if remote_location is not UNSET:
            field_dict["remote_location"] = remote_location

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
            else dict(_t.expect_mapping(src_dict, "Deployment"))
        )
        pop = d.pop
        id = pop("_id")
        if id.__class__ is not str:
            id = _t.expect_str(id, "_id")

        app_id = pop("app_id", UNSET)
        if app_id.__class__ is not str and app_id is not UNSET:
            app_id = _t.optional_str(app_id, "app_id")

        draft_id = pop("draft_id", UNSET)
        if draft_id.__class__ is not str and draft_id is not UNSET:
            draft_id = _t.optional_str(draft_id, "draft_id")

        user_id = pop("user_id", UNSET)
        if user_id.__class__ is not str and user_id is not UNSET:
            user_id = _t.optional_str(user_id, "user_id")

        deployed_at = pop("deployed_at", UNSET)
        if deployed_at.__class__ is not int and deployed_at is not UNSET:
            deployed_at = _t.optional_int(deployed_at, "deployed_at")

        origin = pop("origin", UNSET)
        if origin.__class__ is not str and origin is not UNSET:
            origin = _t.optional_str(origin, "origin")

        commit = pop("commit", UNSET)
        if commit.__class__ is not str and commit is not UNSET:
            commit = _t.optional_str(commit, "commit")

        _status = pop("status", UNSET)
        status: DeploymentStatus | Unset
        if _status.__class__ is str:
            status = DeploymentStatus._by_value.get(_status) or DeploymentStatus._from_json(
                _status, "status"
            )
        elif _status is UNSET or _status is None:
            status = UNSET
        else:
            status = DeploymentStatus._from_json(_status, "status")

        status_error_message = pop("status_error_message", UNSET)
        if status_error_message.__class__ is not str and status_error_message is not UNSET:
            status_error_message = _t.optional_str(status_error_message, "status_error_message")

        diff_url = pop("diff_url", UNSET)
        if diff_url.__class__ is not str and diff_url is not UNSET:
            diff_url = _t.optional_str(diff_url, "diff_url")

        name = pop("name", UNSET)
        if name.__class__ is not str and name is not UNSET:
            name = _t.optional_str(name, "name")

        _remote_location = pop("remote_location", UNSET)
        remote_location: DeploymentLocation | Unset
        if _remote_location.__class__ is str:
            remote_location = DeploymentLocation._by_value.get(
                _remote_location
            ) or DeploymentLocation._from_json(_remote_location, "remote_location")
        elif _remote_location is UNSET or _remote_location is None:
            remote_location = UNSET
        else:
            remote_location = DeploymentLocation._from_json(_remote_location, "remote_location")

        self.id = id
        self.app_id = app_id
        self.draft_id = draft_id
        self.user_id = user_id
        self.deployed_at = deployed_at
        self.origin = origin
        self.commit = commit
        self.status = status
        self.status_error_message = status_error_message
        self.diff_url = diff_url
        self.name = name
        self.remote_location = remote_location
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
