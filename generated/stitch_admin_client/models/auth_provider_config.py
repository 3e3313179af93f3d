from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthProviderConfig")


@_attrs_define
class AuthProviderConfig:
    """A provider's settings. Which fields apply depends on the provider type: email/password
    (`local-userpass`) uses the confirmation and password reset fields, custom JWT
    (`custom-token`) the audience and signing fields, custom function
    (`custom-function`) `authFunctionName`, and the OAuth 2.0 providers `clientId` (and
    `openId` for Google).

        Attributes:
            auto_confirm (bool | Unset):
            email_confirmation_url (str | Unset):
            confirm_email_subject (str | Unset):
            run_confirmation_function (bool | Unset):
            confirmation_function_name (str | Unset):
            reset_password_url (str | Unset):
            reset_password_subject (str | Unset):
            run_reset_function (bool | Unset):
            reset_function_name (str | Unset):
            audience (list[str] | Unset):
            require_any_audience (bool | Unset):
            signing_algorithm (str | Unset):
            use_jwkuri (bool | Unset):
            jwk_uri (str | Unset):
            auth_function_name (str | Unset):
            client_id (str | Unset):
            open_id (bool | Unset):
    """

    auto_confirm: bool | Unset = UNSET
    email_confirmation_url: str | Unset = UNSET
    confirm_email_subject: str | Unset = UNSET
    run_confirmation_function: bool | Unset = UNSET
    confirmation_function_name: str | Unset = UNSET
    reset_password_url: str | Unset = UNSET
    reset_password_subject: str | Unset = UNSET
    run_reset_function: bool | Unset = UNSET
    reset_function_name: str | Unset = UNSET
    audience: list[str] | Unset = UNSET
    require_any_audience: bool | Unset = UNSET
    signing_algorithm: str | Unset = UNSET
    use_jwkuri: bool | Unset = UNSET
    jwk_uri: str | Unset = UNSET
    auth_function_name: str | Unset = UNSET
    client_id: str | Unset = UNSET
    open_id: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auto_confirm = self.auto_confirm

        email_confirmation_url = self.email_confirmation_url

        confirm_email_subject = self.confirm_email_subject

        run_confirmation_function = self.run_confirmation_function

        confirmation_function_name = self.confirmation_function_name

        reset_password_url = self.reset_password_url

        reset_password_subject = self.reset_password_subject

        run_reset_function = self.run_reset_function

        reset_function_name = self.reset_function_name

        audience: list[str] | Unset = UNSET
        if not isinstance(self.audience, Unset):
            audience = self.audience

        require_any_audience = self.require_any_audience

        signing_algorithm = self.signing_algorithm

        use_jwkuri = self.use_jwkuri

        jwk_uri = self.jwk_uri

        auth_function_name = self.auth_function_name

        client_id = self.client_id

        open_id = self.open_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auto_confirm is not UNSET:
            field_dict["autoConfirm"] = auto_confirm
        if email_confirmation_url is not UNSET:
            field_dict["emailConfirmationUrl"] = email_confirmation_url
        if confirm_email_subject is not UNSET:
            field_dict["confirmEmailSubject"] = confirm_email_subject
        if run_confirmation_function is not UNSET:
            field_dict["runConfirmationFunction"] = run_confirmation_function
        if confirmation_function_name is not UNSET:
            field_dict["confirmationFunctionName"] = confirmation_function_name
        if reset_password_url is not UNSET:
            field_dict["resetPasswordUrl"] = reset_password_url
        if reset_password_subject is not UNSET:
            field_dict["resetPasswordSubject"] = reset_password_subject
        if run_reset_function is not UNSET:
            field_dict["runResetFunction"] = run_reset_function
        if reset_function_name is not UNSET:
            field_dict["resetFunctionName"] = reset_function_name
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
        if auth_function_name is not UNSET:
            field_dict["authFunctionName"] = auth_function_name
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if open_id is not UNSET:
            field_dict["openId"] = open_id

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
            else dict(_t.expect_mapping(src_dict, "AuthProviderConfig"))
        )
        pop = d.pop
        auto_confirm = pop("autoConfirm", UNSET)
        if auto_confirm.__class__ is not bool and auto_confirm is not UNSET:
            auto_confirm = _t.optional_bool(auto_confirm, "autoConfirm")

        email_confirmation_url = pop("emailConfirmationUrl", UNSET)
        if email_confirmation_url.__class__ is not str and email_confirmation_url is not UNSET:
            email_confirmation_url = _t.optional_str(email_confirmation_url, "emailConfirmationUrl")

        confirm_email_subject = pop("confirmEmailSubject", UNSET)
        if confirm_email_subject.__class__ is not str and confirm_email_subject is not UNSET:
            confirm_email_subject = _t.optional_str(confirm_email_subject, "confirmEmailSubject")

        run_confirmation_function = pop("runConfirmationFunction", UNSET)
        if (
            run_confirmation_function.__class__ is not bool
            and run_confirmation_function is not UNSET
        ):
            run_confirmation_function = _t.optional_bool(
                run_confirmation_function, "runConfirmationFunction"
            )

        confirmation_function_name = pop("confirmationFunctionName", UNSET)
        if (
            confirmation_function_name.__class__ is not str
            and confirmation_function_name is not UNSET
        ):
            confirmation_function_name = _t.optional_str(
                confirmation_function_name, "confirmationFunctionName"
            )

        reset_password_url = pop("resetPasswordUrl", UNSET)
        if reset_password_url.__class__ is not str and reset_password_url is not UNSET:
            reset_password_url = _t.optional_str(reset_password_url, "resetPasswordUrl")

        reset_password_subject = pop("resetPasswordSubject", UNSET)
        if reset_password_subject.__class__ is not str and reset_password_subject is not UNSET:
            reset_password_subject = _t.optional_str(reset_password_subject, "resetPasswordSubject")

        run_reset_function = pop("runResetFunction", UNSET)
        if run_reset_function.__class__ is not bool and run_reset_function is not UNSET:
            run_reset_function = _t.optional_bool(run_reset_function, "runResetFunction")

        reset_function_name = pop("resetFunctionName", UNSET)
        if reset_function_name.__class__ is not str and reset_function_name is not UNSET:
            reset_function_name = _t.optional_str(reset_function_name, "resetFunctionName")

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

        auth_function_name = pop("authFunctionName", UNSET)
        if auth_function_name.__class__ is not str and auth_function_name is not UNSET:
            auth_function_name = _t.optional_str(auth_function_name, "authFunctionName")

        client_id = pop("clientId", UNSET)
        if client_id.__class__ is not str and client_id is not UNSET:
            client_id = _t.optional_str(client_id, "clientId")

        open_id = pop("openId", UNSET)
        if open_id.__class__ is not bool and open_id is not UNSET:
            open_id = _t.optional_bool(open_id, "openId")

        self.auto_confirm = auto_confirm
        self.email_confirmation_url = email_confirmation_url
        self.confirm_email_subject = confirm_email_subject
        self.run_confirmation_function = run_confirmation_function
        self.confirmation_function_name = confirmation_function_name
        self.reset_password_url = reset_password_url
        self.reset_password_subject = reset_password_subject
        self.run_reset_function = run_reset_function
        self.reset_function_name = reset_function_name
        self.audience = audience
        self.require_any_audience = require_any_audience
        self.signing_algorithm = signing_algorithm
        self.use_jwkuri = use_jwkuri
        self.jwk_uri = jwk_uri
        self.auth_function_name = auth_function_name
        self.client_id = client_id
        self.open_id = open_id
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
