"""The whole configuration at once: `GET .../pull` (JSON or a zip of the configuration
directory) and `PATCH .../push`."""

from __future__ import annotations

import copy
import hashlib
import io
import json
import os
import zipfile
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import client_for, database_trigger, login
from support import emulation
from support.configurations import BROKEN, FULL, FULL_FILES, SECRET_VALUE, SOURCE, broken

from stitch_admin_emulator import RunningEmulator, config_document, config_layout, ids, registry
from stitch_admin_emulator.api.configuration import wants_zip
from stitch_admin_emulator.state import AppRecord

HOSTED = {"/index.html": b"<h1>shop</h1>", "/css/site.css": b"h1 { color: red }"}


ID_FIELDS = {
    "_id",
    "id",
    "function_id",
    "service_id",
    "secret_id",
    "mongo_service_id",
    "on_user_creation_function_id",
}


def keys_of(value: Any) -> set[str]:
    """Every key of every object in a JSON value."""
    if isinstance(value, dict):
        return set(value).union(*(keys_of(item) for item in value.values()))
    if isinstance(value, list):
        return set().union(*(keys_of(item) for item in value))
    return set()


def record(emulator: RunningEmulator, app: str) -> AppRecord:
    """The emulator's own record of an application, to read or set what no operation does."""
    found: AppRecord = emulator.emulator.store.apps[app.rsplit("/", 1)[1]]
    return found


def configuration_state(emulator: RunningEmulator, app: str) -> str:
    """What a push may change: the deployed configuration, drafts, deployments, environment."""
    app_record = record(emulator, app)
    return json.dumps(
        {
            "deployed": app_record.deployed.state(),
            "drafts": {user: draft.state() for user, draft in app_record.drafts.items()},
            "deployments": [deployment.document() for deployment in app_record.deployments],
            "environment": app_record.environment,
        },
        sort_keys=True,
    )


def add_secret(emulator: RunningEmulator, app: str, name: str, value: str) -> None:
    store = emulator.emulator.store
    with store.transaction() as transaction:
        app_record = record(emulator, app)
        transaction.touch(app_record)
        secret_id = ids.object_id()
        app_record.collection("secrets")[secret_id] = {
            "_id": secret_id,
            "name": name,
            "value": value,
        }


def upload(api: httpx.Client, app: str, path: str, data: bytes) -> None:
    meta = {"path": path, "hash": hashlib.md5(data, usedforsecurity=False).hexdigest()}
    meta["size"] = len(data)  # type: ignore[assignment]
    body = (
        b'--b\r\nContent-Disposition: form-data; name="meta"\r\n\r\n'
        + json.dumps(meta).encode()
        + b'\r\n--b\r\nContent-Disposition: form-data; name="file"\r\n\r\n'
        + data
        + b"\r\n--b--\r\n"
    )
    response = api.put(
        f"{app}/hosting/assets/asset",
        content=body,
        headers={"Content-Type": "multipart/mixed; boundary=b"},
    )
    assert response.status_code == 204, response.text


def pull(api: httpx.Client, app: str) -> dict[str, Any]:
    response = api.get(f"{app}/pull")
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"
    document: dict[str, Any] = response.json()
    return document


def pull_zip(api: httpx.Client, app: str) -> bytes:
    response = api.get(f"{app}/pull", headers={"Accept": "application/zip"})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/zip"
    return response.content


def unzip(archive: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(archive)) as opened:
        return {name: opened.read(name) for name in opened.namelist()}


def push(api: httpx.Client, app: str, document: dict[str, Any]) -> httpx.Response:
    return api.patch(f"{app}/push", json=document)


@pytest.fixture
def full_app(emulator: RunningEmulator, api: httpx.Client, app: str) -> str:
    """The `app`, with the secrets FULL needs, FULL pushed, and two hosted files."""
    for name in ("jwt-key", "webhook-key", "stripe-key"):
        add_secret(emulator, app, name, SECRET_VALUE)
    response = push(api, app, FULL)
    assert response.status_code == 204, response.text
    for path, data in HOSTED.items():
        upload(api, app, path, data)
    return app


# ---------------------------------------------------------------------- pull


def test_a_new_app_pulls_its_settings_and_empty_parts(api: httpx.Client, app: str) -> None:
    document = pull(api, app)
    assert document == {
        "name": "test-app",
        "deployment_model": "GLOBAL",
        "provider_region": "aws-us-east-1",
        "allowed_request_origins": [],
        "auth_providers": [],
        "data_sources": [],
        "endpoints": [],
        "environments": {"values": {name: {"values": {}} for name in config_document.ENVIRONMENTS}},
        "functions": [],
        "graphql": {"custom_resolvers": []},
        "https_endpoints": [],
        "log_forwarders": [],
        "schemas": [],
        "services": [],
        "triggers": [],
        "values": [],
    }
    assert sorted(unzip(pull_zip(api, app))) == [
        "auth/providers.json",
        "environments/development.json",
        "environments/no-environment.json",
        "environments/production.json",
        "environments/qa.json",
        "environments/testing.json",
        "functions/config.json",
        "http_endpoints/config.json",
        "root_config.json",
    ]


def test_the_json_form_names_references_beside_their_ids(api: httpx.Client, app: str) -> None:
    function = api.post(f"{app}/functions", json={"name": "onInsert", "source": SOURCE}).json()
    service = api.post(f"{app}/services", json={"name": "db", "type": "mongodb-atlas"}).json()
    api.post(f"{app}/triggers", json=database_trigger(function["_id"], service["_id"]))
    api.post(f"{app}/values", json={"name": "greeting", "value": "hi"})
    document = pull(api, app)
    [trigger] = document["triggers"]
    assert trigger["function_id"] == function["_id"]
    assert trigger["function_name"] == "onInsert"
    assert trigger["config"]["service_id"] == service["_id"]
    assert trigger["config"]["service_name"] == "db"
    assert document["functions"] == [{"name": "onInsert", "source": SOURCE, "private": False}]
    assert document["values"] == [
        {"name": "greeting", "value": "hi", "private": False, "from_secret": False}
    ]
    assert [source["name"] for source in document["data_sources"]] == ["db"]
    # Entries carry no ids of their own: names identify them.
    for kind in ("functions", "values", "triggers", "data_sources"):
        assert all("_id" not in entry for entry in document[kind])


def test_pull_answers_the_deployed_configuration_not_the_callers_draft(
    api: httpx.Client, app: str
) -> None:
    before = api.get(f"{app}/pull").content
    assert api.post(f"{app}/drafts").status_code == 201
    api.post(f"{app}/functions", json={"name": "drafted", "source": SOURCE})
    assert api.get(f"{app}/pull").content == before


def test_a_full_configuration_pulls_as_the_documented_directory(
    api: httpx.Client, full_app: str
) -> None:
    files = unzip(pull_zip(api, full_app))
    hosting = ["hosting/files/css/site.css", "hosting/files/index.html", "hosting/metadata.json"]
    assert sorted(files) == sorted([*FULL_FILES, *hosting])
    assert json.loads(files["root_config.json"]) == {
        "config_version": 20210101,
        "name": "test-app",
        "deployment_model": "GLOBAL",
        "provider_region": "aws-us-east-1",
        "environment": "production",
        "allowed_request_origins": ["https://shop.example"],
    }
    assert sorted(json.loads(files["auth/providers.json"])) == ["api-key", "custom-token"]
    assert json.loads(files["functions/config.json"]) == [
        {"name": "onOrder", "private": True},
        {"name": "utils/format", "private": False},
    ]
    assert files["functions/onOrder.js"].decode() == SOURCE
    assert json.loads(files["triggers/onNewOrder.json"]) == {
        "name": "onNewOrder",
        "type": "DATABASE",
        "disabled": False,
        "function_name": "onOrder",
        "config": {
            "operation_types": ["INSERT"],
            "database": "shop",
            "collection": "orders",
            "service_name": "mongodb-atlas",
        },
    }
    assert json.loads(files["http_endpoints/config.json"]) == [
        {
            "route": "/orders",
            "http_method": "GET",
            "function_name": "onOrder",
            "validation_method": "SECRET_AS_QUERY_PARAM",
            "secret_name": "webhook-key",
            "respond_result": True,
        }
    ]
    assert json.loads(files["environments/production.json"]) == {
        "values": {"limits": {"orders": 100}, "tier": "paid"}
    }
    assert json.loads(files["environments/no-environment.json"]) == {"values": {"tier": "free"}}
    assert json.loads(files["values/stripeKey.json"]) == {
        "name": "stripeKey",
        "value": "stripe-key",
        "from_secret": True,
        "private": False,
    }
    assert json.loads(files["data_sources/mongodb-atlas/shop/orders/schema.json"]) == {
        "title": "Order",
        "bsonType": "object",
    }
    assert json.loads(files["auth/custom_user_data.json"])["mongo_service_name"] == "mongodb-atlas"
    assert files["hosting/files/css/site.css"] == HOSTED["/css/site.css"]
    assert json.loads(files["hosting/metadata.json"]) == [
        {"path": "/css/site.css", "attrs": []},
        {"path": "/index.html", "attrs": []},
    ]
    # Files name what they point at, never by id; each is sorted, indented JSON.
    for path, content in files.items():
        if path.endswith(".json"):
            parsed = json.loads(content)
            assert not keys_of(parsed) & ID_FIELDS, path
            assert content == config_layout.json_file(parsed, sort_keys=True), path


def test_secrets_appear_by_name_only(api: httpx.Client, full_app: str) -> None:
    document = api.get(f"{full_app}/pull").content
    archive = pull_zip(api, full_app)
    assert b"webhook-key" in document
    assert SECRET_VALUE.encode() not in document
    assert all(SECRET_VALUE.encode() not in content for content in unzip(archive).values())


def test_the_zip_and_the_json_hold_the_same_configuration(api: httpx.Client, full_app: str) -> None:
    files = unzip(pull_zip(api, full_app))
    assert config_layout.files_to_document(files) == config_document.names_only(pull(api, full_app))


def test_an_unchanged_app_pulls_byte_identical(api: httpx.Client, full_app: str) -> None:
    first_json, first_zip = api.get(f"{full_app}/pull").content, pull_zip(api, full_app)
    assert api.get(f"{full_app}/pull").content == first_json
    assert pull_zip(api, full_app) == first_zip
    with zipfile.ZipFile(io.BytesIO(first_zip)) as opened:
        assert {member.date_time for member in opened.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        assert [member.filename for member in opened.infolist()] == sorted(opened.namelist())


def naive_extract(archive: bytes, target: Path) -> list[Path]:
    """Extract as a careless tool would: join each member name to the target folder."""
    written = []
    with zipfile.ZipFile(io.BytesIO(archive)) as opened:
        for member in opened.infolist():
            path = Path(os.path.join(target, member.filename))
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(opened.read(member))
            written.append(path)
    return written


def test_a_naively_extracted_pull_stays_inside_its_folder(
    emulator: RunningEmulator, api: httpx.Client, app: str, tmp_path: Path
) -> None:
    # Names no operation accepts, as a damaged data directory could hold them.
    store = emulator.emulator.store
    with store.transaction() as transaction:
        app_record = record(emulator, app)
        transaction.touch(app_record)
        for name in ("../../escape", "/etc/passwd", "a\\..\\b", ".."):
            function_id = ids.object_id()
            app_record.deployed.functions[function_id] = {
                "_id": function_id,
                "name": name,
                "source": "exports = 1;",
            }
        value_id = ids.object_id()
        app_record.deployed.values[value_id] = {"_id": value_id, "name": "../v", "value": 1}
    upload(api, app, "/deep/nested/page.html", b"<p>deep</p>")
    target = tmp_path / "pulled"
    written = naive_extract(pull_zip(api, app), target)
    assert written
    for path in written:
        assert path.resolve().is_relative_to(target.resolve()), path
    assert sorted(path.name for path in tmp_path.iterdir()) == ["pulled"]
    with zipfile.ZipFile(io.BytesIO(pull_zip(api, app))) as opened:
        for member in opened.infolist():
            assert not member.is_dir()
            assert member.external_attr >> 16 == 0o644
    # The encoded names read back as they were.
    document = config_layout.files_to_document(unzip(pull_zip(api, app)))
    assert sorted(f["name"] for f in document["functions"]) == sorted(
        ["../../escape", "/etc/passwd", "a\\..\\b", ".."]
    )


@pytest.mark.parametrize(
    ("accept", "zipped"),
    [
        (None, False),
        ("application/json", False),
        ("*/*", False),
        ("application/*", False),
        ("application/zip", True),
        ("application/zip, application/json;q=0.9", True),
        ("application/json;q=0.5, application/zip", True),
        ("application/zip;q=0.5, application/json", False),
        ("application/zip;q=0.5, */*;q=0.1", True),
        ("text/html", False),
        ("application/zip;q=oops", False),
    ],
)
def test_the_accept_header_chooses_the_form(accept: str | None, zipped: bool) -> None:
    assert wants_zip(accept) is zipped


# ---------------------------------------------------------------------- push


def test_a_pushed_configuration_is_what_a_pull_shows(api: httpx.Client, full_app: str) -> None:
    document = config_document.names_only(pull(api, full_app))
    expected = copy.deepcopy(FULL)
    # What the service fills in when a configuration leaves it out.
    defaults = {
        "functions": {"private": False},
        "values": {"private": False},
        "triggers": {"disabled": False},
    }
    for kind, fields in defaults.items():
        expected[kind] = [fields | entry for entry in expected[kind]]
    for kind in ("functions", "values", "triggers", "auth_providers"):
        expected[kind].sort(key=lambda entry: entry["name"])
    expected["data_sources"][0]["version"] = 1
    expected["data_sources"][0]["rules"].sort(key=config_document.rule_key)
    expected["https_endpoints"][0] |= {"version": 1}
    expected["https_endpoints"][0]["incoming_webhooks"] = [
        {"name": "hook", "function_source": "exports = () => 1;", "respond_result": False}
        | {"options": {}}
    ]
    for environment in config_document.ENVIRONMENTS:
        expected["environments"]["values"].setdefault(environment, {"values": {}})
    assert document == expected


def test_pushed_families_are_stored_under_their_agreed_keys(
    emulator: RunningEmulator, api: httpx.Client, full_app: str
) -> None:
    app_record = record(emulator, full_app)
    deployed = app_record.deployed
    function_ids = {doc["name"]: key for key, doc in deployed.functions.items()}
    [endpoint] = deployed.collection("endpoints").values()
    assert endpoint["function_id"] == function_ids["onOrder"]
    assert "function_name" not in endpoint
    secrets = {doc["name"]: key for key, doc in app_record.collection("secrets").items()}
    assert endpoint["secret_id"] == secrets["webhook-key"]
    assert {
        doc["name"]: doc["values"] for doc in deployed.collection("environment_values").values()
    } == {
        "tier": {"none": "free", "production": "paid"},
        "limits": {"production": {"orders": 100}},
    }
    [forwarder] = deployed.collection("log_forwarders").values()
    assert forwarder["name"] == "errors"
    [schema] = deployed.collection("schemas").values()
    assert schema["metadata"]["collection"] == "orders"
    [resolver] = deployed.collection("graphql_custom_resolvers").values()
    assert resolver["function_id"] == function_ids["onOrder"]
    singletons = deployed.singletons
    assert singletons["custom_user_data"]["on_user_creation_function_id"] == function_ids["onOrder"]
    assert "mongo_service_name" not in singletons["custom_user_data"]
    assert singletons["hosting_config"]["enabled"] is True
    assert singletons["graphql_config"] == {"use_natural_pluralization": True}
    assert singletons["graphql_validation_settings"] == {"read_validation_action": "ERROR"}
    assert singletons["sync_config"]["database_name"] == "shop"
    assert singletons["data_api_config"]["versions"] == ["v1"]
    [source] = [s for s in deployed.services.values() if s.doc["name"] == "mongodb-atlas"]
    assert source.default_rule is not None
    assert source.default_rule["roles"][0]["name"] == "reader"
    assert "_id" in source.default_rule
    [trigger] = [t for t in deployed.triggers.values() if t["name"] == "onNewOrder"]
    assert trigger["config"]["service_id"] == source.doc["_id"]
    assert "service_name" not in trigger["config"]
    assert app_record.environment == "production"
    # The families' own reads show the pushed state (the operations of this branch).
    trigger_doc = api.get(f"{full_app}/triggers/{trigger['_id']}").json()
    assert trigger_doc["function_name"] == "onOrder"


def test_pushing_a_pull_back_changes_nothing(
    emulator: RunningEmulator, api: httpx.Client, full_app: str
) -> None:
    document = pull(api, full_app)
    before_json, before_zip = api.get(f"{full_app}/pull").content, pull_zip(api, full_app)
    deployments = api.get(f"{full_app}/deployments").json()
    state = json.dumps(record(emulator, full_app).deployed.state(), sort_keys=True)
    for form in (document, config_document.names_only(document)):
        assert push(api, full_app, form).status_code == 204
    assert api.get(f"{full_app}/pull").content == before_json
    assert pull_zip(api, full_app) == before_zip
    assert json.dumps(record(emulator, full_app).deployed.state(), sort_keys=True) == state
    assert api.get(f"{full_app}/deployments").json() == deployments


def test_a_push_without_a_draft_is_a_successful_deployment(
    emulator: RunningEmulator, api: httpx.Client, app: str
) -> None:
    assert api.get(f"{app}/deployments").json() == []
    document = pull(api, app)
    document["functions"] = [{"name": "hello", "source": SOURCE}]
    assert push(api, app, document).status_code == 204
    [deployment] = api.get(f"{app}/deployments").json()
    assert deployment["status"] == "successful"
    assert "draft_id" not in deployment
    assert api.get(f"{app}/deployments/{deployment['_id']}").json() == deployment
    assert [f["name"] for f in api.get(f"{app}/functions").json()] == ["hello"]
    assert emulator.counters().deployments == 1


def test_a_push_keeps_ids_of_entries_it_keeps_and_drops_what_it_leaves_out(
    api: httpx.Client, app: str
) -> None:
    kept = api.post(f"{app}/functions", json={"name": "kept", "source": SOURCE}).json()
    api.post(f"{app}/functions", json={"name": "dropped", "source": SOURCE})
    api.post(f"{app}/values", json={"name": "gone", "value": 1})
    document = pull(api, app)
    document["functions"] = [
        {"name": "kept", "source": "exports = 2;"},
        {"name": "added", "source": SOURCE},
    ]
    del document["values"]
    assert push(api, app, document).status_code == 204
    functions = {f["name"]: f["_id"] for f in api.get(f"{app}/functions").json()}
    assert sorted(functions) == ["added", "kept"]
    assert functions["kept"] == kept["_id"]
    assert api.get(f"{app}/functions/{kept['_id']}").json()["source"] == "exports = 2;"
    assert api.get(f"{app}/values").json() == []


def test_a_push_keeps_hosted_files(api: httpx.Client, app: str) -> None:
    upload(api, app, "/index.html", b"<h1>kept</h1>")
    assert push(api, app, {"name": "test-app"}).status_code == 204
    assert [a["path"] for a in api.get(f"{app}/hosting/assets").json()] == ["/index.html"]


def test_a_push_sets_and_clears_the_environment(
    emulator: RunningEmulator, api: httpx.Client, app: str
) -> None:
    assert push(api, app, {"environment": "qa"}).status_code == 204
    assert record(emulator, app).environment == "qa"
    assert pull(api, app)["environment"] == "qa"
    assert push(api, app, {}).status_code == 204
    assert "environment" not in pull(api, app)


def test_a_push_goes_into_the_callers_draft(api: httpx.Client, app: str) -> None:
    deployed = api.get(f"{app}/pull").content
    draft = api.post(f"{app}/drafts").json()
    document = pull(api, app)
    document["functions"] = [{"name": "drafted", "source": SOURCE}]
    assert push(api, app, document).status_code == 204
    assert api.get(f"{app}/pull").content == deployed
    assert api.get(f"{app}/deployments").json() == []
    assert [f["name"] for f in api.get(f"{app}/functions").json()] == ["drafted"]
    diff = api.get(f"{app}/drafts/{draft['_id']}/diff").json()
    assert any("functions/drafted" in change for change in diff["diffs"])
    deployment = api.post(f"{app}/drafts/{draft['_id']}/deployment").json()
    assert deployment["draft_id"] == draft["_id"]


def test_a_deployed_draft_push_shows_in_the_pull(start_emulator: Any) -> None:
    emulator = start_emulator(deploy_delay=0)
    with client_for(emulator, login(emulator)["access_token"]) as api:
        created = api.post(f"/groups/{emulator.group_id}/apps", json={"name": "drafty"}).json()
        app = f"/groups/{emulator.group_id}/apps/{created['_id']}"
        draft = api.post(f"{app}/drafts").json()
        assert push(api, app, {"functions": [{"name": "f", "source": SOURCE}]}).status_code == 204
        assert api.post(f"{app}/drafts/{draft['_id']}/deployment").status_code == 201
        assert [f["name"] for f in pull(api, app)["functions"]] == ["f"]


@pytest.mark.parametrize("change", sorted(BROKEN))
def test_a_push_the_service_would_refuse_changes_nothing(
    emulator: RunningEmulator, api: httpx.Client, full_app: str, change: str
) -> None:
    before = api.get(f"{full_app}/pull").content
    state = configuration_state(emulator, full_app)
    response = push(api, full_app, broken(change))
    assert response.status_code == 400, response.text
    assert response.json()["error_code"] == BROKEN[change][0]
    assert api.get(f"{full_app}/pull").content == before
    assert configuration_state(emulator, full_app) == state


def test_a_refused_push_into_a_draft_leaves_the_draft(api: httpx.Client, full_app: str) -> None:
    draft = api.post(f"{full_app}/drafts").json()
    api.post(f"{full_app}/functions", json={"name": "drafted", "source": SOURCE})
    names = sorted(f["name"] for f in api.get(f"{full_app}/functions").json())
    response = push(api, full_app, broken("trigger function"))
    assert response.status_code == 400
    assert sorted(f["name"] for f in api.get(f"{full_app}/functions").json()) == names
    assert api.get(f"{full_app}/drafts").json()[0]["_id"] == draft["_id"]


def test_a_push_body_is_checked_against_the_document(api: httpx.Client, app: str) -> None:
    response = push(api, app, {"functions": [{"name": "bad name!", "source": SOURCE}]})
    assert response.status_code == 400
    assert "is not valid" in response.json()["error"]
    unknown_app = app.rsplit("/", 1)[0] + "/5e8f00000000000000000099"
    assert push(api, unknown_app, {}).status_code == 404
    assert api.get(f"{unknown_app}/pull").status_code == 404


def test_a_pushed_configuration_survives_a_restart(tmp_path: Path) -> None:
    pulls = []
    for _ in range(2):
        with (
            emulation.started(data_dir=str(tmp_path)) as emulator,
            client_for(emulator, login(emulator)["access_token"]) as api,
        ):
            group = f"/groups/{emulator.group_id}"
            if not pulls:
                created = api.post(f"{group}/apps", json={"name": "test-app"}).json()
                app = f"{group}/apps/{created['_id']}"
                for name in ("jwt-key", "webhook-key", "stripe-key"):
                    add_secret(emulator, app, name, SECRET_VALUE)
                assert push(api, app, FULL).status_code == 204
            [listed] = api.get(f"{group}/apps").json()
            pulls.append(api.get(f"{group}/apps/{listed['_id']}/pull").content)
    assert pulls[0] == pulls[1]
    assert json.loads(pulls[1])["environment"] == "production"
    assert "default_rule" in json.loads(pulls[1])["data_sources"][0]


# ---------------------------------------------------------------------- the layout, unit


def test_the_layout_reads_a_directory_written_by_hand() -> None:
    files = {
        "root_config.json": b'{"name": "shop", "config_version": 20210101}',
        "functions/config.json": b'[{"name": "withConfig", "private": true}]',
        "functions/withConfig.js": b"exports = 1;",
        "functions/lib/noConfig.js": b"exports = 2;",
        "triggers/t.json": b'{"name": "t", "type": "SCHEDULED", "function_name": "withConfig",'
        b' "config": {"schedule": "* * * * *"}}',
        "data_sources/db/config.json": b'{"name": "db", "type": "mongodb-atlas"}',
        "data_sources/db/shop/orders/rules.json": b'{"database": "shop", "collection": "orders"}',
        "services/tw/config.json": b'{"name": "tw", "type": "twilio"}',
        "environments/no-environment.json": b'{"values": {"a": 1}}',
        "README.md": b"not configuration",
    }
    document = config_layout.files_to_document(files)
    assert document["name"] == "shop"
    assert document["functions"] == [
        {"name": "lib/noConfig", "source": "exports = 2;"},
        {"name": "withConfig", "private": True, "source": "exports = 1;"},
    ]
    assert document["triggers"][0]["function_name"] == "withConfig"
    assert document["data_sources"] == [
        {
            "name": "db",
            "type": "mongodb-atlas",
            "rules": [{"database": "shop", "collection": "orders"}],
        }
    ]
    assert document["services"] == [
        {"name": "tw", "type": "twilio", "rules": [], "incoming_webhooks": []}
    ]
    assert document["environments"] == {"values": {"none": {"values": {"a": 1}}}}
    with pytest.raises(config_layout.LayoutError):
        config_layout.files_to_document({"values/v.json": b"[1, 2"})
    with pytest.raises(config_layout.LayoutError):
        config_layout.files_to_document({"values/v.json": b"[1, 2]"})


@pytest.mark.parametrize(
    "name", ["plain", "with.dot", "..", ".", "a/b", "../x", "a b", "%41", "é", "a\\b", "/etc"]
)
def test_a_name_is_one_safe_segment_that_reads_back(name: str) -> None:
    from urllib.parse import unquote  # noqa: PLC0415

    written = config_layout.segment(name)
    assert "/" not in written
    assert "\\" not in written
    assert written not in (".", "..")
    assert unquote(written) == name


def test_stored_documents_of_the_later_families_round_trip_as_they_are(
    emulator: RunningEmulator, api: httpx.Client, app: str
) -> None:
    function = api.post(f"{app}/functions", json={"name": "handle", "source": SOURCE}).json()
    # As the families' own operations may store them: computed fields beside the settings.
    endpoint = {
        "_id": ids.object_id(),
        "route": "/hook",
        "http_method": "POST",
        "function_id": function["_id"],
        "disabled": False,
        "last_modified": 1_700_000_000,
    }
    environment_value = {
        "_id": ids.object_id(),
        "name": "tier",
        "values": {"production": "paid"},
        "last_modified": 1_700_000_000,
    }
    hosting = {"enabled": True, "status": "setup_ok", "default_domain": {"provider": "aws"}}
    store = emulator.emulator.store
    with store.transaction() as transaction:
        app_record = record(emulator, app)
        transaction.touch(app_record)
        deployed = app_record.deployed
        deployed.collection("endpoints")[endpoint["_id"]] = copy.deepcopy(endpoint)
        deployed.collection("environment_values")[environment_value["_id"]] = copy.deepcopy(
            environment_value
        )
        deployed.singletons["hosting_config"] = copy.deepcopy(hosting)
        deployed.singletons["dependencies"] = {"dependencies_list": [{"name": "lodash"}]}
    document = pull(api, app)
    assert document["endpoints"] == [
        {
            "route": "/hook",
            "http_method": "POST",
            "function_id": function["_id"],
            "function_name": "handle",
            "disabled": False,
        }
    ]
    assert document["environments"]["values"]["production"] == {"values": {"tier": "paid"}}
    assert document["hosting"] == {"enabled": True}
    assert push(api, app, config_document.names_only(document)).status_code == 204
    deployed = record(emulator, app).deployed
    assert deployed.collection("endpoints") == {endpoint["_id"]: endpoint}
    assert deployed.collection("environment_values") == {
        environment_value["_id"]: environment_value
    }
    assert deployed.singletons["hosting_config"] == hosting
    assert api.get(f"{app}/deployments").json() == []
    # A change keeps the id and the computed fields, and moves `last_modified`.
    document["endpoints"][0]["disabled"] = True
    document["hosting"]["enabled"] = False
    assert push(api, app, document).status_code == 204
    deployed = record(emulator, app).deployed
    [changed] = deployed.collection("endpoints").values()
    assert changed["_id"] == endpoint["_id"]
    assert changed["disabled"] is True
    assert changed["last_modified"] > endpoint["last_modified"]
    assert deployed.singletons["hosting_config"] == hosting | {"enabled": False}
    # What the document cannot carry stays.
    assert deployed.singletons["dependencies"] == {"dependencies_list": [{"name": "lodash"}]}


# ------------------------------------------------- with the operations of the later families


def served(method: str, template: str) -> pytest.MarkDecorator:
    """Skip a test until the emulator serves the operation it creates its state with."""
    keys = {operation.key for operation in registry.operations().operations}
    return pytest.mark.skipif(
        f"{method} {template}" not in keys, reason=f"{method} {template} is not served yet"
    )


APP_TEMPLATE = "/groups/{groupId}/apps/{appId}"


@served("POST", f"{APP_TEMPLATE}/secrets")
def test_a_secret_made_through_the_api_is_pulled_by_name_only(api: httpx.Client, app: str) -> None:
    created = api.post(f"{app}/secrets", json={"name": "stripe", "value": SECRET_VALUE})
    assert created.status_code == 201, created.text
    document = {"values": [{"name": "key", "value": "stripe", "from_secret": True}]}
    assert push(api, app, document).status_code == 204
    assert pull(api, app)["values"] == [
        {"name": "key", "value": "stripe", "from_secret": True, "private": False}
    ]
    assert SECRET_VALUE.encode() not in api.get(f"{app}/pull").content
    assert all(
        SECRET_VALUE.encode() not in content for content in unzip(pull_zip(api, app)).values()
    )


@served("POST", f"{APP_TEMPLATE}/endpoints")
def test_an_endpoint_made_through_the_api_is_pulled_with_its_function_name(
    api: httpx.Client, app: str
) -> None:
    function = api.post(f"{app}/functions", json={"name": "handle", "source": SOURCE}).json()
    endpoint = {"route": "/hook", "http_method": "POST", "function_id": function["_id"]}
    assert api.post(f"{app}/endpoints", json=endpoint).status_code == 201
    [pulled] = pull(api, app)["endpoints"]
    assert pulled["function_name"] == "handle"
    files = unzip(pull_zip(api, app))
    [in_file] = json.loads(files["http_endpoints/config.json"])
    assert in_file["function_name"] == "handle"
    assert "function_id" not in in_file
    before = api.get(f"{app}/pull").content
    assert push(api, app, pull(api, app)).status_code == 204
    assert api.get(f"{app}/pull").content == before


@served("PUT", f"{APP_TEMPLATE}/environment")
def test_the_environment_set_through_the_api_is_pulled(api: httpx.Client, app: str) -> None:
    assert api.put(f"{app}/environment", json={"environment": "testing"}).status_code < 300
    assert pull(api, app)["environment"] == "testing"
    assert json.loads(unzip(pull_zip(api, app))["root_config.json"])["environment"] == "testing"


@served("POST", f"{APP_TEMPLATE}/environment_values")
def test_environment_values_made_through_the_api_are_pulled(api: httpx.Client, app: str) -> None:
    body = {"name": "tier", "values": {"none": "free", "production": "paid"}}
    assert api.post(f"{app}/environment_values", json=body).status_code == 201
    values = pull(api, app)["environments"]["values"]
    assert values["none"] == {"values": {"tier": "free"}}
    assert values["production"] == {"values": {"tier": "paid"}}
    assert values["qa"] == {"values": {}}


@served("POST", f"{APP_TEMPLATE}/services/{{serviceId}}/default_rule")
def test_a_default_rule_made_through_the_api_is_pulled(api: httpx.Client, app: str) -> None:
    service = api.post(f"{app}/services", json={"name": "db", "type": "mongodb-atlas"}).json()
    rule = {"roles": [{"name": "reader", "apply_when": {}, "read": True}], "filters": []}
    created = api.post(f"{app}/services/{service['_id']}/default_rule", json=rule)
    assert created.status_code == 201, created.text
    [source] = pull(api, app)["data_sources"]
    assert source["default_rule"]["roles"] == rule["roles"]
    files = unzip(pull_zip(api, app))
    assert json.loads(files["data_sources/db/default_rule.json"])["roles"] == rule["roles"]
