"""Contains all the data models used in inputs/outputs.

Each model is imported on first use, so that importing one model (or the client) does not load
all of them.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access_list import AccessList
    from .admin_auth_provider import AdminAuthProvider
    from .admin_auth_provider_type import AdminAuthProviderType
    from .admin_identity import AdminIdentity
    from .admin_profile import AdminProfile
    from .admin_profile_data import AdminProfileData
    from .admin_role import AdminRole
    from .admin_user_type import AdminUserType
    from .allowed_ip import AllowedIp
    from .allowed_ip_input import AllowedIpInput
    from .api_key import ApiKey
    from .api_key_create import ApiKeyCreate
    from .api_key_with_secret import ApiKeyWithSecret
    from .app import App
    from .app_configuration import AppConfiguration
    from .app_create import AppCreate
    from .app_environment import AppEnvironment
    from .app_environment_update import AppEnvironmentUpdate
    from .app_measurements import AppMeasurements
    from .app_metrics import AppMetrics
    from .app_product import AppProduct
    from .atlas_cluster_config import AtlasClusterConfig
    from .atlas_cluster_service import AtlasClusterService
    from .auth_event import AuthEvent
    from .auth_operation_type import AuthOperationType
    from .auth_provider import AuthProvider
    from .auth_provider_config import AuthProviderConfig
    from .auth_provider_create import AuthProviderCreate
    from .auth_provider_metadata_field import AuthProviderMetadataField
    from .auth_provider_secret_config import AuthProviderSecretConfig
    from .auth_provider_type import AuthProviderType
    from .auth_provider_update import AuthProviderUpdate
    from .authentication_trigger import AuthenticationTrigger
    from .authentication_trigger_config import AuthenticationTriggerConfig
    from .automatic_deployment import AutomaticDeployment
    from .aws_event_bridge_event_processor import AwsEventBridgeEventProcessor
    from .aws_event_bridge_event_processor_config import AwsEventBridgeEventProcessorConfig
    from .bson_type import BsonType
    from .build_info import BuildInfo
    from .cloud_provider_region import CloudProviderRegion
    from .collection_schema import CollectionSchema
    from .collection_schema_input import CollectionSchemaInput
    from .collection_schema_summary import CollectionSchemaSummary
    from .configuration_trigger import ConfigurationTrigger
    from .custom_function_auth_provider import CustomFunctionAuthProvider
    from .custom_function_config import CustomFunctionConfig
    from .custom_jwt_auth_provider import CustomJwtAuthProvider
    from .custom_jwt_config import CustomJwtConfig
    from .custom_resolver import CustomResolver
    from .custom_resolver_input import CustomResolverInput
    from .custom_user_data import CustomUserData
    from .data_api_config import DataApiConfig
    from .data_api_version import DataApiVersion
    from .data_federation_config import DataFederationConfig
    from .data_federation_service import DataFederationService
    from .data_source_link import DataSourceLink
    from .data_source_link_config import DataSourceLinkConfig
    from .data_source_link_failure import DataSourceLinkFailure
    from .database_operation_type import DatabaseOperationType
    from .database_trigger import DatabaseTrigger
    from .database_trigger_config import DatabaseTriggerConfig
    from .default_rule import DefaultRule
    from .default_rule_input import DefaultRuleInput
    from .dependencies import Dependencies
    from .dependencies_archive import DependenciesArchive
    from .dependencies_diff import DependenciesDiff
    from .dependencies_install_status import DependenciesInstallStatus
    from .dependencies_status import DependenciesStatus
    from .dependency import Dependency
    from .dependency_change import DependencyChange
    from .deploy_config import DeployConfig
    from .deployment import Deployment
    from .deployment_location import DeploymentLocation
    from .deployment_migration import DeploymentMigration
    from .deployment_migration_status import DeploymentMigrationStatus
    from .deployment_model import DeploymentModel
    from .deployment_settings import DeploymentSettings
    from .deployment_status import DeploymentStatus
    from .document_filters import DocumentFilters
    from .document_validation_error import DocumentValidationError
    from .document_validation_report import DocumentValidationReport
    from .document_validation_request import DocumentValidationRequest
    from .draft import Draft
    from .draft_deployment_input import DraftDeploymentInput
    from .draft_diff import DraftDiff
    from .email_password_auth_provider import EmailPasswordAuthProvider
    from .email_password_config import EmailPasswordConfig
    from .empty_object import EmptyObject
    from .endpoint_http_method import EndpointHttpMethod
    from .endpoint_log_entry import EndpointLogEntry
    from .endpoint_return_type import EndpointReturnType
    from .endpoint_validation_method import EndpointValidationMethod
    from .environment_value import EnvironmentValue
    from .environment_value_by_environment import EnvironmentValueByEnvironment
    from .environment_value_input import EnvironmentValueInput
    from .environment_value_set import EnvironmentValueSet
    from .environment_value_sets import EnvironmentValueSets
    from .environment_value_sets_by_environment import EnvironmentValueSetsByEnvironment
    from .environment_value_summary import EnvironmentValueSummary
    from .error import Error
    from .event_subscription import EventSubscription
    from .event_subscription_execution import EventSubscriptionExecution
    from .event_subscription_type import EventSubscriptionType
    from .execute_function_request import ExecuteFunctionRequest
    from .execute_function_source_request import ExecuteFunctionSourceRequest
    from .field_change import FieldChange
    from .field_permissions import FieldPermissions
    from .field_permissions_by_name import FieldPermissionsByName
    from .flexible_sync import FlexibleSync
    from .function import Function
    from .function_event_processor import FunctionEventProcessor
    from .function_event_processor_config import FunctionEventProcessorConfig
    from .function_execution_result import FunctionExecutionResult
    from .function_execution_stats import FunctionExecutionStats
    from .function_input import FunctionInput
    from .generated_schema import GeneratedSchema
    from .graphql_config import GraphqlConfig
    from .graphql_config_diff import GraphqlConfigDiff
    from .graphql_configuration import GraphqlConfiguration
    from .graphql_error import GraphqlError
    from .graphql_error_location import GraphqlErrorLocation
    from .graphql_log_entry import GraphqlLogEntry
    from .graphql_request import GraphqlRequest
    from .graphql_response import GraphqlResponse
    from .graphql_validation_action import GraphqlValidationAction
    from .graphql_validation_level import GraphqlValidationLevel
    from .graphql_validation_settings import GraphqlValidationSettings
    from .group_measurements import GroupMeasurements
    from .hosting_asset import HostingAsset
    from .hosting_asset_attribute import HostingAssetAttribute
    from .hosting_asset_attributes_update import HostingAssetAttributesUpdate
    from .hosting_asset_move_copy import HostingAssetMoveCopy
    from .hosting_asset_upload import HostingAssetUpload
    from .hosting_asset_upload_meta import HostingAssetUploadMeta
    from .hosting_cache_invalidation import HostingCacheInvalidation
    from .hosting_config import HostingConfig
    from .hosting_domain import HostingDomain
    from .hosting_domain_config import HostingDomainConfig
    from .hosting_files_diff import HostingFilesDiff
    from .hosting_settings import HostingSettings
    from .hosting_status import HostingStatus
    from .https_endpoint import HttpsEndpoint
    from .https_endpoint_input import HttpsEndpointInput
    from .incoming_webhook import IncomingWebhook
    from .incoming_webhook_input import IncomingWebhookInput
    from .incoming_webhook_options import IncomingWebhookOptions
    from .json_object import JsonObject
    from .log_entry import LogEntry
    from .log_entry_type import LogEntryType
    from .log_forwarder import LogForwarder
    from .log_forwarder_input import LogForwarderInput
    from .log_forwarder_log_entry import LogForwarderLogEntry
    from .log_forwarder_log_status import LogForwarderLogStatus
    from .log_forwarder_log_type import LogForwarderLogType
    from .log_forwarding_action import LogForwardingAction
    from .log_forwarding_action_type import LogForwardingActionType
    from .log_forwarding_policy import LogForwardingPolicy
    from .log_forwarding_policy_type import LogForwardingPolicyType
    from .log_page import LogPage
    from .login_request import LoginRequest
    from .login_response import LoginResponse
    from .measurement import Measurement
    from .measurement_data_point import MeasurementDataPoint
    from .measurement_granularity import MeasurementGranularity
    from .namespace_rule_metrics import NamespaceRuleMetrics
    from .namespace_rule_metrics_by_name import NamespaceRuleMetricsByName
    from .non_vpc_client_requests import NonVpcClientRequests
    from .null_type_schema_validation import NullTypeSchemaValidation
    from .oauth_2_auth_provider import Oauth2AuthProvider
    from .oauth_2_provider_config import Oauth2ProviderConfig
    from .partition_sync_data import PartitionSyncData
    from .pending_user import PendingUser
    from .pending_user_login_id import PendingUserLoginId
    from .private_endpoint import PrivateEndpoint
    from .private_endpoint_input import PrivateEndpointInput
    from .private_endpoint_service import PrivateEndpointService
    from .private_endpoint_type import PrivateEndpointType
    from .provider_region import ProviderRegion
    from .push_notification import PushNotification
    from .push_notification_input import PushNotificationInput
    from .push_notification_state import PushNotificationState
    from .push_notification_type_update import PushNotificationTypeUpdate
    from .read_preference import ReadPreference
    from .refresh_token_expiration import RefreshTokenExpiration
    from .relationship import Relationship
    from .relationships_by_field import RelationshipsByField
    from .resolver_type_format import ResolverTypeFormat
    from .role import Role
    from .role_metrics import RoleMetrics
    from .role_metrics_by_name import RoleMetricsByName
    from .rule import Rule
    from .rule_filter import RuleFilter
    from .rule_input import RuleInput
    from .rule_metrics import RuleMetrics
    from .scheduled_trigger import ScheduledTrigger
    from .scheduled_trigger_config import ScheduledTriggerConfig
    from .schema_definition import SchemaDefinition
    from .schema_definitions_by_name import SchemaDefinitionsByName
    from .schema_log_entry import SchemaLogEntry
    from .schema_metadata import SchemaMetadata
    from .schema_options_diff import SchemaOptionsDiff
    from .schema_sample_request import SchemaSampleRequest
    from .secret import Secret
    from .secret_input import SecretInput
    from .service import Service
    from .service_config import ServiceConfig
    from .service_input import ServiceInput
    from .service_update import ServiceUpdate
    from .session_response import SessionResponse
    from .sync_cluster_config import SyncClusterConfig
    from .sync_partition_field import SyncPartitionField
    from .trigger import Trigger
    from .trigger_config import TriggerConfig
    from .trigger_error_handler import TriggerErrorHandler
    from .trigger_error_handler_config import TriggerErrorHandlerConfig
    from .trigger_event_processors import TriggerEventProcessors
    from .trigger_input import TriggerInput
    from .trigger_log_entry import TriggerLogEntry
    from .trigger_resume import TriggerResume
    from .trigger_type import TriggerType
    from .user import User
    from .user_create import UserCreate
    from .user_email_update import UserEmailUpdate
    from .user_identity import UserIdentity
    from .user_token_check import UserTokenCheck
    from .user_token_claims import UserTokenClaims
    from .validation_error_code import ValidationErrorCode
    from .value import Value
    from .value_input import ValueInput
    from .wrapped_error import WrappedError

_MODULES: dict[str, str] = {
    "AccessList": ".access_list",
    "AdminAuthProvider": ".admin_auth_provider",
    "AdminAuthProviderType": ".admin_auth_provider_type",
    "AdminIdentity": ".admin_identity",
    "AdminProfile": ".admin_profile",
    "AdminProfileData": ".admin_profile_data",
    "AdminRole": ".admin_role",
    "AdminUserType": ".admin_user_type",
    "AllowedIp": ".allowed_ip",
    "AllowedIpInput": ".allowed_ip_input",
    "ApiKey": ".api_key",
    "ApiKeyCreate": ".api_key_create",
    "ApiKeyWithSecret": ".api_key_with_secret",
    "App": ".app",
    "AppConfiguration": ".app_configuration",
    "AppCreate": ".app_create",
    "AppEnvironment": ".app_environment",
    "AppEnvironmentUpdate": ".app_environment_update",
    "AppMeasurements": ".app_measurements",
    "AppMetrics": ".app_metrics",
    "AppProduct": ".app_product",
    "AtlasClusterConfig": ".atlas_cluster_config",
    "AtlasClusterService": ".atlas_cluster_service",
    "AuthEvent": ".auth_event",
    "AuthOperationType": ".auth_operation_type",
    "AuthProvider": ".auth_provider",
    "AuthProviderConfig": ".auth_provider_config",
    "AuthProviderCreate": ".auth_provider_create",
    "AuthProviderMetadataField": ".auth_provider_metadata_field",
    "AuthProviderSecretConfig": ".auth_provider_secret_config",
    "AuthProviderType": ".auth_provider_type",
    "AuthProviderUpdate": ".auth_provider_update",
    "AuthenticationTrigger": ".authentication_trigger",
    "AuthenticationTriggerConfig": ".authentication_trigger_config",
    "AutomaticDeployment": ".automatic_deployment",
    "AwsEventBridgeEventProcessor": ".aws_event_bridge_event_processor",
    "AwsEventBridgeEventProcessorConfig": ".aws_event_bridge_event_processor_config",
    "BsonType": ".bson_type",
    "BuildInfo": ".build_info",
    "CloudProviderRegion": ".cloud_provider_region",
    "CollectionSchema": ".collection_schema",
    "CollectionSchemaInput": ".collection_schema_input",
    "CollectionSchemaSummary": ".collection_schema_summary",
    "ConfigurationTrigger": ".configuration_trigger",
    "CustomFunctionAuthProvider": ".custom_function_auth_provider",
    "CustomFunctionConfig": ".custom_function_config",
    "CustomJwtAuthProvider": ".custom_jwt_auth_provider",
    "CustomJwtConfig": ".custom_jwt_config",
    "CustomResolver": ".custom_resolver",
    "CustomResolverInput": ".custom_resolver_input",
    "CustomUserData": ".custom_user_data",
    "DataApiConfig": ".data_api_config",
    "DataApiVersion": ".data_api_version",
    "DataFederationConfig": ".data_federation_config",
    "DataFederationService": ".data_federation_service",
    "DataSourceLink": ".data_source_link",
    "DataSourceLinkConfig": ".data_source_link_config",
    "DataSourceLinkFailure": ".data_source_link_failure",
    "DatabaseOperationType": ".database_operation_type",
    "DatabaseTrigger": ".database_trigger",
    "DatabaseTriggerConfig": ".database_trigger_config",
    "DefaultRule": ".default_rule",
    "DefaultRuleInput": ".default_rule_input",
    "Dependencies": ".dependencies",
    "DependenciesArchive": ".dependencies_archive",
    "DependenciesDiff": ".dependencies_diff",
    "DependenciesInstallStatus": ".dependencies_install_status",
    "DependenciesStatus": ".dependencies_status",
    "Dependency": ".dependency",
    "DependencyChange": ".dependency_change",
    "DeployConfig": ".deploy_config",
    "Deployment": ".deployment",
    "DeploymentLocation": ".deployment_location",
    "DeploymentMigration": ".deployment_migration",
    "DeploymentMigrationStatus": ".deployment_migration_status",
    "DeploymentModel": ".deployment_model",
    "DeploymentSettings": ".deployment_settings",
    "DeploymentStatus": ".deployment_status",
    "DocumentFilters": ".document_filters",
    "DocumentValidationError": ".document_validation_error",
    "DocumentValidationReport": ".document_validation_report",
    "DocumentValidationRequest": ".document_validation_request",
    "Draft": ".draft",
    "DraftDeploymentInput": ".draft_deployment_input",
    "DraftDiff": ".draft_diff",
    "EmailPasswordAuthProvider": ".email_password_auth_provider",
    "EmailPasswordConfig": ".email_password_config",
    "EmptyObject": ".empty_object",
    "EndpointHttpMethod": ".endpoint_http_method",
    "EndpointLogEntry": ".endpoint_log_entry",
    "EndpointReturnType": ".endpoint_return_type",
    "EndpointValidationMethod": ".endpoint_validation_method",
    "EnvironmentValue": ".environment_value",
    "EnvironmentValueByEnvironment": ".environment_value_by_environment",
    "EnvironmentValueInput": ".environment_value_input",
    "EnvironmentValueSet": ".environment_value_set",
    "EnvironmentValueSets": ".environment_value_sets",
    "EnvironmentValueSetsByEnvironment": ".environment_value_sets_by_environment",
    "EnvironmentValueSummary": ".environment_value_summary",
    "Error": ".error",
    "EventSubscription": ".event_subscription",
    "EventSubscriptionExecution": ".event_subscription_execution",
    "EventSubscriptionType": ".event_subscription_type",
    "ExecuteFunctionRequest": ".execute_function_request",
    "ExecuteFunctionSourceRequest": ".execute_function_source_request",
    "FieldChange": ".field_change",
    "FieldPermissions": ".field_permissions",
    "FieldPermissionsByName": ".field_permissions_by_name",
    "FlexibleSync": ".flexible_sync",
    "Function": ".function",
    "FunctionEventProcessor": ".function_event_processor",
    "FunctionEventProcessorConfig": ".function_event_processor_config",
    "FunctionExecutionResult": ".function_execution_result",
    "FunctionExecutionStats": ".function_execution_stats",
    "FunctionInput": ".function_input",
    "GeneratedSchema": ".generated_schema",
    "GraphqlConfig": ".graphql_config",
    "GraphqlConfigDiff": ".graphql_config_diff",
    "GraphqlConfiguration": ".graphql_configuration",
    "GraphqlError": ".graphql_error",
    "GraphqlErrorLocation": ".graphql_error_location",
    "GraphqlLogEntry": ".graphql_log_entry",
    "GraphqlRequest": ".graphql_request",
    "GraphqlResponse": ".graphql_response",
    "GraphqlValidationAction": ".graphql_validation_action",
    "GraphqlValidationLevel": ".graphql_validation_level",
    "GraphqlValidationSettings": ".graphql_validation_settings",
    "GroupMeasurements": ".group_measurements",
    "HostingAsset": ".hosting_asset",
    "HostingAssetAttribute": ".hosting_asset_attribute",
    "HostingAssetAttributesUpdate": ".hosting_asset_attributes_update",
    "HostingAssetMoveCopy": ".hosting_asset_move_copy",
    "HostingAssetUpload": ".hosting_asset_upload",
    "HostingAssetUploadMeta": ".hosting_asset_upload_meta",
    "HostingCacheInvalidation": ".hosting_cache_invalidation",
    "HostingConfig": ".hosting_config",
    "HostingDomain": ".hosting_domain",
    "HostingDomainConfig": ".hosting_domain_config",
    "HostingFilesDiff": ".hosting_files_diff",
    "HostingSettings": ".hosting_settings",
    "HostingStatus": ".hosting_status",
    "HttpsEndpoint": ".https_endpoint",
    "HttpsEndpointInput": ".https_endpoint_input",
    "IncomingWebhook": ".incoming_webhook",
    "IncomingWebhookInput": ".incoming_webhook_input",
    "IncomingWebhookOptions": ".incoming_webhook_options",
    "JsonObject": ".json_object",
    "LogEntry": ".log_entry",
    "LogEntryType": ".log_entry_type",
    "LogForwarder": ".log_forwarder",
    "LogForwarderInput": ".log_forwarder_input",
    "LogForwarderLogEntry": ".log_forwarder_log_entry",
    "LogForwarderLogStatus": ".log_forwarder_log_status",
    "LogForwarderLogType": ".log_forwarder_log_type",
    "LogForwardingAction": ".log_forwarding_action",
    "LogForwardingActionType": ".log_forwarding_action_type",
    "LogForwardingPolicy": ".log_forwarding_policy",
    "LogForwardingPolicyType": ".log_forwarding_policy_type",
    "LogPage": ".log_page",
    "LoginRequest": ".login_request",
    "LoginResponse": ".login_response",
    "Measurement": ".measurement",
    "MeasurementDataPoint": ".measurement_data_point",
    "MeasurementGranularity": ".measurement_granularity",
    "NamespaceRuleMetrics": ".namespace_rule_metrics",
    "NamespaceRuleMetricsByName": ".namespace_rule_metrics_by_name",
    "NonVpcClientRequests": ".non_vpc_client_requests",
    "NullTypeSchemaValidation": ".null_type_schema_validation",
    "Oauth2AuthProvider": ".oauth_2_auth_provider",
    "Oauth2ProviderConfig": ".oauth_2_provider_config",
    "PartitionSyncData": ".partition_sync_data",
    "PendingUser": ".pending_user",
    "PendingUserLoginId": ".pending_user_login_id",
    "PrivateEndpoint": ".private_endpoint",
    "PrivateEndpointInput": ".private_endpoint_input",
    "PrivateEndpointService": ".private_endpoint_service",
    "PrivateEndpointType": ".private_endpoint_type",
    "ProviderRegion": ".provider_region",
    "PushNotification": ".push_notification",
    "PushNotificationInput": ".push_notification_input",
    "PushNotificationState": ".push_notification_state",
    "PushNotificationTypeUpdate": ".push_notification_type_update",
    "ReadPreference": ".read_preference",
    "RefreshTokenExpiration": ".refresh_token_expiration",
    "Relationship": ".relationship",
    "RelationshipsByField": ".relationships_by_field",
    "ResolverTypeFormat": ".resolver_type_format",
    "Role": ".role",
    "RoleMetrics": ".role_metrics",
    "RoleMetricsByName": ".role_metrics_by_name",
    "Rule": ".rule",
    "RuleFilter": ".rule_filter",
    "RuleInput": ".rule_input",
    "RuleMetrics": ".rule_metrics",
    "ScheduledTrigger": ".scheduled_trigger",
    "ScheduledTriggerConfig": ".scheduled_trigger_config",
    "SchemaDefinition": ".schema_definition",
    "SchemaDefinitionsByName": ".schema_definitions_by_name",
    "SchemaLogEntry": ".schema_log_entry",
    "SchemaMetadata": ".schema_metadata",
    "SchemaOptionsDiff": ".schema_options_diff",
    "SchemaSampleRequest": ".schema_sample_request",
    "Secret": ".secret",
    "SecretInput": ".secret_input",
    "Service": ".service",
    "ServiceConfig": ".service_config",
    "ServiceInput": ".service_input",
    "ServiceUpdate": ".service_update",
    "SessionResponse": ".session_response",
    "SyncClusterConfig": ".sync_cluster_config",
    "SyncPartitionField": ".sync_partition_field",
    "Trigger": ".trigger",
    "TriggerConfig": ".trigger_config",
    "TriggerErrorHandler": ".trigger_error_handler",
    "TriggerErrorHandlerConfig": ".trigger_error_handler_config",
    "TriggerEventProcessors": ".trigger_event_processors",
    "TriggerInput": ".trigger_input",
    "TriggerLogEntry": ".trigger_log_entry",
    "TriggerResume": ".trigger_resume",
    "TriggerType": ".trigger_type",
    "User": ".user",
    "UserCreate": ".user_create",
    "UserEmailUpdate": ".user_email_update",
    "UserIdentity": ".user_identity",
    "UserTokenCheck": ".user_token_check",
    "UserTokenClaims": ".user_token_claims",
    "ValidationErrorCode": ".validation_error_code",
    "Value": ".value",
    "ValueInput": ".value_input",
    "WrappedError": ".wrapped_error",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = (
    "AccessList",
    "AdminAuthProvider",
    "AdminAuthProviderType",
    "AdminIdentity",
    "AdminProfile",
    "AdminProfileData",
    "AdminRole",
    "AdminUserType",
    "AllowedIp",
    "AllowedIpInput",
    "ApiKey",
    "ApiKeyCreate",
    "ApiKeyWithSecret",
    "App",
    "AppConfiguration",
    "AppCreate",
    "AppEnvironment",
    "AppEnvironmentUpdate",
    "AppMeasurements",
    "AppMetrics",
    "AppProduct",
    "AtlasClusterConfig",
    "AtlasClusterService",
    "AuthenticationTrigger",
    "AuthenticationTriggerConfig",
    "AuthEvent",
    "AuthOperationType",
    "AuthProvider",
    "AuthProviderConfig",
    "AuthProviderCreate",
    "AuthProviderMetadataField",
    "AuthProviderSecretConfig",
    "AuthProviderType",
    "AuthProviderUpdate",
    "AutomaticDeployment",
    "AwsEventBridgeEventProcessor",
    "AwsEventBridgeEventProcessorConfig",
    "BsonType",
    "BuildInfo",
    "CloudProviderRegion",
    "CollectionSchema",
    "CollectionSchemaInput",
    "CollectionSchemaSummary",
    "ConfigurationTrigger",
    "CustomFunctionAuthProvider",
    "CustomFunctionConfig",
    "CustomJwtAuthProvider",
    "CustomJwtConfig",
    "CustomResolver",
    "CustomResolverInput",
    "CustomUserData",
    "DataApiConfig",
    "DataApiVersion",
    "DatabaseOperationType",
    "DatabaseTrigger",
    "DatabaseTriggerConfig",
    "DataFederationConfig",
    "DataFederationService",
    "DataSourceLink",
    "DataSourceLinkConfig",
    "DataSourceLinkFailure",
    "DefaultRule",
    "DefaultRuleInput",
    "Dependencies",
    "DependenciesArchive",
    "DependenciesDiff",
    "DependenciesInstallStatus",
    "DependenciesStatus",
    "Dependency",
    "DependencyChange",
    "DeployConfig",
    "Deployment",
    "DeploymentLocation",
    "DeploymentMigration",
    "DeploymentMigrationStatus",
    "DeploymentModel",
    "DeploymentSettings",
    "DeploymentStatus",
    "DocumentFilters",
    "DocumentValidationError",
    "DocumentValidationReport",
    "DocumentValidationRequest",
    "Draft",
    "DraftDeploymentInput",
    "DraftDiff",
    "EmailPasswordAuthProvider",
    "EmailPasswordConfig",
    "EmptyObject",
    "EndpointHttpMethod",
    "EndpointLogEntry",
    "EndpointReturnType",
    "EndpointValidationMethod",
    "EnvironmentValue",
    "EnvironmentValueByEnvironment",
    "EnvironmentValueInput",
    "EnvironmentValueSet",
    "EnvironmentValueSets",
    "EnvironmentValueSetsByEnvironment",
    "EnvironmentValueSummary",
    "Error",
    "EventSubscription",
    "EventSubscriptionExecution",
    "EventSubscriptionType",
    "ExecuteFunctionRequest",
    "ExecuteFunctionSourceRequest",
    "FieldChange",
    "FieldPermissions",
    "FieldPermissionsByName",
    "FlexibleSync",
    "Function",
    "FunctionEventProcessor",
    "FunctionEventProcessorConfig",
    "FunctionExecutionResult",
    "FunctionExecutionStats",
    "FunctionInput",
    "GeneratedSchema",
    "GraphqlConfig",
    "GraphqlConfigDiff",
    "GraphqlConfiguration",
    "GraphqlError",
    "GraphqlErrorLocation",
    "GraphqlLogEntry",
    "GraphqlRequest",
    "GraphqlResponse",
    "GraphqlValidationAction",
    "GraphqlValidationLevel",
    "GraphqlValidationSettings",
    "GroupMeasurements",
    "HostingAsset",
    "HostingAssetAttribute",
    "HostingAssetAttributesUpdate",
    "HostingAssetMoveCopy",
    "HostingAssetUpload",
    "HostingAssetUploadMeta",
    "HostingCacheInvalidation",
    "HostingConfig",
    "HostingDomain",
    "HostingDomainConfig",
    "HostingFilesDiff",
    "HostingSettings",
    "HostingStatus",
    "HttpsEndpoint",
    "HttpsEndpointInput",
    "IncomingWebhook",
    "IncomingWebhookInput",
    "IncomingWebhookOptions",
    "JsonObject",
    "LogEntry",
    "LogEntryType",
    "LogForwarder",
    "LogForwarderInput",
    "LogForwarderLogEntry",
    "LogForwarderLogStatus",
    "LogForwarderLogType",
    "LogForwardingAction",
    "LogForwardingActionType",
    "LogForwardingPolicy",
    "LogForwardingPolicyType",
    "LoginRequest",
    "LoginResponse",
    "LogPage",
    "Measurement",
    "MeasurementDataPoint",
    "MeasurementGranularity",
    "NamespaceRuleMetrics",
    "NamespaceRuleMetricsByName",
    "NonVpcClientRequests",
    "NullTypeSchemaValidation",
    "Oauth2AuthProvider",
    "Oauth2ProviderConfig",
    "PartitionSyncData",
    "PendingUser",
    "PendingUserLoginId",
    "PrivateEndpoint",
    "PrivateEndpointInput",
    "PrivateEndpointService",
    "PrivateEndpointType",
    "ProviderRegion",
    "PushNotification",
    "PushNotificationInput",
    "PushNotificationState",
    "PushNotificationTypeUpdate",
    "ReadPreference",
    "RefreshTokenExpiration",
    "Relationship",
    "RelationshipsByField",
    "ResolverTypeFormat",
    "Role",
    "RoleMetrics",
    "RoleMetricsByName",
    "Rule",
    "RuleFilter",
    "RuleInput",
    "RuleMetrics",
    "ScheduledTrigger",
    "ScheduledTriggerConfig",
    "SchemaDefinition",
    "SchemaDefinitionsByName",
    "SchemaLogEntry",
    "SchemaMetadata",
    "SchemaOptionsDiff",
    "SchemaSampleRequest",
    "Secret",
    "SecretInput",
    "Service",
    "ServiceConfig",
    "ServiceInput",
    "ServiceUpdate",
    "SessionResponse",
    "SyncClusterConfig",
    "SyncPartitionField",
    "Trigger",
    "TriggerConfig",
    "TriggerErrorHandler",
    "TriggerErrorHandlerConfig",
    "TriggerEventProcessors",
    "TriggerInput",
    "TriggerLogEntry",
    "TriggerResume",
    "TriggerType",
    "User",
    "UserCreate",
    "UserEmailUpdate",
    "UserIdentity",
    "UserTokenCheck",
    "UserTokenClaims",
    "ValidationErrorCode",
    "Value",
    "ValueInput",
    "WrappedError",
)
