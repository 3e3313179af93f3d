"""Contains all the data models used in inputs/outputs.

Each model is imported on first use, so that importing one model (or the client) does not load
all of them.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .admin_auth_provider import AdminAuthProvider
    from .admin_auth_provider_type import AdminAuthProviderType
    from .admin_identity import AdminIdentity
    from .admin_profile import AdminProfile
    from .admin_profile_data import AdminProfileData
    from .admin_role import AdminRole
    from .admin_user_type import AdminUserType
    from .api_key import ApiKey
    from .api_key_create import ApiKeyCreate
    from .api_key_with_secret import ApiKeyWithSecret
    from .app import App
    from .app_create import AppCreate
    from .auth_operation_type import AuthOperationType
    from .auth_provider import AuthProvider
    from .auth_provider_create import AuthProviderCreate
    from .auth_provider_type import AuthProviderType
    from .auth_provider_update import AuthProviderUpdate
    from .database_operation_type import DatabaseOperationType
    from .deployment import Deployment
    from .deployment_status import DeploymentStatus
    from .draft import Draft
    from .draft_diff import DraftDiff
    from .empty_object import EmptyObject
    from .error import Error
    from .execute_function_request import ExecuteFunctionRequest
    from .execute_function_source_request import ExecuteFunctionSourceRequest
    from .function import Function
    from .function_execution_result import FunctionExecutionResult
    from .function_execution_stats import FunctionExecutionStats
    from .function_input import FunctionInput
    from .hosting_asset import HostingAsset
    from .hosting_asset_attribute import HostingAssetAttribute
    from .hosting_asset_attributes_update import HostingAssetAttributesUpdate
    from .hosting_asset_move_copy import HostingAssetMoveCopy
    from .hosting_asset_upload import HostingAssetUpload
    from .hosting_asset_upload_meta import HostingAssetUploadMeta
    from .hosting_files_diff import HostingFilesDiff
    from .incoming_webhook import IncomingWebhook
    from .incoming_webhook_input import IncomingWebhookInput
    from .incoming_webhook_options import IncomingWebhookOptions
    from .json_object import JsonObject
    from .log_entry import LogEntry
    from .log_entry_type import LogEntryType
    from .log_page import LogPage
    from .login_request import LoginRequest
    from .login_response import LoginResponse
    from .push_notification import PushNotification
    from .push_notification_input import PushNotificationInput
    from .push_notification_state import PushNotificationState
    from .push_notification_type_update import PushNotificationTypeUpdate
    from .rule import Rule
    from .rule_input import RuleInput
    from .service import Service
    from .service_input import ServiceInput
    from .service_update import ServiceUpdate
    from .session_response import SessionResponse
    from .trigger import Trigger
    from .trigger_config import TriggerConfig
    from .trigger_input import TriggerInput
    from .trigger_type import TriggerType
    from .user import User
    from .user_create import UserCreate
    from .value import Value
    from .value_input import ValueInput
    from .wrapped_error import WrappedError

_MODULES: dict[str, str] = {
    "AdminAuthProvider": ".admin_auth_provider",
    "AdminAuthProviderType": ".admin_auth_provider_type",
    "AdminIdentity": ".admin_identity",
    "AdminProfile": ".admin_profile",
    "AdminProfileData": ".admin_profile_data",
    "AdminRole": ".admin_role",
    "AdminUserType": ".admin_user_type",
    "ApiKey": ".api_key",
    "ApiKeyCreate": ".api_key_create",
    "ApiKeyWithSecret": ".api_key_with_secret",
    "App": ".app",
    "AppCreate": ".app_create",
    "AuthOperationType": ".auth_operation_type",
    "AuthProvider": ".auth_provider",
    "AuthProviderCreate": ".auth_provider_create",
    "AuthProviderType": ".auth_provider_type",
    "AuthProviderUpdate": ".auth_provider_update",
    "DatabaseOperationType": ".database_operation_type",
    "Deployment": ".deployment",
    "DeploymentStatus": ".deployment_status",
    "Draft": ".draft",
    "DraftDiff": ".draft_diff",
    "EmptyObject": ".empty_object",
    "Error": ".error",
    "ExecuteFunctionRequest": ".execute_function_request",
    "ExecuteFunctionSourceRequest": ".execute_function_source_request",
    "Function": ".function",
    "FunctionExecutionResult": ".function_execution_result",
    "FunctionExecutionStats": ".function_execution_stats",
    "FunctionInput": ".function_input",
    "HostingAsset": ".hosting_asset",
    "HostingAssetAttribute": ".hosting_asset_attribute",
    "HostingAssetAttributesUpdate": ".hosting_asset_attributes_update",
    "HostingAssetMoveCopy": ".hosting_asset_move_copy",
    "HostingAssetUpload": ".hosting_asset_upload",
    "HostingAssetUploadMeta": ".hosting_asset_upload_meta",
    "HostingFilesDiff": ".hosting_files_diff",
    "IncomingWebhook": ".incoming_webhook",
    "IncomingWebhookInput": ".incoming_webhook_input",
    "IncomingWebhookOptions": ".incoming_webhook_options",
    "JsonObject": ".json_object",
    "LogEntry": ".log_entry",
    "LogEntryType": ".log_entry_type",
    "LogPage": ".log_page",
    "LoginRequest": ".login_request",
    "LoginResponse": ".login_response",
    "PushNotification": ".push_notification",
    "PushNotificationInput": ".push_notification_input",
    "PushNotificationState": ".push_notification_state",
    "PushNotificationTypeUpdate": ".push_notification_type_update",
    "Rule": ".rule",
    "RuleInput": ".rule_input",
    "Service": ".service",
    "ServiceInput": ".service_input",
    "ServiceUpdate": ".service_update",
    "SessionResponse": ".session_response",
    "Trigger": ".trigger",
    "TriggerConfig": ".trigger_config",
    "TriggerInput": ".trigger_input",
    "TriggerType": ".trigger_type",
    "User": ".user",
    "UserCreate": ".user_create",
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
    "AdminAuthProvider",
    "AdminAuthProviderType",
    "AdminIdentity",
    "AdminProfile",
    "AdminProfileData",
    "AdminRole",
    "AdminUserType",
    "ApiKey",
    "ApiKeyCreate",
    "ApiKeyWithSecret",
    "App",
    "AppCreate",
    "AuthOperationType",
    "AuthProvider",
    "AuthProviderCreate",
    "AuthProviderType",
    "AuthProviderUpdate",
    "DatabaseOperationType",
    "Deployment",
    "DeploymentStatus",
    "Draft",
    "DraftDiff",
    "EmptyObject",
    "Error",
    "ExecuteFunctionRequest",
    "ExecuteFunctionSourceRequest",
    "Function",
    "FunctionExecutionResult",
    "FunctionExecutionStats",
    "FunctionInput",
    "HostingAsset",
    "HostingAssetAttribute",
    "HostingAssetAttributesUpdate",
    "HostingAssetMoveCopy",
    "HostingAssetUpload",
    "HostingAssetUploadMeta",
    "HostingFilesDiff",
    "IncomingWebhook",
    "IncomingWebhookInput",
    "IncomingWebhookOptions",
    "JsonObject",
    "LogEntry",
    "LogEntryType",
    "LoginRequest",
    "LoginResponse",
    "LogPage",
    "PushNotification",
    "PushNotificationInput",
    "PushNotificationState",
    "PushNotificationTypeUpdate",
    "Rule",
    "RuleInput",
    "Service",
    "ServiceInput",
    "ServiceUpdate",
    "SessionResponse",
    "Trigger",
    "TriggerConfig",
    "TriggerInput",
    "TriggerType",
    "User",
    "UserCreate",
    "Value",
    "ValueInput",
    "WrappedError",
)
