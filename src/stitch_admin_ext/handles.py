"""Handles: a group or an application, with every operation of its scope bound to it.

``admin.group(group_id)`` and ``admin.app(group_id, app_id)`` return these. They are the
generated scopes (``stitch_admin_client.bound``: ``handle.functions.create(...)``,
``handle.values.list()``... one namespace per resource family, every operation of the
document) plus the SDK's own helpers bound to the same ids: ``draft()``, ``iter_logs()``,
``upload_asset()``, ``export()``... which run the same procedures as the ``StitchAdmin`` methods
of the same names; and configuration as code, ``pull()``, ``diff()`` and ``push()``
(``config_sync``).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, TypedDict, Unpack, overload

from stitch_admin_client.bound import AppScope, AsyncAppScope, AsyncGroupScope, GroupScope
from stitch_admin_client.bound.hosting import AppHostingAPI, AsyncAppHostingAPI

from .admin import run_async, run_sync
from .arguments import check_id, check_ids
from .defaults import DEFAULT_DEPLOY_TIMEOUT

if TYPE_CHECKING:
    from stitch_admin_client.models import Deployment, LogEntry

    from .admin import AsyncStitchAdmin, StitchAdmin
    from .config_plan import Plan
    from .config_sync import PushResult, PushStep
    from .drafts import AsyncDraftScope, DraftScope
    from .hosting import Attributes, FileData
    from .logs import LogCursor, LogEntriesPage, Paginator


class LogFilter(TypedDict, total=False):
    """What selects a log's entries and where a read starts (see ``StitchAdmin.iter_logs``)."""

    start_date: datetime | str | None
    end_date: datetime | str | None
    errors_only: bool | None
    user_id: str | None
    co_id: str | None
    cursor: LogCursor | None
    concurrency: int


class LogRead(LogFilter, total=False):
    """``LogFilter``, and the follow mode of ``iter_logs``."""

    follow: bool
    poll_interval: float | timedelta
    lateness: float | timedelta


class GroupHandle(GroupScope):
    """One group (Atlas project): ``group.apps.list()``, ``group.apps.create(name=...)``..."""

    def __init__(self, admin: StitchAdmin, group_id: str) -> None:
        check_id(group_id, "group_id")
        super().__init__(admin.client, group_id)
        self._admin = admin

    def __repr__(self) -> str:
        return f"<GroupHandle group_id={self.group_id!r}>"

    def app(self, app_id: str) -> AppHandle:
        """One of the group's applications."""
        return AppHandle(self._admin, self.group_id, app_id)


class AsyncGroupHandle(AsyncGroupScope):
    """``GroupHandle`` for ``AsyncStitchAdmin``: the same names, awaitable."""

    def __init__(self, admin: AsyncStitchAdmin, group_id: str) -> None:
        check_id(group_id, "group_id")
        super().__init__(admin.client, group_id)
        self._admin = admin

    def __repr__(self) -> str:
        return f"<AsyncGroupHandle group_id={self.group_id!r}>"

    def app(self, app_id: str) -> AsyncAppHandle:
        return AsyncAppHandle(self._admin, self.group_id, app_id)


class HostingAPI(AppHostingAPI):
    """The hosting namespace, with the one operation the generator cannot build: the upload
    (a ``multipart/mixed`` body), which the SDK implements."""

    __slots__ = ()

    def upload_asset(self, path: str, data: FileData, *, attrs: Attributes | None = None) -> None:
        """Upload (or replace) the hosted file at ``path`` from bytes, a Path or a binary file;
        ``attrs`` are its attributes (``{"Content-Type": "text/html"}``)."""
        from .hosting import upload

        run_sync(upload(self._group_id, self._app_id, path, data, attrs), self._client)


class AsyncHostingAPI(AsyncAppHostingAPI):
    """``HostingAPI``, awaitable."""

    __slots__ = ()

    async def upload_asset(
        self, path: str, data: FileData, *, attrs: Attributes | None = None
    ) -> None:
        from .hosting import upload

        await run_async(upload(self._group_id, self._app_id, path, data, attrs), self._client)


class AppHandle(AppScope):
    """One application: ``app.functions``, ``app.values``, ``app.triggers``... and the helpers."""

    def __init__(self, admin: StitchAdmin, group_id: str, app_id: str) -> None:
        check_ids(group_id, app_id)
        super().__init__(admin.client, group_id, app_id)
        self._admin = admin

    def __repr__(self) -> str:
        return f"<AppHandle group_id={self.group_id!r} app_id={self.app_id!r}>"

    @property
    def hosting(self) -> HostingAPI:
        """Hosted files, the upload included (``hosting.upload_asset``)."""
        made = self._spaces.get("hosting")
        if made is None:
            made = self._spaces["hosting"] = HostingAPI(self._client, self.group_id, self.app_id)
        return made

    def draft(
        self,
        *,
        on_existing: str = "raise",
        timeout: float = DEFAULT_DEPLOY_TIMEOUT,
        progress: Callable[[Deployment], None] | None = None,
    ) -> DraftScope:
        """``with app.draft() as draft:`` — deploy on exit, discard on error (see
        ``StitchAdmin.draft``)."""
        return self._admin.draft(
            self.group_id, self.app_id, on_existing=on_existing, timeout=timeout, progress=progress
        )

    def deploy_draft(
        self,
        draft_id: str,
        *,
        wait: bool = True,
        timeout: float = DEFAULT_DEPLOY_TIMEOUT,
        progress: Callable[[Deployment], None] | None = None,
    ) -> Deployment:
        return self._admin.deploy_draft(
            self.group_id, self.app_id, draft_id, wait=wait, timeout=timeout, progress=progress
        )

    def wait_for_deployment(
        self,
        deployment: Deployment,
        *,
        timeout: float = DEFAULT_DEPLOY_TIMEOUT,
        progress: Callable[[Deployment], None] | None = None,
    ) -> Deployment:
        return self._admin.wait_for_deployment(
            self.group_id, self.app_id, deployment, timeout=timeout, progress=progress
        )

    def iter_logs(self, **read: Unpack[LogRead]) -> Paginator[LogEntry]:
        """Every matching log entry, newest first (see ``StitchAdmin.iter_logs``)."""
        return self._admin.iter_logs(self.group_id, self.app_id, **read)

    def iter_log_pages(self, **read: Unpack[LogFilter]) -> Paginator[LogEntriesPage]:
        """Pages of entries, each with its resume cursor (see ``StitchAdmin.iter_log_pages``)."""
        return self._admin.iter_log_pages(self.group_id, self.app_id, **read)

    def upload_asset(self, path: str, data: FileData, *, attrs: Attributes | None = None) -> None:
        """Upload (or replace) the hosted file at ``path``."""
        self._admin.upload_asset(self.group_id, self.app_id, path, data, attrs=attrs)

    @overload
    def export(self, dest: None = None) -> bytes: ...
    @overload
    def export(self, dest: str | os.PathLike[str], *, mode: int = 0o600) -> Path: ...
    def export(
        self, dest: str | os.PathLike[str] | None = None, *, mode: int = 0o600
    ) -> bytes | Path:
        """The application's configuration as zip bytes, or written atomically to ``dest``."""
        if dest is None:
            return self._admin.export_app(self.group_id, self.app_id)
        return self._admin.export_app(self.group_id, self.app_id, dest, mode=mode)

    def pull(
        self,
        dest: str | os.PathLike[str],
        *,
        deployment: str | None = None,
        template: bool = False,
    ) -> Path:
        """Write the app's configuration directory to ``dest``, replacing it atomically
        (``config_sync``): stable bytes for an unchanged app, secrets by name only.
        ``deployment`` pulls what an earlier deployment deployed; ``template`` leaves out the
        app's identity, environment and environment values."""
        from .config_sync import pull

        return run_sync(
            pull(self.group_id, self.app_id, dest, deployment=deployment, template=template),
            self._client,
        )

    def diff(self, src: str | os.PathLike[str], *, include_hosting: bool = False) -> Plan:
        """What pushing the directory ``src`` would change, by resource family
        (``str(plan)`` reads as a summary, ``plan.unified_diff()`` as ``diff -u``).
        ``InvalidConfigurationError`` lists every problem of a directory the service would
        refuse."""
        from .config_sync import diff

        return run_sync(
            diff(self.group_id, self.app_id, src, include_hosting=include_hosting), self._client
        )

    def push(
        self,
        src: str | os.PathLike[str],
        *,
        dry_run: bool = False,
        include_hosting: bool = False,
        timeout: float = DEFAULT_DEPLOY_TIMEOUT,
        on_existing: str = "raise",
        progress: Callable[[PushStep], None] | None = None,
        expected_plan: Plan | None = None,
    ) -> PushResult:
        """Make the app's configuration the directory ``src``: check it (every problem at
        once), do nothing if nothing changes, else apply the plan in one draft, deploy it
        and wait up to ``timeout`` seconds; a failure deploys nothing. ``include_hosting``
        also syncs hosted files by MD5; ``on_existing`` is ``draft()``'s policy for a draft
        the caller already has; ``progress`` sees each step; ``expected_plan`` refuses to push
        any other plan than the one given (``PlanChangedError``). Returns the plan and the
        deployment."""
        from .config_sync import push

        return run_sync(
            push(
                self.group_id,
                self.app_id,
                src,
                dry_run=dry_run,
                include_hosting=include_hosting,
                timeout=timeout,
                on_existing=on_existing,
                progress=progress,
                expected_plan=expected_plan,
            ),
            self._client,
        )


class AsyncAppHandle(AsyncAppScope):
    """``AppHandle`` for ``AsyncStitchAdmin``: the same names, awaitable."""

    def __init__(self, admin: AsyncStitchAdmin, group_id: str, app_id: str) -> None:
        check_ids(group_id, app_id)
        super().__init__(admin.client, group_id, app_id)
        self._admin = admin

    def __repr__(self) -> str:
        return f"<AsyncAppHandle group_id={self.group_id!r} app_id={self.app_id!r}>"

    @property
    def hosting(self) -> AsyncHostingAPI:
        made = self._spaces.get("hosting")
        if made is None:
            made = self._spaces["hosting"] = AsyncHostingAPI(
                self._client, self.group_id, self.app_id
            )
        return made

    def draft(
        self,
        *,
        on_existing: str = "raise",
        timeout: float = DEFAULT_DEPLOY_TIMEOUT,
        progress: Callable[[Deployment], None] | None = None,
    ) -> AsyncDraftScope:
        """``async with app.draft() as draft:`` (see ``AppHandle.draft``)."""
        return self._admin.draft(
            self.group_id, self.app_id, on_existing=on_existing, timeout=timeout, progress=progress
        )

    async def deploy_draft(
        self,
        draft_id: str,
        *,
        wait: bool = True,
        timeout: float = DEFAULT_DEPLOY_TIMEOUT,
        progress: Callable[[Deployment], None] | None = None,
    ) -> Deployment:
        return await self._admin.deploy_draft(
            self.group_id, self.app_id, draft_id, wait=wait, timeout=timeout, progress=progress
        )

    async def wait_for_deployment(
        self,
        deployment: Deployment,
        *,
        timeout: float = DEFAULT_DEPLOY_TIMEOUT,
        progress: Callable[[Deployment], None] | None = None,
    ) -> Deployment:
        return await self._admin.wait_for_deployment(
            self.group_id, self.app_id, deployment, timeout=timeout, progress=progress
        )

    def iter_logs(self, **read: Unpack[LogRead]) -> Paginator[LogEntry]:
        """Every matching log entry, newest first: ``async for`` (see ``iter_logs``)."""
        return self._admin.iter_logs(self.group_id, self.app_id, **read)

    def iter_log_pages(self, **read: Unpack[LogFilter]) -> Paginator[LogEntriesPage]:
        return self._admin.iter_log_pages(self.group_id, self.app_id, **read)

    async def upload_asset(
        self, path: str, data: FileData, *, attrs: Attributes | None = None
    ) -> None:
        await self._admin.upload_asset(self.group_id, self.app_id, path, data, attrs=attrs)

    @overload
    async def export(self, dest: None = None) -> bytes: ...
    @overload
    async def export(self, dest: str | os.PathLike[str], *, mode: int = 0o600) -> Path: ...
    async def export(
        self, dest: str | os.PathLike[str] | None = None, *, mode: int = 0o600
    ) -> bytes | Path:
        if dest is None:
            return await self._admin.export_app(self.group_id, self.app_id)
        return await self._admin.export_app(self.group_id, self.app_id, dest, mode=mode)

    async def pull(
        self,
        dest: str | os.PathLike[str],
        *,
        deployment: str | None = None,
        template: bool = False,
    ) -> Path:
        """See ``AppHandle.pull``."""
        from .config_sync import pull

        return await run_async(
            pull(self.group_id, self.app_id, dest, deployment=deployment, template=template),
            self._client,
        )

    async def diff(self, src: str | os.PathLike[str], *, include_hosting: bool = False) -> Plan:
        """See ``AppHandle.diff``."""
        from .config_sync import diff

        return await run_async(
            diff(self.group_id, self.app_id, src, include_hosting=include_hosting), self._client
        )

    async def push(
        self,
        src: str | os.PathLike[str],
        *,
        dry_run: bool = False,
        include_hosting: bool = False,
        timeout: float = DEFAULT_DEPLOY_TIMEOUT,
        on_existing: str = "raise",
        progress: Callable[[PushStep], None] | None = None,
        expected_plan: Plan | None = None,
    ) -> PushResult:
        """See ``AppHandle.push``."""
        from .config_sync import push

        return await run_async(
            push(
                self.group_id,
                self.app_id,
                src,
                dry_run=dry_run,
                include_hosting=include_hosting,
                timeout=timeout,
                on_existing=on_existing,
                progress=progress,
                expected_plan=expected_plan,
            ),
            self._client,
        )
