"""Drafts: group changes, then deploy them together or throw them away.

``with admin.draft(group_id, app_id) as draft:`` creates the draft (or, when the caller already
has one, raises, reuses or discards it per ``on_existing``), lets the block make its changes,
deploys on a normal exit and waits for the deployment to finish; if the block raises, the draft
is discarded and nothing is deployed. ``async with`` does the same on ``AsyncStitchAdmin``.

The decisions are procedures (see ``steps``) shared by both scopes.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from types import TracebackType
from typing import TYPE_CHECKING

from .arguments import check_id, check_ids
from .deployments import check_timeout, wait_for
from .errors import DraftExistsError, InvalidArgumentError, StitchAdminError
from .steps import Call, Procedure, run_async, run_sync

if TYPE_CHECKING:
    from stitch_admin_client.models import Deployment, Draft, DraftDiff

    from .client import StitchClient


class OnExisting(StrEnum):
    """What ``draft()`` does when the caller already has a draft for the application."""

    RAISE = "raise"  # raise DraftExistsError carrying the existing draft's id
    REUSE = "reuse"  # continue the existing draft (its earlier changes are deployed too)
    DISCARD = "discard"  # throw the existing draft away and start a new one


def on_existing_policy(value: object) -> OnExisting:
    if isinstance(value, str) and value in OnExisting._value2member_map_:
        return OnExisting(value)
    choices = ", ".join(repr(p.value) for p in OnExisting)
    raise InvalidArgumentError(f"on_existing must be one of {choices}, not {value!r}")


def as_list(answer: Draft | list[Draft]) -> list[Draft]:
    """The drafts of a ``list_drafts`` answer, which is an array or (per the page) one object."""
    return answer if isinstance(answer, list) else [answer]


def open_draft(group_id: str, app_id: str, policy: OnExisting) -> Procedure[Draft]:
    """Create a draft; if one exists, apply ``policy``."""
    ids = check_ids(group_id, app_id)
    # Twice at most: after discarding the existing draft (or if it vanished meanwhile).
    for _ in range(2):
        try:
            draft: Draft = yield Call("drafts.create_draft", ids)
            return draft
        except DraftExistsError as exists:
            existing = as_list((yield Call("drafts.list_drafts", ids)))
            if not existing:
                continue
            current = existing[0]
            if policy == OnExisting.REUSE:
                return current
            if policy != OnExisting.DISCARD:  # RAISE, or anything unexpected: never discard
                raise DraftExistsError(
                    f"{exists.message} (draft {current.id}; pass on_existing='reuse' or 'discard')",
                    draft_id=current.id,
                    status_code=exists.status_code,
                    error=exists.error,
                    error_code=exists.error_code,
                    method=exists.method,
                    path=exists.path,
                ) from None
            yield Call("drafts.discard_draft", {**ids, "draft_id": current.id})
    raise DraftExistsError(f"a draft for app {app_id} keeps reappearing; could not create one")


def deploy(
    group_id: str,
    app_id: str,
    draft_id: str,
    *,
    wait: bool,
    timeout: float,
    progress: Callable[[Deployment], None] | None = None,
) -> Procedure[Deployment]:
    """Deploy a draft and (unless ``wait`` is false) wait until the deployment is final."""
    ids = check_ids(group_id, app_id)
    check_id(draft_id, "draft_id")
    timeout = check_timeout(timeout)
    deployment: Deployment = yield Call("drafts.deploy_draft", {**ids, "draft_id": draft_id})
    if not wait:
        return deployment
    return (yield from wait_for(group_id, app_id, deployment, timeout, progress))


def diff(group_id: str, app_id: str, draft_id: str) -> Procedure[DraftDiff]:
    ids = {**check_ids(group_id, app_id), "draft_id": draft_id}
    result: DraftDiff = yield Call("drafts.get_draft_diff", ids)
    return result


def discard(group_id: str, app_id: str, draft_id: str) -> Procedure[None]:
    yield Call("drafts.discard_draft", {**check_ids(group_id, app_id), "draft_id": draft_id})


class _DraftScopeBase:
    """What both scopes know: the application, the policy, and afterwards the outcome."""

    def __init__(
        self,
        client: StitchClient,
        group_id: str,
        app_id: str,
        *,
        on_existing: object,
        timeout: float,
        progress: Callable[[Deployment], None] | None = None,
    ) -> None:
        check_ids(group_id, app_id)
        self._client = client
        self.group_id = group_id
        self.app_id = app_id
        self.on_existing = on_existing_policy(on_existing)
        self.timeout = check_timeout(timeout)
        self.progress = progress
        self._draft: Draft | None = None
        self._deployment: Deployment | None = None

    @property
    def draft(self) -> Draft:
        if self._draft is None:
            raise InvalidArgumentError("the draft is created when the `with` block is entered")
        return self._draft

    @property
    def deployment(self) -> Deployment:
        """The deployment the block ended with (successful: a failure raised instead)."""
        if self._deployment is None:
            raise InvalidArgumentError(
                "the draft is deployed when the `with` block ends without an error"
            )
        return self._deployment

    @property
    def deployed(self) -> bool:
        """Whether the block has ended and its draft was deployed."""
        return self._deployment is not None

    @property
    def id(self) -> str:
        return self.draft.id

    def __repr__(self) -> str:
        state = self._draft.id if self._draft is not None else "not created"
        return f"<{type(self).__name__} app={self.app_id} draft={state}>"

    def _opened(self) -> Procedure[Draft]:
        return open_draft(self.group_id, self.app_id, self.on_existing)

    def _closing(self, error: BaseException | None) -> Procedure[Deployment | None]:
        if error is None:
            return deploy(
                self.group_id,
                self.app_id,
                self.id,
                wait=True,
                timeout=self.timeout,
                progress=self.progress,
            )
        return _discard_after(self.group_id, self.app_id, self.id, error)


def _discard_after(
    group_id: str, app_id: str, draft_id: str, error: BaseException
) -> Procedure[None]:
    try:
        yield from discard(group_id, app_id, draft_id)
    except StitchAdminError as failure:
        # The block's own exception is what the caller must see; say what was left behind.
        error.add_note(f"stitch-admin: draft {draft_id} could not be discarded: {failure}")


class DraftScope(_DraftScopeBase):
    """``with admin.draft(...) as draft:`` (see the module documentation)."""

    def __enter__(self) -> DraftScope:
        self._draft = run_sync(self._opened(), self._client)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._deployment = run_sync(self._closing(exc), self._client)

    def diff(self) -> DraftDiff:
        """The changes collected so far, compared with the deployed application."""
        return run_sync(diff(self.group_id, self.app_id, self.id), self._client)


class AsyncDraftScope(_DraftScopeBase):
    """``async with admin.draft(...) as draft:`` (see the module documentation)."""

    async def __aenter__(self) -> AsyncDraftScope:
        self._draft = await run_async(self._opened(), self._client)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc is None:
            self._deployment = await run_async(self._closing(None), self._client)
            return
        # A cancelled block must still discard its draft: shield the discard from the cancel.
        import anyio

        with anyio.CancelScope(shield=True):
            await run_async(self._closing(exc), self._client)

    async def diff(self) -> DraftDiff:
        """The changes collected so far, compared with the deployed application."""
        return await run_async(diff(self.group_id, self.app_id, self.id), self._client)
