"""Deployments: a draft's changes on their way into the deployed configuration.

A deployment is `created`, then `pending` after half its delay, then `successful` (the draft's
changes are applied to the deployed configuration) or `failed` (nothing changes) once the
delay is over. A successful deployment keeps the configuration it resulted in (`result`), so
that it can be deployed again (a redeployment: a deployment of no draft); only the most
recent ones keep it (see `state.REDEPLOYABLE`).
Nothing runs in the background: `settle` is called whenever an application is looked up, so
every request sees exactly the state it would see had a timer fired at the right moment.
"""

from __future__ import annotations

import time
from typing import Any

import attrs

from stitch_admin_emulator.app_config import AppConfig, Blobs, Document

CREATED, PENDING, SUCCESSFUL, FAILED = "created", "pending", "successful", "failed"


@attrs.frozen
class Outcome:
    """How the next deployment of an application ends (set through the control endpoint)."""

    status: str = SUCCESSFUL
    error_message: str | None = None
    delay: float | None = None

    def state(self) -> Document:
        return attrs.asdict(self)

    @classmethod
    def from_state(cls, state: Document) -> Outcome:
        return cls(**state)


@attrs.define
class Deployment:
    id: str
    app_id: str
    draft_id: str
    user_id: str
    # The draft's starting point and its final state; dropped once the deployment ends.
    base: AppConfig | None = attrs.field(repr=False)
    config: AppConfig | None = attrs.field(repr=False)
    outcome: Outcome
    delay: float
    name: str = ""
    # The deployed configuration this deployment resulted in, while it can be redeployed.
    result: AppConfig | None = attrs.field(default=None, repr=False)
    started: float = attrs.field(factory=time.monotonic)
    deployed_at: int = attrs.field(factory=lambda: int(time.time()))
    status: str = CREATED
    error_message: str | None = None

    @property
    def finishes(self) -> float:
        return self.started + self.delay

    @property
    def finished(self) -> bool:
        return self.status in (SUCCESSFUL, FAILED)

    def advance(self, now: float) -> bool:
        """Move the status on; True when the deployment has just finished."""
        if self.finished:
            return False
        if now >= self.finishes:
            self.status = self.outcome.status
            if self.status == FAILED:
                self.error_message = self.outcome.error_message
            return True
        if now >= self.started + self.delay / 2:
            self.status = PENDING
        return False

    def document(self) -> dict[str, Any]:
        doc: dict[str, Any] = {
            "_id": self.id,
            "app_id": self.app_id,
            "user_id": self.user_id,
            "deployed_at": self.deployed_at,
            "origin": "API",
            "status": self.status,
        }
        # A push straight to the deployed configuration comes from no draft.
        if self.draft_id:
            doc["draft_id"] = self.draft_id
        if self.name:
            doc["name"] = self.name
        if self.status == FAILED and self.error_message:
            doc["status_error_message"] = self.error_message
        return doc

    def fail(self, message: str) -> None:
        self.status, self.error_message = FAILED, message

    def state(self) -> Document:
        """As JSON; the start is kept as a wall-clock time, which survives a restart."""
        return {
            "id": self.id,
            "app_id": self.app_id,
            "draft_id": self.draft_id,
            "user_id": self.user_id,
            "base": None if self.base is None else self.base.state(),
            "config": None if self.config is None else self.config.state(),
            "outcome": self.outcome.state(),
            "delay": self.delay,
            "name": self.name,
            "result": None if self.result is None else self.result.state(),
            "started_at": time.time() - (time.monotonic() - self.started),
            "deployed_at": self.deployed_at,
            "status": self.status,
            "error_message": self.error_message,
        }

    @classmethod
    def from_state(cls, state: Document, blobs: Blobs) -> Deployment:
        base, config, result = state["base"], state["config"], state.get("result")
        return cls(
            id=state["id"],
            app_id=state["app_id"],
            draft_id=state["draft_id"],
            user_id=state["user_id"],
            base=None if base is None else AppConfig.from_state(base, blobs),
            config=None if config is None else AppConfig.from_state(config, blobs),
            outcome=Outcome.from_state(state["outcome"]),
            delay=state["delay"],
            name=state.get("name", ""),
            result=None if result is None else AppConfig.from_state(result, blobs),
            started=time.monotonic() - (time.time() - state["started_at"]),
            deployed_at=state["deployed_at"],
            status=state["status"],
            error_message=state["error_message"],
        )

    def blobs(self) -> dict[str, bytes]:
        configs = (self.base, self.config, self.result)
        return {k: v for config in configs if config is not None for k, v in config.blobs().items()}
