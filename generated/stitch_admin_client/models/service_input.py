from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceInput")


@_attrs_define
class ServiceInput:
    """A service to create, as the API takes it and as configuration files hold data sources
    (with their rules) and the older third-party services (with their webhooks).

        Attributes:
            name (str): 1 to 64 ASCII letters, digits, underscores and hyphens.
            type_ (str):
            id (str | Unset): The service's id, when a configuration names an existing one.
            version (int | Unset):
            config (ServiceConfig | Unset): A service's configuration. Its fields depend on the service type: the ones
                listed are
                those of MongoDB Atlas clusters and federated database instances; other types keep
                theirs as they come.
            default_rule (DefaultRuleInput | Unset): The default rule to create, or its new state (with its `_id`).
            rules (list[RuleInput] | Unset):
            incoming_webhooks (list[IncomingWebhookInput] | Unset):
    """

    name: str
    type_: str
    id: str | Unset = UNSET
    version: int | Unset = UNSET
    config: ServiceConfig | Unset = UNSET
    default_rule: DefaultRuleInput | Unset = UNSET
    rules: list[RuleInput] | Unset = UNSET
    incoming_webhooks: list[IncomingWebhookInput] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

        id = self.id

        version = self.version

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        default_rule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_rule, Unset):
            default_rule = self.default_rule.to_dict()

        rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rules, Unset):
            rules = []
            for rules_item_data in self.rules:
                rules_item = rules_item_data.to_dict()
                rules.append(rules_item)

        incoming_webhooks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.incoming_webhooks, Unset):
            incoming_webhooks = []
            for incoming_webhooks_item_data in self.incoming_webhooks:
                incoming_webhooks_item = incoming_webhooks_item_data.to_dict()
                incoming_webhooks.append(incoming_webhooks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["_id"] = id
        if version is not UNSET:
            field_dict["version"] = version
        if config is not UNSET:
            field_dict["config"] = config
        if default_rule is not UNSET:
            field_dict["default_rule"] = default_rule
        if rules is not UNSET:
            field_dict["rules"] = rules
        if incoming_webhooks is not UNSET:
            field_dict["incoming_webhooks"] = incoming_webhooks

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
            else dict(_t.expect_mapping(src_dict, "ServiceInput"))
        )
        pop = d.pop
        name = pop("name")
        if name.__class__ is not str:
            name = _t.expect_str(name, "name")

        type_ = pop("type")
        if type_.__class__ is not str:
            type_ = _t.expect_str(type_, "type")

        id = pop("_id", UNSET)
        if id.__class__ is not str and id is not UNSET:
            id = _t.optional_str(id, "_id")

        version = pop("version", UNSET)
        if version.__class__ is not int and version is not UNSET:
            version = _t.optional_int(version, "version")

        _config = pop("config", UNSET)
        config: ServiceConfig | Unset
        if _config is UNSET or _config is None:
            config = UNSET
        else:
            config = ServiceConfig.from_dict(_config)

        _default_rule = pop("default_rule", UNSET)
        default_rule: DefaultRuleInput | Unset
        if _default_rule is UNSET or _default_rule is None:
            default_rule = UNSET
        else:
            default_rule = DefaultRuleInput.from_dict(_default_rule)

        _rules = pop("rules", UNSET)
        if _rules.__class__ is not list:
            _rules = _t.optional_list(_rules, "rules")
        rules: list[RuleInput] | Unset = UNSET
        if not isinstance(_rules, Unset):
            rules = []
            for rules_item_data in _rules:
                rules_item = RuleInput.from_dict(rules_item_data)

                rules.append(rules_item)

        _incoming_webhooks = pop("incoming_webhooks", UNSET)
        if _incoming_webhooks.__class__ is not list:
            _incoming_webhooks = _t.optional_list(_incoming_webhooks, "incoming_webhooks")
        incoming_webhooks: list[IncomingWebhookInput] | Unset = UNSET
        if not isinstance(_incoming_webhooks, Unset):
            incoming_webhooks = []
            for incoming_webhooks_item_data in _incoming_webhooks:
                incoming_webhooks_item = IncomingWebhookInput.from_dict(incoming_webhooks_item_data)

                incoming_webhooks.append(incoming_webhooks_item)

        self.name = name
        self.type_ = type_
        self.id = id
        self.version = version
        self.config = config
        self.default_rule = default_rule
        self.rules = rules
        self.incoming_webhooks = incoming_webhooks
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


from ..models.default_rule_input import DefaultRuleInput  # noqa: E402
from ..models.incoming_webhook_input import IncomingWebhookInput  # noqa: E402
from ..models.rule_input import RuleInput  # noqa: E402
from ..models.service_config import ServiceConfig  # noqa: E402
