"""What the response fuzzer drives: every generated operation, and the extension's own calls.

A ``Target`` belongs to one tag of the document. Its ``run`` draws the answers it needs, serves
them, makes its call through a ``Driver`` and checks the outcome. ``SyncDriver`` calls
``StitchAdmin`` and the generated ``sync`` functions; ``AsyncDriver`` calls ``AsyncStitchAdmin``
and the generated ``asyncio`` functions on one event loop. Targets are written once for both:
they hand the driver a function of the admin, and the driver calls or awaits it.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import io
import json
import logging
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Final

import attrs
import httpx
from hypothesis import strategies as st
from stitch_admin_client.api.administrator_auth import get_profile
from stitch_admin_client.models import Deployment

from stitch_admin_ext import AsyncStitchAdmin, RetryPolicy, StitchAdmin, errors

from . import fuzzing as fz
from . import spec
from . import strategies as sts

G, A = spec.OBJECT_ID, "6a7b8c9d0e1f2a3b4c5d6e7f"
# No real waiting: a retried request sleeps at most half a millisecond between attempts.
FAST_RETRY: Final = RetryPolicy(backoff_factor=0, max_backoff=0.0005, total_timeout=0.002)
DEPLOY_TIMEOUT: Final = 0.0005
OPERATIONS: Final = {op.operation_id: op for op in spec.operations()}


class Boom(Exception):
    """Raised inside a draft block by the fuzzer: it must come out unchanged."""


# ------------------------------------------------------------------ drivers


class _Logs(logging.Handler):
    """Keeps the package's log lines of one case, to check that they quote no secret."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.text = io.StringIO()

    def emit(self, record: logging.LogRecord) -> None:
        self.text.write(self.format(record) + "\n")


class Driver:
    """One flavour (sync or async) of calling: sessions, calls, iteration, draft blocks."""

    generated = "sync"

    def __init__(self) -> None:
        self.service = fz.FuzzService()
        self._admins: dict[bool, Any] = {}
        self._workdir = tempfile.TemporaryDirectory(prefix="stitch-fuzz-")
        self.workdir = Path(self._workdir.name)
        self._logger = logging.getLogger("stitch_admin_ext")

    def admin(self, *, retry: bool) -> Any:
        """The shared session with or without retries (its service answers what is queued)."""
        if retry not in self._admins:
            self.service.serve()
            self._admins[retry] = self.login(self.service, retry=retry)
        return self._admins[retry]

    def login(self, service: fz.FuzzService, *, retry: bool = False, **kwargs: Any) -> Any:
        raise NotImplementedError

    def call(self, function: Callable[[Any], Any], admin: Any) -> Any:
        raise NotImplementedError

    def collect(self, iterable: Any) -> list[Any]:
        raise NotImplementedError

    def in_draft(self, scope: Any, block: Callable[[Any], Any]) -> Any:
        """Enter ``scope``, run ``block(draft)`` (a call or a coroutine), exit; the deployment."""
        raise NotImplementedError

    def close(self, admin: Any) -> None:
        raise NotImplementedError

    def shutdown(self) -> None:
        for admin in self._admins.values():
            self.close(admin)
        self._admins.clear()
        self._workdir.cleanup()

    @contextlib.contextmanager
    def debug_logs(self, enabled: bool) -> Any:
        """With ``enabled``, the package logs at DEBUG during the case; its lines are checked."""
        if not enabled:
            yield
            return
        handler, level = _Logs(), self._logger.level
        self._logger.addHandler(handler)
        self._logger.setLevel(logging.DEBUG)
        try:
            yield
        finally:
            self._logger.removeHandler(handler)
            self._logger.setLevel(level)
        text = handler.text.getvalue()
        for secret in sts.SECRETS:
            assert secret not in text, text


def _login_kwargs(service: fz.FuzzService, retry: bool) -> dict[str, Any]:
    return {
        "username": fz.USERNAME,
        "api_key": sts.API_KEY,
        "base_url": fz.BASE_URL,
        "transport": httpx.MockTransport(service),
        "retry": FAST_RETRY if retry else False,
    }


class SyncDriver(Driver):
    generated = "sync"

    def login(self, service: fz.FuzzService, *, retry: bool = False, **kwargs: Any) -> Any:
        return StitchAdmin.login(**_login_kwargs(service, retry), **kwargs)

    def call(self, function: Callable[[Any], Any], admin: Any) -> Any:
        return function(admin)

    def collect(self, iterable: Any) -> list[Any]:
        return list(iterable)

    def in_draft(self, scope: Any, block: Callable[[Any], Any]) -> Any:
        with scope as draft:
            block(draft)
        return scope.deployment if scope.deployed else None

    def close(self, admin: Any) -> None:
        admin.close()


class AsyncDriver(Driver):
    generated = "asyncio"

    def __init__(self) -> None:
        super().__init__()
        self._runner = asyncio.Runner()

    def login(self, service: fz.FuzzService, *, retry: bool = False, **kwargs: Any) -> Any:
        return self._runner.run(AsyncStitchAdmin.login(**_login_kwargs(service, retry), **kwargs))

    def call(self, function: Callable[[Any], Any], admin: Any) -> Any:
        async def run() -> Any:
            return await function(admin)

        return self._runner.run(run())

    def collect(self, iterable: Any) -> list[Any]:
        async def run() -> list[Any]:
            return [item async for item in iterable]

        return self._runner.run(run())

    def in_draft(self, scope: Any, block: Callable[[Any], Any]) -> Any:
        async def run() -> Any:
            async with scope as draft:
                await block(draft)
            return scope.deployment if scope.deployed else None

        return self._runner.run(run())

    def close(self, admin: Any) -> None:
        self._runner.run(admin.close())

    def shutdown(self) -> None:
        super().shutdown()
        self._runner.close()


# ------------------------------------------------------------------ targets

Run = Callable[[st.DataObject, Driver], tuple[fz.Outcome, bool]]


@attrs.frozen
class Target:
    tag: str
    name: str
    run: Run = attrs.field(repr=False)


def call_generated(
    op: spec.Operation, answer: fz.Answer, driver: Driver, *, retry: bool
) -> fz.Outcome:
    """Call the generated function of ``op`` through ``admin.client``, answered with ``answer``,
    and check the outcome."""
    function = getattr(importlib.import_module(op.module), driver.generated)
    kwargs = spec.call_arguments(op)
    admin = driver.admin(retry=retry)
    driver.service.serve_all(answer)
    outcome = fz.observe(lambda: driver.call(lambda a: function(client=a.client, **kwargs), admin))
    fz.check_generated(op, answer, outcome)
    return outcome


def _generated(op: spec.Operation) -> Target:
    def run(data: st.DataObject, driver: Driver) -> tuple[fz.Outcome, bool]:
        answer = data.draw(fz.answers(op), label="answer")
        retry = data.draw(st.booleans(), label="retry")
        return call_generated(op, answer, driver, retry=retry), answer.valid

    return Target(op.tag, op.operation_id, run)


def _expect_status(answer: fz.Answer, outcome: fz.Outcome) -> None:
    """For the extension's calls: a non-2xx answer gave the error its status calls for."""
    if fz.expected_error(answer) is not None:
        fz.check_status_error(answer, outcome)


# -------------------------------------------------- administrator auth


def _login(data: st.DataObject, driver: Driver) -> tuple[fz.Outcome, bool]:
    """``StitchAdmin.login`` against a fuzzed login answer, then one call with the session."""
    answer = data.draw(fz.answers(OPERATIONS["login"]), label="login answer")
    service = fz.FuzzService()
    service.answer_logins(answer)
    retry = data.draw(st.booleans(), label="retry")
    outcome = fz.observe(lambda: driver.login(service, retry=retry))
    # Before a login succeeds, the only secret the client holds is its API key: a token the
    # service quotes in a failed login's error is one the client never received.
    fz.check_outcome(outcome, secrets=(sts.API_KEY,))
    _expect_status(answer, outcome)
    if answer.valid:
        assert outcome.error is None, outcome
    if outcome.error is None:
        admin = outcome.result
        service.answer_logins()
        function = getattr(get_profile, driver.generated)
        call = fz.observe(lambda: driver.call(lambda a: function(client=a.client), admin))
        fz.check_outcome(call)
        assert call.error is None, call
        driver.close(admin)
    return outcome, answer.valid


def _refresh(data: st.DataObject, driver: Driver) -> tuple[fz.Outcome, bool]:
    """An expired access token: the refresh (and the login after a dead refresh) answer fuzzed."""
    refresh = data.draw(fz.answers(OPERATIONS["refresh_session"]), label="refresh answer")
    relogin = data.draw(st.sampled_from([fz.OK_LOGIN, None]), label="login again")
    service = fz.FuzzService()
    admin = driver.login(service)
    service.answer_refreshes(refresh)
    if relogin is None:
        service.answer_logins(data.draw(fz.answers(OPERATIONS["login"]), label="login answer"))
    service.serve((lambda _: True, [fz.INVALID_SESSION, fz.DEFAULT]))
    function = getattr(get_profile, driver.generated)
    outcome = fz.observe(lambda: driver.call(lambda a: function(client=a.client), admin))
    fz.check_outcome(outcome)
    if refresh.valid:
        assert outcome.error is None, outcome
    if refresh.status not in (200, 201, 401):
        _expect_status(refresh, outcome)
    driver.close(admin)
    return outcome, refresh.valid


def _logout(data: st.DataObject, driver: Driver) -> tuple[fz.Outcome, bool]:
    """``logout()`` whatever the revoke answers: the session is over locally in every case."""
    answer = data.draw(fz.answers(OPERATIONS["revoke_session"]), label="revoke answer")
    service = fz.FuzzService()
    admin = driver.login(service)
    service.serve_all(answer)
    outcome = fz.observe(lambda: driver.call(lambda a: a.logout(), admin))
    fz.check_outcome(outcome)
    if answer.status == 401 and b'"InvalidSession"' in answer.content and answer.decodable:
        # The service no longer knows the refresh token: as logged out as it gets, no error.
        assert outcome.error is None, outcome
    else:
        _expect_status(answer, outcome)
    function = getattr(get_profile, driver.generated)
    after = fz.observe(lambda: driver.call(lambda a: function(client=a.client), admin))
    assert isinstance(after.error, errors.AuthenticationError), after
    driver.close(admin)
    return outcome, answer.valid


_STORED = {
    "api_url": fz.BASE_URL + fz.API,
    "provider": "mongodb-cloud",
    "username": fz.USERNAME,
    "user_id": "fuzz-user",
    "access_token": sts.ACCESS_TOKEN,
    "refresh_token": sts.REFRESH_TOKEN,
}
_STORED_SCHEMA = {
    "type": "object",
    "additionalProperties": True,
    "required": list(_STORED),
    "properties": {name: {"type": "string"} for name in _STORED},
}


def _resume(data: st.DataObject, driver: Driver) -> tuple[fz.Outcome, bool]:
    """``resume`` from a session file holding anything: a session, or InvalidArgumentError."""
    kind = data.draw(st.sampled_from(["saved", "mutated", "raw", "mode"]), label="file")
    content, mode, record = json.dumps(_STORED).encode(), 0o600, _STORED
    if kind == "mutated":
        record = data.draw(sts.mutated(_STORED_SCHEMA))[1]
        content = sts.encode(record)
    elif kind == "raw":
        content = data.draw(sts.raw_bodies(_STORED_SCHEMA))[1]
    elif kind == "mode":
        mode = data.draw(st.sampled_from([0o644, 0o640, 0o604, 0o660, 0o666, 0o700, 0o400]))
    directory = Path(tempfile.mkdtemp(dir=driver.workdir))
    path = directory / "admin-session.json"
    path.write_bytes(content)
    os.chmod(path, mode)
    service = fz.FuzzService()
    cls = StitchAdmin if isinstance(driver, SyncDriver) else AsyncStitchAdmin
    outcome = fz.observe(
        lambda: cls.resume(
            directory, base_url=fz.BASE_URL, transport=httpx.MockTransport(service), retry=False
        )
    )
    # The file's own tokens are its secrets; a message may quote its other fields (the URL).
    held = record if isinstance(record, dict) else {}
    secrets = [held.get(name) for name in ("access_token", "refresh_token")]
    fz.check_outcome(
        outcome, [s for s in secrets if isinstance(s, str) and len(s) >= 6], bodies=False
    )
    if kind == "saved" or (kind == "mode" and mode & 0o077 == 0):
        assert outcome.error is None, outcome
    if kind == "mode" and mode & 0o077:
        assert isinstance(outcome.error, errors.InvalidArgumentError), outcome
    if outcome.error is None:
        driver.close(outcome.result)
    return outcome, kind == "saved"


# -------------------------------------------------- logs


def _log_pages(entries: bool) -> Run:
    op = OPERATIONS["list_logs"]

    def run(data: st.DataObject, driver: Driver) -> tuple[fz.Outcome, bool]:
        pages = data.draw(st.lists(fz.answers(op), min_size=1, max_size=4), label="pages")
        admin = driver.admin(retry=data.draw(st.booleans(), label="retry"))
        driver.service.serve((lambda _: True, pages))
        end = data.draw(
            st.sampled_from([None, "2024-05-01T00:00:00Z", "2200-01-01T00:00:00+02:00"])
        )
        method = "iter_logs" if entries else "iter_log_pages"
        outcome = fz.observe(
            lambda: driver.collect(getattr(admin, method)(G, A, end_date=end, errors_only=True))
        )
        fz.check_outcome(outcome)
        return outcome, all(page.valid for page in pages) and len(pages) == 1

    return run


# -------------------------------------------------- drafts and deployments

_ID = "[^/]*"
_APP = f"/groups/{_ID}/apps/{_ID}"
DRAFT_ROUTES: Final = {
    "create_draft": fz.route("POST", f"{_APP}/drafts"),
    "list_drafts": fz.route("GET", f"{_APP}/drafts"),
    "discard_draft": fz.route("DELETE", f"{_APP}/drafts/{_ID}"),
    "deploy_draft": fz.route("POST", f"{_APP}/drafts/{_ID}/deployment"),
    "get_deployment": fz.route("GET", f"{_APP}/deployments/{_ID}"),
    "get_draft_diff": fz.route("GET", f"{_APP}/drafts/{_ID}/diff"),
}


def _serve_routes(data: st.DataObject, driver: Driver, names: Iterable[str]) -> list[fz.Answer]:
    served, answered = [], []
    for name in names:
        queue = data.draw(
            st.lists(fz.answers(OPERATIONS[name]), min_size=1, max_size=3), label=name
        )
        served.append((DRAFT_ROUTES[name], queue))
        answered += queue
    driver.service.serve(*served)
    return answered


def _draft_scope(data: st.DataObject, driver: Driver) -> tuple[fz.Outcome, bool]:
    """``with admin.draft(...)``: create (or per policy reuse/discard), block, deploy or discard."""
    admin = driver.admin(retry=data.draw(st.booleans(), label="retry"))
    answered = _serve_routes(data, driver, DRAFT_ROUTES)
    policy = data.draw(st.sampled_from(["raise", "reuse", "discard"]), label="on_existing")
    action = data.draw(st.sampled_from(["nothing", "diff", "raise"]), label="block")

    def block(draft: Any) -> Any:
        if action == "raise":
            raise Boom("the block failed")
        if action == "diff":
            return draft.diff()
        return asyncio.sleep(0) if isinstance(driver, AsyncDriver) else None

    scope = admin.draft(G, A, on_existing=policy, timeout=DEPLOY_TIMEOUT)
    try:
        outcome = fz.observe(lambda: driver.in_draft(scope, block))
    except Boom:
        outcome = fz.Outcome(result=Boom)
    fz.check_outcome(outcome)
    if outcome.result is not None and outcome.error is None:
        assert outcome.result is Boom or isinstance(outcome.result, Deployment), outcome
    return outcome, all(answer.valid for answer in answered)


def _deploy(data: st.DataObject, driver: Driver) -> tuple[fz.Outcome, bool]:
    admin = driver.admin(retry=data.draw(st.booleans(), label="retry"))
    answered = _serve_routes(data, driver, ["deploy_draft", "get_deployment"])
    wait = data.draw(st.booleans(), label="wait")
    outcome = fz.observe(
        lambda: driver.call(
            lambda a: a.deploy_draft(G, A, spec.OBJECT_ID, wait=wait, timeout=DEPLOY_TIMEOUT), admin
        )
    )
    fz.check_outcome(outcome)
    if outcome.error is None:
        assert isinstance(outcome.result, Deployment), outcome
    return outcome, all(answer.valid for answer in answered)


def _wait_for_deployment(data: st.DataObject, driver: Driver) -> tuple[fz.Outcome, bool]:
    admin = driver.admin(retry=data.draw(st.booleans(), label="retry"))
    answered = _serve_routes(data, driver, ["get_deployment"])
    schema = {"$ref": "#/components/schemas/Deployment"}
    started = Deployment.from_dict(data.draw(sts.valid(schema), label="deployment"))
    outcome = fz.observe(
        lambda: driver.call(
            lambda a: a.wait_for_deployment(G, A, started, timeout=DEPLOY_TIMEOUT), admin
        )
    )
    fz.check_outcome(outcome)
    if outcome.error is None:
        assert isinstance(outcome.result, Deployment), outcome
    return outcome, all(answer.valid for answer in answered)


# -------------------------------------------------- hosting and apps


def _upload(data: st.DataObject, driver: Driver) -> tuple[fz.Outcome, bool]:
    """``upload_asset``: the hand-built multipart request, under the same contract."""
    op = OPERATIONS["upload_hosting_asset"]
    answer = data.draw(fz.answers(op), label="answer")
    admin = driver.admin(retry=data.draw(st.booleans(), label="retry"))
    driver.service.serve_all(answer)
    content = data.draw(st.binary(max_size=64), label="content")
    attributes = data.draw(st.dictionaries(st.text(max_size=8), st.text(max_size=8), max_size=2))
    outcome = fz.observe(
        lambda: driver.call(
            lambda a: a.upload_asset(G, A, "/site/index.html", content, attrs=attributes), admin
        )
    )
    fz.check_generated(op, answer, outcome)
    return outcome, answer.valid


def _export(data: st.DataObject, driver: Driver) -> tuple[fz.Outcome, bool]:
    """``export_app``: a zip archive, in memory or written to a file, or an error."""
    answer = data.draw(fz.answers(OPERATIONS["export_app"]), label="answer")
    admin = driver.admin(retry=data.draw(st.booleans(), label="retry"))
    driver.service.serve_all(answer)
    dest = driver.workdir / "export.zip" if data.draw(st.booleans(), label="to a file") else None
    outcome = fz.observe(lambda: driver.call(lambda a: a.export_app(G, A, dest), admin))
    fz.check_outcome(outcome)
    _expect_status(answer, outcome)
    if answer.valid and answer.status == 200:
        assert outcome.error is None, outcome
        assert outcome.result == (dest if dest is not None else answer.content)
    return outcome, answer.valid


HELPERS: Final = (
    Target("Administrator auth", "StitchAdmin.login", _login),
    Target("Administrator auth", "admin refresh", _refresh),
    Target("Administrator auth", "admin.logout", _logout),
    Target("Administrator auth", "StitchAdmin.resume", _resume),
    Target("Logs", "admin.iter_logs", _log_pages(entries=True)),
    Target("Logs", "admin.iter_log_pages", _log_pages(entries=False)),
    Target("Drafts", "admin.draft", _draft_scope),
    Target("Drafts", "admin.deploy_draft", _deploy),
    Target("Deployments", "admin.wait_for_deployment", _wait_for_deployment),
    Target("Hosting", "admin.upload_asset", _upload),
    Target("Apps", "admin.export_app", _export),
)


def targets() -> dict[str, list[Target]]:
    """Every target, by tag."""
    by_tag: dict[str, list[Target]] = {}
    for op in spec.operations():
        if "x-stitch-admin-implemented-by" not in op.data:
            by_tag.setdefault(op.tag, []).append(_generated(op))
    for helper in HELPERS:
        by_tag[helper.tag].append(helper)
    return by_tag
