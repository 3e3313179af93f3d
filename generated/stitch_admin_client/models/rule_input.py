from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="RuleInput")


@_attrs_define
class RuleInput:
    """A rule to create, or its new state: `name` with `actions` and `when` (older format), or
    `database` and `collection` with `roles` and `filters`.

        Attributes:
            id (str | Unset):
            name (str | Unset): The namespace the rule applies to (`database.collection`): 1 to 64 ASCII letters, digits,
                `_`, `-`, `$` and `.`, not starting with `.`.
            actions (list[Any] | Unset):
            when (JsonObject | Unset): A JSON object whose fields depend on context (configuration, expressions, ...).
            database (str | Unset):
            collection (str | Unset):
            roles (list[Role] | Unset):
            filters (list[RuleFilter] | Unset):
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    actions: list[Any] | Unset = UNSET
    when: JsonObject | Unset = UNSET
    database: str | Unset = UNSET
    collection: str | Unset = UNSET
    roles: list[Role] | Unset = UNSET
    filters: list[RuleFilter] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        actions: list[Any] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = self.actions

        when: dict[str, Any] | Unset = UNSET
        if not isinstance(self.when, Unset):
            when = self.when.to_dict()

        database = self.database

        collection = self.collection

        roles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = []
            for roles_item_data in self.roles:
                roles_item = roles_item_data.to_dict()
                roles.append(roles_item)

        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["_id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if actions is not UNSET:
            field_dict["actions"] = actions
        if when is not UNSET:
            field_dict["when"] = when
        if database is not UNSET:
            field_dict["database"] = database
        if collection is not UNSET:
            field_dict["collection"] = collection
        if roles is not UNSET:
            field_dict["roles"] = roles
        if filters is not UNSET:
            field_dict["filters"] = filters

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
            else dict(_t.expect_mapping(src_dict, "RuleInput"))
        )
        pop = d.pop
        id = pop("_id", UNSET)
        if id.__class__ is not str and id is not UNSET:
            id = _t.optional_str(id, "_id")

        name = pop("name", UNSET)
        if name.__class__ is not str and name is not UNSET:
            name = _t.optional_str(name, "name")

        _actions = pop("actions", UNSET)
        if _actions.__class__ is not list:
            _actions = _t.optional_list(_actions, "actions")
        actions = _actions

        _when = pop("when", UNSET)
        when: JsonObject | Unset
        if _when is UNSET or _when is None:
            when = UNSET
        else:
            when = JsonObject.from_dict(_when)

        database = pop("database", UNSET)
        if database.__class__ is not str and database is not UNSET:
            database = _t.optional_str(database, "database")

        collection = pop("collection", UNSET)
        if collection.__class__ is not str and collection is not UNSET:
            collection = _t.optional_str(collection, "collection")

        _roles = pop("roles", UNSET)
        if _roles.__class__ is not list:
            _roles = _t.optional_list(_roles, "roles")
        roles: list[Role] | Unset = UNSET
        if not isinstance(_roles, Unset):
            roles = []
            for roles_item_data in _roles:
                roles_item = Role.from_dict(roles_item_data)

                roles.append(roles_item)

        _filters = pop("filters", UNSET)
        if _filters.__class__ is not list:
            _filters = _t.optional_list(_filters, "filters")
        filters: list[RuleFilter] | Unset = UNSET
        if not isinstance(_filters, Unset):
            filters = []
            for filters_item_data in _filters:
                filters_item = RuleFilter.from_dict(filters_item_data)

                filters.append(filters_item)

        self.id = id
        self.name = name
        self.actions = actions
        self.when = when
        self.database = database
        self.collection = collection
        self.roles = roles
        self.filters = filters
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
from ..models.role import Role  # noqa: E402
from ..models.rule_filter import RuleFilter  # noqa: E402
