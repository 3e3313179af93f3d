from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="GraphqlConfiguration")


@_attrs_define
class GraphqlConfiguration:
    """The GraphQL part of an application's configuration files.

    Attributes:
        config (GraphqlConfig | Unset): How the generated GraphQL schema is named and exposed.
        validation_settings (GraphqlValidationSettings | Unset): How GraphQL reads and writes validate documents against
            the schema.
        custom_resolvers (list[CustomResolverInput] | Unset):
    """

    config: GraphqlConfig | Unset = UNSET
    validation_settings: GraphqlValidationSettings | Unset = UNSET
    custom_resolvers: list[CustomResolverInput] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        validation_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.validation_settings, Unset):
            validation_settings = self.validation_settings.to_dict()

        custom_resolvers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_resolvers, Unset):
            custom_resolvers = []
            for custom_resolvers_item_data in self.custom_resolvers:
                custom_resolvers_item = custom_resolvers_item_data.to_dict()
                custom_resolvers.append(custom_resolvers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if config is not UNSET:
            field_dict["config"] = config
        if validation_settings is not UNSET:
            field_dict["validation_settings"] = validation_settings
        if custom_resolvers is not UNSET:
            field_dict["custom_resolvers"] = custom_resolvers

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
            else dict(_t.expect_mapping(src_dict, "GraphqlConfiguration"))
        )
        pop = d.pop
        _config = pop("config", UNSET)
        config: GraphqlConfig | Unset
        if _config is UNSET or _config is None:
            config = UNSET
        else:
            config = GraphqlConfig.from_dict(_config)

        _validation_settings = pop("validation_settings", UNSET)
        validation_settings: GraphqlValidationSettings | Unset
        if _validation_settings is UNSET or _validation_settings is None:
            validation_settings = UNSET
        else:
            validation_settings = GraphqlValidationSettings.from_dict(_validation_settings)

        _custom_resolvers = pop("custom_resolvers", UNSET)
        if _custom_resolvers.__class__ is not list:
            _custom_resolvers = _t.optional_list(_custom_resolvers, "custom_resolvers")
        custom_resolvers: list[CustomResolverInput] | Unset = UNSET
        if not isinstance(_custom_resolvers, Unset):
            custom_resolvers = []
            for custom_resolvers_item_data in _custom_resolvers:
                custom_resolvers_item = CustomResolverInput.from_dict(custom_resolvers_item_data)

                custom_resolvers.append(custom_resolvers_item)

        self.config = config
        self.validation_settings = validation_settings
        self.custom_resolvers = custom_resolvers
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


from ..models.custom_resolver_input import CustomResolverInput  # noqa: E402
from ..models.graphql_config import GraphqlConfig  # noqa: E402
from ..models.graphql_validation_settings import GraphqlValidationSettings  # noqa: E402
