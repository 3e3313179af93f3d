"""Where the emulator's state survives a restart: nowhere (`Volatile`), or a SQLite database in
a data directory (`Durable`).

The state is written as batches: everything one request changed (applications as JSON, new
log entries, hosted files' bytes, administrators, sessions, the token signing key) goes into
one SQLite transaction, committed before the answer is sent. SQLite's write-ahead log makes each
batch atomic and durable, so a process killed at any moment loses at most the request in
flight, and the database is never left half-written. A lock file keeps a second emulator from
opening the same directory.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import sqlite3
from pathlib import Path
from typing import Any

import attrs

SCHEMA_VERSION = 1
DATABASE_NAME = "emulator.sqlite3"
LOCK_NAME = "emulator.lock"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS admins (user_id TEXT PRIMARY KEY, state TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sessions (id TEXT PRIMARY KEY, state TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS apps (id TEXT PRIMARY KEY, state TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS logs (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    app_id TEXT NOT NULL,
    started_ms INTEGER NOT NULL,
    entry TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS logs_by_app ON logs (app_id, seq);
CREATE TABLE IF NOT EXISTS blobs (key TEXT PRIMARY KEY, data BLOB NOT NULL);
"""


class DataDirError(Exception):
    """The data directory cannot be used; the message says why."""


@attrs.define
class Batch:
    """What one transaction changed, in the form it is stored. Apps map to their JSON state,
    or to None when deleted; `reset` forgets every application first."""

    reset: bool = False
    apps: dict[str, str | None] = attrs.field(factory=dict)
    blobs: dict[str, bytes] = attrs.field(factory=dict)
    logs: list[tuple[str, int, str]] = attrs.field(factory=list)
    admins: dict[str, str] = attrs.field(factory=dict)
    sessions: dict[str, str] = attrs.field(factory=dict)
    meta: dict[str, str] = attrs.field(factory=dict)

    def __bool__(self) -> bool:
        return self.reset or any(
            (self.apps, self.blobs, self.logs, self.admins, self.sessions, self.meta)
        )


@attrs.frozen
class Loaded:
    """Everything a data directory held when it was opened."""

    meta: dict[str, str]
    admins: list[dict[str, Any]]
    sessions: list[dict[str, Any]]
    apps: list[dict[str, Any]]
    logs: dict[str, list[tuple[int, dict[str, Any]]]]  # by app id, in insertion order
    blobs: dict[str, bytes]


class Volatile:
    """No persistence: state lives and dies with the process."""

    durable = False

    def load(self) -> Loaded | None:
        return None

    def knows_blob(self, key: str) -> bool:
        return True

    def write(self, batch: Batch) -> None:
        return

    def forget_blobs_except(self, keep: set[str]) -> None:
        return

    def forget_sessions(self, session_ids: list[str]) -> None:
        return

    def close(self) -> None:
        return


class Durable:
    """A SQLite database in `directory` (created 0700 if missing)."""

    durable = True

    def __init__(self, directory: str | os.PathLike[str]) -> None:
        path = Path(directory)
        try:
            path.mkdir(mode=0o700, parents=True, exist_ok=True)
            if not path.is_dir():
                raise DataDirError(f"{path} is not a directory")
            self._lock_file = (path / LOCK_NAME).open("a")
        except OSError as exc:
            raise DataDirError(f"cannot use {path} as the data directory: {exc}") from exc
        try:
            fcntl.flock(self._lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            self._lock_file.close()
            raise DataDirError(f"{path} is in use by another emulator") from exc
        try:
            # Opened and used under the store's lock, from whichever thread holds it.
            self._db = sqlite3.connect(
                path / DATABASE_NAME, check_same_thread=False, isolation_level=None
            )
            self._db.execute("PRAGMA journal_mode=WAL")
            # FULL: a committed batch survives a power cut, not only a killed process.
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.executescript(_SCHEMA)
            version = self._db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
        except sqlite3.Error as exc:
            self.close()
            raise DataDirError(
                f"{path / DATABASE_NAME} is not an emulator database: {exc}"
            ) from exc
        if version is not None and version[0] != str(SCHEMA_VERSION):
            self.close()
            raise DataDirError(
                f"{path / DATABASE_NAME} has schema version {version[0]}, "
                f"this emulator reads version {SCHEMA_VERSION}"
            )
        self._db.execute(
            "INSERT OR IGNORE INTO meta (key, value) VALUES ('schema', ?)", (str(SCHEMA_VERSION),)
        )
        self._blobs: set[str] = set()

    def load(self) -> Loaded | None:
        db = self._db
        meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
        if "secret" not in meta:
            return None  # a new directory
        apps = [json.loads(state) for (state,) in db.execute("SELECT state FROM apps")]
        logs: dict[str, list[tuple[int, dict[str, Any]]]] = {}
        for app_id, started_ms, entry in db.execute(
            "SELECT app_id, started_ms, entry FROM logs ORDER BY seq"
        ):
            logs.setdefault(app_id, []).append((started_ms, json.loads(entry)))
        blobs = dict(db.execute("SELECT key, data FROM blobs").fetchall())
        self._blobs = set(blobs)
        return Loaded(
            meta=meta,
            admins=[json.loads(state) for (state,) in db.execute("SELECT state FROM admins")],
            sessions=[json.loads(state) for (state,) in db.execute("SELECT state FROM sessions")],
            apps=apps,
            logs=logs,
            blobs=blobs,
        )

    def knows_blob(self, key: str) -> bool:
        return key in self._blobs

    def write(self, batch: Batch) -> None:
        if not batch:
            return
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            if batch.reset:
                db.execute("DELETE FROM apps")
                db.execute("DELETE FROM logs")
                db.execute("DELETE FROM blobs")
            for app_id, state in batch.apps.items():
                if state is None:
                    db.execute("DELETE FROM apps WHERE id = ?", (app_id,))
                    db.execute("DELETE FROM logs WHERE app_id = ?", (app_id,))
                else:
                    db.execute(
                        "INSERT OR REPLACE INTO apps (id, state) VALUES (?, ?)", (app_id, state)
                    )
            db.executemany(
                "INSERT OR IGNORE INTO blobs (key, data) VALUES (?, ?)", batch.blobs.items()
            )
            db.executemany(
                "INSERT INTO logs (app_id, started_ms, entry) VALUES (?, ?, ?)", batch.logs
            )
            db.executemany(
                "INSERT OR REPLACE INTO admins (user_id, state) VALUES (?, ?)", batch.admins.items()
            )
            db.executemany(
                "INSERT OR REPLACE INTO sessions (id, state) VALUES (?, ?)", batch.sessions.items()
            )
            db.executemany(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", batch.meta.items()
            )
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        if batch.reset:
            self._blobs.clear()
        self._blobs.update(batch.blobs)

    def forget_blobs_except(self, keep: set[str]) -> None:
        """Delete hosted files' bytes that no application refers to any more."""
        unused = self._blobs - keep
        if unused:
            self._db.execute("BEGIN IMMEDIATE")
            self._db.executemany("DELETE FROM blobs WHERE key = ?", [(key,) for key in unused])
            self._db.execute("COMMIT")
            self._blobs -= unused

    def forget_sessions(self, session_ids: list[str]) -> None:
        if session_ids:
            self._db.execute("BEGIN IMMEDIATE")
            self._db.executemany("DELETE FROM sessions WHERE id = ?", [(s,) for s in session_ids])
            self._db.execute("COMMIT")

    def close(self) -> None:
        with contextlib.suppress(AttributeError, sqlite3.Error):
            self._db.close()
        with contextlib.suppress(OSError):
            self._lock_file.close()  # releases the lock


Persistence = Volatile | Durable
