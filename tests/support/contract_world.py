"""The state the contract tests aim their generated requests at.

Generated path parameters are random ObjectIds, which name nothing: every request would end
in a 404 before it reached a handler. `World` builds, in one emulator, an application with
one of everything a path can name (a function, a data source with a rule, an incoming webhook
and a default rule, a trigger, a value, a secret, an environment value, a collection schema,
an API key, an auth provider, a user, a pending registration, a push notification, a hosted
file, a deployment, an open draft, a log forwarder, an HTTPS endpoint, a custom resolver, an
IP access list entry, a private endpoint, Data API settings and uploaded dependencies) and
knows their ids, so the
generated requests can be pointed at them. Generated requests delete and deploy things, so
`heal()` puts back whatever went missing.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
import zlib
from collections.abc import Callable
from typing import Any

import attrs
import httpx
import schemathesis
from schemathesis.core.parameters import ParameterLocation

from stitch_admin_emulator import RunningEmulator

HOSTED_PATH = "/contract/index.html"
HOSTED_BYTES = b"<html>contract</html>"
PENDING_EMAIL = "pending@example.com"
_BOUNDARY = "contract-boundary-9c1e"
# How many generated values in AIM_OUT_OF keep their generated value instead of a known one.
KEEP_GENERATED = 1
AIM_OUT_OF = 5


def _ok(response: httpx.Response) -> Any:
    if response.status_code >= 300:
        raise RuntimeError(
            f"setting up the contract world: {response.request.method} "
            f"{response.request.url} answered {response.status_code} {response.text}"
        )
    return response.json() if response.content else None


def upload_body(path: str, data: bytes) -> tuple[bytes, str]:
    """A `multipart/mixed` upload of `data` to `path`, and its Content-Type."""
    meta = {
        "path": path,
        "hash": hashlib.md5(data, usedforsecurity=False).hexdigest(),
        "size": len(data),
        "attrs": [{"name": "Content-Type", "value": "text/html"}],
    }
    delimiter = f"--{_BOUNDARY}".encode()
    body = b"".join(
        [
            delimiter + b'\r\nContent-Disposition: form-data; name="meta"\r\n\r\n',
            json.dumps(meta).encode(),
            b"\r\n" + delimiter + b'\r\nContent-Disposition: form-data; name="file"\r\n\r\n',
            data,
            b"\r\n" + delimiter + b"--\r\n",
        ]
    )
    return body, f"multipart/mixed; boundary={_BOUNDARY}"


@attrs.define
class World:
    """One application full of resources, and the tokens to reach them."""

    emulator: RunningEmulator
    api: httpx.Client
    access_token: str
    refresh_token: str
    ids: dict[str, str] = attrs.field(factory=dict)
    # Applications made by the stateful test's sequences, for unique names.
    apps_made: int = 0

    @classmethod
    def login(cls, emulator: RunningEmulator) -> World:
        api = httpx.Client(base_url=emulator.api_url, timeout=10)
        tokens = _ok(
            api.post(
                "/auth/providers/mongodb-cloud/login",
                json={"username": emulator.public_key, "apiKey": emulator.private_key},
            )
        )
        api.headers["Authorization"] = f"Bearer {tokens['access_token']}"
        world = cls(emulator, api, tokens["access_token"], tokens["refresh_token"])
        world.ids["groupId"] = emulator.group_id
        world.build()
        return world

    def close(self) -> None:
        self.api.close()

    def new_refresh_token(self) -> str:
        """A refresh token of its own session, for a request that may revoke it."""
        with httpx.Client(base_url=self.emulator.api_url, timeout=10) as client:
            tokens = _ok(
                client.post(
                    "/auth/providers/mongodb-cloud/login",
                    json={
                        "username": self.emulator.public_key,
                        "apiKey": self.emulator.private_key,
                    },
                )
            )
        return str(tokens["refresh_token"])

    # ------------------------------------------------------------------ paths
    @property
    def app_path(self) -> str:
        return f"/groups/{self.ids['groupId']}/apps/{self.ids['appId']}"

    def _path(self, template: str) -> str:
        return self.app_path + template.format(**self.ids)

    # ------------------------------------------------------------------ building
    def build(self) -> None:
        """A new application with one of everything (the old one, if any, is left alone)."""
        group = f"/groups/{self.ids['groupId']}"
        names = {app["name"] for app in _ok(self.api.get(f"{group}/apps"))}
        name = next(f"contract-{n}" for n in range(len(names) + 1) if f"contract-{n}" not in names)
        app = _ok(self.api.post(f"{group}/apps", params={"defaults": "true"}, json={"name": name}))
        self.ids["appId"] = app["_id"]
        self.ids.pop("draftId", None)
        # A deployment to read, made before the standing draft exists.
        self._deploy_once()
        for param, _, create in self._resources():
            self.ids[param] = create()

    def _deploy_once(self) -> None:
        draft = _ok(self.api.post(self._path("/drafts")))
        deployment = _ok(self.api.post(self._path(f"/drafts/{draft['_id']}/deployment")))
        self.ids["deploymentId"] = deployment["_id"]

    def _resources(self) -> list[tuple[str, str, Callable[[], str]]]:
        """(path parameter, item path template, create) in the order they depend on each
        other. The draft comes first: everything else is made in (and so read from) it."""
        return [
            ("draftId", "/drafts/{draftId}", self._create_draft),
            ("functionId", "/functions/{functionId}", self._create_function),
            ("serviceId", "/services/{serviceId}", self._create_service),
            ("ruleId", "/services/{serviceId}/rules/{ruleId}", self._create_rule),
            (
                "incomingWebhookId",
                "/services/{serviceId}/incoming_webhooks/{incomingWebhookId}",
                self._create_webhook,
            ),
            ("triggerId", "/triggers/{triggerId}", self._create_trigger),
            ("valueId", "/values/{valueId}", self._create_value),
            ("secretId", "", self._create_secret),
            (
                "environmentValueId",
                "/environment_values/{environmentValueId}",
                self._create_environment_value,
            ),
            ("schemaId", "/schemas/{schemaId}", self._create_schema),
            ("providerId", "/auth_providers/{providerId}", self._create_provider),
            ("apiKeyId", "/api_keys/{apiKeyId}", self._create_api_key),
            ("uid", "/users/{uid}", self._create_user),
            ("messageId", "/push/notifications/{messageId}", self._create_message),
            ("email", "", self._create_pending_user),
            ("path", "", self._upload_asset),
            ("forwarderId", "/log_forwarders/{forwarderId}", self._create_forwarder),
            ("endpointId", "/endpoints/{endpointId}", self._create_endpoint),
            (
                "customResolverId",
                "/graphql/custom_resolvers/{customResolverId}",
                self._create_resolver,
            ),
            ("ipId", "/security/access_list", self._create_access_list_entry),
            (
                "privateEndpointId",
                "/security/private_endpoints/{privateEndpointId}",
                self._create_private_endpoint,
            ),
            ("dataApi", "/data_api/config", self._create_data_api_config),
            ("dependencies", "/dependencies/status", self._upload_dependencies),
        ]

    def _unique(self, prefix: str) -> str:
        self.ids["serial"] = str(int(self.ids.get("serial", "0")) + 1)
        return f"{prefix}{self.ids['serial']}"

    def _create(self, template: str, body: Any) -> str:
        return str(_ok(self.api.post(self._path(template), json=body))["_id"])

    def _create_draft(self) -> str:
        drafts = _ok(self.api.get(self._path("/drafts")))
        if drafts:
            return str(drafts[0]["_id"])
        return str(_ok(self.api.post(self._path("/drafts")))["_id"])

    def _create_function(self) -> str:
        source = "exports = function(a, b) { console.log('contract'); return {a, b}; };"
        return self._create("/functions", {"name": self._unique("fn"), "source": source})

    def _create_service(self) -> str:
        # A data source, so that its default rule and collection commands can be reached.
        body = {
            "name": self._unique("atlas"),
            "type": "mongodb-atlas",
            "config": {"clusterName": "Cluster0"},
            "default_rule": {"roles": [{"name": "reader", "read": True}]},
        }
        return self._create("/services", body)

    def _create_rule(self) -> str:
        return self._create(
            "/services/{serviceId}/rules", {"name": self._unique("rule"), "actions": ["get"]}
        )

    def _create_webhook(self) -> str:
        body = {"name": self._unique("hook"), "function_source": "exports = () => 1;"}
        return self._create("/services/{serviceId}/incoming_webhooks", body)

    def _create_trigger(self) -> str:
        body = {
            "name": self._unique("trigger"),
            "type": "AUTHENTICATION",
            "function_id": self.ids["functionId"],
            "config": {"operation_type": "LOGIN", "providers": ["anon-user"]},
        }
        return self._create("/triggers", body)

    def _create_value(self) -> str:
        return self._create("/values", {"name": self._unique("value"), "value": {"k": 1}})

    def _create_secret(self) -> str:
        return self._create("/secrets", {"name": self._unique("secret"), "value": "contract"})

    def _create_environment_value(self) -> str:
        body = {"name": self._unique("env"), "values": {"none": 1, "production": 2}}
        return self._create("/environment_values", body)

    def _create_schema(self) -> str:
        metadata = {
            "data_source": "mongodb-atlas",
            "database": "contract",
            "collection": self._unique("coll"),
        }
        return self._create("/schemas", {"metadata": metadata, "schema": {"bsonType": "object"}})

    def _create_provider(self) -> str:
        return self._create("/auth_providers", {"type": "local-userpass", "config": {}})

    def _create_api_key(self) -> str:
        return self._create("/api_keys", {"name": self._unique("key")})

    def _create_user(self) -> str:
        body = {"email": f"{self._unique('user')}@example.com", "password": "contract-pw"}
        return self._create("/users", body)

    def _create_message(self) -> str:
        return self._create("/push/notifications", {"message": "hello", "topic": "contract"})

    def _create_pending_user(self) -> str:
        control = f"{self.emulator.base_url}/_emulator{self.app_path}/pending_users"
        listed = _ok(self.api.get(control))
        if not any(pending["email"] == PENDING_EMAIL for pending in listed):
            _ok(self.api.post(control, json={"email": PENDING_EMAIL}))
        return PENDING_EMAIL

    def _upload_asset(self) -> str:
        body, content_type = upload_body(HOSTED_PATH, HOSTED_BYTES)
        _ok(
            self.api.put(
                self._path("/hosting/assets/asset"),
                params={"path": HOSTED_PATH},
                content=body,
                headers={"Content-Type": content_type},
            )
        )
        return HOSTED_PATH

    def _function_name(self) -> str:
        function = _ok(self.api.get(self._path("/functions/{functionId}")))
        return str(function["name"])

    def _create_forwarder(self) -> str:
        body = {
            "name": self._unique("forwarder"),
            "log_types": ["function"],
            "log_statuses": ["error", "success"],
            "policy": {"type": "single"},
            "action": {"type": "function", "name": self._function_name()},
        }
        return self._create("/log_forwarders", body)

    def _create_endpoint(self) -> str:
        body = {
            "route": f"/{self._unique('route')}",
            "http_method": "GET",
            "function_id": self.ids["functionId"],
        }
        return self._create("/endpoints", body)

    def _create_resolver(self) -> str:
        body = {
            "on_type": "Query",
            "field_name": self._unique("field"),
            "function_id": self.ids["functionId"],
            "payload_type": "String",
            "payload_type_format": "scalar",
        }
        return self._create("/graphql/custom_resolvers", body)

    def _create_access_list_entry(self) -> str:
        serial = int(self._unique(""))
        address = f"10.{serial // 256 % 256}.{serial % 256}.0/24"
        return self._create("/security/access_list", {"address": address})

    def _create_private_endpoint(self) -> str:
        body = {
            "cloud_provider_region": "aws-us-east-1",
            "cloud_provider_endpoint_id": f"vpce-{int(self._unique('')):017x}",
            "endpoint_type": "general",
        }
        return self._create("/security/private_endpoints", body)

    def _create_data_api_config(self) -> str:
        _ok(self.api.post(self._path("/data_api/config"), json={}))
        return "configured"

    def _upload_dependencies(self) -> str:
        archive = zip_of({"node_modules/contract/package.json": b'{"version": "1.0.0"}'})
        response = self.api.put(
            self._path("/dependencies"),
            files={"file": ("node_modules.zip", archive, "application/zip")},
        )
        _ok(response)
        return "uploaded"

    # ------------------------------------------------------------------ aiming
    def aim(self, case: schemathesis.Case) -> None:
        """Point most of a case's valid path and query parameters, and the references in its
        body, at what the world made. Components generated to break the document are left
        as they are, so the case still breaks it."""
        known = {
            **self.ids,
            "provider": "mongodb-cloud",
            "user_id": self.ids["uid"],
            # Event subscriptions are the triggers (as deployed).
            "eventSubscriptionId": self.ids["triggerId"],
            "service_id": self.ids["serviceId"],
        }
        for location, values in (
            (ParameterLocation.PATH, case.path_parameters),
            (ParameterLocation.QUERY, case.query),
        ):
            if values and not _negative_at(case, location):
                _aim_values(values, known)
        body = case.body
        if isinstance(body, dict) and not _negative_at(case, ParameterLocation.BODY):
            _aim_values(body, {"function_id": self.ids["functionId"]})
            if isinstance(body.get("config"), dict):
                _aim_values(body["config"], {"service_id": self.ids["serviceId"]})

    def headers_for(self, case: schemathesis.Case) -> dict[str, str]:
        """The Authorization header: the access token, or for `/auth/session` a refresh token
        (a fresh session's when the request may revoke it)."""
        token = self.access_token
        if case.path == "/auth/session":
            token = self.new_refresh_token() if case.method == "DELETE" else self.refresh_token
        return {"Authorization": f"Bearer {token}"}

    # ------------------------------------------------------------------ healing
    def heal(self) -> None:
        """Make again whatever generated requests deleted (the whole app if it went)."""
        if self.api.get(self.app_path).status_code == 404:
            self.build()
            return
        for param, template, create in self._resources():
            if not self._exists(param, template):
                self.ids[param] = create()

    def _exists(self, param: str, template: str) -> bool:
        if param == "draftId":
            drafts = _ok(self.api.get(self._path("/drafts")))
            return any(draft["_id"] == self.ids[param] for draft in drafts)
        if param == "secretId":
            secrets = _ok(self.api.get(self._path("/secrets")))
            return any(secret["_id"] == self.ids[param] for secret in secrets)
        if param == "email":
            control = f"{self.emulator.base_url}/_emulator{self.app_path}/pending_users"
            return any(p["email"] == PENDING_EMAIL for p in _ok(self.api.get(control)))
        if param == "ipId":
            listed = _ok(self.api.get(self._path(template)))["allowed_ips"]
            return any(entry["_id"] == self.ids[param] for entry in listed)
        if param == "path":
            response = self.api.get(
                self._path("/hosting/assets/asset"), params={"path": HOSTED_PATH}
            )
            return response.status_code == 200
        return self.api.get(self._path(template)).status_code == 200


def zip_of(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _negative_at(case: schemathesis.Case, location: ParameterLocation) -> bool:
    return case.meta is not None and case.meta.is_negative_at(location)


def _aim_values(values: dict[str, Any], known: dict[str, str]) -> None:
    """Replace most of the values that `known` has a name for; which ones depends only on
    the generated value, so a derandomized run aims the same way every time."""
    for name, value in values.items():
        if name in known and zlib.crc32(repr(value).encode()) % AIM_OUT_OF >= KEEP_GENERATED:
            values[name] = known[name]
