"""Exporting an application: its configuration as zip bytes, or written atomically to a file.

A file written by ``export_app(..., dest=path)`` is either the complete archive or absent (see
``files.write_atomically``). It gets mode 0600 unless the caller asks for another: an export
holds the application's configuration, private values included.
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import TYPE_CHECKING

from .arguments import check_ids, check_number
from .errors import InvalidArgumentError, UnexpectedResponseError
from .files import write_atomically
from .steps import Call, Offload, Procedure

if TYPE_CHECKING:
    from stitch_admin_client.types import File


def write_export(dest: Path, content: bytes, mode: int = 0o600) -> Path:
    """Write an export to ``dest`` (a file name in an existing directory)."""
    dest = dest.expanduser()
    if dest.is_dir():
        raise InvalidArgumentError(f"dest {str(dest)!r} is a directory: name the zip file to write")
    if not dest.parent.is_dir():
        raise InvalidArgumentError(f"dest's directory {str(dest.parent)!r} does not exist")
    return write_atomically(dest, content, mode=mode)


def export(
    group_id: str, app_id: str, dest: str | os.PathLike[str] | None, mode: int = 0o600
) -> Procedure[bytes | Path]:
    ids = check_ids(group_id, app_id)
    if dest is not None:
        mode = int(check_number(mode, "mode", whole=True, maximum=0o777))
    archive: File = yield Call("apps.export_app", ids)
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
    written: Path = yield Offload(lambda: write_export(target, content, mode))
    return written
