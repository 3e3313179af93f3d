"""TokenStore: saved sessions readable by their owner only, never shown in a repr."""

from __future__ import annotations

import json
import os
import stat
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
