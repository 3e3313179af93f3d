from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeployConfig")


@_attrs_define
class DeployConfig:
    """How the application is deployed.

    Attributes:
        ui_drafts_disabled (bool | Unset): Deploy changes made in the web UI at once, without drafts.
        automatic_deployment (AutomaticDeployment | Unset): Deploying automatically from a GitHub repository.
        last_modified (float | Unset):
    """

    ui_drafts_disabled: bool | Unset = UNSET
    automatic_deployment: AutomaticDeployment | Unset = UNSET
    last_modified: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ui_drafts_disabled = self.ui_drafts_disabled

        automatic_deployment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.automatic_deployment, Unset):
            automatic_deployment = self.automatic_deployment.to_dict()

        last_modified = self.last_modified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ui_drafts_disabled is not UNSET:
            field_dict["ui_drafts_disabled"] = ui_drafts_disabled
        if automatic_deployment is not UNSET:
            field_dict["automatic_deployment"] = automatic_deployment
        if last_modified is not UNSET:
            field_dict["last_modified"] = last_modified

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
            else dict(_t.expect_mapping(src_dict, "DeployConfig"))
        )
        pop = d.pop
        ui_drafts_disabled = pop("ui_drafts_disabled", UNSET)
        if ui_drafts_disabled.__class__ is not bool and ui_drafts_disabled is not UNSET:
            ui_drafts_disabled = _t.optional_bool(ui_drafts_disabled, "ui_drafts_disabled")

        _automatic_deployment = pop("automatic_deployment", UNSET)
        automatic_deployment: AutomaticDeployment | Unset
        if _automatic_deployment is UNSET or _automatic_deployment is None:
            automatic_deployment = UNSET
        else:
            automatic_deployment = AutomaticDeployment.from_dict(_automatic_deployment)

        last_modified = pop("last_modified", UNSET)
        if (
            last_modified.__class__ is not float
            and last_modified.__class__ is not int
            and last_modified is not UNSET
        ):
            last_modified = _t.optional_float(last_modified, "last_modified")

        self.ui_drafts_disabled = ui_drafts_disabled
        self.automatic_deployment = automatic_deployment
        self.last_modified = last_modified
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


from ..models.automatic_deployment import AutomaticDeployment  # noqa: E402
