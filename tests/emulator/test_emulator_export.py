"""The export zip: every configuration file of the deployed application."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile

import httpx
from conftest import database_trigger

SOURCE = "exports = function(doc) { return doc; };"


def export(api: httpx.Client, app: str) -> zipfile.ZipFile:
    response = api.get(f"{app}/export")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/zip"
    return zipfile.ZipFile(io.BytesIO(response.content))


def test_the_export_holds_every_configuration_file(api: httpx.Client, app: str) -> None:
    function = api.post(f"{app}/functions", json={"name": "onInsert", "source": SOURCE}).json()
    api.post(f"{app}/values", json={"name": "greeting", "value": "hi"})
    service = api.post(f"{app}/services", json={"name": "db", "type": "mongodb-atlas"}).json()
    api.post(f"{app}/services/{service['_id']}/rules", json={"name": "shop.orders"})
    api.post(
        f"{app}/services/{service['_id']}/incoming_webhooks",
        json={"name": "hook", "function_source": SOURCE},
    )
    trigger = database_trigger(function["_id"], service["_id"], name="orders")
    api.post(f"{app}/triggers", json=trigger)
    api.post(f"{app}/auth_providers", json={"type": "anon-user"})
    api.post(f"{app}/security/allowed_request_origins", json=["https://shop.example"])
    data = b"<html></html>"
    digest = hashlib.md5(data, usedforsecurity=False).hexdigest()
    meta = {"path": "/index.html", "hash": digest, "size": len(data)}
    body = (
        b'--b\r\nContent-Disposition: form-data; name="meta"\r\n\r\n'
        + json.dumps(meta).encode()
        + b'\r\n--b\r\nContent-Disposition: form-data; name="file"\r\n\r\n'
        + data
        + b"\r\n--b--\r\n"
    )
    uploaded = api.put(
        f"{app}/hosting/assets/asset",
        params={"path": "/index.html"},
        content=body,
        headers={"Content-Type": "multipart/mixed; boundary=b"},
    )
    assert uploaded.status_code == 204
    archive = export(api, app)
    assert sorted(archive.namelist()) == [
        "auth_providers/anon-user.json",
        "functions/onInsert/config.json",
        "functions/onInsert/source.js",
        "hosting/files/index.html",
        "hosting/metadata.json",
        "services/db/config.json",
        "services/db/incoming_webhooks/hook/config.json",
        "services/db/incoming_webhooks/hook/source.js",
        "services/db/rules/shop.orders.json",
        "stitch.json",
        "triggers/orders.json",
        "values/greeting.json",
    ]
    app_doc = api.get(app).json()
    stitch = json.loads(archive.read("stitch.json"))
    assert stitch["name"] == "test-app"
    assert stitch["app_id"] == stitch["client_app_id"] == app_doc["client_app_id"]
    assert stitch["location"] == app_doc["location"]
    assert stitch["security"] == {"allowed_request_origins": ["https://shop.example"]}
    assert archive.read("functions/onInsert/source.js").decode() == SOURCE
    assert json.loads(archive.read("functions/onInsert/config.json"))["id"] == function["_id"]
    assert json.loads(archive.read("values/greeting.json"))["value"] == "hi"
    assert json.loads(archive.read("triggers/orders.json"))["function_name"] == "onInsert"
    assert archive.read("hosting/files/index.html") == data
    assert json.loads(archive.read("hosting/metadata.json"))[0]["path"] == "/index.html"


def test_the_export_shows_the_deployed_state_not_a_draft(api: httpx.Client, app: str) -> None:
    api.post(f"{app}/values", json={"name": "deployed"})
    api.post(f"{app}/drafts")
    api.post(f"{app}/values", json={"name": "drafted"})
    names = export(api, app).namelist()
    assert "values/deployed.json" in names
    assert "values/drafted.json" not in names
