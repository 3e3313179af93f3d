"""Static hosting's settings and cache, and Device Sync's view of a data source."""

from __future__ import annotations

import hashlib
import json
from typing import Any

import httpx

from stitch_admin_emulator import RunningEmulator

MISSING_ID = "0123456789abcdef01234567"
BOUNDARY = "hosting-boundary"


def upload(api: httpx.Client, app: str, path: str, data: bytes) -> None:
    meta = {
        "path": path,
        "hash": hashlib.md5(data, usedforsecurity=False).hexdigest(),
        "size": len(data),
    }
    body = (
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="meta"\r\n\r\n'.encode()
        + json.dumps(meta).encode()
        + f'\r\n--{BOUNDARY}\r\nContent-Disposition: form-data; name="file"\r\n\r\n'.encode()
        + data
        + f"\r\n--{BOUNDARY}--\r\n".encode()
    )
    response = api.put(
        f"{app}/hosting/assets/asset",
        content=body,
        headers={"Content-Type": f"multipart/mixed; boundary={BOUNDARY}"},
    )
    assert response.status_code == 204, response.text


def test_hosting_settings_show_defaults_and_keep_changes(api: httpx.Client, app: str) -> None:
    path = f"{app}/hosting/config"
    client_app_id = api.get(app).json()["client_app_id"]
    initial = api.get(path).json()
    assert initial == {
        "enabled": False,
        "status": "setup_ok",
        "default_domain": {
            "provider_type": "aws",
            "config": {"app_default_domain": f"{client_app_id}.mongodbstitch.com"},
        },
    }
    assert api.patch(path, json={"enabled": True}).status_code == 204
    assert api.patch(path, json={"custom_domain": "www.example.com"}).status_code == 204
    changed = api.get(path).json()
    assert changed["enabled"] is True
    assert changed["custom_domain"] == "www.example.com"
    assert api.patch(path, json={"custom_domain": "not a domain"}).status_code == 400
    assert api.patch(path, json={"default_error_code": "40"}).status_code == 400


def test_the_hosting_error_page_must_be_a_hosted_file(api: httpx.Client, app: str) -> None:
    path = f"{app}/hosting/config"
    missing = api.patch(path, json={"default_error_path": "/404.html"})
    assert (missing.status_code, missing.json()["error_code"]) == (400, "AssetNotFound")
    upload(api, app, "/404.html", b"<h1>missing</h1>")
    settings = {"default_error_path": "/404.html", "default_error_code": "404"}
    assert api.patch(path, json=settings).status_code == 204
    assert api.get(path).json()["default_error_path"] == "/404.html"


def test_cache_invalidations_name_deployed_files_and_are_recorded(
    emulator: RunningEmulator, api: httpx.Client, app: str
) -> None:
    cache = f"{app}/hosting/cache"
    assert api.put(cache, json={"path": "/index.html"}).status_code == 404
    upload(api, app, "/index.html", b"<h1>home</h1>")
    upload(api, app, "/about.html", b"<h1>about</h1>")
    assert api.put(cache, json={"path": "/index.html"}).status_code == 204
    assert api.put(cache, json={"path": "/*"}).status_code == 204
    assert api.put(cache, json={"path": "/*", "invalidate": False}).status_code == 204
    assert api.put(cache, json={"path": "index.html"}).status_code == 400
    record = emulator.emulator.store.apps[app.rsplit("/", 1)[1]].singletons["hosting_cache"]
    assert [(i["path"], i["files"]) for i in record["invalidations"]] == [
        ("/index.html", 1),
        ("/*", 2),
    ]


def data_source(api: httpx.Client, app: str, config: dict[str, Any]) -> str:
    response = api.post(
        f"{app}/services", json={"name": "atlas", "type": "mongodb-atlas", "config": config}
    )
    assert response.status_code == 201, response.text
    return str(response.json()["_id"])


def test_sync_settings_come_from_the_data_source(api: httpx.Client, app: str) -> None:
    service_id = data_source(api, app, {"clusterName": "Cluster0", "readPreference": "nearest"})
    path = f"{app}/service/{service_id}/config"
    disabled = api.get(path).json()
    assert disabled["clusterName"] == "Cluster0"
    assert disabled["readPreference"] == "nearest"
    assert disabled["flexible_sync"] == {"state": "disabled"}
    flexible = {"state": "enabled", "database_name": "app", "queryable_fields_names": ["owner"]}
    changed = api.patch(f"{app}/services/{service_id}/config", json={"flexible_sync": flexible})
    assert changed.status_code == 204
    assert api.get(path).json()["flexible_sync"] == flexible
    garbled = {"flexible_sync": {"queryable_fields_names": "owner"}}
    api.patch(f"{app}/services/{service_id}/config", json=garbled)
    assert api.get(path).json()["flexible_sync"] == {"state": "disabled"}
    http = api.post(f"{app}/services", json={"name": "web", "type": "http"}).json()
    assert api.get(f"{app}/service/{http['_id']}/config").status_code == 404
    assert api.get(f"{app}/service/{MISSING_ID}/config").status_code == 404


def test_partition_keys_are_the_fields_every_schema_shares(
    emulator: RunningEmulator, api: httpx.Client, app: str
) -> None:
    service_id = data_source(api, app, {"clusterName": "Cluster0"})
    path = f"{app}/sync/data"
    assert api.get(path, params={"service_id": service_id}).json() == {
        "service_id": service_id,
        "partition_fields": [],
    }
    assert api.get(path, params={"service_id": MISSING_ID}).status_code == 404
    assert api.get(path).status_code == 404
    # Collection schemas are the deployable "schemas" family (their own operations fill it).
    store = emulator.emulator.store
    with store.transaction():
        schemas = store.apps[app.rsplit("/", 1)[1]].deployed.collection("schemas")
        for key, properties in (
            ("a", {"owner": {"bsonType": "string"}, "team": {"bsonType": "objectId"}}),
            ("b", {"owner": {"bsonType": "string"}, "team": {"bsonType": "string"}}),
        ):
            schemas[key] = {
                "_id": key,
                "metadata": {"data_source": "atlas", "database": "db", "collection": key},
                "schema": {"bsonType": "object", "properties": properties},
            }
    assert api.get(path, params={"service_id": service_id}).json()["partition_fields"] == [
        {"key": "owner", "type": "string"}
    ]
