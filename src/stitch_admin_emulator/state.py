"""The emulator's state: groups' applications, each with its deployed configuration, drafts,
deployments and runtime data (users, API keys, push notifications, pending registrations, log).

Every change happens inside `Store.transaction()`, which holds `Store.lock`: requests see and
make consistent changes, a transaction that fails leaves the state as it was (the applications
it touched are restored from snapshots), and one that succeeds is written to the data directory
as one batch (see `persistence`).
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import attrs

from stitch_admin_emulator import app_config, deployments, ids
from stitch_admin_emulator.app_config import AppConfig, Blobs, Document
from stitch_admin_emulator.deployments import Deployment, Outcome
from stitch_admin_emulator.log_store import LogStore
from stitch_admin_emulator.persistence import Batch, Persistence, Volatile
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

    def state(self) -> Document:
        return {
            "id": self.id,
            "user_id": self.user_id,
            "base": self.base.state(),
            "config": self.config.state(),
        }

    @classmethod
    def from_state(cls, state: Document, blobs: Blobs) -> Draft:
        return cls(
            state["id"],
            state["user_id"],
            AppConfig.from_state(state["base"], blobs),
            AppConfig.from_state(state["config"], blobs),
        )


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
    # Later families that change at once, outside drafts (secrets, ...): family -> id -> doc;
    # and single settings documents of the same kind, by name.
    collections: dict[str, dict[str, Document]] = attrs.field(factory=dict)
    singletons: dict[str, Document] = attrs.field(factory=dict)
    # The environment that selects environment values; "" for none.
    environment: str = ""
    logs: LogStore = attrs.field(factory=LogStore)

    # The fields kept as they are in `state()`: plain JSON documents.
    _PLAIN = (
        "id",
        "group_id",
        "name",
        "client_app_id",
        "location",
        "deployment_model",
        "domain_id",
        "created",
        "api_keys",
        "users",
        "devices",
        "pending_users",
        "push_notifications",
        "collections",
        "singletons",
        "environment",
    )

    def state(self) -> Document:
        """Everything but the log, as JSON (shared with the record: serialize it at once)."""
        state: Document = {name: getattr(self, name) for name in self._PLAIN}
        state |= {
            "deployed": self.deployed.state(),
            "drafts": {user: draft.state() for user, draft in self.drafts.items()},
            "deployments": [deployment.state() for deployment in self.deployments],
            "outcomes": [outcome.state() for outcome in self.outcomes],
        }
        return state

    @classmethod
    def from_state(cls, state: Document, blobs: Blobs, logs: LogStore) -> AppRecord:
        return cls(
            **{name: state[name] for name in cls._PLAIN if name in state},
            deployed=AppConfig.from_state(state["deployed"], blobs),
            drafts={
                user: Draft.from_state(draft, blobs) for user, draft in state["drafts"].items()
            },
            deployments=[Deployment.from_state(d, blobs) for d in state["deployments"]],
            outcomes=[Outcome.from_state(outcome) for outcome in state["outcomes"]],
            logs=logs,
        )

    def blobs(self) -> dict[str, bytes]:
        """The bytes of every hosted file any of the app's configurations holds."""
        found = self.deployed.blobs()
        for draft in self.drafts.values():
            found |= draft.base.blobs() | draft.config.blobs()
        for deployment in self.deployments:
            found |= deployment.blobs()
        return found

    def collection(self, family: str) -> dict[str, Document]:
        """The documents of a runtime family, by id (created empty on first use)."""
        return self.collections.setdefault(family, {})

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

    def settle(self, now: float | None = None) -> bool:
        """Bring every deployment up to date, applying those that succeed, in finishing order.
        True if anything changed."""
        now = time.monotonic() if now is None else now
        running = [d for d in self.deployments if not d.finished]
        changed = False
        for deployment in sorted(running, key=lambda d: d.finishes):
            before = deployment.status
            finished = deployment.advance(now)
            changed = changed or deployment.status != before
            if not finished:
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
        return changed

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


@attrs.define
class _Snapshot:
    """An application as a transaction found it: JSON text, and its hosted files' bytes."""

    text: str
    blobs: dict[str, bytes]


class Transaction:
    """The changes of one transaction: what to restore if it fails, what to write if not."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._snapshots: dict[str, _Snapshot | None] = {}  # None: the app did not exist
        self._dirty: set[str] = set()
        self.batch = Batch()

    def touch(self, app: AppRecord, *, snapshot: bool = True) -> None:
        """Mark an app as possibly changed: it is written when the transaction commits and,
        with `snapshot`, restored as it is now if the transaction fails."""
        if snapshot and app.id not in self._snapshots:
            self._snapshots[app.id] = _Snapshot(_dump(app.state()), app.blobs())
        self._dirty.add(app.id)

    def created(self, app: AppRecord) -> None:
        self._snapshots.setdefault(app.id, None)
        self._dirty.add(app.id)

    def journal(self, kind: str, key: str, value: Any) -> None:
        """A change of the administrators, sessions or settings (see `Sessions`)."""
        if kind == "meta":
            self.batch.meta[key] = str(value)
        elif kind == "admin":
            self.batch.admins[key] = _dump(value)
        else:
            self.batch.sessions[key] = _dump(value)

    def add_logs(self, app: AppRecord, entries: Iterable[tuple[int, Document]]) -> int:
        pairs = list(entries)
        app.logs.extend(pairs)
        if self._store.persistence.durable:
            self.batch.logs += [(app.id, ms, _dump(entry)) for ms, entry in pairs]
        return len(pairs)

    def reset(self) -> None:
        self._snapshots.clear()
        self._dirty.clear()
        self.batch.reset = True
        self.batch.apps.clear()
        self.batch.blobs.clear()
        self.batch.logs.clear()

    def rollback(self) -> None:
        apps = self._store.apps
        for app_id, snapshot in self._snapshots.items():
            current = apps.pop(app_id, None)
            if snapshot is not None:
                logs = current.logs if current is not None else LogStore()
                state = json.loads(snapshot.text)
                apps[app_id] = AppRecord.from_state(state, snapshot.blobs, logs)

    def commit(self) -> None:
        persistence = self._store.persistence
        if not persistence.durable:
            return
        batch = self.batch
        for app_id in self._dirty:
            app = self._store.apps.get(app_id)
            if app is None:
                batch.apps[app_id] = None
                continue
            text = _dump(app.state())
            snapshot = self._snapshots.get(app_id)
            if snapshot is not None and snapshot.text == text:
                continue
            batch.apps[app_id] = text
            for key, data in app.blobs().items():
                if not persistence.knows_blob(key):
                    batch.blobs[key] = data
        persistence.write(batch)


def _dump(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"))


class Store:
    """All state of one emulator. Change it only inside `transaction()`."""

    def __init__(self, settings: EmulatorConfig, persistence: Persistence | None = None) -> None:
        self.settings = settings
        self.persistence: Persistence = Volatile() if persistence is None else persistence
        self.lock = threading.RLock()
        self._transaction: Transaction | None = None
        self.sessions = Sessions(
            settings.access_token_ttl, settings.refresh_token_ttl, self._journal
        )
        self.apps: dict[str, AppRecord] = {}
        with self.transaction():
            loaded = self.persistence.load()
            if loaded is None:
                self.sessions.start()
            else:
                ended = self.sessions.restore(loaded.meta, loaded.admins, loaded.sessions)
                for state in loaded.apps:
                    logs = LogStore()
                    logs.extend(loaded.logs.get(state["id"], []))
                    self.apps[state["id"]] = AppRecord.from_state(state, loaded.blobs, logs)
            self.default_admin = self.sessions.ensure_admin(
                settings.public_key, settings.private_key, settings.group_id
            )
        if loaded is not None:
            self.persistence.forget_sessions(ended)
            in_use: set[str] = set()
            for app in self.apps.values():
                in_use |= app.blobs().keys()
            self.persistence.forget_blobs_except(in_use)

    @contextmanager
    def transaction(self) -> Iterator[Transaction]:
        """Hold the lock and gather changes; a nested transaction joins the outer one."""
        with self.lock:
            if self._transaction is not None:
                yield self._transaction
                return
            transaction = self._transaction = Transaction(self)
            try:
                yield transaction
            except BaseException:
                transaction.rollback()
                raise
            else:
                transaction.commit()
            finally:
                self._transaction = None

    @property
    def current(self) -> Transaction:
        """The transaction in progress (callers are inside `transaction()`)."""
        if self._transaction is None:
            raise RuntimeError("the state is changed outside a transaction")
        return self._transaction

    def _journal(self, kind: str, key: str, value: Any) -> None:
        self.current.journal(kind, key, value)

    def reset(self) -> None:
        """Forget every application; administrators and their sessions stay."""
        with self.transaction() as transaction:
            self.apps = {}
            transaction.reset()

    def close(self) -> None:
        self.persistence.close()

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
        self.current.created(app)
        return app

    def delete_app(self, app: AppRecord) -> None:
        self.current.touch(app)
        del self.apps[app.id]
