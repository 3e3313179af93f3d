from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomJwtConfig")


@_attrs_define
class CustomJwtConfig:
    """How tokens from an external JWT issuer are verified.

    Attributes:
        audience (list[str] | Unset):
        require_any_audience (bool | Unset):
        signing_algorithm (str | Unset): `HS256` or `RS256`.
        use_jwkuri (bool | Unset):
        jwk_uri (str | Unset):
    """

    audience: list[str] | Unset = UNSET
    require_any_audience: bool | Unset = UNSET
    signing_algorithm: str | Unset = UNSET
    use_jwkuri: bool | Unset = UNSET
    jwk_uri: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audience: list[str] | Unset = UNSET
        if not isinstance(self.audience, Unset):
            audience = self.audience

        require_any_audience = self.require_any_audience

        signing_algorithm = self.signing_algorithm

        use_jwkuri = self.use_jwkuri

        jwk_uri = self.jwk_uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if audience is not UNSET:
            field_dict["audience"] = audience
        if require_any_audience is not UNSET:
            field_dict["requireAnyAudience"] = require_any_audience
        if signing_algorithm is not UNSET:
            field_dict["signingAlgorithm"] = signing_algorithm
        if use_jwkuri is not UNSET:
            field_dict["useJWKURI"] = use_jwkuri
        if jwk_uri is not UNSET:
            field_dict["jwkURI"] = jwk_uri

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
            else dict(_t.expect_mapping(src_dict, "CustomJwtConfig"))
        )
        pop = d.pop
        _audience = pop("audience", UNSET)
        if _audience.__class__ is not list:
            _audience = _t.optional_list(_audience, "audience")
        audience: list[str] | Unset = UNSET
        if not isinstance(_audience, Unset):
            audience = []
            for audience_item_data in _audience:
                audience_item = audience_item_data
                if audience_item.__class__ is not str:
                    audience_item = _t.expect_str(audience_item, "audience_item")

                audience.append(audience_item)

        require_any_audience = pop("requireAnyAudience", UNSET)
        if require_any_audience.__class__ is not bool and require_any_audience is not UNSET:
            require_any_audience = _t.optional_bool(require_any_audience, "requireAnyAudience")

        signing_algorithm = pop("signingAlgorithm", UNSET)
        if signing_algorithm.__class__ is not str and signing_algorithm is not UNSET:
            signing_algorithm = _t.optional_str(signing_algorithm, "signingAlgorithm")

        use_jwkuri = pop("useJWKURI", UNSET)
        if use_jwkuri.__class__ is not bool and use_jwkuri is not UNSET:
            use_jwkuri = _t.optional_bool(use_jwkuri, "useJWKURI")

        jwk_uri = pop("jwkURI", UNSET)
        if jwk_uri.__class__ is not str and jwk_uri is not UNSET:
            jwk_uri = _t.optional_str(jwk_uri, "jwkURI")

        self.audience = audience
        self.require_any_audience = require_any_audience
        self.signing_algorithm = signing_algorithm
        self.use_jwkuri = use_jwkuri
        self.jwk_uri = jwk_uri
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
