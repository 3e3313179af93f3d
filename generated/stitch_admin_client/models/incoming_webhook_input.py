from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="IncomingWebhookInput")


@_attrs_define
class IncomingWebhookInput:
    """An incoming webhook to create, or its new state.

    Attributes:
        name (str): 1 to 64 ASCII letters, digits, underscores and hyphens.
        function_source (str | Unset):
        respond_result (bool | Unset):
        options (IncomingWebhookOptions | Unset): How callers prove they may call the webhook.
    """

    name: str
    function_source: str | Unset = UNSET
    respond_result: bool | Unset = UNSET
    options: IncomingWebhookOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        function_source = self.function_source

        respond_result = self.respond_result

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if function_source is not UNSET:
            field_dict["function_source"] = function_source
        if respond_result is not UNSET:
            field_dict["respond_result"] = respond_result
        if options is not UNSET:
            field_dict["options"] = options

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
            else dict(_t.expect_mapping(src_dict, "IncomingWebhookInput"))
        )
        pop = d.pop
        name = pop("name")
        if name.__class__ is not str:
            name = _t.expect_str(name, "name")

        function_source = pop("function_source", UNSET)
        if function_source.__class__ is not str and function_source is not UNSET:
            function_source = _t.optional_str(function_source, "function_source")

        respond_result = pop("respond_result", UNSET)
        if respond_result.__class__ is not bool and respond_result is not UNSET:
            respond_result = _t.optional_bool(respond_result, "respond_result")

        _options = pop("options", UNSET)
        options: IncomingWebhookOptions | Unset
        if _options is UNSET or _options is None:
            options = UNSET
        else:
            options = IncomingWebhookOptions.from_dict(_options)

        self.name = name
        self.function_source = function_source
        self.respond_result = respond_result
        self.options = options
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


from ..models.incoming_webhook_options import IncomingWebhookOptions  # noqa: E402
