"""``StitchAdmin`` and ``AsyncStitchAdmin``: a logged-in administrator, the SDK's front door.

Both hold one ``Session`` and expose the same operations; ``StitchAdmin`` runs them in the
calling thread, ``AsyncStitchAdmin`` awaits them. The logic lives in the procedures of the
``drafts``, ``deployments``, ``hosting``, ``export`` and ``session`` modules, and in
``logs.Paginator``, which serves ``for`` and ``async for`` alike.

``admin.client`` is the generated client wired to the session: every function of
``stitch_admin_client.api`` works with it, sync (``.sync``) or async (``.asyncio``), on either
class.

The modules that do the work are imported by the methods that need them, so that importing
``StitchAdmin`` costs little more than importing httpx (BENCHMARKS.md, cold import).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar, overload

import httpx
from stitch_admin_client.bound import AdminScope, AsyncAdminScope

from .defaults import (
    DEFAULT_BASE_URL,
    DEFAULT_DEPLOY_TIMEOUT,
    DEFAULT_LATENESS,
    DEFAULT_POLL_INTERVAL,
    DEFAULT_REFRESH_SKEW,
)

if TYPE_CHECKING:
    from stitch_admin_client.models import AdminProfile, Deployment, LogEntry

    from . import hosting
    from .client import StitchClient
    from .drafts import AsyncDraftScope, DraftScope
    from .handles import AppHandle, AsyncAppHandle, AsyncGroupHandle, GroupHandle
    from .logs import LogCursor, LogEntriesPage, LogQuery, Paginator
    from .redaction import Secret
    from .retries import RetryPolicy
    from .session import Session, SessionOptions
    from .steps import Procedure

R = TypeVar("R")


def run_sync(procedure: Procedure[R], client: StitchClient) -> R:
    from .steps import run_sync

    return run_sync(procedure, client)


async def run_async(procedure: Procedure[R], client: StitchClient) -> R:
    from .steps import run_async

    return await run_async(procedure, client)


def _wrapped(value: object) -> Any:
    """A credential as a ``Secret`` (see ``redaction.wrapped``)."""
    from .redaction import wrapped

    return wrapped(value)


def _options(**given: Any) -> SessionOptions:
    from .session import SessionOptions

    return SessionOptions.build(**given)


def _login_session(
    options: SessionOptions, username: object, api_key: object, password: object, provider: object
) -> Session:
    from .session import Session

    return Session.for_login(
        options, provider=provider, username=username, api_key=api_key, password=password
    )


class _Admin:
    """What both classes share: the session, the client, and log reading."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} {str(self._session.api_url)!r}"
            f" provider={self._session.provider!r}"
            f" user_id={self._session.user_id!r}>"
        )

    @property
    def client(self) -> StitchClient:
        """The generated client, with authentication, refresh, retries and typed errors."""
        return self._session.client

    @property
    def user_id(self) -> str | None:
        """The administrator's MongoDB Cloud user id."""
        return self._session.user_id

    @property
    def api_url(self) -> httpx.URL:
        return self._session.api_url

    @classmethod
    def resume(
        cls,
        data_dir: str | os.PathLike[str],
        *,
        base_url: str | httpx.URL = DEFAULT_BASE_URL,
        api_key: str | Secret | None = None,
        password: str | Secret | None = None,
        retry: RetryPolicy | bool | None = None,
        refresh_skew: float = DEFAULT_REFRESH_SKEW,
        allow_insecure_http: bool = False,
        **httpx_options: Any,
    ) -> Self:
        """Continue the session saved in ``data_dir`` by an earlier ``login(data_dir=...)``.

        With ``api_key`` (or ``password``) the session can log in again once its refresh token
        dies; without, it then raises ``AuthenticationError``.
        """
        # First of all, so that no frame of this call holds a credential in clear.
        api_key, password = _wrapped(api_key), _wrapped(password)
        from .session import Session

        options = _options(
            base_url=base_url,
            retry=retry,
            refresh_skew=refresh_skew,
            allow_insecure_http=allow_insecure_http,
            data_dir=data_dir,
            httpx_options=httpx_options,
        )
        return cls(Session.resumed(options, api_key=api_key, password=password))

    @property
    def refreshes(self) -> int:
        """How many times this session refreshed its access token."""
        return self._session.state.refreshes

    def iter_logs(
        self,
        group_id: str,
        app_id: str,
        *,
        start_date: Any = None,
        end_date: Any = None,
        errors_only: bool | None = None,
        user_id: str | None = None,
        co_id: str | None = None,
        cursor: LogCursor | None = None,
        concurrency: int = 1,
        follow: bool = False,
        poll_interval: float | timedelta = DEFAULT_POLL_INTERVAL,
        lateness: float | timedelta = DEFAULT_LATENESS,
    ) -> Paginator[LogEntry]:
        """Every matching log entry, newest first, each exactly once (``for`` or ``async for``).

        Dates are timezone-aware datetimes or ISO 8601 strings; ``start_date`` is exclusive,
        ``end_date`` inclusive. ``cursor`` resumes an earlier read (``paginator.cursor``, or a
        page's ``cursor``). Pages are fetched as the iteration reaches them.

        ``concurrency=N`` reads up to N pages at once, from shards of the window that never
        overlap, and yields exactly what the sequential read yields, in the same order; memory
        stays bounded (a few pages per worker). Leaving the loop stops the workers.

        ``follow=True`` keeps yielding new entries as they arrive, oldest to newest, each once,
        polling every ``poll_interval`` seconds (after the log since ``start_date``, if given).
        Every entry that becomes readable no more than ``lateness`` seconds after its
        ``started`` time is yielded, late entries and bursts of one instant included: each poll
        reads the last ``lateness`` seconds again (see ``stitch_admin_ext.log_follow``). It ends
        only when the caller leaves the loop (``break``, cancellation, Ctrl-C).
        """
        from . import logs

        query = _log_query(
            group_id,
            app_id,
            start_date=start_date,
            end_date=end_date,
            errors_only=errors_only,
            user_id=user_id,
            co_id=co_id,
        )
        options = logs.LogOptions.build(
            cursor=cursor,
            concurrency=concurrency,
            follow=follow,
            poll_interval=poll_interval,
            lateness=lateness,
        )
        return logs.entries(self.client, query, options)

    def iter_log_pages(
        self,
        group_id: str,
        app_id: str,
        *,
        start_date: Any = None,
        end_date: Any = None,
        errors_only: bool | None = None,
        user_id: str | None = None,
        co_id: str | None = None,
        cursor: LogCursor | None = None,
        concurrency: int = 1,
    ) -> Paginator[LogEntriesPage]:
        """Pages of log entries, each with the ``cursor`` that resumes after it. With
        ``concurrency=N`` the pages are read N at a time and come out exactly as the sequential
        read's pages (same entries, same cursors)."""
        from . import logs

        query = _log_query(
            group_id,
            app_id,
            start_date=start_date,
            end_date=end_date,
            errors_only=errors_only,
            user_id=user_id,
            co_id=co_id,
        )
        options = logs.LogOptions.build(cursor=cursor, concurrency=concurrency)
        return logs.pages(self.client, query, options)


def _log_query(group_id: str, app_id: str, **filters: Any) -> LogQuery:
    from .logs import LogQuery

    return LogQuery.build(group_id, app_id, **filters)


class StitchAdmin(_Admin, AdminScope):
    """A logged-in administrator (blocking calls). Create it with ``StitchAdmin.login``.

    ``admin.group(group_id)`` and ``admin.app(group_id, app_id)`` give handles with every
    operation of their scope; the namespaces whose paths name no group are here
    (``admin.admin_auth.get_profile()``, ``admin.apps.list_provider_regions()``).
    """

    def __init__(self, session: Session) -> None:
        _Admin.__init__(self, session)
        AdminScope.__init__(self, session.client)

    def group(self, group_id: str) -> GroupHandle:
        """One group (Atlas project): ``admin.group(g).apps.create(name=...)``."""
        from .handles import GroupHandle

        return GroupHandle(self, group_id)

    def app(self, group_id: str, app_id: str) -> AppHandle:
        """One application: ``admin.app(g, a).functions.list()``, ``.draft()``..."""
        from .handles import AppHandle

        return AppHandle(self, group_id, app_id)

    def profile(self) -> AdminProfile:
        """The logged-in administrator's profile (``admin_auth.get_profile``)."""
        return self.admin_auth.get_profile()

    @classmethod
    def login(
        cls,
        username: str,
        api_key: str | Secret | None = None,
        *,
        password: str | Secret | None = None,
        provider: str = "mongodb-cloud",
        base_url: str | httpx.URL = DEFAULT_BASE_URL,
        retry: RetryPolicy | bool | None = None,
        refresh_skew: float = DEFAULT_REFRESH_SKEW,
        allow_insecure_http: bool = False,
        data_dir: str | os.PathLike[str] | None = None,
        **httpx_options: Any,
    ) -> Self:
        """Log in and return the session.

        ``username``/``api_key`` are an Atlas programmatic API key's public and private parts
        (provider ``mongodb-cloud``); with ``provider="local"`` pass ``password`` instead. A
        secret may be passed as a ``Secret``; a str is wrapped in one at once.
        ``base_url`` is the service's origin. ``retry`` takes a ``RetryPolicy`` (or ``False``).
        ``data_dir`` keeps the tokens on disk for ``resume``. Other keyword arguments go to
        httpx: ``timeout``, ``verify``, ``proxy``, ``transport``, ``event_hooks``, ``headers``...
        """
        # First of all, so that no frame of this call holds a credential in clear.
        api_key, password = _wrapped(api_key), _wrapped(password)
        options = _options(
            base_url=base_url,
            retry=retry,
            refresh_skew=refresh_skew,
            allow_insecure_http=allow_insecure_http,
            data_dir=data_dir,
            httpx_options=httpx_options,
        )
        session = _login_session(options, username, api_key, password, provider)
        admin = cls(session)
        try:
            run_sync(session.login(), session.client)
        except BaseException:
            admin.close()
            raise
        return admin

    def draft(
        self,
        group_id: str,
        app_id: str,
        *,
        on_existing: str = "raise",
        timeout: float = DEFAULT_DEPLOY_TIMEOUT,
        progress: Callable[[Deployment], None] | None = None,
    ) -> DraftScope:
        """``with admin.draft(group_id, app_id) as draft:`` — deploy on exit, discard on error.

        ``on_existing`` is ``"raise"`` (``DraftExistsError`` with the existing draft's id),
        ``"reuse"`` or ``"discard"``. ``timeout`` bounds the wait for the deployment;
        ``progress`` is called with the deployment after each poll.
        """
        from .drafts import DraftScope

        return DraftScope(
            self.client,
            group_id,
            app_id,
            on_existing=on_existing,
            timeout=timeout,
            progress=progress,
        )

    def deploy_draft(
        self,
        group_id: str,
        app_id: str,
        draft_id: str,
        *,
        wait: bool = True,
        timeout: float = DEFAULT_DEPLOY_TIMEOUT,
        progress: Callable[[Deployment], None] | None = None,
    ) -> Deployment:
        """Deploy a draft; by default wait until the deployment succeeds (or raise)."""
        from . import drafts

        return run_sync(
            drafts.deploy(
                group_id, app_id, draft_id, wait=wait, timeout=timeout, progress=progress
            ),
            self.client,
        )

    def wait_for_deployment(
        self,
        group_id: str,
        app_id: str,
        deployment: Deployment,
        *,
        timeout: float = DEFAULT_DEPLOY_TIMEOUT,
        progress: Callable[[Deployment], None] | None = None,
    ) -> Deployment:
        """Poll a deployment until it is final: the successful deployment, or an error."""
        from .deployments import wait_for

        return run_sync(wait_for(group_id, app_id, deployment, timeout, progress), self.client)

    def upload_asset(
        self,
        group_id: str,
        app_id: str,
        path: str,
        data: hosting.FileData,
        *,
        attrs: hosting.Attributes | None = None,
    ) -> None:
        """Upload (or replace) the hosted file at ``path`` from bytes, a Path or a binary file."""
        from .hosting import upload

        run_sync(upload(group_id, app_id, path, data, attrs), self.client)

    @overload
    def export_app(self, group_id: str, app_id: str, dest: None = None) -> bytes: ...
    @overload
    def export_app(
        self, group_id: str, app_id: str, dest: str | os.PathLike[str], *, mode: int = 0o600
    ) -> Path: ...
    def export_app(
        self,
        group_id: str,
        app_id: str,
        dest: str | os.PathLike[str] | None = None,
        *,
        mode: int = 0o600,
    ) -> bytes | Path:
        """The application's configuration as zip bytes, or written atomically to ``dest``
        with permissions ``mode`` (owner only by default: an export holds private values)."""
        from .export import export

        return run_sync(export(group_id, app_id, dest, mode), self.client)

    def logout(self) -> None:
        """Revoke the session's refresh token. Later calls raise ``AuthenticationError``."""
        run_sync(self._session.logout(), self.client)

    def close(self) -> None:
        """Release the connections (the session stays valid on the service; see ``logout``)."""
        http = self.client.sync_http
        if http is not None:
            http.close()

    async def aclose(self) -> None:
        """Like ``close``, and also closes the async client if ``admin.client`` built one."""
        self.close()
        http = self.client.async_http
        if http is not None:
            await http.aclose()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncStitchAdmin(_Admin, AsyncAdminScope):
    """A logged-in administrator (awaitable calls): ``await AsyncStitchAdmin.login(...)``.

    The same names as ``StitchAdmin``: ``admin.group(...)``, ``admin.app(...)``, the
    namespaces; their operations are awaitable.
    """

    def __init__(self, session: Session) -> None:
        _Admin.__init__(self, session)
        AsyncAdminScope.__init__(self, session.client)

    def group(self, group_id: str) -> AsyncGroupHandle:
        from .handles import AsyncGroupHandle

        return AsyncGroupHandle(self, group_id)

    def app(self, group_id: str, app_id: str) -> AsyncAppHandle:
        from .handles import AsyncAppHandle

        return AsyncAppHandle(self, group_id, app_id)

    async def profile(self) -> AdminProfile:
        return await self.admin_auth.get_profile()

    @classmethod
    async def login(
        cls,
        username: str,
        api_key: str | Secret | None = None,
        *,
        password: str | Secret | None = None,
        provider: str = "mongodb-cloud",
        base_url: str | httpx.URL = DEFAULT_BASE_URL,
        retry: RetryPolicy | bool | None = None,
        refresh_skew: float = DEFAULT_REFRESH_SKEW,
        allow_insecure_http: bool = False,
        data_dir: str | os.PathLike[str] | None = None,
        **httpx_options: Any,
    ) -> Self:
        """Log in and return the session (see ``StitchAdmin.login``)."""
        # First of all, so that no frame of this call holds a credential in clear.
        api_key, password = _wrapped(api_key), _wrapped(password)
        options = _options(
            base_url=base_url,
            retry=retry,
            refresh_skew=refresh_skew,
            allow_insecure_http=allow_insecure_http,
            data_dir=data_dir,
            httpx_options=httpx_options,
        )
        session = _login_session(options, username, api_key, password, provider)
        admin = cls(session)
        try:
            await run_async(session.login(), session.client)
        except BaseException:
            await admin.close()
            raise
        return admin

    def draft(
        self,
        group_id: str,
        app_id: str,
        *,
        on_existing: str = "raise",
        timeout: float = DEFAULT_DEPLOY_TIMEOUT,
        progress: Callable[[Deployment], None] | None = None,
    ) -> AsyncDraftScope:
        """``async with admin.draft(group_id, app_id) as draft:`` (see ``StitchAdmin.draft``)."""
        from .drafts import AsyncDraftScope

        return AsyncDraftScope(
            self.client,
            group_id,
            app_id,
            on_existing=on_existing,
            timeout=timeout,
            progress=progress,
        )

    async def deploy_draft(
        self,
        group_id: str,
        app_id: str,
        draft_id: str,
        *,
        wait: bool = True,
        timeout: float = DEFAULT_DEPLOY_TIMEOUT,
        progress: Callable[[Deployment], None] | None = None,
    ) -> Deployment:
        """Deploy a draft; by default wait until the deployment succeeds (or raise)."""
        from . import drafts

        return await run_async(
            drafts.deploy(
                group_id, app_id, draft_id, wait=wait, timeout=timeout, progress=progress
            ),
            self.client,
        )

    async def wait_for_deployment(
        self,
        group_id: str,
        app_id: str,
        deployment: Deployment,
        *,
        timeout: float = DEFAULT_DEPLOY_TIMEOUT,
        progress: Callable[[Deployment], None] | None = None,
    ) -> Deployment:
        """Poll a deployment until it is final: the successful deployment, or an error."""
        from .deployments import wait_for

        return await run_async(
            wait_for(group_id, app_id, deployment, timeout, progress), self.client
        )

    async def upload_asset(
        self,
        group_id: str,
        app_id: str,
        path: str,
        data: hosting.FileData,
        *,
        attrs: hosting.Attributes | None = None,
    ) -> None:
        """Upload (or replace) the hosted file at ``path`` from bytes, a Path or a binary file."""
        from .hosting import upload

        await run_async(upload(group_id, app_id, path, data, attrs), self.client)

    @overload
    async def export_app(self, group_id: str, app_id: str, dest: None = None) -> bytes: ...
    @overload
    async def export_app(
        self, group_id: str, app_id: str, dest: str | os.PathLike[str], *, mode: int = 0o600
    ) -> Path: ...
    async def export_app(
        self,
        group_id: str,
        app_id: str,
        dest: str | os.PathLike[str] | None = None,
        *,
        mode: int = 0o600,
    ) -> bytes | Path:
        """The application's configuration as zip bytes, or written atomically to ``dest``
        (see ``StitchAdmin.export_app``)."""
        from .export import export

        return await run_async(export(group_id, app_id, dest, mode), self.client)

    async def logout(self) -> None:
        """Revoke the session's refresh token. Later calls raise ``AuthenticationError``."""
        await run_async(self._session.logout(), self.client)

    async def close(self) -> None:
        """Release the connections (the session stays valid on the service; see ``logout``)."""
        http = self.client.async_http
        if http is not None:
            await http.aclose()
        sync_http = self.client.sync_http
        if sync_http is not None:
            sync_http.close()

    aclose = close

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
