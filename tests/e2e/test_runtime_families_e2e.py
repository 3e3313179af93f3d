"""Log forwarders, HTTPS endpoints, Data API, GraphQL, hosting settings, Device Sync,
security, user tokens, registrations, dependencies, event subscriptions and metrics through the
generated client, against the emulator over real sockets."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import UTC, datetime, timedelta

import pytest
from stitch_admin_client.api.data_api import create_data_api_config, get_data_api_config
from stitch_admin_client.api.dependencies import (
    diff_dependencies,
    export_dependencies,
    get_dependencies_status,
    list_dependencies,
    upload_dependencies,
)
from stitch_admin_client.api.device_sync import get_partition_sync_data, get_sync_config
from stitch_admin_client.api.email import confirm_pending_user
from stitch_admin_client.api.event_subscriptions import (
    get_event_subscription_execution,
    list_event_subscriptions,
)
from stitch_admin_client.api.functions import create_function
from stitch_admin_client.api.graph_ql import (
    create_custom_resolver,
    list_custom_resolvers,
    run_graphql_operation,
)
from stitch_admin_client.api.hosting import (
    get_hosting_config,
    invalidate_hosting_cache,
    update_hosting_config,
)
from stitch_admin_client.api.https_endpoints import create_https_endpoint, list_https_endpoints
from stitch_admin_client.api.log_forwarders import (
    create_log_forwarder,
    disable_log_forwarder,
    get_log_forwarder,
)
from stitch_admin_client.api.metrics import get_app_measurements, get_app_metrics
from stitch_admin_client.api.security import (
    create_access_list_entry,
    create_private_endpoint,
    get_access_list,
    get_refresh_token_expiration,
    list_private_endpoint_services,
    set_refresh_token_expiration,
)
from stitch_admin_client.api.services import create_service
from stitch_admin_client.api.triggers import create_trigger
from stitch_admin_client.api.users import (
    create_user,
    list_pending_users,
    reset_user_email,
    verify_user_token,
)
from stitch_admin_client.models import (
    AccessList,
    AllowedIpInput,
    AuthOperationType,
    CustomResolverInput,
    DataApiConfig,
    DependenciesArchive,
    EndpointHttpMethod,
    EndpointReturnType,
    FunctionInput,
    GraphqlRequest,
    HostingCacheInvalidation,
    HostingSettings,
    HttpsEndpointInput,
    LogForwarderInput,
    LogForwarderLogStatus,
    LogForwarderLogType,
    LogForwardingAction,
    LogForwardingActionType,
    LogForwardingPolicy,
    LogForwardingPolicyType,
    PrivateEndpointInput,
    PrivateEndpointType,
    RefreshTokenExpiration,
    ResolverTypeFormat,
    ServiceConfig,
    ServiceInput,
    TriggerConfig,
    TriggerInput,
    TriggerType,
    UserCreate,
    UserEmailUpdate,
    UserTokenCheck,
    UserTokenClaims,
)
from stitch_admin_client.types import File
from support.control import Control

from stitch_admin_emulator import RunningEmulator
from stitch_admin_ext import StitchAdmin, errors


def _function(admin: StitchAdmin, group: str, app_id: str, name: str, source: str) -> str:
    made = create_function.sync(
        group, app_id, client=admin.client, body=FunctionInput(name=name, source=source)
    )
    return made.id


def test_log_forwarders_and_https_endpoints(
    emulator: RunningEmulator, admin: StitchAdmin, app_id: str
) -> None:
    group = emulator.group_id
    function_id = _function(admin, group, app_id, "sink", "exports = (x) => x;")
    forwarder = create_log_forwarder.sync(
        group,
        app_id,
        client=admin.client,
        body=LogForwarderInput(
            name="errors",
            log_types=[LogForwarderLogType.FUNCTION],
            log_statuses=[LogForwarderLogStatus.ERROR],
            policy=LogForwardingPolicy(type_=LogForwardingPolicyType.SINGLE),
            action=LogForwardingAction(type_=LogForwardingActionType.FUNCTION, name="sink"),
        ),
    )
    disable_log_forwarder.sync_detailed(group, app_id, forwarder.id, client=admin.client)
    assert get_log_forwarder.sync(group, app_id, forwarder.id, client=admin.client).disabled
    endpoint = create_https_endpoint.sync(
        group,
        app_id,
        client=admin.client,
        body=HttpsEndpointInput(
            route="/orders",
            http_method=EndpointHttpMethod.GET,
            function_id=function_id,
            return_type=EndpointReturnType.EJSON,
        ),
    )
    assert endpoint.function_name == "sink"
    listed = list_https_endpoints.sync(group, app_id, client=admin.client)
    assert [(e.route, e.return_type) for e in listed] == [("/orders", EndpointReturnType.EJSON)]
    with pytest.raises(errors.ConflictError):
        create_https_endpoint.sync(
            group,
            app_id,
            client=admin.client,
            body=HttpsEndpointInput(
                route="/orders", http_method=EndpointHttpMethod.ANY, function_id=function_id
            ),
        )


def test_data_api_and_graphql(emulator: RunningEmulator, admin: StitchAdmin, app_id: str) -> None:
    group = emulator.group_id
    with pytest.raises(errors.NotFoundError):
        get_data_api_config.sync(group, app_id, client=admin.client)
    create_data_api_config.sync(group, app_id, client=admin.client, body=DataApiConfig())
    assert get_data_api_config.sync(group, app_id, client=admin.client).disabled is False
    function_id = _function(admin, group, app_id, "hello", "exports = (name) => `hi ${name}`;")
    create_custom_resolver.sync(
        group,
        app_id,
        client=admin.client,
        body=CustomResolverInput(
            on_type="Query",
            field_name="hello",
            function_id=function_id,
            input_type="String",
            input_type_format=ResolverTypeFormat.SCALAR,
            payload_type="String",
            payload_type_format=ResolverTypeFormat.SCALAR,
        ),
    )
    assert [
        r.field_name for r in list_custom_resolvers.sync(group, app_id, client=admin.client)
    ] == ["hello"]
    outcome = run_graphql_operation.sync(
        group, app_id, client=admin.client, body=GraphqlRequest(query='{ hello(input: "Ada") }')
    )
    assert outcome.data == {"hello": "hi Ada"}
    refused = run_graphql_operation.sync(
        group, app_id, client=admin.client, body=GraphqlRequest(query="{ goodbye }")
    )
    assert refused.errors
    assert "goodbye" in refused.errors[0].message


def test_hosting_settings_and_device_sync(
    emulator: RunningEmulator, admin: StitchAdmin, app_id: str
) -> None:
    group = emulator.group_id
    update_hosting_config.sync_detailed(
        group, app_id, client=admin.client, body=HostingSettings(enabled=True)
    )
    assert get_hosting_config.sync(group, app_id, client=admin.client).enabled is True
    admin.upload_asset(group, app_id, "/index.html", b"<h1>hi</h1>")
    invalidated = invalidate_hosting_cache.sync_detailed(
        group, app_id, client=admin.client, body=HostingCacheInvalidation(path="/*")
    )
    assert invalidated.status_code == 204
    service = create_service.sync(
        group,
        app_id,
        client=admin.client,
        body=ServiceInput(
            name="atlas", type_="mongodb-atlas", config=ServiceConfig(cluster_name="Cluster0")
        ),
    )
    service_id = service.id
    sync = get_sync_config.sync(group, app_id, service_id, client=admin.client)
    assert sync.cluster_name == "Cluster0"
    partitions = get_partition_sync_data.sync(
        group, app_id, client=admin.client, service_id=service_id
    )
    assert partitions.partition_fields == []


def test_security_settings(emulator: RunningEmulator, admin: StitchAdmin, app_id: str) -> None:
    group = emulator.group_id
    entry = create_access_list_entry.sync(
        group, app_id, client=admin.client, body=AllowedIpInput(address="10.0.0.1/24")
    )
    assert entry.network == "10.0.0.0/24"
    access = get_access_list.sync(group, app_id, client=admin.client)
    assert isinstance(access, AccessList)
    assert access.current_ip == "127.0.0.1"
    services = list_private_endpoint_services.sync(group, app_id, client=admin.client)
    region = services[0].cloud_provider_region
    made = create_private_endpoint.sync(
        group,
        app_id,
        client=admin.client,
        body=PrivateEndpointInput(
            cloud_provider_region=region,
            cloud_provider_endpoint_id="vpce-0a1b2c3d4e5f60718",
            endpoint_type=PrivateEndpointType.GENERAL,
        ),
    )
    assert made.cloud_provider_region == region
    set_refresh_token_expiration.sync_detailed(
        group,
        app_id,
        client=admin.client,
        body=RefreshTokenExpiration(expiration_time_seconds=7200),
    )
    expiration = get_refresh_token_expiration.sync(group, app_id, client=admin.client)
    assert expiration.expiration_time_seconds == 7200


def test_user_tokens_and_registrations(
    emulator: RunningEmulator, admin: StitchAdmin, control: Control, app_id: str
) -> None:
    group = emulator.group_id
    user = create_user.sync(
        group,
        app_id,
        client=admin.client,
        body=UserCreate(email="ada@example.com", password="secret1"),
    )
    token = emulator.user_access_token(app_id, user.id)
    claims = verify_user_token.sync(
        group, app_id, client=admin.client, body=UserTokenCheck(token=token.access_token)
    )
    assert isinstance(claims, UserTokenClaims)
    assert claims.sub == user.id
    expired = emulator.user_access_token(app_id, user.id, expires_in=-60)
    answer = verify_user_token.sync(
        group, app_id, client=admin.client, body=UserTokenCheck(token=expired.access_token)
    )
    assert answer == "token expired"
    with pytest.raises(errors.BadRequestError):
        verify_user_token.sync(
            group, app_id, client=admin.client, body=UserTokenCheck(token="x.y.z")
        )
    reset_user_email.sync_detailed(
        group,
        app_id,
        user.id,
        client=admin.client,
        body=UserEmailUpdate(email="lovelace@example.com"),
    )
    control.add_pending_user(app_id, "new@example.com")
    pending = list_pending_users.sync(group, app_id, client=admin.client)
    assert [p.login_ids[0].id for p in pending if p.login_ids] == ["new@example.com"]
    confirm_pending_user.sync_detailed(group, app_id, "new@example.com", client=admin.client)
    assert list_pending_users.sync(group, app_id, client=admin.client) == []


def _archive(packages: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, version in packages.items():
            manifest = json.dumps({"name": name, "version": version})
            archive.writestr(f"node_modules/{name}/package.json", manifest)
    return buffer.getvalue()


def test_dependencies(emulator: RunningEmulator, admin: StitchAdmin, app_id: str) -> None:
    group = emulator.group_id
    archive = _archive({"lodash": "4.17.21"})
    upload_dependencies.sync_detailed(
        group,
        app_id,
        client=admin.client,
        body=DependenciesArchive(file=File(io.BytesIO(archive), "node_modules.zip")),
    )
    status = get_dependencies_status.sync(group, app_id, client=admin.client)
    assert status.status == "successful"
    installed = list_dependencies.sync(group, app_id, client=admin.client)
    assert [(d.name, d.version) for d in installed.dependencies_list or []] == [
        ("lodash", "4.17.21")
    ]
    exported = export_dependencies.sync(group, app_id, client=admin.client)
    assert exported.payload.read() == archive
    diff = diff_dependencies.sync(
        group,
        app_id,
        client=admin.client,
        body=DependenciesArchive(
            file=File(io.BytesIO(_archive({"lodash": "4.17.22"})), "node_modules.zip")
        ),
    )
    assert [(c.name, c.previous_version) for c in diff.modified or []] == [("lodash", "4.17.21")]


def test_event_subscriptions_and_metrics(
    emulator: RunningEmulator, admin: StitchAdmin, app_id: str
) -> None:
    group = emulator.group_id
    function_id = _function(admin, group, app_id, "onLogin", "exports = () => 1;")
    trigger = create_trigger.sync(
        group,
        app_id,
        client=admin.client,
        body=TriggerInput(
            name="onLogin",
            type_=TriggerType.AUTHENTICATION,
            function_id=function_id,
            config=TriggerConfig(operation_type=AuthOperationType.LOGIN),
        ),
    )
    trigger_id = trigger.id
    subscriptions = list_event_subscriptions.sync(group, app_id, client=admin.client)
    assert [s.id for s in subscriptions] == [trigger_id]
    execution = get_event_subscription_execution.sync(
        group, app_id, trigger_id, client=admin.client
    )
    assert execution.to_dict() == {}
    now = datetime.now(UTC)
    metrics = get_app_metrics.sync(
        group,
        app_id,
        client=admin.client,
        start=(now - timedelta(hours=1)).isoformat(),
        end=(now + timedelta(hours=1)).isoformat(),
        granularity="PT1H",
        metrics="OVERALL_SUCCESSFUL_REQUESTS",
    )
    counted = sum(p.value for m in metrics.measurements or [] for p in m.data_points or [])
    assert counted >= 4
    measurements = get_app_measurements.sync(group, app_id, client=admin.client)
    assert {m.name for m in measurements.measurements or []} >= {"request_count", "compute_time"}
