"""Keeping a session's tokens on disk between runs, readable by their owner only.

Like the JavaScript Server SDK's data directory (``$HOME/.stitch/<app>``): pass ``data_dir`` to
``login`` and the tokens are saved there after every login and refresh; ``resume`` starts a
session from them without logging in again; ``logout`` deletes them. The directory is created
with mode 0700 and the file is written atomically with mode 0600. A file that others can read,
or a directory that others can write to, is refused rather than used.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any, Final

import attrs

from .errors import InvalidArgumentError
from .redaction import Secret
from .tokens import sendable

FILE_NAME: Final = "admin-session.json"


@attrs.frozen
class StoredSession:
    api_url: str
    provider: str
    username: str
    user_id: str | None
    access_token: Secret
    refresh_token: Secret


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
        if not self.directory.exists():
            self.directory.mkdir(mode=0o700, parents=True)
            self.directory.chmod(0o700)  # mkdir's mode is filtered by the umask
        record = {
            "api_url": session.api_url,
            "provider": session.provider,
            "username": session.username,
            "user_id": session.user_id,
            "access_token": session.access_token.reveal(),
            "refresh_token": session.refresh_token.reveal(),
        }
        import tempfile

        handle, temporary = tempfile.mkstemp(dir=self.directory, prefix=".session.", suffix=".part")
        try:
            os.fchmod(handle, 0o600)
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(record, out)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temporary, self.path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise

    def load(self) -> StoredSession | None:
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
        try:
            record: Any = json.loads(self.path.read_text(encoding="utf-8"))
            stored = StoredSession(
                api_url=str(record["api_url"]),
                provider=str(record["provider"]),
                username=str(record["username"]),
                user_id=record["user_id"] if isinstance(record.get("user_id"), str) else None,
                access_token=Secret(str(record["access_token"])),
                refresh_token=Secret(str(record["refresh_token"])),
            )
            if not (
                sendable(stored.access_token.reveal()) and sendable(stored.refresh_token.reveal())
            ):
                raise ValueError("tokens that cannot be sent")
        except (ValueError, KeyError, TypeError, RecursionError) as exc:
            raise InvalidArgumentError(
                f"{self.path} is not a saved session ({type(exc).__name__})"
            ) from None
        return stored

    def delete(self) -> None:
        self.path.unlink(missing_ok=True)
