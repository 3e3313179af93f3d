"""The emulator's state: groups' applications, each with its deployed configuration, drafts,
deployments and runtime data (users, API keys, push notifications, pending registrations, log).

Every request handler runs with `Store.lock` held, so requests see and make consistent changes.
"""

from __future__ import annotations

import threading
import time

import attrs

from stitch_admin_emulator import app_config, deployments, ids
from stitch_admin_emulator.app_config import AppConfig, Document
from stitch_admin_emulator.deployments import Deployment, Outcome
from stitch_admin_emulator.log_store import LogStore
from stitch_admin_emulator.sessions import Sessions
from stitch_admin_emulator.settings import EmulatorConfig

MAX_LISTED_DEPLOYMENTS = 100


@attrs.define
class Draft:
    """An administrator's working copy: `config` starts as a copy of `base`, the deployed
    configuration when the draft was made; their difference is what a deploy applies."""

    id: str
    user_id: str
    base: AppConfig
    config: AppConfig

    def outcome_on(self, deployed: AppConfig) -> AppConfig:
        """What the deployed configuration would become if this draft were deployed now."""
        return app_config.apply_changes(deployed, self.base, self.config)


@attrs.define
class AppRecord:
    id: str
    group_id: str
    name: str
    client_app_id: str
    location: str
    deployment_model: str
    domain_id: str = attrs.field(factory=ids.object_id)
    created: int = attrs.field(factory=lambda: int(time.time()))
    deployed: AppConfig = attrs.field(factory=AppConfig)
    drafts: dict[str, Draft] = attrs.field(factory=dict)  # by administrator user id
    deployments: list[Deployment] = attrs.field(factory=list)  # oldest first
    outcomes: list[Outcome] = attrs.field(factory=list)  # for the next deployments, in order
    api_keys: dict[str, Document] = attrs.field(factory=dict)
    users: dict[str, Document] = attrs.field(factory=dict)
    devices: dict[str, list[Document]] = attrs.field(factory=dict)  # by user id
    pending_users: dict[str, Document] = attrs.field(factory=dict)  # by email
    push_notifications: dict[str, Document] = attrs.field(factory=dict)
    logs: LogStore = attrs.field(factory=LogStore)

    def document(self) -> Document:
        return {
            "_id": self.id,
            "client_app_id": self.client_app_id,
            "name": self.name,
            "location": self.location,
            "deployment_model": self.deployment_model,
            "domain_id": self.domain_id,
            "group_id": self.group_id,
            "product": "standard",
            "last_modified": self.created,
        }

    def config_for(self, user_id: str) -> AppConfig:
        """What an administrator reads and writes: their draft's copy, else the deployed one."""
        draft = self.drafts.get(user_id)
        return draft.config if draft is not None else self.deployed

    def settle(self, now: float | None = None) -> None:
        """Bring every deployment up to date, applying those that succeed, in finishing order."""
        now = time.monotonic() if now is None else now
        running = [d for d in self.deployments if not d.finished]
        for deployment in sorted(running, key=lambda d: d.finishes):
            if not deployment.advance(now):
                continue
            base, config = deployment.base, deployment.config
            deployment.base = deployment.config = None
            if deployment.status != deployments.SUCCESSFUL or base is None or config is None:
                continue
            merged = app_config.apply_changes(self.deployed, base, config)
            clash = app_config.name_clash(merged)
            if clash is None:
                self.deployed = merged
            else:
                deployment.fail(f"the deployed app would be invalid: {clash}")

    def start_deployment(self, draft: Draft, default_delay: float) -> Deployment:
        outcome = self.outcomes.pop(0) if self.outcomes else Outcome()
        deployment = Deployment(
            id=ids.object_id(),
            app_id=self.id,
            draft_id=draft.id,
            user_id=draft.user_id,
            base=draft.base,
            config=draft.config,
            outcome=outcome,
            delay=default_delay if outcome.delay is None else outcome.delay,
        )
        # Not settled here: the answer to the deploy always shows the deployment `created`.
        self.deployments.append(deployment)
        return deployment

    def recent_deployments(self) -> list[Deployment]:
        return self.deployments[::-1][:MAX_LISTED_DEPLOYMENTS]


class Store:
    """All state of one emulator. Hold `lock` while reading or changing anything in it."""

    def __init__(self, settings: EmulatorConfig) -> None:
        self.settings = settings
        self.lock = threading.RLock()
        self.sessions = Sessions(settings.access_token_ttl, settings.refresh_token_ttl)
        self.default_admin = self.sessions.add_admin(
            settings.public_key, settings.private_key, [settings.group_id]
        )
        self.apps: dict[str, AppRecord] = {}

    def reset(self) -> None:
        """Forget every application; administrators and their sessions stay."""
        with self.lock:
            self.apps = {}

    def apps_of_group(self, group_id: str) -> list[AppRecord]:
        return [app for app in self.apps.values() if app.group_id == group_id]

    def app_in_group(self, group_id: str, app_id: str) -> AppRecord | None:
        app = self.apps.get(app_id)
        return app if app is not None and app.group_id == group_id else None

    def create_app(self, group_id: str, name: str, location: str, model: str) -> AppRecord:
        app = AppRecord(
            id=ids.object_id(),
            group_id=group_id,
            name=name,
            client_app_id=f"{name}-{ids.lowercase_letters(5)}",
            location=location,
            deployment_model=model,
        )
        self.apps[app.id] = app
        return app
