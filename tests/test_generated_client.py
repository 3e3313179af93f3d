"""The generated client's behaviour, one concern at a time, through httpx.MockTransport."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from stitch_admin_client import AuthenticatedClient, errors
from stitch_admin_client.api.apps import (
    create_app,
    delete_app,
    get_app,
    list_apps,
    pull_app_configuration,
)
from stitch_admin_client.api.auth_providers import create_auth_provider
from stitch_admin_client.api.deployments import get_deployment, list_deployments
from stitch_admin_client.api.drafts import create_draft, list_drafts
from stitch_admin_client.api.email import send_confirmation_email
from stitch_admin_client.api.functions import execute_function, update_function
from stitch_admin_client.api.hosting import list_hosting_assets
from stitch_admin_client.api.logs import list_logs
from stitch_admin_client.api.push_notifications import list_push_notifications
from stitch_admin_client.api.security import set_allowed_request_origins
from stitch_admin_client.api.triggers import create_trigger, delete_trigger, get_trigger
from stitch_admin_client.api.users import delete_pending_user, get_user, verify_user_token
from stitch_admin_client.api.values import create_value
from stitch_admin_client.models import (
    AppConfiguration,
    AppCreate,
    AuthenticationTrigger,
    AuthenticationTriggerConfig,
    AuthOperationType,
    AuthProviderCreate,
    AuthProviderType,
    DatabaseOperationType,
    Deployment,
    DeploymentStatus,
    Draft,
    ExecuteFunctionRequest,
    FunctionInput,
    JsonObject,
    LogEntryType,
    LoginRequest,
    LoginResponse,
    PushNotificationState,
    Trigger,
    TriggerConfig,
    TriggerEventProcessors,
    TriggerInput,
    TriggerType,
    UserTokenCheck,
    UserTokenClaims,
    ValueInput,
)
from stitch_admin_client.types import UNSET, File, Unset
from support import spec

G = "5f0a1b2c3d4e5f6a7b8c9d0e"
A = "6a7b8c9d0e1f2a3b4c5d6e7f"
# Any other ObjectId the operations take (function, trigger, user...).
X = "7b8c9d0e1f2a3b4c5d6e7f80"
GONE = "8c9d0e1f2a3b4c5d6e7f8091"
Handler = Callable[[httpx.Request], httpx.Response]


class Recorder:
    """A MockTransport handler that answers with a fixed response and keeps the requests."""

    def __init__(self, response: httpx.Response) -> None:
        self.response = response
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.response

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]


def client_for(handler: Handler) -> AuthenticatedClient:
    return AuthenticatedClient(
        base_url="https://stitch.example/api/admin/v3.0",
        token="test-token",
        httpx_args={"transport": httpx.MockTransport(handler)},
    )


def answer(
    status: int = 200, body: Any = None, **kwargs: Any
) -> tuple[Recorder, AuthenticatedClient]:
    response = (
        httpx.Response(status, json=body, **kwargs)
        if body is not None
        else httpx.Response(status, **kwargs)
    )
    recorder = Recorder(response)
    return recorder, client_for(recorder)


# ------------------------------------------------------------------ requests


@pytest.mark.parametrize(
    ("email", "encoded"),
    [
        ("new+user@example.com", "new%2Buser%40example.com"),
        ("a/b@example.com", "a%2Fb%40example.com"),
        ("with space@example.com", "with%20space%40example.com"),
        ("ünï@example.com", "%C3%BCn%C3%AF%40example.com"),
        ("a\ud800b@example.com", "a%ED%A0%80b%40example.com"),  # a lone surrogate, from JSON
    ],
)
def test_path_parameters_are_percent_encoded(email: str, encoded: str) -> None:
    recorder, client = answer(204)
    delete_pending_user.sync(G, A, email, client=client)
    assert recorder.last.url.raw_path.decode() == (
        f"/api/admin/v3.0/groups/{G}/apps/{A}/user_registrations/by_email/{encoded}"
    )


def test_send_confirmation_email_quotes_the_address_and_accepts_200_without_body() -> None:
    recorder, client = answer(200)
    assert send_confirmation_email.sync(G, A, "x+y@example.com", client=client) is None
    assert recorder.last.url.raw_path.endswith(b"/by_email/x%2By%40example.com/send_confirm")


def test_log_query_encodes_booleans_integers_and_date_times_with_offsets() -> None:
    recorder, client = answer(200, {"logs": []})
    plus_two = dt.timezone(dt.timedelta(hours=2))
    list_logs.sync(
        G,
        A,
        client=client,
        errors_only=True,
        skip=100,
        start_date=dt.datetime(2024, 5, 1, 12, 0, 0, 500000, tzinfo=plus_two),
        end_date=dt.datetime(2024, 5, 2, tzinfo=dt.UTC),
        user_id="u1",
        co_id="c1",
    )
    params = recorder.last.url.params
    assert params["errors_only"] == "true"
    assert params["skip"] == "100"
    assert params["start_date"] == "2024-05-01T12:00:00.500000+02:00"
    assert params["end_date"] == "2024-05-02T00:00:00+00:00"
    assert (params["user_id"], params["co_id"]) == ("u1", "c1")
    # "+" must not reach the server as a space
    assert b"start_date=2024-05-01T12%3A00%3A00.500000%2B02%3A00" in recorder.last.url.query


def test_unset_query_parameters_are_left_out() -> None:
    recorder, client = answer(200, {"logs": []})
    list_logs.sync(G, A, client=client)
    assert recorder.last.url.query == b""


def test_false_booleans_and_enums_in_the_query() -> None:
    recorder, client = answer(200, [])
    list_push_notifications.sync(G, A, client=client, state=PushNotificationState.DRAFT)
    assert recorder.last.url.params["state"] == "draft"
    recorder, client = answer(201, {"_id": A, "name": "app"})
    create_app.sync(G, client=client, body=AppCreate(name="app"), defaults=False)
    assert recorder.last.url.params["defaults"] == "false"


def test_execute_function_sends_run_as_system_and_arguments() -> None:
    recorder, client = answer(201, {"result": {"arg": "Hello world!"}, "logs": []})
    result = execute_function.sync(
        G,
        A,
        client=client,
        run_as_system=True,
        body=ExecuteFunctionRequest(name="echoArg", arguments=["Hello world!", {"n": 1}]),
    )
    assert recorder.last.url.params["run_as_system"] == "true"
    assert json.loads(recorder.last.content) == {
        "name": "echoArg",
        "arguments": ["Hello world!", {"n": 1}],
    }
    assert result.result == {"arg": "Hello world!"}


def test_request_bodies_serialize_enums_nested_models_and_leave_unset_fields_out() -> None:
    recorder, client = answer(201, {"_id": A, "name": "t"})
    create_trigger.sync(
        G,
        A,
        client=client,
        body=TriggerInput(
            name="onInsert",
            type_=TriggerType.DATABASE,
            function_id="f1",
            config=TriggerConfig(
                operation_types=[DatabaseOperationType.INSERT, DatabaseOperationType.UPDATE],
                database="db",
                collection="c",
                service_id="s1",
                match=JsonObject.from_dict({"fullDocument.x": {"$gt": 1}}),
            ),
        ),
    )
    assert json.loads(recorder.last.content) == {
        "name": "onInsert",
        "type": "DATABASE",
        "function_id": "f1",
        "disabled": False,
        "config": {
            "operation_types": ["INSERT", "UPDATE"],
            "database": "db",
            "collection": "c",
            "service_id": "s1",
            "match": {"fullDocument.x": {"$gt": 1}},
        },
    }


def test_arbitrary_json_values_and_list_bodies() -> None:
    recorder, client = answer(201, {"_id": A, "name": "v", "value": [1, {"a": None}]})
    created = create_value.sync(
        G, A, client=client, body=ValueInput(name="v", value=[1, {"a": None}])
    )
    assert json.loads(recorder.last.content) == {"name": "v", "value": [1, {"a": None}]}
    assert created.value == [1, {"a": None}]
    recorder, client = answer(204)
    set_allowed_request_origins.sync(
        G, A, client=client, body=["https://a.example", "http://b.example"]
    )
    assert json.loads(recorder.last.content) == ["https://a.example", "http://b.example"]


def test_extra_fields_set_on_a_request_model_are_sent() -> None:
    recorder, client = answer(201, {"_id": "p1"})
    body = AuthProviderCreate(type_=AuthProviderType.ANON_USER, name="anon-user")
    body["metadata_fields"] = []
    create_auth_provider.sync(G, A, client=client, body=body)
    assert json.loads(recorder.last.content) == {
        "type": "anon-user",
        "name": "anon-user",
        "metadata_fields": [],
    }


# ------------------------------------------------------------------ responses


def test_object_and_list_responses_parse_into_models() -> None:
    app = {
        "_id": A,
        "client_app_id": "app-abcde",
        "name": "app",
        "location": "US-VA",
        "group_id": G,
    }
    _, client = answer(200, app)
    parsed = get_app.sync(G, A, client=client)
    assert (parsed.id, parsed.client_app_id, parsed.location) == (A, "app-abcde", "US-VA")
    _, client = answer(200, [app, {**app, "_id": G}])
    apps = list_apps.sync(G, client=client)
    assert [a.id for a in apps] == [A, G]


def test_no_content_operations_return_none_for_any_success_status() -> None:
    for status in (204, 200, 202):
        _, client = answer(status)
        assert delete_app.sync(G, A, client=client) is None
    _, client = answer(200, {"unexpected": "but harmless"})
    assert delete_app.sync(G, A, client=client) is None


def test_update_function_accepts_the_page_s_200_and_the_service_s_204() -> None:
    body = FunctionInput(name="f", source="exports = () => 1;")
    _, client = answer(204)
    assert update_function.sync(G, A, X, client=client, body=body) is None
    _, client = answer(200, {"_id": "f1", "name": "f", "source": "exports = () => 1;"})
    updated = update_function.sync(G, A, X, client=client, body=body)
    assert updated is not None
    assert updated.source == "exports = () => 1;"


def test_drafts_list_accepts_an_array_or_one_object() -> None:
    draft = {"_id": "d1", "user_id": "u1", "app": {"_id": A, "name": "app"}}
    _, client = answer(200, [draft])
    as_list = list_drafts.sync(G, A, client=client)
    assert isinstance(as_list, list)
    assert as_list[0].id == "d1"
    _, client = answer(200, [])
    assert list_drafts.sync(G, A, client=client) == []
    _, client = answer(200, draft)
    single = list_drafts.sync(G, A, client=client)
    assert isinstance(single, Draft)
    assert not isinstance(single.app, Unset)
    assert single.app.name == "app"


@pytest.mark.parametrize("status", [200, 201])
def test_create_draft_accepts_200_and_201(status: int) -> None:
    _, client = answer(status, {"_id": "d1", "user_id": "u1"})
    detailed = create_draft.sync_detailed(G, A, client=client)
    assert detailed.status_code == status
    assert detailed.parsed.id == "d1"


def test_delete_trigger_answers_an_empty_object() -> None:
    _, client = answer(200, {})
    assert delete_trigger.sync(G, A, X, client=client).to_dict() == {}


def test_date_times_parse_with_z_offsets_and_milliseconds() -> None:
    page = {
        "logs": [
            {"started": "2024-05-01T12:00:00.123Z", "completed": "2024-05-01T14:00:01+02:00"},
        ],
        "nextEndDate": "2024-05-01T12:00:00.123Z",
        "nextSkip": 3,
    }
    _, client = answer(200, page)
    parsed = list_logs.sync(G, A, client=client)
    entry = parsed.logs[0]
    assert entry.started == dt.datetime(2024, 5, 1, 12, 0, 0, 123000, tzinfo=dt.UTC)
    assert isinstance(entry.completed, dt.datetime)
    assert entry.completed.utcoffset() == dt.timedelta(hours=2)
    assert entry.completed == dt.datetime(2024, 5, 1, 12, 0, 1, tzinfo=dt.UTC)
    assert parsed.next_end_date == entry.started
    assert parsed.next_skip == 3


def test_date_times_without_an_offset_are_read_as_utc() -> None:
    _, client = answer(
        200, {"logs": [{"started": "2024-05-01T12:00:00"}], "nextEndDate": "2024-05-01"}
    )
    parsed = list_logs.sync(G, A, client=client)
    assert parsed.logs[0].started == dt.datetime(2024, 5, 1, 12, tzinfo=dt.UTC)
    assert parsed.next_end_date == dt.datetime(2024, 5, 1, tzinfo=dt.UTC)


@pytest.mark.parametrize("value", ["secret-looking-value", ["secret-looking-value"], 17])
def test_a_bad_date_time_is_an_unexpected_body_that_does_not_quote_it(value: Any) -> None:
    _, client = answer(200, {"logs": [], "nextEndDate": value})
    page = list_logs.sync(G, A, client=client)  # a log page is decoded on first use
    with pytest.raises(errors.UnexpectedBody, match="nextEndDate") as caught:
        _ = page.next_end_date
    assert "secret-looking-value" not in str(caught.value)


def test_integer_epoch_fields_stay_integers() -> None:
    _, client = answer(200, [{"_id": "x", "deployed_at": 1714564800, "status": "successful"}])
    deployment = list_deployments.sync(G, A, client=client)[0]
    assert deployment.deployed_at == 1714564800
    assert type(deployment.deployed_at) is int
    assert dt.datetime.fromtimestamp(deployment.deployed_at, dt.UTC).year == 2024
    _, client = answer(
        200, {"_id": "u", "creation_date": 1714564800.0, "last_authentication_date": 0}
    )
    user = get_user.sync(G, A, X, client=client)
    assert (user.creation_date, type(user.creation_date)) == (1714564800, int)
    assert user.last_authentication_date == 0
    _, client = answer(
        200, [{"path": "/a.txt", "last_modified": 1714564800, "size": 3, "hash": "h"}]
    )
    assert list_hosting_assets.sync(G, A, client=client)[0].last_modified == 1714564800


def test_null_in_an_optional_field_means_absent() -> None:
    _, client = answer(
        200, {"_id": "x", "status": None, "status_error_message": None, "draft_id": "d"}
    )
    deployment = get_deployment.sync(G, A, X, client=client)
    assert deployment.status is UNSET
    assert deployment.status_error_message is UNSET
    assert deployment.draft_id == "d"


# ------------------------------------------------------------------ a changing service


def test_unknown_enum_values_and_fields_are_kept_and_serialize_back_unchanged() -> None:
    body = {
        "_id": "t1",
        "name": "on logout",
        "type": "AUTHENTICATION",
        "function_id": "f1",
        "disabled": False,
        "config": {"operation_type": "LOGOUT", "providers": ["anon-user"], "x-new": [1]},
        "event_processors": {"FUNCTION": {"config": {"function_name": "f"}}, "KAFKA": {"a": 1}},
        "last_modified": 1714564800,
        "x-new": "kept",
    }
    _, client = answer(200, body)
    trigger = get_trigger.sync(G, A, X, client=client)
    assert isinstance(trigger, AuthenticationTrigger)
    assert isinstance(trigger.config, AuthenticationTriggerConfig)
    assert trigger.config.operation_type == "LOGOUT"
    assert isinstance(trigger.config.operation_type, AuthOperationType)
    assert not trigger.config.operation_type.is_known
    assert trigger.config["x-new"] == [1]
    assert isinstance(trigger.event_processors, TriggerEventProcessors)
    assert trigger.event_processors["KAFKA"] == {"a": 1}
    assert trigger["x-new"] == "kept"
    assert trigger.to_dict() == body
    assert json.loads(json.dumps(trigger.to_dict())) == body


def test_a_trigger_of_an_unknown_type_keeps_every_field_and_round_trips() -> None:
    body = {
        "_id": "t1",
        "name": "nightly",
        "type": "SCHEDULED_V2",
        "function_id": "f1",
        "config": {"operation_type": 17, "schedule": "0 * * * *", "skip_catchup_events": True},
        "error_handler": {"config": {"enabled": "yes"}},
    }
    _, client = answer(200, body)
    trigger = get_trigger.sync(G, A, X, client=client)
    assert type(trigger) is Trigger  # the open fallback: its config's shape is not known
    assert trigger.type_ == "SCHEDULED_V2"
    assert isinstance(trigger.type_, TriggerType)
    assert not trigger.type_.is_known
    assert TriggerType.DATABASE.is_known
    assert trigger.config == body["config"]
    assert trigger["error_handler"] == body["error_handler"]
    assert trigger.to_dict() == body


def test_unknown_values_do_not_join_the_enum() -> None:
    assert LogEntryType("SYNC_FUTURE_KIND").value == "SYNC_FUTURE_KIND"
    assert "SYNC_FUTURE_KIND" not in [member.value for member in LogEntryType]
    assert DeploymentStatus("rolled_back") == DeploymentStatus("rolled_back")
    assert DeploymentStatus("successful") is DeploymentStatus.SUCCESSFUL


@pytest.mark.parametrize(
    "body",
    [
        {"_id": "t", "name": "n", "type": {"secret-looking-value": 1}},
        {
            "_id": "t",
            "name": "n",
            "type": "DATABASE",
            "config": {"operation_types": [["secret-looking-value"]]},
        },
        {"_id": "t", "name": "n", "type": "AUTHENTICATION", "config": {"operation_type": 17}},
    ],
)
def test_an_enum_value_of_the_wrong_type_is_an_unexpected_body_that_does_not_quote_it(
    body: dict[str, Any],
) -> None:
    _, client = answer(200, body)
    with pytest.raises(errors.UnexpectedBody, match="should be a string") as caught:
        get_trigger.sync(G, A, X, client=client)
    assert "secret-looking-value" not in str(caught.value)


def test_unknown_enum_value_in_a_list_of_enums_is_kept() -> None:
    config = TriggerConfig.from_dict({"operation_types": ["INSERT", "DROP_DATABASE"]})
    assert isinstance(config.operation_types, list)
    assert [str(op) for op in config.operation_types] == ["INSERT", "DROP_DATABASE"]
    assert config.to_dict() == {"operation_types": ["INSERT", "DROP_DATABASE"]}


def test_deployment_answered_with_the_page_s_app_shape_still_parses() -> None:
    app_shaped = {"_id": A, "client_app_id": "app-x", "name": "app", "location": "US-VA"}
    deployment = Deployment.from_dict(app_shaped)
    assert deployment.id == A
    assert deployment.status is UNSET
    assert deployment["client_app_id"] == "app-x"


# ------------------------------------------------------------------ what does not match


@pytest.mark.parametrize(
    ("status", "content", "content_type"),
    [
        (200, b"<html><body>Bad gateway</body></html>", "text/html"),
        (200, b'{"_id": "x", "name": ', "application/json"),
        (200, b"", "application/json"),
        (200, b"\xff\xfe\xfa", "application/json"),
        (200, b'["not", "an", "object"]', "application/json"),
        (200, b'{"_id": 17}', "application/json"),
        (200, b'{"name": "missing id"}', "application/json"),
        (200, b'{"_id": "x", "deployed_at": "yesterday"}', "application/json"),
        (200, b'{"_id": "x", "deployed_at": 1.5}', "application/json"),
        (200, b'{"_id": "x", "status": 3}', "application/json"),
        (200, b"[" * 100000, "application/json"),
    ],
)
def test_bodies_that_do_not_match_raise_unexpected_body(
    status: int, content: bytes, content_type: str
) -> None:
    _, client = answer(status, content=content, headers={"Content-Type": content_type})
    with pytest.raises(errors.UnexpectedBody) as caught:
        get_deployment.sync(G, A, X, client=client)
    assert caught.value.status_code == status
    assert caught.value.content == content


@pytest.mark.parametrize("status", [400, 401, 404, 409, 429, 500, 503, 299, 302, 599])
def test_statuses_other_than_the_documented_successes_raise_unexpected_status(status: int) -> None:
    _, client = answer(status, content=b'{"error": "no", "error_code": "X"}')
    with pytest.raises(errors.UnexpectedStatus) as caught:
        get_deployment.sync(G, A, X, client=client)
    assert caught.value.status_code == status


def test_a_client_subclass_chooses_the_exceptions() -> None:
    class Refused(Exception):
        pass

    class StrictClient(AuthenticatedClient):
        def unexpected_status(self, response: httpx.Response) -> Exception:
            return Refused(response.status_code)

        def unexpected_body(self, response: httpx.Response, cause: Exception) -> Exception:
            return Refused(type(cause).__name__)

    def handler(request: httpx.Request) -> httpx.Response:
        return (
            httpx.Response(404)
            if request.url.path.endswith("/" + GONE)
            else httpx.Response(200, text="<")
        )

    client = StrictClient(
        base_url="https://x", token="t", httpx_args={"transport": httpx.MockTransport(handler)}
    )
    with pytest.raises(Refused, match="404"):
        get_deployment.sync(G, A, GONE, client=client)
    with pytest.raises(Refused, match="JSONDecodeError"):
        get_deployment.sync(G, A, X, client=client)


def test_error_messages_do_not_quote_bodies() -> None:
    _, client = answer(200, content=b'{"access_token": 12, "refresh_token": "r-secret"}')
    from stitch_admin_client.api.administrator_auth import login  # noqa: PLC0415
    from stitch_admin_client.models import AdminAuthProviderType  # noqa: PLC0415

    with pytest.raises(errors.UnexpectedBody) as caught:
        login.sync(
            AdminAuthProviderType.MONGODB_CLOUD,
            client=client,
            body=LoginRequest(username="pub", api_key="k-secret"),
        )
    assert "r-secret" not in str(caught.value)
    assert "12" not in str(caught.value)


# ------------------------------------------------------------------ secrets and imports


def test_secrets_stay_out_of_reprs() -> None:
    text = repr(LoginRequest(username="public", api_key="private-key-value", password="pw-value"))
    assert "private-key-value" not in text
    assert "pw-value" not in text
    assert "public" in text
    tokens = LoginResponse.from_dict({"access_token": "acc-value", "refresh_token": "ref-value"})
    assert "acc-value" not in repr(tokens)
    assert "ref-value" not in repr(tokens)
    assert tokens.access_token == "acc-value"
    client = AuthenticatedClient(base_url="https://x", token="token-value")
    assert "token-value" not in repr(client)


def test_importing_the_client_does_not_import_every_model() -> None:
    code = (
        "import sys, stitch_admin_client\n"
        "from stitch_admin_client.api.apps import get_app\n"
        "from stitch_admin_client import models\n"
        "loaded = {m.rsplit('.', 1)[1] for m in sys.modules"
        " if m.startswith('stitch_admin_client.models.')}\n"
        "print(*sorted(n for n, m in models._MODULES.items() if m[1:] in loaded))\n"
        "from stitch_admin_client.models import LogPage\n"
        "print(LogPage.__name__)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    *loaded, name = result.stdout.split()
    # The App model and the enumerations its fields use, nothing unrelated.
    app = spec.load()["components"]["schemas"]["App"]["properties"]
    enums = {
        field["$ref"].rsplit("/", 1)[1]
        for field in app.values()
        if "$ref" in field and "enum" in spec.resolve(field)
    }
    assert set(loaded) == {"App", *enums}
    assert name == "LogPage"


def test_models_package_lists_every_model_for_dir_and_star_imports() -> None:
    from stitch_admin_client import models  # noqa: PLC0415

    schemas = spec.load()["components"]["schemas"]
    expected = {
        name
        for name, schema in schemas.items()
        if schema.get("type") == "object" or "enum" in schema or "allOf" in schema
    }
    assert set(models.__all__) == expected
    assert "Trigger" in dir(models)
    with pytest.raises(AttributeError):
        _ = models.NoSuchModel


# ------------------------------------------------------------------ JSON or a zip archive

CONFIGURATION = {"name": "app", "functions": [{"name": "f", "source": "exports = () => 1;"}]}
ARCHIVE = b"PK\x05\x06" + bytes(18)


def test_the_configuration_pull_asks_for_json_by_default() -> None:
    recorder, client = answer(200, CONFIGURATION)
    configuration = pull_app_configuration.sync(G, A, client=client)
    assert recorder.last.headers["Accept"] == "application/json"
    assert isinstance(configuration, AppConfiguration)
    assert configuration.name == "app"
    assert isinstance(configuration.functions, list)
    assert configuration.functions[0].name == "f"
    assert configuration.to_dict() == CONFIGURATION


def test_the_configuration_pull_asks_for_a_zip_archive_and_gets_its_bytes() -> None:
    headers = {"Content-Type": "application/zip; charset=binary"}
    recorder, client = answer(200, content=ARCHIVE, headers=headers)
    archive = pull_app_configuration.sync(G, A, client=client, accept="application/zip")
    assert recorder.last.headers["Accept"] == "application/zip"
    assert isinstance(archive, File)
    assert archive.payload.read() == ARCHIVE


def test_the_answer_s_media_type_decides_how_it_is_decoded() -> None:
    _, client = answer(200, CONFIGURATION)
    assert isinstance(
        pull_app_configuration.sync(G, A, client=client, accept="application/zip"),
        AppConfiguration,
    )
    _, client = answer(200, content=ARCHIVE, headers={"Content-Type": "application/zip"})
    detailed = pull_app_configuration.sync_detailed(G, A, client=client)
    assert isinstance(detailed.parsed, File)
    _, client = answer(200, content=b"not json", headers={"Content-Type": "text/plain"})
    with pytest.raises(errors.UnexpectedBody):
        pull_app_configuration.sync(G, A, client=client)


@pytest.mark.anyio
async def test_the_configuration_pull_negotiates_from_async_code_too() -> None:
    recorder, client = answer(200, content=ARCHIVE, headers={"Content-Type": "application/zip"})
    async with client:
        detailed = await pull_app_configuration.asyncio_detailed(
            G, A, client=client, accept="application/zip"
        )
        configuration = await pull_app_configuration.asyncio(G, A, client=client)
    assert recorder.requests[0].headers["Accept"] == "application/zip"
    assert isinstance(detailed.parsed, File)
    assert isinstance(configuration, File)  # the answer was a zip archive, whatever was asked


# ------------------------------------------------------------------ unions without a discriminator


def test_a_union_member_is_chosen_by_json_type_and_its_own_error_is_reported() -> None:
    _, client = answer(200, [{"_id": "d1"}])
    assert [draft.id for draft in list_drafts.sync(G, A, client=client)] == ["d1"]
    _, client = answer(200, {"_id": "d1"})
    draft = list_drafts.sync(G, A, client=client)
    assert isinstance(draft, Draft)
    _, client = answer(200, [{"_id": 7}])
    with pytest.raises(errors.UnexpectedBody, match="'_id' should be a string"):
        list_drafts.sync(G, A, client=client)
    _, client = answer(200, 7)
    with pytest.raises(errors.UnexpectedBody, match="documented types, not int"):
        list_drafts.sync(G, A, client=client)


def test_a_token_check_answers_claims_or_a_sentence() -> None:
    _, client = answer(200, {"sub": "u1", "exp": 1714564800})
    claims = verify_user_token.sync(G, A, client=client, body=UserTokenCheck(token="t"))
    assert isinstance(claims, UserTokenClaims)
    assert claims.sub == "u1"
    _, client = answer(200, "token expired")
    assert verify_user_token.sync(G, A, client=client, body=UserTokenCheck(token="t")) == (
        "token expired"
    )
    _, client = answer(200, {"exp": "soon"})
    with pytest.raises(errors.UnexpectedBody, match="'exp' should be an integer"):
        verify_user_token.sync(G, A, client=client, body=UserTokenCheck(token="t"))
