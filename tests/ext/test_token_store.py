"""TokenStore: saved sessions readable by their owner only, never shown in a repr."""

from __future__ import annotations

import fcntl
import json
import os
import signal
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from stitch_admin_ext.errors import InvalidArgumentError
from stitch_admin_ext.redaction import Secret
from stitch_admin_ext.token_store import FILE_NAME, StoredSession, TokenStore

ACCESS = "access-token-value-123"
REFRESH = "refresh-token-value-456"


def stored(access: str = ACCESS, refresh: str = REFRESH) -> StoredSession:
    return StoredSession(
        api_url="https://stitch.test/api/admin/v3.0",
        provider="mongodb-cloud",
        username="public-key",
        user_id="admin-user",
        access_token=Secret(access),
        refresh_token=Secret(refresh),
    )


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def permissive_umask() -> Iterator[None]:
    previous = os.umask(0)
    try:
        yield
    finally:
        os.umask(previous)


def test_save_load_delete_round_trip(tmp_path: Path) -> None:
    store = TokenStore(tmp_path / "data")
    assert store.load() is None
    store.save(stored())
    assert store.load() == stored()
    store.save(stored(access="second-access-token"))
    assert store.load() == stored(access="second-access-token")
    store.delete()
    assert store.load() is None
    store.delete()  # deleting twice is fine


def test_the_file_holds_the_tokens_as_json(tmp_path: Path) -> None:
    store = TokenStore(tmp_path)
    store.save(stored())
    record = json.loads((tmp_path / FILE_NAME).read_text(encoding="utf-8"))
    assert record == {
        "api_url": "https://stitch.test/api/admin/v3.0",
        "provider": "mongodb-cloud",
        "username": "public-key",
        "user_id": "admin-user",
        "access_token": ACCESS,
        "refresh_token": REFRESH,
    }


@pytest.mark.usefixtures("permissive_umask")
def test_modes_are_owner_only_even_with_a_permissive_umask(tmp_path: Path) -> None:
    directory = tmp_path / "a" / "b" / "stitch"
    store = TokenStore(directory)
    store.save(stored())
    assert mode_of(directory) == 0o700
    assert mode_of(store.path) == 0o600
    store.save(stored(access="again-access-token"))  # a replaced file keeps the mode
    assert mode_of(store.path) == 0o600
    assert sorted(p.name for p in directory.iterdir()) == [FILE_NAME]  # no temporary left


def test_the_directory_is_expanded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    store = TokenStore("~/.stitch")
    store.save(stored())
    assert (tmp_path / ".stitch" / FILE_NAME).is_file()


@pytest.mark.parametrize("mode", [0o640, 0o604, 0o660, 0o620, 0o601, 0o644, 0o666])
def test_a_file_other_users_can_access_is_refused(tmp_path: Path, mode: int) -> None:
    store = TokenStore(tmp_path)
    store.save(stored())
    store.path.chmod(mode)
    with pytest.raises(InvalidArgumentError, match="accessible by other users") as caught:
        store.load()
    assert "chmod 600" in str(caught.value)
    assert ACCESS not in str(caught.value)


@pytest.mark.parametrize("mode", [0o600, 0o400])
def test_owner_only_modes_are_accepted(tmp_path: Path, mode: int) -> None:
    store = TokenStore(tmp_path)
    store.save(stored())
    store.path.chmod(mode)
    assert store.load() == stored()


NAMES = {"api_url": "u", "provider": "p", "username": "n"}


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not json",
        b"null",
        b"[]",
        b'"a string"',
        b"{}",
        json.dumps({"api_url": "u", "provider": "p", "username": "n"}).encode(),
        json.dumps(
            {"api_url": "u", "provider": "p", "username": "n", "access_token": "a"}
        ).encode(),
        b"\xff\xfe\x00garbage",
        b'{"api_url": "u", "provider": "p",',
    ],
    ids=[
        "empty",
        "text",
        "null",
        "array",
        "string",
        "empty-object",
        "no-tokens",
        "no-refresh-token",
        "not-utf8",
        "truncated",
    ],
)
def test_a_corrupt_file_is_refused(tmp_path: Path, content: bytes) -> None:
    store = TokenStore(tmp_path)
    store.path.write_bytes(content)
    store.path.chmod(0o600)
    with pytest.raises(InvalidArgumentError, match="is not a saved session"):
        store.load()


def test_tokens_never_appear_in_reprs(tmp_path: Path) -> None:
    store = TokenStore(tmp_path)
    store.save(stored())
    loaded = store.load()
    for text in (repr(store), str(store), repr(stored()), repr(loaded), str(loaded)):
        assert ACCESS not in text
        assert REFRESH not in text
    assert repr(store) == f"TokenStore({str(tmp_path)!r})"


@pytest.mark.skipif(os.getuid() != 0, reason="changing a file's owner needs root")
def test_a_file_owned_by_another_user_is_refused(tmp_path: Path) -> None:
    store = TokenStore(tmp_path)
    store.save(
        StoredSession(
            api_url="https://x/api/admin/v3.0",
            provider="mongodb-cloud",
            username="u",
            user_id=None,
            access_token=Secret("access-0000"),
            refresh_token=Secret("refresh-0000"),
        )
    )
    os.chown(store.path, 4242, 4242)
    with pytest.raises(InvalidArgumentError, match="belongs to another user"):
        store.load()


# ---------------------------------------------------------------------------- leftovers

# Saves a session in the directory given as argv[1], and is killed in the middle of it (as by
# the OOM killer or a power cut): the temporary file, tokens and all, stays behind.
KILLED_SAVE = """
import os, signal, sys
from stitch_admin_ext.redaction import Secret
from stitch_admin_ext.token_store import StoredSession, TokenStore

os.fsync = lambda fd: os.kill(os.getpid(), signal.SIGKILL)
TokenStore(sys.argv[1]).save(StoredSession(
    api_url="https://stitch.test/api/admin/v3.0", provider="mongodb-cloud", username="u",
    user_id=None, access_token=Secret("killed-access"), refresh_token=Secret("killed-refresh"),
))
"""


def leftovers(directory: Path) -> list[str]:
    return sorted(path.name for path in directory.iterdir() if path.name.endswith(".part"))


def killed_while_saving(directory: Path) -> str:
    """The name of the temporary file a process killed while saving left in ``directory``."""
    process = subprocess.run([sys.executable, "-c", KILLED_SAVE, str(directory)], check=False)
    assert process.returncode == -signal.SIGKILL
    (left,) = leftovers(directory)
    assert left.startswith(".session.")
    assert "killed-refresh" in (directory / left).read_text(encoding="utf-8")
    return left


def test_the_next_save_removes_what_a_killed_save_left(tmp_path: Path) -> None:
    killed_while_saving(tmp_path)
    store = TokenStore(tmp_path)
    store.save(stored())
    assert leftovers(tmp_path) == []
    assert store.load() == stored()


def test_resuming_removes_what_a_killed_save_left(tmp_path: Path) -> None:
    store = TokenStore(tmp_path)
    store.save(stored())
    killed_while_saving(tmp_path)
    assert store.load() == stored()  # the last complete save
    assert leftovers(tmp_path) == []


def test_a_first_login_killed_while_saving_leaves_nothing_to_resume(tmp_path: Path) -> None:
    killed_while_saving(tmp_path)
    assert TokenStore(tmp_path).load() is None
    assert leftovers(tmp_path) == []


def test_a_save_in_progress_elsewhere_is_left_alone(tmp_path: Path) -> None:
    # Another process is writing its first session (it holds the directory's lock while it
    # saves): its temporary file is its session, not a leftover.
    in_progress = tmp_path / ".session.other.part"
    in_progress.write_text("{", encoding="utf-8")
    in_progress.chmod(0o600)
    descriptor = os.open(tmp_path, os.O_RDONLY)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        assert TokenStore(tmp_path).load() is None
        assert leftovers(tmp_path) == [in_progress.name]
    finally:
        os.close(descriptor)
    assert TokenStore(tmp_path).load() is None  # once it is done (or dead), it is a leftover
    assert leftovers(tmp_path) == []


# ---------------------------------------------------------------------------- malformed files

GOOD = {
    "api_url": "https://stitch.test/api/admin/v3.0",
    "provider": "mongodb-cloud",
    "username": "public-key",
    "user_id": "admin-user",
    "access_token": ACCESS,
    "refresh_token": REFRESH,
}


@pytest.mark.parametrize(
    "change",
    [
        {"access_token": None},
        {"refresh_token": None},
        {"access_token": 12345678},
        {"refresh_token": ["a", "list"]},
        {"access_token": ""},
        {"access_token": "has spaces in it"},
        {"api_url": None},
        {"api_url": 7},
        {"provider": None},
        {"provider": "oauth2-google"},
        {"username": None},
        {"username": ""},
        {"user_id": 42},
        {"user_id": {"id": "x"}},
    ],
    ids=lambda change: "-".join(f"{k}={v!r}" for k, v in change.items()),
)
def test_a_session_file_with_wrong_types_is_refused(
    tmp_path: Path, change: dict[str, object]
) -> None:
    store = TokenStore(tmp_path)
    store.path.write_text(json.dumps({**GOOD, **change}), encoding="utf-8")
    store.path.chmod(0o600)
    with pytest.raises(InvalidArgumentError, match="is not a saved session") as caught:
        store.load()
    (field,) = change
    assert field in str(caught.value)
    assert ACCESS not in str(caught.value)
    assert REFRESH not in str(caught.value)


@pytest.mark.parametrize("user_id", [None, "absent"])
def test_a_session_file_without_a_user_id_is_fine(tmp_path: Path, user_id: str | None) -> None:
    record = {k: v for k, v in GOOD.items() if not (k == "user_id" and user_id == "absent")}
    if user_id is None:
        record["user_id"] = None
    store = TokenStore(tmp_path)
    store.path.write_text(json.dumps({**record, "saved_by": "a later version"}), encoding="utf-8")
    store.path.chmod(0o600)
    loaded = store.load()
    assert loaded is not None
    assert loaded.user_id is None
    assert loaded.access_token == Secret(ACCESS)


# ---------------------------------------------------------------------------- directories


@pytest.mark.usefixtures("permissive_umask")
def test_every_folder_created_for_the_data_directory_is_private(tmp_path: Path) -> None:
    directory = tmp_path / "a" / "b" / "stitch"
    TokenStore(directory).save(stored())
    for created in (tmp_path / "a", tmp_path / "a" / "b", directory):
        assert mode_of(created) == 0o700, created
