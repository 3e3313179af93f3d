from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..models.app_environment import AppEnvironment
from ..models.deployment_model import DeploymentModel
from ..models.provider_region import ProviderRegion
from ..types import UNSET, Unset

T = TypeVar("T", bound="AppConfiguration")


@_attrs_define
class AppConfiguration:
    """An application's whole configuration as one JSON object: what `pull_app_configuration`
    answers with `Accept: application/json` and what `push_app_configuration` replaces the
    configuration with. Every part is optional here; a push replaces what it leaves out
    with nothing. Entries carry no ids of their own (names identify them); references
    carry the other entry's name beside its id (`function_name`, `service_name`,
    `secret_name`, ...), and on a push the name wins. Secrets appear by name only.
    Hosted files and installed dependencies are not part of it: a push keeps them.

        Attributes:
            name (str | Unset):
            allowed_request_origins (list[str] | Unset): The origins browsers may call the application from.
            provider_region (ProviderRegion | Unset): A cloud provider and region an application can be deployed to.
            deployment_model (DeploymentModel | Unset): `GLOBAL` (served from every region) or `LOCAL` (served from one
                region).
            environment (AppEnvironment | Unset): An application's environment, which selects the environment values it
                sees. An empty
                string means none; the service may name other environments later.
            auth_providers (list[AuthProviderCreate] | Unset):
            custom_user_data (CustomUserData | Unset): Where the application keeps extra data about its users. The service
                answers with ids
                (`mongo_service_id`, `on_user_creation_function_id`); configuration files name the
                data source and function instead (`*_name`).
            data_api_config (DataApiConfig | Unset): The settings of the generated Data API endpoints.
            data_sources (list[ServiceInput] | Unset):
            endpoints (list[HttpsEndpointInput] | Unset):
            environments (EnvironmentValueSets | Unset): The environment values of each environment, as the configuration
                files hold them.
            functions (list[FunctionInput] | Unset):
            graphql (GraphqlConfiguration | Unset): The GraphQL part of an application's configuration files.
            hosting (HostingSettings | Unset): The hosting settings to change (all optional).
            https_endpoints (list[ServiceInput] | Unset): HTTP services of the older kind, kept for applications that still
                have them.
            log_forwarders (list[LogForwarderInput] | Unset):
            schemas (list[CollectionSchemaInput] | Unset):
            services (list[ServiceInput] | Unset): Third-party services, kept for applications that still have them.
            sync (FlexibleSync | Unset): The Flexible Device Sync settings of a data source.
            triggers (list[ConfigurationTrigger] | Unset):
            values (list[ValueInput] | Unset):
    """

    name: str | Unset = UNSET
    allowed_request_origins: list[str] | Unset = UNSET
    provider_region: ProviderRegion | Unset = UNSET
    deployment_model: DeploymentModel | Unset = UNSET
    environment: AppEnvironment | Unset = UNSET
    auth_providers: list[AuthProviderCreate] | Unset = UNSET
    custom_user_data: CustomUserData | Unset = UNSET
    data_api_config: DataApiConfig | Unset = UNSET
    data_sources: list[ServiceInput] | Unset = UNSET
    endpoints: list[HttpsEndpointInput] | Unset = UNSET
    environments: EnvironmentValueSets | Unset = UNSET
    functions: list[FunctionInput] | Unset = UNSET
    graphql: GraphqlConfiguration | Unset = UNSET
    hosting: HostingSettings | Unset = UNSET
    https_endpoints: list[ServiceInput] | Unset = UNSET
    log_forwarders: list[LogForwarderInput] | Unset = UNSET
    schemas: list[CollectionSchemaInput] | Unset = UNSET
    services: list[ServiceInput] | Unset = UNSET
    sync: FlexibleSync | Unset = UNSET
    triggers: list[ConfigurationTrigger] | Unset = UNSET
    values: list[ValueInput] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        allowed_request_origins: list[str] | Unset = UNSET
        if not isinstance(self.allowed_request_origins, Unset):
            allowed_request_origins = self.allowed_request_origins

        provider_region: str | Unset = UNSET
        if not isinstance(self.provider_region, Unset):
            provider_region = self.provider_region.value

        deployment_model: str | Unset = UNSET
        if not isinstance(self.deployment_model, Unset):
            deployment_model = self.deployment_model.value

        environment: str | Unset = UNSET
        if not isinstance(self.environment, Unset):
            environment = self.environment.value

        auth_providers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.auth_providers, Unset):
            auth_providers = []
            for auth_providers_item_data in self.auth_providers:
                auth_providers_item = auth_providers_item_data.to_dict()
                auth_providers.append(auth_providers_item)

        custom_user_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_user_data, Unset):
            custom_user_data = self.custom_user_data.to_dict()

        data_api_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data_api_config, Unset):
            data_api_config = self.data_api_config.to_dict()

        data_sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data_sources, Unset):
            data_sources = []
            for data_sources_item_data in self.data_sources:
                data_sources_item = data_sources_item_data.to_dict()
                data_sources.append(data_sources_item)

        endpoints: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.endpoints, Unset):
            endpoints = []
            for endpoints_item_data in self.endpoints:
                endpoints_item = endpoints_item_data.to_dict()
                endpoints.append(endpoints_item)

        environments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.environments, Unset):
            environments = self.environments.to_dict()

        functions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.functions, Unset):
            functions = []
            for functions_item_data in self.functions:
                functions_item = functions_item_data.to_dict()
                functions.append(functions_item)

        graphql: dict[str, Any] | Unset = UNSET
        if not isinstance(self.graphql, Unset):
            graphql = self.graphql.to_dict()

        hosting: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hosting, Unset):
            hosting = self.hosting.to_dict()

        https_endpoints: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.https_endpoints, Unset):
            https_endpoints = []
            for https_endpoints_item_data in self.https_endpoints:
                https_endpoints_item = https_endpoints_item_data.to_dict()
                https_endpoints.append(https_endpoints_item)

        log_forwarders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.log_forwarders, Unset):
            log_forwarders = []
            for log_forwarders_item_data in self.log_forwarders:
                log_forwarders_item = log_forwarders_item_data.to_dict()
                log_forwarders.append(log_forwarders_item)

        schemas: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.schemas, Unset):
            schemas = []
            for schemas_item_data in self.schemas:
                schemas_item = schemas_item_data.to_dict()
                schemas.append(schemas_item)

        services: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = []
            for services_item_data in self.services:
                services_item = services_item_data.to_dict()
                services.append(services_item)

        sync: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sync, Unset):
            sync = self.sync.to_dict()

        triggers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.triggers, Unset):
            triggers = []
            for triggers_item_data in self.triggers:
                triggers_item = triggers_item_data.to_dict()
                triggers.append(triggers_item)

        values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = []
            for values_item_data in self.values:
                values_item = values_item_data.to_dict()
                values.append(values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if allowed_request_origins is not UNSET:
            field_dict["allowed_request_origins"] = allowed_request_origins
        if provider_region is not UNSET:
            field_dict["provider_region"] = provider_region
        if deployment_model is not UNSET:
            field_dict["deployment_model"] = deployment_model
        if environment is not UNSET:
            field_dict["environment"] = environment
        if auth_providers is not UNSET:
            field_dict["auth_providers"] = auth_providers
        if custom_user_data is not UNSET:
            field_dict["custom_user_data"] = custom_user_data
        if data_api_config is not UNSET:
            field_dict["data_api_config"] = data_api_config
        if data_sources is not UNSET:
            field_dict["data_sources"] = data_sources
        if endpoints is not UNSET:
            field_dict["endpoints"] = endpoints
        if environments is not UNSET:
            field_dict["environments"] = environments
        if functions is not UNSET:
            field_dict["functions"] = functions
        if graphql is not UNSET:
            field_dict["graphql"] = graphql
        if hosting is not UNSET:
            field_dict["hosting"] = hosting
        if https_endpoints is not UNSET:
            field_dict["https_endpoints"] = https_endpoints
        if log_forwarders is not UNSET:
            field_dict["log_forwarders"] = log_forwarders
        if schemas is not UNSET:
            field_dict["schemas"] = schemas
        if services is not UNSET:
            field_dict["services"] = services
        if sync is not UNSET:
            field_dict["sync"] = sync
        if triggers is not UNSET:
            field_dict["triggers"] = triggers
        if values is not UNSET:
            field_dict["values"] = values

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
            else dict(_t.expect_mapping(src_dict, "AppConfiguration"))
        )
        pop = d.pop
        name = pop("name", UNSET)
        if name.__class__ is not str and name is not UNSET:
            name = _t.optional_str(name, "name")

        _allowed_request_origins = pop("allowed_request_origins", UNSET)
        if _allowed_request_origins.__class__ is not list:
            _allowed_request_origins = _t.optional_list(
                _allowed_request_origins, "allowed_request_origins"
            )
        allowed_request_origins: list[str] | Unset = UNSET
        if not isinstance(_allowed_request_origins, Unset):
            allowed_request_origins = []
            for allowed_request_origins_item_data in _allowed_request_origins:
                allowed_request_origins_item = allowed_request_origins_item_data
                if allowed_request_origins_item.__class__ is not str:
                    allowed_request_origins_item = _t.expect_str(
                        allowed_request_origins_item, "allowed_request_origins_item"
                    )

                allowed_request_origins.append(allowed_request_origins_item)

        _provider_region = pop("provider_region", UNSET)
        provider_region: ProviderRegion | Unset
        if _provider_region.__class__ is str:
            provider_region = ProviderRegion._by_value.get(
                _provider_region
            ) or ProviderRegion._from_json(_provider_region, "provider_region")
        elif _provider_region is UNSET or _provider_region is None:
            provider_region = UNSET
        else:
            provider_region = ProviderRegion._from_json(_provider_region, "provider_region")

        _deployment_model = pop("deployment_model", UNSET)
        deployment_model: DeploymentModel | Unset
        if _deployment_model.__class__ is str:
            deployment_model = DeploymentModel._by_value.get(
                _deployment_model
            ) or DeploymentModel._from_json(_deployment_model, "deployment_model")
        elif _deployment_model is UNSET or _deployment_model is None:
            deployment_model = UNSET
        else:
            deployment_model = DeploymentModel._from_json(_deployment_model, "deployment_model")

        _environment = pop("environment", UNSET)
        environment: AppEnvironment | Unset
        if _environment.__class__ is str:
            environment = AppEnvironment._by_value.get(_environment) or AppEnvironment._from_json(
                _environment, "environment"
            )
        elif _environment is UNSET or _environment is None:
            environment = UNSET
        else:
            environment = AppEnvironment._from_json(_environment, "environment")

        _auth_providers = pop("auth_providers", UNSET)
        if _auth_providers.__class__ is not list:
            _auth_providers = _t.optional_list(_auth_providers, "auth_providers")
        auth_providers: list[AuthProviderCreate] | Unset = UNSET
        if not isinstance(_auth_providers, Unset):
            auth_providers = []
            for auth_providers_item_data in _auth_providers:
                auth_providers_item = AuthProviderCreate.from_dict(auth_providers_item_data)

                auth_providers.append(auth_providers_item)

        _custom_user_data = pop("custom_user_data", UNSET)
        custom_user_data: CustomUserData | Unset
        if _custom_user_data is UNSET or _custom_user_data is None:
            custom_user_data = UNSET
        else:
            custom_user_data = CustomUserData.from_dict(_custom_user_data)

        _data_api_config = pop("data_api_config", UNSET)
        data_api_config: DataApiConfig | Unset
        if _data_api_config is UNSET or _data_api_config is None:
            data_api_config = UNSET
        else:
            data_api_config = DataApiConfig.from_dict(_data_api_config)

        _data_sources = pop("data_sources", UNSET)
        if _data_sources.__class__ is not list:
            _data_sources = _t.optional_list(_data_sources, "data_sources")
        data_sources: list[ServiceInput] | Unset = UNSET
        if not isinstance(_data_sources, Unset):
            data_sources = []
            for data_sources_item_data in _data_sources:
                data_sources_item = ServiceInput.from_dict(data_sources_item_data)

                data_sources.append(data_sources_item)

        _endpoints = pop("endpoints", UNSET)
        if _endpoints.__class__ is not list:
            _endpoints = _t.optional_list(_endpoints, "endpoints")
        endpoints: list[HttpsEndpointInput] | Unset = UNSET
        if not isinstance(_endpoints, Unset):
            endpoints = []
            for endpoints_item_data in _endpoints:
                endpoints_item = HttpsEndpointInput.from_dict(endpoints_item_data)

                endpoints.append(endpoints_item)

        _environments = pop("environments", UNSET)
        environments: EnvironmentValueSets | Unset
        if _environments is UNSET or _environments is None:
            environments = UNSET
        else:
            environments = EnvironmentValueSets.from_dict(_environments)

        _functions = pop("functions", UNSET)
        if _functions.__class__ is not list:
            _functions = _t.optional_list(_functions, "functions")
        functions: list[FunctionInput] | Unset = UNSET
        if not isinstance(_functions, Unset):
            functions = []
            for functions_item_data in _functions:
                functions_item = FunctionInput.from_dict(functions_item_data)

                functions.append(functions_item)

        _graphql = pop("graphql", UNSET)
        graphql: GraphqlConfiguration | Unset
        if _graphql is UNSET or _graphql is None:
            graphql = UNSET
        else:
            graphql = GraphqlConfiguration.from_dict(_graphql)

        _hosting = pop("hosting", UNSET)
        hosting: HostingSettings | Unset
        if _hosting is UNSET or _hosting is None:
            hosting = UNSET
        else:
            hosting = HostingSettings.from_dict(_hosting)

        _https_endpoints = pop("https_endpoints", UNSET)
        if _https_endpoints.__class__ is not list:
            _https_endpoints = _t.optional_list(_https_endpoints, "https_endpoints")
        https_endpoints: list[ServiceInput] | Unset = UNSET
        if not isinstance(_https_endpoints, Unset):
            https_endpoints = []
            for https_endpoints_item_data in _https_endpoints:
                https_endpoints_item = ServiceInput.from_dict(https_endpoints_item_data)

                https_endpoints.append(https_endpoints_item)

        _log_forwarders = pop("log_forwarders", UNSET)
        if _log_forwarders.__class__ is not list:
            _log_forwarders = _t.optional_list(_log_forwarders, "log_forwarders")
        log_forwarders: list[LogForwarderInput] | Unset = UNSET
        if not isinstance(_log_forwarders, Unset):
            log_forwarders = []
            for log_forwarders_item_data in _log_forwarders:
                log_forwarders_item = LogForwarderInput.from_dict(log_forwarders_item_data)

                log_forwarders.append(log_forwarders_item)

        _schemas = pop("schemas", UNSET)
        if _schemas.__class__ is not list:
            _schemas = _t.optional_list(_schemas, "schemas")
        schemas: list[CollectionSchemaInput] | Unset = UNSET
        if not isinstance(_schemas, Unset):
            schemas = []
            for schemas_item_data in _schemas:
                schemas_item = CollectionSchemaInput.from_dict(schemas_item_data)

                schemas.append(schemas_item)

        _services = pop("services", UNSET)
        if _services.__class__ is not list:
            _services = _t.optional_list(_services, "services")
        services: list[ServiceInput] | Unset = UNSET
        if not isinstance(_services, Unset):
            services = []
            for services_item_data in _services:
                services_item = ServiceInput.from_dict(services_item_data)

                services.append(services_item)

        _sync = pop("sync", UNSET)
        sync: FlexibleSync | Unset
        if _sync is UNSET or _sync is None:
            sync = UNSET
        else:
            sync = FlexibleSync.from_dict(_sync)

        _triggers = pop("triggers", UNSET)
        if _triggers.__class__ is not list:
            _triggers = _t.optional_list(_triggers, "triggers")
        triggers: list[ConfigurationTrigger] | Unset = UNSET
        if not isinstance(_triggers, Unset):
            triggers = []
            for triggers_item_data in _triggers:
                triggers_item = ConfigurationTrigger.from_dict(triggers_item_data)

                triggers.append(triggers_item)

        _values = pop("values", UNSET)
        if _values.__class__ is not list:
            _values = _t.optional_list(_values, "values")
        values: list[ValueInput] | Unset = UNSET
        if not isinstance(_values, Unset):
            values = []
            for values_item_data in _values:
                values_item = ValueInput.from_dict(values_item_data)

                values.append(values_item)

        self.name = name
        self.allowed_request_origins = allowed_request_origins
        self.provider_region = provider_region
        self.deployment_model = deployment_model
        self.environment = environment
        self.auth_providers = auth_providers
        self.custom_user_data = custom_user_data
        self.data_api_config = data_api_config
        self.data_sources = data_sources
        self.endpoints = endpoints
        self.environments = environments
        self.functions = functions
        self.graphql = graphql
        self.hosting = hosting
        self.https_endpoints = https_endpoints
        self.log_forwarders = log_forwarders
        self.schemas = schemas
        self.services = services
        self.sync = sync
        self.triggers = triggers
        self.values = values
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


from ..models.auth_provider_create import AuthProviderCreate  # noqa: E402
from ..models.collection_schema_input import CollectionSchemaInput  # noqa: E402
from ..models.configuration_trigger import ConfigurationTrigger  # noqa: E402
from ..models.custom_user_data import CustomUserData  # noqa: E402
from ..models.data_api_config import DataApiConfig  # noqa: E402
from ..models.environment_value_sets import EnvironmentValueSets  # noqa: E402
from ..models.flexible_sync import FlexibleSync  # noqa: E402
from ..models.function_input import FunctionInput  # noqa: E402
from ..models.graphql_configuration import GraphqlConfiguration  # noqa: E402
from ..models.hosting_settings import HostingSettings  # noqa: E402
from ..models.https_endpoint_input import HttpsEndpointInput  # noqa: E402
from ..models.log_forwarder_input import LogForwarderInput  # noqa: E402
from ..models.service_input import ServiceInput  # noqa: E402
from ..models.value_input import ValueInput  # noqa: E402
