from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.incoming_webhook_options import IncomingWebhookOptions


T = TypeVar("T", bound="IncomingWebhook")


@_attrs_define
class IncomingWebhook:
    """An incoming webhook of an HTTP service.

    Attributes:
        id (str):
        name (str):
        function_source (str | Unset):
        respond_result (bool | Unset):
        options (IncomingWebhookOptions | Unset): How callers prove they may call the webhook.
    """

    id: str
    name: str
    function_source: str | Unset = UNSET
    respond_result: bool | Unset = UNSET
    options: IncomingWebhookOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

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
                "_id": id,
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
        from ..models.incoming_webhook_options import IncomingWebhookOptions  # noqa: PLC0415

        d = dict(_t.expect_mapping(src_dict, "IncomingWebhook"))
        id = d.pop("_id")
        if id.__class__ is not str:
            id = _t.expect_str(id, "_id")

        name = d.pop("name")
        if name.__class__ is not str:
            name = _t.expect_str(name, "name")

        function_source = d.pop("function_source", UNSET)
        if function_source.__class__ is not str:
            function_source = _t.optional_str(function_source, "function_source")

        respond_result = d.pop("respond_result", UNSET)
        if respond_result.__class__ is not bool:
            respond_result = _t.optional_bool(respond_result, "respond_result")

        _options = d.pop("options", UNSET)
        options: IncomingWebhookOptions | Unset
        if _options is None or isinstance(_options, Unset):
            options = UNSET
        else:
            options = IncomingWebhookOptions.from_dict(_options)

        incoming_webhook = cls(
            id=id,
            name=name,
            function_source=function_source,
            respond_result=respond_result,
            options=options,
        )

        incoming_webhook.additional_properties = d
        return incoming_webhook

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
