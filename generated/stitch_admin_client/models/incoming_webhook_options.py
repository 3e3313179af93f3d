from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="IncomingWebhookOptions")


@_attrs_define
class IncomingWebhookOptions:
    """How callers prove they may call the webhook.

    Attributes:
        secret (str | Unset):
        secret_as_query_param (bool | Unset):
    """

    secret: str | Unset = _attrs_field(default=UNSET, repr=False)
    secret_as_query_param: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        secret = self.secret

        secret_as_query_param = self.secret_as_query_param

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if secret is not UNSET:
            field_dict["secret"] = secret
        if secret_as_query_param is not UNSET:
            field_dict["secretAsQueryParam"] = secret_as_query_param

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
            else dict(_t.expect_mapping(src_dict, "IncomingWebhookOptions"))
        )
        pop = d.pop
        secret = pop("secret", UNSET)
        if secret.__class__ is not str and secret is not UNSET:
            secret = _t.optional_str(secret, "secret")

        secret_as_query_param = pop("secretAsQueryParam", UNSET)
        if secret_as_query_param.__class__ is not bool and secret_as_query_param is not UNSET:
            secret_as_query_param = _t.optional_bool(secret_as_query_param, "secretAsQueryParam")

        self.secret = secret
        self.secret_as_query_param = secret_as_query_param
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
