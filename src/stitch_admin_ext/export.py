"""Exporting an application: its configuration as zip bytes, or written atomically to a file.

A file written by ``export_app(..., dest=path)`` is either the complete archive or absent: the
bytes go to a temporary file next to ``dest`` that then replaces it in one step.
"""

from __future__ import annotations

import io
import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import InvalidArgumentError, UnexpectedResponseError
from .steps import Call, Offload, Procedure

if TYPE_CHECKING:
    from stitch_admin_client.types import File


def write_atomically(dest: Path, content: bytes) -> Path:
    dest = dest.expanduser()
    if dest.is_dir():
        raise InvalidArgumentError(f"dest {str(dest)!r} is a directory: name the zip file to write")
    if not dest.parent.is_dir():
        raise InvalidArgumentError(f"dest's directory {str(dest.parent)!r} does not exist")
    import tempfile

    handle, temporary = tempfile.mkstemp(dir=dest.parent, prefix=f".{dest.name}.", suffix=".part")
    try:
        # mkstemp makes the file private; an export is an ordinary file (or keeps the mode of
        # the file it replaces).
        os.fchmod(handle, stat.S_IMODE(dest.stat().st_mode) if dest.exists() else 0o644)
        with os.fdopen(handle, "wb") as out:
            out.write(content)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, dest)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dest


def export(
    group_id: str, app_id: str, dest: str | os.PathLike[str] | None
) -> Procedure[bytes | Path]:
    for name, value in (("group_id", group_id), ("app_id", app_id)):
        if not isinstance(value, str) or not value:
            raise InvalidArgumentError(f"{name} must be a non-empty string, not {value!r}")
    archive: File = yield Call("apps.export_app", {"group_id": group_id, "app_id": app_id})
    content = archive.payload.read()
    import zipfile

    if not zipfile.is_zipfile(io.BytesIO(content)):
        raise UnexpectedResponseError(
            f"the export of app {app_id} is not a zip archive ({len(content)} bytes)",
            status_code=200,
            method="GET",
        )
    if dest is None:
        return content
    target = Path(dest)
    written: Path = yield Offload(lambda: write_atomically(target, content))
    return written
