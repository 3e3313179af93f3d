"""Secrets, environments, data sources, schemas and deploy settings through the generated
client, against the emulator over real sockets."""

from __future__ import annotations

import time
from typing import Any

import pytest
from stitch_admin_client.api.apps import get_app, list_provider_regions
from stitch_admin_client.api.custom_user_data import get_custom_user_data, update_custom_user_data
from stitch_admin_client.api.deployments import (
    get_deploy_config,
    get_deployment,
    get_deployment_migration,
    list_deployments,
    migrate_deployment,
    redeploy_deployment,
    update_deploy_config,
)
from stitch_admin_client.api.drafts import create_draft, deploy_draft
from stitch_admin_client.api.environment_values import (
    create_environment_value,
    get_environment_value,
    list_environment_values,
    set_app_environment,
)
from stitch_admin_client.api.functions import create_function, execute_function_source
from stitch_admin_client.api.rules import create_default_rule, get_default_rule
from stitch_admin_client.api.schemas import (
    create_schema,
    get_null_type_schema_validation,
    get_schema,
    list_schemas,
    set_null_type_schema_validation,
    validate_documents,
)
from stitch_admin_client.api.secrets import create_secret, delete_secret, list_secrets
from stitch_admin_client.api.services import (
    generate_schema,
    get_build_info,
    link_data_sources,
    list_services,
)
from stitch_admin_client.api.triggers import create_trigger, resume_trigger
from stitch_admin_client.api.values import create_value, list_values
from stitch_admin_client.models import (
    AppEnvironment,
    AppEnvironmentUpdate,
    CollectionSchemaInput,
    CustomUserData,
    DataSourceLink,
    DataSourceLinkConfig,
    DefaultRuleInput,
    DeployConfig,
    DeploymentModel,
    DeploymentSettings,
    DeploymentStatus,
    DocumentValidationRequest,
    DraftDeploymentInput,
    EnvironmentValueByEnvironment,
    EnvironmentValueInput,
    ExecuteFunctionSourceRequest,
    FunctionInput,
    JsonObject,
    NullTypeSchemaValidation,
    ProviderRegion,
    SchemaMetadata,
    SchemaSampleRequest,
    SecretInput,
    TriggerInput,
    TriggerResume,
    ValueInput,
)

from stitch_admin_emulator import RunningEmulator
from stitch_admin_ext import StitchAdmin, errors


def json_object(fields: dict[str, Any]) -> JsonObject:
    return JsonObject.from_dict(fields)


def test_a_function_reads_a_secret_and_the_environment(
    emulator: RunningEmulator, admin: StitchAdmin, app_id: str
) -> None:
    group, client = emulator.group_id, admin.client
    secret = create_secret.sync(
        group, app_id, client=client, body=SecretInput(name="apiKey", value="k-123")
    )
    assert [s.name for s in list_secrets.sync(group, app_id, client=client)] == ["apiKey"]
    assert "k-123" not in repr(list_secrets.sync(group, app_id, client=client))
    create_value.sync(
        group,
        app_id,
        client=client,
        body=ValueInput(name="key", value="apiKey", from_secret=True),
    )
    assert [v.from_secret for v in list_values.sync(group, app_id, client=client)] == [True]
    contents = EnvironmentValueByEnvironment.from_dict({"none": "dev-url", "production": "url"})
    created = create_environment_value.sync(
        group, app_id, client=client, body=EnvironmentValueInput(name="base", values=contents)
    )
    assert [e.name for e in list_environment_values.sync(group, app_id, client=client)] == ["base"]
    full = get_environment_value.sync(group, app_id, created.id, client=client)
    assert full.values is not None
    assert full.values.to_dict() == {"none": "dev-url", "production": "url"}
    app = set_app_environment.sync(
        group,
        app_id,
        client=client,
        body=AppEnvironmentUpdate(environment=AppEnvironment.PRODUCTION),
    )
    assert app.environment == AppEnvironment.PRODUCTION
    run = execute_function_source.sync(
        group,
        app_id,
        client=client,
        run_as_system=True,
        body=ExecuteFunctionSourceRequest(
            source="exports = () => [context.values.get('key'), context.environment.values.base];"
        ),
    )
    assert run.result == ["k-123", "url"]
    with pytest.raises(errors.ConflictError):
        delete_secret.sync(group, app_id, secret.id, client=client)
    cleared = set_app_environment.sync(
        group, app_id, client=client, body=AppEnvironmentUpdate(environment=AppEnvironment.NONE)
    )
    assert cleared.environment == AppEnvironment.NONE
    assert get_app.sync(group, app_id, client=client).environment == AppEnvironment.NONE


def test_data_sources_rules_schemas_and_validation(
    emulator: RunningEmulator, admin: StitchAdmin, app_id: str
) -> None:
    group, client = emulator.group_id, admin.client
    link = DataSourceLink(
        name="atlas", type_="mongodb-atlas", config=DataSourceLinkConfig(cluster_name="Cluster0")
    )
    link_data_sources.sync(group, app_id, client=client, body=[link])
    (service,) = list_services.sync(group, app_id, client=client)
    default = get_default_rule.sync(group, app_id, service.id, client=client)
    assert default.roles
    with pytest.raises(errors.BadRequestError):
        create_default_rule.sync(group, app_id, service.id, client=client, body=DefaultRuleInput())
    assert get_build_info.sync(group, app_id, service.id, client=client).version
    sample = SchemaSampleRequest(database_name="shop", collection_name="orders", limit=5)
    sample["documents"] = [{"_id": 1, "total": 9.5}, {"_id": 2, "total": 3}]
    generated = generate_schema.sync(group, app_id, service.id, client=client, body=sample)
    assert generated.schema is not None
    schema = generated.schema.to_dict()
    assert schema["properties"]["total"] == {"bsonType": "number"}
    summary = create_schema.sync(
        group,
        app_id,
        client=client,
        body=CollectionSchemaInput.from_dict(
            {
                "metadata": {"data_source": "atlas", "database": "shop", "collection": "orders"},
                "schema": schema,
            }
        ),
    )
    assert summary.metadata == SchemaMetadata(
        data_source="atlas", database="shop", collection="orders"
    )
    assert [s.id for s in list_schemas.sync(group, app_id, client=client)] == [summary.id]
    assert get_schema.sync(group, app_id, summary.id, client=client).schema is not None
    request = DocumentValidationRequest(
        database_name="shop", collection_name="orders", from_schema=json_object({})
    )
    request["documents"] = [{"_id": 3, "total": None}, {"_id": 4, "total": 1}]
    report = validate_documents.sync(group, app_id, service.id, client=client, body=request)
    assert (report.total_processed_count, report.total_error_count) == (2, 1)
    assert isinstance(report.errors, list)
    assert report.errors[0].field == "(root).total"
    set_null_type_schema_validation.sync(
        group, app_id, client=client, body=NullTypeSchemaValidation(enabled=True)
    )
    assert get_null_type_schema_validation.sync(group, app_id, client=client).enabled is True
    again = validate_documents.sync(group, app_id, service.id, client=client, body=request)
    assert again.total_error_count == 0


def test_deploy_settings_migration_redeploy_and_regions(
    emulator: RunningEmulator, admin: StitchAdmin, app_id: str
) -> None:
    group, client = emulator.group_id, admin.client
    assert get_custom_user_data.sync(group, app_id, client=client).enabled is False
    create_function.sync(
        group, app_id, client=client, body=FunctionInput(name="onUser", source="exports=()=>1")
    )
    update_custom_user_data.sync(
        group,
        app_id,
        client=client,
        body=CustomUserData(on_user_creation_function_name="onUser"),
    )
    assert get_custom_user_data.sync(group, app_id, client=client).on_user_creation_function_id
    update_deploy_config.sync(
        group, app_id, client=client, body=DeployConfig(ui_drafts_disabled=True)
    )
    assert get_deploy_config.sync(group, app_id, client=client).ui_drafts_disabled is True
    regions = list_provider_regions.sync(client=client)
    assert ProviderRegion.AWS_EU_WEST_1 in {region.id for region in regions}
    migrate_deployment.sync(
        group,
        app_id,
        client=client,
        body=DeploymentSettings(
            deployment_model=DeploymentModel.LOCAL, provider_region=ProviderRegion.AWS_EU_WEST_1
        ),
    )
    move = get_deployment_migration.sync(group, app_id, client=client)
    assert isinstance(move.to, DeploymentSettings)
    assert move.to.provider_region == ProviderRegion.AWS_EU_WEST_1
    assert get_app.sync(group, app_id, client=client).location == "IE"
    draft = create_draft.sync(group, app_id, client=client)
    named = deploy_draft.sync(
        group, app_id, draft.id, client=client, body=DraftDeploymentInput(name="first")
    )
    assert named.name == "first"
    deadline = time.monotonic() + 10
    while get_deployment.sync(group, app_id, named.id, client=client).status != (
        DeploymentStatus.SUCCESSFUL
    ):
        assert time.monotonic() < deadline
        time.sleep(0.02)
    redeploy_deployment.sync(group, app_id, named.id, client=client)
    latest = list_deployments.sync(group, app_id, client=client)
    assert len(latest) == 2
    assert latest[0].id != named.id
    function = create_function.sync(
        group, app_id, client=client, body=FunctionInput(name="tick", source="exports=()=>1")
    )
    trigger = create_trigger.sync(
        group,
        app_id,
        client=client,
        body=_scheduled_trigger(function.id),
    )
    resume_trigger.sync(
        group, app_id, trigger.id, client=client, body=TriggerResume(disable_token=True)
    )


def _scheduled_trigger(function_id: str) -> TriggerInput:
    return TriggerInput.from_dict(
        {
            "name": "tick",
            "type": "SCHEDULED",
            "function_id": function_id,
            "config": {"schedule": "*/5 * * * *"},
        }
    )
