from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..models.data_api_version import DataApiVersion
from ..models.endpoint_return_type import EndpointReturnType
from ..models.endpoint_validation_method import EndpointValidationMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="DataApiConfig")


@_attrs_define
class DataApiConfig:
    """The settings of the generated Data API endpoints.

    Attributes:
        disabled (bool | Unset):
        versions (list[DataApiVersion] | Unset):
        return_type (EndpointReturnType | Unset): The format of answers, plain JSON or Extended JSON.
        create_user_on_auth (bool | Unset):
        run_as_user_id (str | Unset):
        run_as_user_id_script_source (str | Unset):
        validation_method (EndpointValidationMethod | Unset): How callers prove they may call an endpoint.
        secret_name (str | Unset):
        can_evaluate (JsonObject | Unset): A JSON object whose fields depend on context (configuration, expressions,
            ...).
    """

    disabled: bool | Unset = UNSET
    versions: list[DataApiVersion] | Unset = UNSET
    return_type: EndpointReturnType | Unset = UNSET
    create_user_on_auth: bool | Unset = UNSET
    run_as_user_id: str | Unset = UNSET
    run_as_user_id_script_source: str | Unset = UNSET
    validation_method: EndpointValidationMethod | Unset = UNSET
    secret_name: str | Unset = UNSET
    can_evaluate: JsonObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        disabled = self.disabled

        versions: list[str] | Unset = UNSET
        if not isinstance(self.versions, Unset):
            versions = []
            for versions_item_data in self.versions:
                versions_item = versions_item_data.value
                versions.append(versions_item)

        return_type: str | Unset = UNSET
        if not isinstance(self.return_type, Unset):
            return_type = self.return_type.value

        create_user_on_auth = self.create_user_on_auth

        run_as_user_id = self.run_as_user_id

        run_as_user_id_script_source = self.run_as_user_id_script_source

        validation_method: str | Unset = UNSET
        if not isinstance(self.validation_method, Unset):
            validation_method = self.validation_method.value

        secret_name = self.secret_name

        can_evaluate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.can_evaluate, Unset):
            can_evaluate = self.can_evaluate.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if versions is not UNSET:
            field_dict["versions"] = versions
        if return_type is not UNSET:
            field_dict["return_type"] = return_type
        if create_user_on_auth is not UNSET:
            field_dict["create_user_on_auth"] = create_user_on_auth
        if run_as_user_id is not UNSET:
            field_dict["run_as_user_id"] = run_as_user_id
        if run_as_user_id_script_source is not UNSET:
            field_dict["run_as_user_id_script_source"] = run_as_user_id_script_source
        if validation_method is not UNSET:
            field_dict["validation_method"] = validation_method
        if secret_name is not UNSET:
            field_dict["secret_name"] = secret_name
        if can_evaluate is not UNSET:
            field_dict["can_evaluate"] = can_evaluate

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
            else dict(_t.expect_mapping(src_dict, "DataApiConfig"))
        )
        pop = d.pop
        disabled = pop("disabled", UNSET)
        if disabled.__class__ is not bool and disabled is not UNSET:
            disabled = _t.optional_bool(disabled, "disabled")

        _versions = pop("versions", UNSET)
        if _versions.__class__ is not list:
            _versions = _t.optional_list(_versions, "versions")
        versions: list[DataApiVersion] | Unset = UNSET
        if not isinstance(_versions, Unset):
            versions = []
            for versions_item_data in _versions:
                _versions_item = versions_item_data
                versions_item: DataApiVersion
                if _versions_item.__class__ is str:
                    versions_item = DataApiVersion._by_value.get(
                        _versions_item
                    ) or DataApiVersion._from_json(_versions_item, "versions_item")
                else:
                    versions_item = DataApiVersion._from_json(_versions_item, "versions_item")

                versions.append(versions_item)

        _return_type = pop("return_type", UNSET)
        return_type: EndpointReturnType | Unset
        if _return_type.__class__ is str:
            return_type = EndpointReturnType._by_value.get(
                _return_type
            ) or EndpointReturnType._from_json(_return_type, "return_type")
        elif _return_type is UNSET or _return_type is None:
            return_type = UNSET
        else:
            return_type = EndpointReturnType._from_json(_return_type, "return_type")

        create_user_on_auth = pop("create_user_on_auth", UNSET)
        if create_user_on_auth.__class__ is not bool and create_user_on_auth is not UNSET:
            create_user_on_auth = _t.optional_bool(create_user_on_auth, "create_user_on_auth")

        run_as_user_id = pop("run_as_user_id", UNSET)
        if run_as_user_id.__class__ is not str and run_as_user_id is not UNSET:
            run_as_user_id = _t.optional_str(run_as_user_id, "run_as_user_id")

        run_as_user_id_script_source = pop("run_as_user_id_script_source", UNSET)
        if (
            run_as_user_id_script_source.__class__ is not str
            and run_as_user_id_script_source is not UNSET
        ):
            run_as_user_id_script_source = _t.optional_str(
                run_as_user_id_script_source, "run_as_user_id_script_source"
            )

        _validation_method = pop("validation_method", UNSET)
        validation_method: EndpointValidationMethod | Unset
        if _validation_method.__class__ is str:
            validation_method = EndpointValidationMethod._by_value.get(
                _validation_method
            ) or EndpointValidationMethod._from_json(_validation_method, "validation_method")
        elif _validation_method is UNSET or _validation_method is None:
            validation_method = UNSET
        else:
            validation_method = EndpointValidationMethod._from_json(
                _validation_method, "validation_method"
            )

        secret_name = pop("secret_name", UNSET)
        if secret_name.__class__ is not str and secret_name is not UNSET:
            secret_name = _t.optional_str(secret_name, "secret_name")

        _can_evaluate = pop("can_evaluate", UNSET)
        can_evaluate: JsonObject | Unset
        if _can_evaluate is UNSET or _can_evaluate is None:
            can_evaluate = UNSET
        else:
            can_evaluate = JsonObject.from_dict(_can_evaluate)

        self.disabled = disabled
        self.versions = versions
        self.return_type = return_type
        self.create_user_on_auth = create_user_on_auth
        self.run_as_user_id = run_as_user_id
        self.run_as_user_id_script_source = run_as_user_id_script_source
        self.validation_method = validation_method
        self.secret_name = secret_name
        self.can_evaluate = can_evaluate
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
