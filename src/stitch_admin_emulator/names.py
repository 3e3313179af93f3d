"""The names the service accepts for each kind of resource, and hosted files' paths.

Names become file and folder names in exports and configuration directories, so nothing that
could leave a directory is accepted: no `..`, no absolute names, no backslashes, no control
characters. Functions may live in folders (`utils/format`), each segment a plain name.
"""

from __future__ import annotations

import re

from stitch_admin_emulator.errors import ApiError, bad_request

NAME_MAX_LENGTH = 64
# ASCII letters, digits, '_' and '-': what the service allows in most names.
_PLAIN = re.compile(r"[A-Za-z0-9_-]+")
_FUNCTION = re.compile(r"[A-Za-z0-9_-]+(?:/[A-Za-z0-9_-]+)*")
# Rules are named after a namespace (`database.collection`): dots and `$` too, not leading.
_RULE = re.compile(r"[A-Za-z0-9_$-][A-Za-z0-9_.$-]*")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# Free-text names (API keys) are never file names, but are still one printable line.
FREE_TEXT_MAX_LENGTH = 256
ASSET_PATH_MAX_LENGTH = 1024

_RULES: dict[str, tuple[re.Pattern[str], str]] = {
    "function": (_FUNCTION, "ASCII letters, digits, '_' and '-', in segments separated by '/'"),
    "rule": (_RULE, "ASCII letters, digits, '_', '-', '$' and '.', not starting with '.'"),
}
_DEFAULT_RULE = (_PLAIN, "ASCII letters, digits, '_' and '-'")
_FREE_TEXT = ("API key",)


def check(what: str, name: str, status: int = 400) -> None:
    """The service's error if `name` is not a valid name for a `what` (e.g. "function")."""
    if not name:
        raise ApiError(status, f"the {what} name must not be empty", "InvalidName")
    if what in _FREE_TEXT:
        if len(name) > FREE_TEXT_MAX_LENGTH or _CONTROL.search(name):
            raise ApiError(
                status,
                f"the {what} name must be at most {FREE_TEXT_MAX_LENGTH} characters on one line",
                "InvalidName",
            )
        return
    pattern, allowed = _RULES.get(what, _DEFAULT_RULE)
    if len(name) > NAME_MAX_LENGTH or not pattern.fullmatch(name):
        raise ApiError(
            status,
            f"the {what} name must be 1 to {NAME_MAX_LENGTH} characters: {allowed}",
            "InvalidName",
        )


def asset_path(path: str, what: str = "the path") -> str:
    """A hosted file's path as stored, or 400: absolute, no empty, `.` or `..` segment, no
    trailing slash, backslash or control character."""
    segments = path.split("/")
    if (
        not path.startswith("/")
        or len(path) > ASSET_PATH_MAX_LENGTH
        or "\\" in path
        or _CONTROL.search(path)
        or any(segment in ("", ".", "..") for segment in segments[1:])
    ):
        raise bad_request(
            f"{what} must be an absolute file path such as /index.html (no empty, '.' or '..' "
            f"segments, trailing '/', backslashes or control characters), not {path!r}",
            "InvalidPath",
        )
    return path


def is_safe_member(member: str) -> bool:
    """Whether an archive member name stays inside the folder it is extracted to."""
    segments = member.split("/")
    return (
        bool(member)
        and not member.startswith("/")
        and "\\" not in member
        and not _CONTROL.search(member)
        and all(segment not in ("", ".", "..") for segment in segments)
    )
