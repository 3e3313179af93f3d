"""Keeping a session's tokens on disk between runs, readable by their owner only.

Like the JavaScript Server SDK's data directory (``$HOME/.stitch/<app>``): pass ``data_dir`` to
``login`` and the tokens are saved there after every login and refresh; ``resume`` starts a
session from them without logging in again; ``logout`` deletes them. The directory (and every
parent created for it) gets mode 0700 and the file is written atomically with mode 0600. A file
that others can read, a directory that others can write to, or a file that is not a session
(a field missing, ``null`` or of the wrong type) is refused rather than used.

A process killed while saving leaves its temporary file (``.session.*.part``, tokens included)
behind. The next save, or resume, removes such leftovers. A save holds an exclusive lock on the
directory (``flock``) while its temporary file exists, so a leftover is told from another
process's save in progress: while the lock is held, ``resume`` leaves the directory alone.

The tokens travel as ``Secret`` from the file to the session and back: neither reading nor
writing keeps them in a plain local variable that an error reporter could capture.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Final

import attrs

from .defaults import PROVIDERS
from .errors import InvalidArgumentError
from .files import private_directory, write_atomically
from .redaction import Secret
from .tokens import sendable

FILE_NAME: Final = "admin-session.json"
# The temporary files of a save: `.session.XXXXXXXX.part`.
_PART_PREFIX: Final = ".session."
_PART_PATTERN: Final = ".session.*.part"


@attrs.frozen
class StoredSession:
    api_url: str
    provider: str
    username: str
    user_id: str | None
    access_token: Secret
    refresh_token: Secret

    def encoded(self) -> Secret:
        """The file's content, wrapped: it holds the tokens."""
        return Secret(
            json.dumps(
                {
                    "api_url": self.api_url,
                    "provider": self.provider,
                    "username": self.username,
                    "user_id": self.user_id,
                    "access_token": self.access_token.reveal(),
                    "refresh_token": self.refresh_token.reveal(),
                }
            )
        )


class TokenStore:
    """One session file in a directory the caller names."""

    def __init__(self, directory: str | os.PathLike[str]) -> None:
        self.directory = Path(directory).expanduser()
        self.path = self.directory / FILE_NAME
        self._check_directory()

    def _check_directory(self) -> None:
        """Refuse a directory others may write to: they could replace the session file."""
        try:
            mode = self.directory.stat().st_mode
        except FileNotFoundError:
            return  # created with mode 0700 on the first save
        if mode & (stat.S_IWGRP | stat.S_IWOTH):
            raise InvalidArgumentError(
                f"{self.directory} can be written by other users (mode {stat.filemode(mode)}):"
                " keep the session in a private directory (`chmod 700` it)"
            )

    def __repr__(self) -> str:
        return f"TokenStore({str(self.directory)!r})"

    def save(self, session: StoredSession) -> None:
        private_directory(self.directory)
        with self._locked(wait=True):
            self._remove_leftovers()
            write_atomically(self.path, session.encoded(), mode=0o600, prefix=_PART_PREFIX)

    def load(self) -> StoredSession | None:
        with self._locked(wait=False) as locked:
            if locked:
                self._remove_leftovers()
        try:
            status = self.path.stat()
        except FileNotFoundError:
            return None
        mode = status.st_mode
        if status.st_uid != os.getuid():
            # Someone else's file in our directory could hand us their session.
            raise InvalidArgumentError(f"{self.path} belongs to another user; it is not used")
        if mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise InvalidArgumentError(
                f"{self.path} is accessible by other users (mode {stat.filemode(mode)}); it holds"
                " tokens: delete it or `chmod 600` it"
            )
        stored = _decoded(self.path)
        if isinstance(stored, str):
            # Raised here, outside any handler: no exception holding the file's text is chained.
            raise InvalidArgumentError(f"{self.path} is not a saved session ({stored})")
        return stored

    def delete(self) -> None:
        self.path.unlink(missing_ok=True)

    @contextlib.contextmanager
    def _locked(self, *, wait: bool) -> Iterator[bool]:
        """Hold the directory's lock (``True``), or, not waiting for it, ``False`` when another
        save holds it. A directory that does not exist yet needs no lock: ``False``."""
        try:
            descriptor = os.open(self.directory, os.O_RDONLY | os.O_DIRECTORY)
        except FileNotFoundError:
            yield False
            return
        try:
            try:
                fcntl.flock(descriptor, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
            except BlockingIOError:
                yield False
                return
            yield True  # closing the descriptor releases the lock
        finally:
            os.close(descriptor)

    def _remove_leftovers(self) -> None:
        """Remove the temporary files of saves that did not finish (the lock is held)."""
        for leftover in self.directory.glob(_PART_PATTERN):
            leftover.unlink(missing_ok=True)


def _decoded(path: Path) -> StoredSession | str:
    """The session in ``path``, or what is wrong with it (never quoting a value)."""
    try:
        record: Any = json.loads(Secret(path.read_text(encoding="utf-8")).reveal())
    except UnicodeDecodeError:
        return "not UTF-8"
    except (ValueError, RecursionError) as exc:
        return f"not JSON: {type(exc).__name__}"
    if not isinstance(record, dict):
        return "not a JSON object"
    problem = _problem(record)
    if problem is not None:
        return problem
    user_id = record.get("user_id")
    return StoredSession(
        api_url=record["api_url"],
        provider=record["provider"],
        username=record["username"],
        user_id=user_id if isinstance(user_id, str) else None,
        access_token=Secret(record["access_token"]),
        refresh_token=Secret(record["refresh_token"]),
    )


def _problem(record: dict[str, Any]) -> str | None:
    for name in ("api_url", "username"):
        value = record.get(name)
        if not isinstance(value, str) or not value:
            return f"{name} is {_kind(value)}, not a non-empty string"
    if record.get("provider") not in PROVIDERS:
        return f"provider is not one of {', '.join(PROVIDERS)}"
    user_id = record.get("user_id")
    if user_id is not None and not isinstance(user_id, str):
        return f"user_id is {_kind(user_id)}, not a string or null"
    for name in ("access_token", "refresh_token"):
        value = record.get(name)
        if not isinstance(value, str):
            return f"{name} is {_kind(value)}, not a string"
        if not sendable(value):
            return f"{name} is not a token that can be sent (empty, or not printable ASCII)"
    return None


def _kind(value: object) -> str:
    """A value's JSON kind, for messages (the value itself may be a token)."""
    if value is None:
        return "missing or null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "an empty string"
    return "an array" if isinstance(value, list) else "an object"
