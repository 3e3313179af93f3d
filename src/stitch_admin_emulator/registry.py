"""The table of every Admin API operation the emulator serves, gathered from `api/`.

Each module of `stitch_admin_emulator.api` declares its operations on its own `OperationTable`;
this module is the one place that imports them all, so the `api` package itself imports
nothing and no module of it depends on another through the package.
"""

from __future__ import annotations

from stitch_admin_emulator.api import (
    access_list,
    admin_auth,
    api_keys,
    apps,
    auth_providers,
    configuration,
    custom_user_data,
    data_api,
    data_sources,
    default_rules,
    dependencies,
    deploy_settings,
    device_sync,
    drafts,
    environments,
    event_subscriptions,
    execution,
    functions,
    graphql,
    hosting,
    hosting_settings,
    https_endpoints,
    log_forwarders,
    logs,
    metrics,
    private_endpoints,
    provider_regions,
    push_notifications,
    rules,
    schemas,
    secrets,
    security,
    services,
    triggers,
    user_tokens,
    users,
    values,
    webhooks,
)
from stitch_admin_emulator.routing import OperationTable

MODULES = (
    access_list,
    admin_auth,
    api_keys,
    apps,
    auth_providers,
    configuration,
    custom_user_data,
    data_api,
    data_sources,
    default_rules,
    dependencies,
    deploy_settings,
    device_sync,
    drafts,
    environments,
    event_subscriptions,
    execution,
    functions,
    graphql,
    hosting,
    hosting_settings,
    https_endpoints,
    log_forwarders,
    logs,
    metrics,
    private_endpoints,
    provider_regions,
    push_notifications,
    rules,
    schemas,
    secrets,
    security,
    services,
    triggers,
    user_tokens,
    users,
    values,
    webhooks,
)


def operations() -> OperationTable:
    """A new table holding every operation of every module of `api`."""
    table = OperationTable()
    table.include(*(module.table for module in MODULES))
    return table
