from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="NamespaceRuleMetrics")


@_attrs_define
class NamespaceRuleMetrics:
    """How the rules of one collection (`database.collection`) applied.

    Attributes:
        roles (RoleMetricsByName | Unset): Role name -> its metrics.
        no_matching_role (float | Unset): Documents no role applied to.
    """

    roles: RoleMetricsByName | Unset = UNSET
    no_matching_role: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        roles: dict[str, Any] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = self.roles.to_dict()

        no_matching_role = self.no_matching_role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if roles is not UNSET:
            field_dict["roles"] = roles
        if no_matching_role is not UNSET:
            field_dict["no_matching_role"] = no_matching_role

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
            else dict(_t.expect_mapping(src_dict, "NamespaceRuleMetrics"))
        )
        pop = d.pop
        _roles = pop("roles", UNSET)
        roles: RoleMetricsByName | Unset
        if _roles is UNSET or _roles is None:
            roles = UNSET
        else:
            roles = RoleMetricsByName.from_dict(_roles)

        no_matching_role = pop("no_matching_role", UNSET)
        if (
            no_matching_role.__class__ is not float
            and no_matching_role.__class__ is not int
            and no_matching_role is not UNSET
        ):
            no_matching_role = _t.optional_float(no_matching_role, "no_matching_role")

        self.roles = roles
        self.no_matching_role = no_matching_role
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


from ..models.role_metrics_by_name import RoleMetricsByName  # noqa: E402
