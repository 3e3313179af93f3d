"""The Admin API operations, one module per resource, gathered into one table."""

from __future__ import annotations

from stitch_admin_emulator.api import (
    admin_auth,
    api_keys,
    apps,
    auth_providers,
    drafts,
    execution,
    functions,
    hosting,
    logs,
    push_notifications,
    rules,
    security,
    services,
    triggers,
    users,
    values,
    webhooks,
)
from stitch_admin_emulator.routing import OperationTable


def operations() -> OperationTable:
    table = OperationTable()
    table.include(
        admin_auth.table,
        api_keys.table,
        apps.table,
        auth_providers.table,
        drafts.table,
        execution.table,
        functions.table,
        hosting.table,
        logs.table,
        push_notifications.table,
        rules.table,
        security.table,
        services.table,
        triggers.table,
        users.table,
        values.table,
        webhooks.table,
    )
    return table
