from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..models.endpoint_http_method import EndpointHttpMethod
from ..models.endpoint_return_type import EndpointReturnType
from ..models.endpoint_validation_method import EndpointValidationMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="HttpsEndpointInput")


@_attrs_define
class HttpsEndpointInput:
    """An HTTPS endpoint to create, or its new state. The API names the function by
    `function_id`; configuration files name it by `function_name`.

        Attributes:
            route (str): The path the endpoint answers, such as `/orders`.
            http_method (EndpointHttpMethod): The method an HTTPS endpoint answers; `*` for any of them.
            id (str | Unset): The endpoint's id, when sending back one that was read.
            function_id (str | Unset):
            function_name (str | Unset):
            validation_method (EndpointValidationMethod | Unset): How callers prove they may call an endpoint.
            secret_id (str | Unset):
            return_type (EndpointReturnType | Unset): The format of answers, plain JSON or Extended JSON.
            respond_result (bool | Unset):
            fetch_custom_user_data (bool | Unset):
            create_user_on_auth (bool | Unset):
            disabled (bool | Unset):
    """

    route: str
    http_method: EndpointHttpMethod
    id: str | Unset = UNSET
    function_id: str | Unset = UNSET
    function_name: str | Unset = UNSET
    validation_method: EndpointValidationMethod | Unset = UNSET
    secret_id: str | Unset = UNSET
    return_type: EndpointReturnType | Unset = UNSET
    respond_result: bool | Unset = UNSET
    fetch_custom_user_data: bool | Unset = UNSET
    create_user_on_auth: bool | Unset = UNSET
    disabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        route = self.route

        http_method = self.http_method.value

        id = self.id

        function_id = self.function_id

        function_name = self.function_name

        validation_method: str | Unset = UNSET
        if not isinstance(self.validation_method, Unset):
            validation_method = self.validation_method.value

        secret_id = self.secret_id

        return_type: str | Unset = UNSET
        if not isinstance(self.return_type, Unset):
            return_type = self.return_type.value

        respond_result = self.respond_result

        fetch_custom_user_data = self.fetch_custom_user_data

        create_user_on_auth = self.create_user_on_auth

        disabled = self.disabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "route": route,
                "http_method": http_method,
            }
        )
        if id is not UNSET:
            field_dict["_id"] = id
        if function_id is not UNSET:
            field_dict["function_id"] = function_id
        if function_name is not UNSET:
            field_dict["function_name"] = function_name
        if validation_method is not UNSET:
            field_dict["validation_method"] = validation_method
        if secret_id is not UNSET:
            field_dict["secret_id"] = secret_id
        if return_type is not UNSET:
            field_dict["return_type"] = return_type
        if respond_result is not UNSET:
            field_dict["respond_result"] = respond_result
        if fetch_custom_user_data is not UNSET:
            field_dict["fetch_custom_user_data"] = fetch_custom_user_data
        if create_user_on_auth is not UNSET:
            field_dict["create_user_on_auth"] = create_user_on_auth
        if disabled is not UNSET:
            field_dict["disabled"] = disabled

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
            else dict(_t.expect_mapping(src_dict, "HttpsEndpointInput"))
        )
        pop = d.pop
        route = pop("route")
        if route.__class__ is not str:
            route = _t.expect_str(route, "route")

        _http_method = pop("http_method")
        http_method: EndpointHttpMethod
        if _http_method.__class__ is str:
            http_method = EndpointHttpMethod._by_value.get(
                _http_method
            ) or EndpointHttpMethod._from_json(_http_method, "http_method")
        else:
            http_method = EndpointHttpMethod._from_json(_http_method, "http_method")

        id = pop("_id", UNSET)
        if id.__class__ is not str and id is not UNSET:
            id = _t.optional_str(id, "_id")

        function_id = pop("function_id", UNSET)
        if function_id.__class__ is not str and function_id is not UNSET:
            function_id = _t.optional_str(function_id, "function_id")

        function_name = pop("function_name", UNSET)
        if function_name.__class__ is not str and function_name is not UNSET:
            function_name = _t.optional_str(function_name, "function_name")

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

        secret_id = pop("secret_id", UNSET)
        if secret_id.__class__ is not str and secret_id is not UNSET:
            secret_id = _t.optional_str(secret_id, "secret_id")

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

        respond_result = pop("respond_result", UNSET)
        if respond_result.__class__ is not bool and respond_result is not UNSET:
            respond_result = _t.optional_bool(respond_result, "respond_result")

        fetch_custom_user_data = pop("fetch_custom_user_data", UNSET)
        if fetch_custom_user_data.__class__ is not bool and fetch_custom_user_data is not UNSET:
            fetch_custom_user_data = _t.optional_bool(
                fetch_custom_user_data, "fetch_custom_user_data"
            )

        create_user_on_auth = pop("create_user_on_auth", UNSET)
        if create_user_on_auth.__class__ is not bool and create_user_on_auth is not UNSET:
            create_user_on_auth = _t.optional_bool(create_user_on_auth, "create_user_on_auth")

        disabled = pop("disabled", UNSET)
        if disabled.__class__ is not bool and disabled is not UNSET:
            disabled = _t.optional_bool(disabled, "disabled")

        self.route = route
        self.http_method = http_method
        self.id = id
        self.function_id = function_id
        self.function_name = function_name
        self.validation_method = validation_method
        self.secret_id = secret_id
        self.return_type = return_type
        self.respond_result = respond_result
        self.fetch_custom_user_data = fetch_custom_user_data
        self.create_user_on_auth = create_user_on_auth
        self.disabled = disabled
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
