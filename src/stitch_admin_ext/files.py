"""Writing the files the SDK keeps (the saved session, exports): atomically, with the mode asked
for, in directories created private.

``write_atomically`` writes to a temporary file beside the target, syncs it, renames it over
the target and syncs the directory, so that the target is either the old file or the complete
new one, even after a crash. The content may be a ``Secret``: it is revealed only as it is
written, so no local variable of this module ever holds it in clear.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .redaction import Secret


def private_directory(directory: Path) -> None:
    """Create ``directory`` and each missing parent with mode 0700, whatever the umask."""
    missing: list[Path] = []
    current = directory
    while not current.exists() and current != current.parent:
        missing.append(current)
        current = current.parent
    for path in reversed(missing):
        try:
            path.mkdir(mode=0o700)
        except FileExistsError:
            continue  # made meanwhile by someone else: theirs, as it is
        path.chmod(0o700)  # mkdir's mode passes through the umask


def write_atomically(
    dest: Path, content: bytes | Secret, *, mode: int, prefix: str | None = None
) -> Path:
    """Replace ``dest`` with ``content`` in one step; the file gets exactly ``mode``.

    The temporary file is ``<prefix>XXXXXXXX.part`` (by default ``.<name>.XXXXXXXX.part``) in
    ``dest``'s directory; it is removed if the write fails.
    """
    handle, temporary = tempfile.mkstemp(
        dir=dest.parent, prefix=prefix or f".{dest.name}.", suffix=".part"
    )
    try:
        os.fchmod(handle, mode)  # mkstemp's 0600 (or the umask) is not what was asked
        with os.fdopen(handle, "wb") as out:
            out.write(content.reveal().encode("utf-8") if isinstance(content, Secret) else content)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, dest)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    sync_directory(dest.parent)
    return dest


def sync_directory(directory: Path) -> None:
    """Make a rename in ``directory`` durable (a crash could otherwise undo it)."""
    descriptor = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
