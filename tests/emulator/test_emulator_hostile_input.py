"""Input the service would refuse is refused, never stored, and the connection stays usable.

Every hostile request here must get a JSON 4xx with `error` and `error_code`, change nothing
(the app's listings and export answer exactly as before), and leave its keep-alive connection
able to carry the next request. `http.client` is used where the connection itself is checked:
it never reconnects behind the test's back.
"""

from __future__ import annotations

import hashlib
import http.client
import io
import json
import socket
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import TLS, client_for, login

from stitch_admin_emulator import EmulatorConfig, RunningEmulator, run_in_thread
from stitch_admin_emulator.api import apps as apps_module


class Connection:
    """One keep-alive HTTP connection to the emulator, logged in."""

    def __init__(self, emulator: RunningEmulator, token: str) -> None:
        self.connection = http.client.HTTPConnection("127.0.0.1", emulator.port, timeout=10)
        self.headers = {"Authorization": f"Bearer {token}"}
        self.prefix = "/api/admin/v3.0"
        self.socket: socket.socket | None = None

    def send(
        self, method: str, path: str, body: bytes | None = None, content_type: str | None = None
    ) -> tuple[int, bytes]:
        headers = dict(self.headers)
        if body is not None:
            headers["Content-Type"] = content_type or "application/json"
        self.connection.request(method, self.prefix + path, body=body, headers=headers)
        response = self.connection.getresponse()
        content = response.read()
        # The same socket every time: the server never hung up in between.
        if self.socket is None:
            self.socket = self.connection.sock
        assert self.connection.sock is self.socket, "the server closed the connection"
        assert response.getheader("Connection", "").lower() != "close"
        return response.status, content

    def close(self) -> None:
        self.connection.close()


@pytest.fixture
def raw(emulator: RunningEmulator, tokens: dict[str, Any]) -> Iterator[Connection]:
    connection = Connection(emulator, tokens["access_token"])
    yield connection
    connection.close()


def snapshot(api: httpx.Client, app: str) -> dict[str, Any]:
    """Everything the app shows, export included (decompressed: zip timestamps vary)."""
    seen: dict[str, Any] = {}
    for listing in ("", "/functions", "/values", "/services", "/triggers", "/hosting/assets"):
        response = api.get(f"{app}{listing}")
        assert response.status_code == 200, response.text
        seen[listing] = response.json()
    export = api.get(f"{app}/export")
    assert export.status_code == 200
    with zipfile.ZipFile(io.BytesIO(export.content)) as archive:
        seen["export"] = {name: archive.read(name) for name in archive.namelist()}
    return seen


def assert_refused(status: int, content: bytes, expected: int = 400) -> None:
    assert status == expected, content
    body = json.loads(content)
    assert body["error"]
    assert body["error_code"]


LONE = '"s\\ud800"'  # JSON text: a string ending in a lone surrogate escape


def nested(depth: int) -> str:
    return "[" * depth + "1" + "]" * depth


HOSTILE_BODIES = {
    "lone surrogate in a function name": f'{{"name": {LONE}, "source": "exports = 1"}}',
    "lone surrogate in a function source": f'{{"name": "f", "source": {LONE}}}',
    "lone surrogate in a key": '{"name": "f", "source": "x", "\\udc00": 1}',
    "NaN": '{"name": "f", "source": "x", "private": NaN}',
    "Infinity": '{"name": "f", "source": "x", "can_evaluate": {"a": Infinity}}',
    "-Infinity": '{"name": "f", "source": "x", "can_evaluate": {"a": -Infinity}}',
    "nested 950 levels": f'{{"name": "f", "source": "x", "can_evaluate": {{"a": {nested(950)}}}}}',
    "nested 101 levels": f'{{"name": "f", "source": "x", "can_evaluate": {{"a": {nested(99)}}}}}',
    "not UTF-8": b'{"name": "f\xff", "source": "x"}',
    "a huge number": '{"name": "f", "source": "x", "can_evaluate": {"n": ' + "9" * 5000 + "}}",
}


@pytest.mark.parametrize("body", HOSTILE_BODIES.values(), ids=HOSTILE_BODIES.keys())
def test_hostile_json_is_a_400_that_changes_nothing(
    api: httpx.Client, app: str, raw: Connection, body: str | bytes
) -> None:
    before = snapshot(api, app)
    content = body if isinstance(body, bytes) else body.encode()
    for path in (f"{app}/functions", f"{app}/values"):
        assert_refused(*raw.send("POST", path, content))
    assert_refused(
        *raw.send("POST", f"{app}/debug/execute_function_source?run_as_system=true", content)
    )
    status, _ = raw.send("GET", f"{app}/functions")
    assert status == 200
    assert snapshot(api, app) == before


def test_a_lone_surrogate_in_a_value_is_refused(
    api: httpx.Client, app: str, raw: Connection
) -> None:
    assert_refused(
        *raw.send("POST", f"{app}/values", f'{{"name": "v", "value": [{LONE}]}}'.encode())
    )
    assert api.get(f"{app}/values").json() == []


def test_valid_escapes_and_deep_enough_documents_are_accepted(
    api: httpx.Client, app: str, raw: Connection
) -> None:
    body = '{"name": "v", "value": {"emoji": "\\ud83d\\ude00", "deep": ' + nested(90) + "}}"
    status, content = raw.send("POST", f"{app}/values", body.encode())
    assert status == 201, content
    (value,) = api.get(f"{app}/values").json()
    assert api.get(f"{app}/values/{value['_id']}").json()["value"]["emoji"] == "\U0001f600"


def multipart_upload(meta: str, data: bytes = b"x") -> bytes:
    return (
        b"--b\r\nContent-Disposition: form-data; name=meta\r\n\r\n"
        + meta.encode()
        + b"\r\n--b\r\nContent-Disposition: form-data; name=file\r\n\r\n"
        + data
        + b"\r\n--b--\r\n"
    )


@pytest.mark.parametrize(
    "meta",
    [
        f'{{"path": {LONE}, "hash": "9dd4e461268c8034f5c8564e155c67a6", "size": 1}}',
        '{"path": "/a", "hash": "9dd4e461268c8034f5c8564e155c67a6", "size": 1, "x": '
        + nested(960)
        + "}",
        '{"path": "/a", "hash": "9dd4e461268c8034f5c8564e155c67a6", "size": NaN}',
    ],
    ids=["lone surrogate path", "nested 960 levels", "NaN size"],
)
def test_a_hostile_upload_meta_is_refused(
    api: httpx.Client, app: str, raw: Connection, meta: str
) -> None:
    status, content = raw.send(
        "PUT", f"{app}/hosting/assets/asset", multipart_upload(meta), "multipart/mixed; boundary=b"
    )
    assert_refused(status, content)
    assert api.get(f"{app}/hosting/assets").json() == []
    assert api.get(f"{app}/export").status_code == 200


# ------------------------------------------------------------------ unexpected failures


def test_an_unexpected_failure_is_a_json_500_that_undoes_the_change(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def half_done(config: Any) -> None:
        config.functions["x"] = {"_id": "x", "name": "half", "source": ""}
        raise RuntimeError("a bug in the middle of a change")

    monkeypatch.setattr(apps_module, "add_defaults", half_done)
    # Not the validating fixture: the document lists no 500, which only a bug can cause.
    with run_in_thread() as emulator:
        token = login(emulator)["access_token"]
        raw = Connection(emulator, token)
        with client_for(emulator, token) as api:
            check_undone(raw, api, f"/groups/{emulator.group_id}", monkeypatch)
        raw.close()


def check_undone(
    raw: Connection, api: httpx.Client, group: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    status, content = raw.send("POST", f"{group}/apps?defaults=true", b'{"name": "broken"}')
    assert status == 500
    body = json.loads(content)
    assert body["error_code"] == "InternalServerError"
    assert "RuntimeError" not in body["error"]
    assert "bug" not in body["error"]
    # The app it had created is gone again, and the connection still serves.
    status, content = raw.send("GET", f"{group}/apps")
    assert (status, json.loads(content)) == (200, [])
    monkeypatch.undo()
    assert api.post(f"{group}/apps", json={"name": "broken"}).status_code == 201


# ------------------------------------------------------------------ names and paths

BAD_NAMES = [
    "../../x",
    "/abs",
    "a\\b",
    "a\x00b",
    "tab\there",
    "line\nbreak",
    "..",
    ".",
    "a/../b",
    "",
]


@pytest.mark.parametrize("name", BAD_NAMES)
def test_names_that_could_leave_a_folder_are_refused(
    api: httpx.Client, app: str, name: str
) -> None:
    function = api.post(f"{app}/functions", json={"name": "f", "source": "exports = 1"}).json()
    service = api.post(f"{app}/services", json={"name": "s", "type": "mongodb"}).json()
    bodies: dict[str, dict[str, Any]] = {
        "/functions": {"name": name, "source": "exports = 1"},
        "/values": {"name": name, "value": 1},
        "/services": {"name": name, "type": "http"},
        "/triggers": {
            "name": name,
            "type": "SCHEDULED",
            "function_id": function["_id"],
            "config": {"schedule": "0 * * * *"},
        },
        "/auth_providers": {"name": name, "type": "anon-user"},
        f"/services/{service['_id']}/rules": {"name": name},
        f"/services/{service['_id']}/incoming_webhooks": {"name": name},
    }
    for path, body in bodies.items():
        response = api.post(f"{app}{path}", json=body)
        assert response.status_code == 400, (path, response.text)
        assert response.json()["error_code"] in ("InvalidName", "BadRequest")
    assert [f["name"] for f in api.get(f"{app}/functions").json()] == ["f"]
    assert api.get(f"{app}/values").json() == []


def test_functions_may_live_in_folders(api: httpx.Client, app: str) -> None:
    response = api.post(f"{app}/functions", json={"name": "utils/format", "source": "exports=1"})
    assert response.status_code == 201, response.text


BAD_PATHS = ["/a/../b", "/..", "/", "/.", "/a/", "/a//b", "a.html", "/a\x00", "/a\\b", "/a\x07"]


@pytest.mark.parametrize("path", BAD_PATHS)
def test_hosted_paths_that_are_not_plain_are_refused(
    api: httpx.Client, app: str, raw: Connection, path: str
) -> None:
    meta = json.dumps({"path": path, "hash": "9dd4e461268c8034f5c8564e155c67a6", "size": 1})
    status, content = raw.send(
        "PUT", f"{app}/hosting/assets/asset", multipart_upload(meta), "multipart/mixed; boundary=b"
    )
    assert_refused(status, content)
    assert api.get(f"{app}/hosting/assets").json() == []


def naive_extract(archive: bytes, dest: Path) -> None:
    """What a careless script does with an export: join each member name to the folder."""
    with zipfile.ZipFile(io.BytesIO(archive)) as zipped:
        for name in zipped.namelist():
            target = Path(str(dest) + "/" + name)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(zipped.read(name))


def test_an_export_extracts_safely_even_naively(
    api: httpx.Client, app: str, raw: Connection, tmp_path: Path
) -> None:
    # Every hostile name and path is tried, and the plain ones stored beside them.
    for name in BAD_NAMES:
        api.post(f"{app}/functions", json={"name": name, "source": "exports = 1"})
        api.post(f"{app}/values", json={"name": name, "value": 1})
    for path in BAD_PATHS:
        meta = json.dumps({"path": path, "hash": "9dd4e461268c8034f5c8564e155c67a6", "size": 1})
        raw.send(
            "PUT",
            f"{app}/hosting/assets/asset",
            multipart_upload(meta),
            "multipart/mixed; boundary=b",
        )
    api.post(f"{app}/functions", json={"name": "utils/ok", "source": "exports = 1"})
    meta = json.dumps(
        {"path": "/dir/ok.txt", "hash": "9dd4e461268c8034f5c8564e155c67a6", "size": 1}
    )
    raw.send(
        "PUT", f"{app}/hosting/assets/asset", multipart_upload(meta), "multipart/mixed; boundary=b"
    )
    dest = tmp_path / "inside" / "export"
    dest.mkdir(parents=True)
    naive_extract(api.get(f"{app}/export").content, dest)
    outside = [p for p in tmp_path.rglob("*") if not p.is_relative_to(dest) and p.is_file()]
    assert outside == []
    assert (dest / "functions" / "utils" / "ok" / "source.js").exists()
    assert (dest / "hosting" / "files" / "dir" / "ok.txt").read_bytes() == b"x"


# ------------------------------------------------------------------ sizes and time


@pytest.fixture
def small(tmp_path: Path) -> Iterator[RunningEmulator]:
    config = EmulatorConfig(max_body_bytes=4096, max_upload_bytes=8192, body_timeout=0.5)
    with run_in_thread(config) as running:
        yield running


def raw_request(
    emulator: RunningEmulator, head: bytes, body: bytes = b"", wait: float = 5
) -> bytes:
    """Send bytes on a fresh socket and return what comes back before the server is done."""
    with socket.create_connection(("127.0.0.1", emulator.port), timeout=wait) as sock:
        sock.sendall(head + body)
        chunks = []
        try:
            while chunk := sock.recv(65536):
                chunks.append(chunk)
                if b"\r\n\r\n" in b"".join(chunks):
                    header, _, rest = b"".join(chunks).partition(b"\r\n\r\n")
                    length = next(
                        (
                            int(line.split(b":", 1)[1])
                            for line in header.split(b"\r\n")
                            if line.lower().startswith(b"content-length:")
                        ),
                        0,
                    )
                    if len(rest) >= length:
                        break
        except TimeoutError:
            pytest.fail("no complete answer in time")
    return b"".join(chunks)


def status_of(answer: bytes) -> int:
    return int(answer.split(b" ", 2)[1])


def test_a_body_over_the_limit_is_a_413_without_reading_it(small: RunningEmulator) -> None:
    token = login(small)["access_token"]
    path = f"/api/admin/v3.0/groups/{small.group_id}/apps"
    # Declared: answered before a byte of the body is sent.
    head = (
        f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {token}\r\n"
        "Content-Type: application/json\r\nContent-Length: 1073741824\r\n\r\n"
    ).encode()
    answer = raw_request(small, head)
    assert status_of(answer) == 413
    assert b'"PayloadTooLarge"' in answer
    # Chunked, with no length announced: refused once the limit is passed.
    with client_for(small, token) as api:
        chunks = (b'{"name": "' + b"x" * 1000 for _ in range(100))
        response = api.post(f"/groups/{small.group_id}/apps", content=chunks)
        assert response.status_code == 413
        assert api.get(f"/groups/{small.group_id}/apps").json() == []


def test_an_anonymous_request_is_refused_before_its_body_is_read(small: RunningEmulator) -> None:
    head = (
        f"POST /api/admin/v3.0/groups/{small.group_id}/apps HTTP/1.1\r\nHost: localhost\r\n"
        "Content-Type: application/json\r\nContent-Length: 4000\r\n\r\n"
    ).encode()
    # Only the headers are sent: the answer comes anyway, without waiting for the body.
    answer = raw_request(small, head, wait=2)
    assert status_of(answer) == 401


def test_a_stalled_body_times_out_with_a_408(small: RunningEmulator) -> None:
    token = login(small)["access_token"]
    head = (
        f"POST /api/admin/v3.0/groups/{small.group_id}/apps HTTP/1.1\r\nHost: localhost\r\n"
        f"Authorization: Bearer {token}\r\nContent-Type: application/json\r\n"
        "Content-Length: 100\r\n\r\n"
    ).encode()
    answer = raw_request(small, head, b'{"name": ', wait=5)
    assert status_of(answer) == 408
    assert b'"RequestTimeout"' in answer


def test_uploads_have_their_own_limit(small: RunningEmulator) -> None:
    token = login(small)["access_token"]
    with client_for(small, token) as api:
        group = f"/groups/{small.group_id}"
        app = f"{group}/apps/{api.post(f'{group}/apps', json={'name': 'u'}).json()['_id']}"
        data = b"y" * 6000  # over the JSON limit, under the upload limit
        meta = json.dumps(
            {
                "path": "/big",
                "hash": hashlib.md5(data, usedforsecurity=False).hexdigest(),
                "size": len(data),
            }
        )
        response = api.put(
            f"{app}/hosting/assets/asset",
            content=multipart_upload(meta, data),
            headers={"Content-Type": "multipart/mixed; boundary=b"},
        )
        assert response.status_code == 204, response.text
        too_big = multipart_upload(meta, b"z" * 9000)
        response = api.put(
            f"{app}/hosting/assets/asset",
            content=too_big,
            headers={"Content-Type": "multipart/mixed; boundary=b"},
        )
        assert response.status_code == 413


@pytest.mark.parametrize(
    "content_type", ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data"]
)
def test_json_operations_refuse_other_media_types(
    api: httpx.Client, group: str, content_type: str
) -> None:
    response = api.post(
        f"{group}/apps", content=b'{"name": "x"}', headers={"Content-Type": content_type}
    )
    assert response.status_code == 415
    assert response.json()["error_code"] == "UnsupportedMediaType"
    assert api.get(f"{group}/apps").json() == []


# ------------------------------------------------------------------ a server on a shared machine


@pytest.mark.parametrize("host", ["attacker.example", "127.0.0.1.nip.io", "evil.localhost.example"])
def test_requests_to_another_host_name_are_misdirected(
    emulator: RunningEmulator, host: str
) -> None:
    for method, path in (
        ("GET", "/api/admin/v3.0/auth/providers"),
        ("GET", "/_emulator/health"),
        ("POST", "/_emulator/reset"),
    ):
        response = httpx.request(method, f"{emulator.base_url}{path}", headers={"Host": host})
        assert response.status_code == 421
        assert response.json()["error_code"] == "MisdirectedRequest"


@pytest.mark.parametrize("host", ["localhost", "app.localhost", "127.0.0.1", "127.9.9.9", "[::1]"])
def test_loopback_host_names_are_served(emulator: RunningEmulator, host: str) -> None:
    response = httpx.get(
        f"{emulator.base_url}/api/admin/v3.0/auth/providers", headers={"Host": f"{host}:1234"}
    )
    assert response.status_code == 200
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_allowed_hosts_can_be_configured() -> None:
    with run_in_thread(EmulatorConfig(allowed_hosts=("emulator.internal",))) as emulator:
        url = f"{emulator.base_url}/api/admin/v3.0/auth/providers"
        assert httpx.get(url, headers={"Host": "emulator.internal"}).status_code == 200
        assert httpx.get(url, headers={"Host": "other.internal"}).status_code == 421


def test_a_web_page_cannot_change_the_emulator(
    emulator: RunningEmulator, api: httpx.Client, group: str
) -> None:
    assert api.post(f"{group}/apps", json={"name": "kept"}).status_code == 201
    base = f"{emulator.base_url}/_emulator"
    admin = {
        "public_key": "attacker",
        "private_key": "attacker-key",
        "group_ids": [emulator.group_id],
    }
    # What a page can send without a preflight: a simple content type, no custom header.
    for content_type in ("text/plain", "application/x-www-form-urlencoded", None):
        headers = {} if content_type is None else {"Content-Type": content_type}
        assert httpx.post(f"{base}/reset", headers=headers).status_code == 403
        response = httpx.post(f"{base}/admins", content=json.dumps(admin), headers=headers)
        assert response.status_code == 403
        assert response.json()["error_code"] == "Forbidden"
    assert [app["name"] for app in api.get(f"{group}/apps").json()] == ["kept"]
    with httpx.Client(verify=TLS) as http:
        refused = http.post(
            f"{emulator.api_url}/auth/providers/mongodb-cloud/login",
            json={"username": "attacker", "apiKey": "attacker-key"},
        )
        assert refused.status_code == 401
    # The token, or a JSON body (which a page cannot send without asking first), is accepted.
    token = {"X-Emulator-Token": emulator.control_token}
    assert httpx.post(f"{base}/tokens/expire", headers=token).status_code == 204
    assert httpx.post(f"{base}/admins", json=admin).status_code == 201
    assert (
        httpx.post(f"{base}/tokens/expire", headers={"X-Emulator-Token": "wrong"}).status_code
        == 403
    )


def test_hosted_files_are_served_inert(
    emulator: RunningEmulator, api: httpx.Client, app: str
) -> None:
    page = b"<script>fetch('/_emulator/reset', {method: 'POST'})</script>"
    meta = json.dumps(
        {
            "path": "/x.html",
            "hash": hashlib.md5(page, usedforsecurity=False).hexdigest(),
            "size": len(page),
        }
    )
    response = api.put(
        f"{app}/hosting/assets/asset",
        content=multipart_upload(meta, page),
        headers={"Content-Type": "multipart/mixed; boundary=b"},
    )
    assert response.status_code == 204
    served = httpx.get(f"{emulator.base_url}/_emulator/hosting/{app.rsplit('/', 1)[1]}/x.html")
    assert served.content == page
    assert served.headers["X-Content-Type-Options"] == "nosniff"
    assert served.headers["Content-Security-Policy"] == "sandbox"


# ------------------------------------------------------------------ sessions at scale


def test_ended_sessions_are_swept_in_amortized_constant_time() -> None:
    from stitch_admin_emulator.sessions import Sessions  # noqa: PLC0415

    journal: list[Any] = []
    sessions = Sessions(60, 0.000001, lambda *change: journal.append(change))
    admin = sessions.add_admin("k", "secret-key", [])
    sweeps = 0
    original = sessions._sweep

    def counting(now: float) -> None:
        nonlocal sweeps
        size = len(sessions._sessions)
        original(now)
        if len(sessions._sessions) < size:
            sweeps += 1

    sessions._sweep = counting  # type: ignore[method-assign]
    for _ in range(20_000):
        sessions.login(admin.public_key, "secret-key")
    # Every session ends at once (a microsecond's lifetime): each sweep empties the table,
    # which then grows back to the threshold: a few sweeps, not one per login.
    assert len(sessions._sessions) <= 4096
    assert 1 <= sweeps <= 20_000 // 4096 + 1


def test_live_sessions_double_the_sweep_threshold() -> None:
    from stitch_admin_emulator.sessions import Sessions  # noqa: PLC0415

    sessions = Sessions(60, 3600, lambda *change: None)
    admin = sessions.add_admin("k", "secret-key", [])
    tokens = [sessions.login(admin.public_key, "secret-key") for _ in range(10_000)]
    assert len(sessions._sessions) == 10_000
    assert sessions._sweep_at >= 8192
    # Every one of them still authenticates.
    assert sessions.authenticate(tokens[0]["access_token"]) is admin
    assert sessions.authenticate(tokens[-1]["access_token"]) is admin
