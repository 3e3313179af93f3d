from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..models.auth_provider import AuthProvider
from ..models.auth_provider_type import AuthProviderType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomFunctionAuthProvider")


@_attrs_define
class CustomFunctionAuthProvider(AuthProvider):
    """A function decides who the user is (`type` is `custom-function`).

    Attributes:
        id (str):
        name (str | Unset):
        type_ (AuthProviderType | Unset): The kind of authentication provider. The reference page lists `mongodb-cloud`
            and
            `local`; applications use the others.
        disabled (bool | Unset):
        config (CustomFunctionConfig | Unset): The function that turns a login payload into a user id.
        secret_config (AuthProviderSecretConfig | Unset): A provider's secrets, given as the names of the application's
            secrets.
        metadata_fields (list[AuthProviderMetadataField | list[AuthProviderMetadataField]] | Unset): The user data
            fields to copy. The service's own documentation also shows them
            nested one array deeper for Google and Facebook; both shapes are accepted.
        redirect_uris (list[str] | Unset): Where the OAuth 2.0 flow may send users back to.
        domain_restrictions (list[str] | Unset): Only users of these email domains may log in (Google, Facebook).
        last_modified (int | Unset):
    """

    id: str
    name: str | Unset = UNSET
    type_: AuthProviderType | Unset = UNSET
    disabled: bool | Unset = UNSET
    config: CustomFunctionConfig | Unset = UNSET
    secret_config: AuthProviderSecretConfig | Unset = UNSET
    metadata_fields: list[AuthProviderMetadataField | list[AuthProviderMetadataField]] | Unset = (
        UNSET
    )
    redirect_uris: list[str] | Unset = UNSET
    domain_restrictions: list[str] | Unset = UNSET
    last_modified: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        disabled = self.disabled

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        secret_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.secret_config, Unset):
            secret_config = self.secret_config.to_dict()

        metadata_fields: list[dict[str, Any] | list[dict[str, Any]]] | Unset = UNSET
        if not isinstance(self.metadata_fields, Unset):
            metadata_fields = []
            for metadata_fields_item_data in self.metadata_fields:
                metadata_fields_item: dict[str, Any] | list[dict[str, Any]]
                if isinstance(metadata_fields_item_data, AuthProviderMetadataField):
                    metadata_fields_item = metadata_fields_item_data.to_dict()
                else:
                    metadata_fields_item = []
                    for (
                        componentsschemas_auth_provider_metadata_field_entry_type_1_item_data
                    ) in metadata_fields_item_data:
                        componentsschemas_auth_provider_metadata_field_entry_type_1_item = componentsschemas_auth_provider_metadata_field_entry_type_1_item_data.to_dict()
                        metadata_fields_item.append(
                            componentsschemas_auth_provider_metadata_field_entry_type_1_item
                        )

                metadata_fields.append(metadata_fields_item)

        redirect_uris: list[str] | Unset = UNSET
        if not isinstance(self.redirect_uris, Unset):
            redirect_uris = self.redirect_uris

        domain_restrictions: list[str] | Unset = UNSET
        if not isinstance(self.domain_restrictions, Unset):
            domain_restrictions = self.domain_restrictions

        last_modified = self.last_modified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if config is not UNSET:
            field_dict["config"] = config
        if secret_config is not UNSET:
            field_dict["secret_config"] = secret_config
        if metadata_fields is not UNSET:
            field_dict["metadata_fields"] = metadata_fields
        if redirect_uris is not UNSET:
            field_dict["redirect_uris"] = redirect_uris
        if domain_restrictions is not UNSET:
            field_dict["domain_restrictions"] = domain_restrictions
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
            else dict(_t.expect_mapping(src_dict, "CustomFunctionAuthProvider"))
        )
        pop = d.pop
        id = pop("_id")
        if id.__class__ is not str:
            id = _t.expect_str(id, "_id")

        name = pop("name", UNSET)
        if name.__class__ is not str and name is not UNSET:
            name = _t.optional_str(name, "name")

        _type_ = pop("type", UNSET)
        type_: AuthProviderType | Unset
        if _type_.__class__ is str:
            type_ = AuthProviderType._by_value.get(_type_) or AuthProviderType._from_json(
                _type_, "type"
            )
        elif _type_ is UNSET or _type_ is None:
            type_ = UNSET
        else:
            type_ = AuthProviderType._from_json(_type_, "type")

        disabled = pop("disabled", UNSET)
        if disabled.__class__ is not bool and disabled is not UNSET:
            disabled = _t.optional_bool(disabled, "disabled")

        _config = pop("config", UNSET)
        config: CustomFunctionConfig | Unset
        if _config is UNSET or _config is None:
            config = UNSET
        else:
            config = CustomFunctionConfig.from_dict(_config)

        _secret_config = pop("secret_config", UNSET)
        secret_config: AuthProviderSecretConfig | Unset
        if _secret_config is UNSET or _secret_config is None:
            secret_config = UNSET
        else:
            secret_config = AuthProviderSecretConfig.from_dict(_secret_config)

        _metadata_fields = pop("metadata_fields", UNSET)
        if _metadata_fields.__class__ is not list:
            _metadata_fields = _t.optional_list(_metadata_fields, "metadata_fields")
        metadata_fields: (
            list[AuthProviderMetadataField | list[AuthProviderMetadataField]] | Unset
        ) = UNSET
        if not isinstance(_metadata_fields, Unset):
            metadata_fields = []
            for metadata_fields_item_data in _metadata_fields:

                def _parse_metadata_fields_item(
                    data: object,
                ) -> AuthProviderMetadataField | list[AuthProviderMetadataField]:
                    if isinstance(data, dict):
                        componentsschemas_auth_provider_metadata_field_entry_type_0 = (
                            AuthProviderMetadataField.from_dict(data)
                        )

                        return componentsschemas_auth_provider_metadata_field_entry_type_0
                    if isinstance(data, list):
                        _componentsschemas_auth_provider_metadata_field_entry_type_1 = data
                        if (
                            _componentsschemas_auth_provider_metadata_field_entry_type_1.__class__
                            is not list
                        ):
                            _componentsschemas_auth_provider_metadata_field_entry_type_1 = (
                                _t.expect_list(
                                    _componentsschemas_auth_provider_metadata_field_entry_type_1,
                                    "/components/schemas/AuthProviderMetadataFieldEntry_type_1",
                                )
                            )
                        componentsschemas_auth_provider_metadata_field_entry_type_1 = []
                        for (
                            componentsschemas_auth_provider_metadata_field_entry_type_1_item_data
                        ) in _componentsschemas_auth_provider_metadata_field_entry_type_1:
                            componentsschemas_auth_provider_metadata_field_entry_type_1_item = AuthProviderMetadataField.from_dict(
                                componentsschemas_auth_provider_metadata_field_entry_type_1_item_data
                            )

                            componentsschemas_auth_provider_metadata_field_entry_type_1.append(
                                componentsschemas_auth_provider_metadata_field_entry_type_1_item
                            )

                        return componentsschemas_auth_provider_metadata_field_entry_type_1
                    raise TypeError(
                        "field 'metadata_fields_item' should be one of its documented types, not "
                        + type(data).__name__
                    )

                metadata_fields_item = _parse_metadata_fields_item(metadata_fields_item_data)

                metadata_fields.append(metadata_fields_item)

        _redirect_uris = pop("redirect_uris", UNSET)
        if _redirect_uris.__class__ is not list:
            _redirect_uris = _t.optional_list(_redirect_uris, "redirect_uris")
        redirect_uris: list[str] | Unset = UNSET
        if not isinstance(_redirect_uris, Unset):
            redirect_uris = []
            for redirect_uris_item_data in _redirect_uris:
                redirect_uris_item = redirect_uris_item_data
                if redirect_uris_item.__class__ is not str:
                    redirect_uris_item = _t.expect_str(redirect_uris_item, "redirect_uris_item")

                redirect_uris.append(redirect_uris_item)

        _domain_restrictions = pop("domain_restrictions", UNSET)
        if _domain_restrictions.__class__ is not list:
            _domain_restrictions = _t.optional_list(_domain_restrictions, "domain_restrictions")
        domain_restrictions: list[str] | Unset = UNSET
        if not isinstance(_domain_restrictions, Unset):
            domain_restrictions = []
            for domain_restrictions_item_data in _domain_restrictions:
                domain_restrictions_item = domain_restrictions_item_data
                if domain_restrictions_item.__class__ is not str:
                    domain_restrictions_item = _t.expect_str(
                        domain_restrictions_item, "domain_restrictions_item"
                    )

                domain_restrictions.append(domain_restrictions_item)

        last_modified = pop("last_modified", UNSET)
        if last_modified.__class__ is not int and last_modified is not UNSET:
            last_modified = _t.optional_int(last_modified, "last_modified")

        self.id = id
        self.name = name
        self.type_ = type_
        self.disabled = disabled
        self.config = config
        self.secret_config = secret_config
        self.metadata_fields = metadata_fields
        self.redirect_uris = redirect_uris
        self.domain_restrictions = domain_restrictions
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


from ..models.auth_provider_metadata_field import AuthProviderMetadataField  # noqa: E402
from ..models.auth_provider_secret_config import AuthProviderSecretConfig  # noqa: E402
from ..models.custom_function_config import CustomFunctionConfig  # noqa: E402
