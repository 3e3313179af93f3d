"""Configurations for the tests of configuration as code: one with every part, and the
changes that make the service refuse it.

`FULL` is a configuration as configuration files give it (names, no ids); it refers to the
secrets `jwt-key`, `webhook-key` and `stripe-key`. `broken(change)` is `FULL` with one of the
changes of `BROKEN` made, each of which the service refuses with the error code given.
"""

from __future__ import annotations

import copy
from typing import Any

SOURCE = "exports = function(order) { return order; };"
SECRET_VALUE = "sk_live_do-not-show-me"

FULL: dict[str, Any] = {
    "name": "test-app",
    "deployment_model": "GLOBAL",
    "provider_region": "aws-us-east-1",
    "environment": "production",
    "allowed_request_origins": ["https://shop.example"],
    "auth_providers": [
        {"name": "api-key", "type": "api-key", "disabled": False, "config": {}},
        {
            "name": "custom-token",
            "type": "custom-token",
            "disabled": False,
            "config": {"audience": ["shop"], "signingAlgorithm": "HS256"},
            "secret_config": {"signingKeys": ["jwt-key"]},
        },
    ],
    "custom_user_data": {
        "enabled": True,
        "mongo_service_name": "mongodb-atlas",
        "database_name": "shop",
        "collection_name": "users",
        "user_id_field": "user_id",
        "on_user_creation_function_name": "onOrder",
    },
    "data_api_config": {"disabled": False, "versions": ["v1"], "return_type": "JSON"},
    "data_sources": [
        {
            "name": "mongodb-atlas",
            "type": "mongodb-atlas",
            "config": {"clusterName": "Cluster0"},
            "default_rule": {"roles": [{"name": "reader", "apply_when": {}, "read": True}]},
            "rules": [
                {"name": "orders", "database": "shop", "collection": "orders", "roles": []},
                {"name": "shop.users", "roles": []},
            ],
        }
    ],
    "endpoints": [
        {
            "route": "/orders",
            "http_method": "GET",
            "function_name": "onOrder",
            "validation_method": "SECRET_AS_QUERY_PARAM",
            "secret_name": "webhook-key",
            "respond_result": True,
        }
    ],
    "environments": {
        "values": {
            "none": {"values": {"tier": "free"}},
            "production": {"values": {"tier": "paid", "limits": {"orders": 100}}},
        }
    },
    "functions": [
        {"name": "onOrder", "source": SOURCE, "private": True},
        {"name": "utils/format", "source": "exports = (x) => String(x);"},
    ],
    "graphql": {
        "config": {"use_natural_pluralization": True},
        "validation_settings": {"read_validation_action": "ERROR"},
        "custom_resolvers": [
            {
                "on_type": "Query",
                "field_name": "topOrders",
                "function_name": "onOrder",
                "payload_type_format": "generated-list",
            }
        ],
    },
    "hosting": {"enabled": True, "default_error_path": "/404.html", "default_error_code": "404"},
    "https_endpoints": [
        {
            "name": "legacy-http",
            "type": "http",
            "config": {},
            "rules": [{"name": "get", "actions": ["get"], "when": {}}],
            "incoming_webhooks": [{"name": "hook", "function_source": "exports = () => 1;"}],
        }
    ],
    "log_forwarders": [
        {
            "name": "errors",
            "log_types": ["function", "trigger"],
            "log_statuses": ["error"],
            "policy": {"type": "single"},
            "action": {"type": "function", "name": "onOrder"},
        }
    ],
    "schemas": [
        {
            "metadata": {
                "data_source": "mongodb-atlas",
                "database": "shop",
                "collection": "orders",
            },
            "schema": {"title": "Order", "bsonType": "object"},
            "relationships": {
                "user": {
                    "ref": "#/relationship/mongodb-atlas/shop/users",
                    "source_key": "user",
                    "foreign_key": "_id",
                    "is_list": False,
                }
            },
        }
    ],
    "services": [],
    "sync": {"state": "disabled", "database_name": "shop"},
    "triggers": [
        {
            "name": "onNewOrder",
            "type": "DATABASE",
            "function_name": "onOrder",
            "config": {
                "operation_types": ["INSERT"],
                "database": "shop",
                "collection": "orders",
                "service_name": "mongodb-atlas",
            },
        },
        {
            "name": "nightly",
            "type": "SCHEDULED",
            "function_name": "utils/format",
            "config": {"schedule": "0 3 * * *"},
        },
    ],
    "values": [
        {"name": "greeting", "value": {"text": "hi"}},
        {"name": "stripeKey", "value": "stripe-key", "from_secret": True},
    ],
}
# The directory of FULL, hosted files aside.
FULL_FILES = [
    "auth/custom_user_data.json",
    "auth/providers.json",
    "data_sources/mongodb-atlas/config.json",
    "data_sources/mongodb-atlas/default_rule.json",
    "data_sources/mongodb-atlas/shop/orders/relationships.json",
    "data_sources/mongodb-atlas/shop/orders/rules.json",
    "data_sources/mongodb-atlas/shop/orders/schema.json",
    "data_sources/mongodb-atlas/shop/users/rules.json",
    "environments/development.json",
    "environments/no-environment.json",
    "environments/production.json",
    "environments/qa.json",
    "environments/testing.json",
    "functions/config.json",
    "functions/onOrder.js",
    "functions/utils/format.js",
    "graphql/config.json",
    "graphql/custom_resolvers/Query_topOrders.json",
    "graphql/validation_settings.json",
    "hosting/config.json",
    "http_endpoints/config.json",
    "http_endpoints/data_api_config.json",
    "http_endpoints/legacy-http/config.json",
    "http_endpoints/legacy-http/incoming_webhooks/hook/config.json",
    "http_endpoints/legacy-http/incoming_webhooks/hook/source.js",
    "http_endpoints/legacy-http/rules/get.json",
    "log_forwarders/errors.json",
    "root_config.json",
    "sync/config.json",
    "triggers/nightly.json",
    "triggers/onNewOrder.json",
    "values/greeting.json",
    "values/stripeKey.json",
]
SECRETS = ("jwt-key", "webhook-key", "stripe-key")

MISSING = "missing"
DROP = object()
# Refused pushes: the error code, and the changes that make FULL one (path -> new value).
BROKEN: dict[str, tuple[str, dict[tuple[Any, ...], Any]]] = {
    "trigger function": ("FunctionNotFound", {("triggers", 0, "function_name"): MISSING}),
    "trigger function id": (
        "FunctionNotFound",
        {
            ("triggers", 0, "function_name"): DROP,
            ("triggers", 0, "function_id"): "5e8f00000000000000000099",
        },
    ),
    "trigger data source": (
        "ServiceNotFound",
        {("triggers", 0, "config", "service_name"): MISSING},
    ),
    "endpoint function": ("FunctionNotFound", {("endpoints", 0, "function_name"): MISSING}),
    "value secret": ("SecretNotFound", {("values", 1, "value"): MISSING}),
    "endpoint secret": ("SecretNotFound", {("endpoints", 0, "secret_name"): MISSING}),
    "provider secret": (
        "SecretNotFound",
        {("auth_providers", 1, "secret_config", "signingKeys"): [MISSING]},
    ),
    "resolver function": (
        "FunctionNotFound",
        {("graphql", "custom_resolvers", 0, "function_name"): MISSING},
    ),
    "forwarder function": ("FunctionNotFound", {("log_forwarders", 0, "action", "name"): MISSING}),
    "user data function": (
        "FunctionNotFound",
        {("custom_user_data", "on_user_creation_function_name"): MISSING},
    ),
    "duplicate function": (
        "DuplicateName",
        {("functions", 2): {"name": "onOrder", "source": SOURCE}},
    ),
    "duplicate endpoint": ("DuplicateName", {("endpoints", 1): FULL["endpoints"][0]}),
    "forwarder name": (
        "BadRequest",  # the document's pattern refuses it first
        {("log_forwarders", 0, "name"): "no spaces allowed"},
    ),
    "environment value name": (
        "InvalidName",
        {("environments", "values", "qa"): {"values": {"../x": 1}}},
    ),
    "schema namespace": ("BadRequest", {("schemas", 0, "metadata", "database"): "../etc"}),
    "resolver type": ("BadRequest", {("graphql", "custom_resolvers", 0, "on_type"): "../Query"}),
    "app name": ("InvalidConfiguration", {("name",): "another-app"}),
    "schedule": ("BadRequest", {("triggers", 1, "config", "schedule"): "every night"}),
}


def broken(change: str) -> dict[str, Any]:
    document = copy.deepcopy(FULL)
    for path, value in BROKEN[change][1].items():
        holder: Any = document
        for step in path[:-1]:
            holder = holder[step]
        if value is DROP:
            del holder[path[-1]]
        elif isinstance(holder, list) and path[-1] == len(holder):
            holder.append(copy.deepcopy(value))
        else:
            holder[path[-1]] = copy.deepcopy(value)
    return document
