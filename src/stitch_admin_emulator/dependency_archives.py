"""Reading an uploaded `node_modules` archive safely: which npm packages it holds.

An upload is a zip, a tar (plain or gzipped) of a `node_modules` directory, or a lone
`package.json`. Nothing is ever extracted to disk; still, an archive is refused whole if any
member could leave the directory it would be extracted to (absolute names, `..`, links that
point outside, devices), if it has too many members, or if it unpacks to too many bytes, so
that what the emulator keeps and hands back is safe to extract. The packages are the
`package.json` files at the top of the directory (`<name>/package.json` and
`@scope/<name>/package.json`, with or without a leading `node_modules/`), each read within a
size bound. A package that builds native code (`binding.gyp`, or `"gypfile": true`) cannot be
installed, as on the service.

What is kept is always a zip (the service hands archives back as zip): a zip upload as it
came, a tar repacked, a `package.json` zipped alone. This module does no I/O beyond memory.
"""

from __future__ import annotations

import io
import json
import posixpath
import stat
import tarfile
import zipfile
import zlib
from typing import Any

import attrs

from stitch_admin_emulator import names

MAX_MEMBERS = 100_000
MAX_UNPACKED_BYTES = 256 * 1024 * 1024
MAX_PACKAGE_JSON_BYTES = 1024 * 1024
ZIP_NAME = "node_modules.zip"
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_GZIP_MAGIC = b"\x1f\x8b"


class BadArchive(ValueError):
    """The upload is not an archive the emulator accepts; the message says why."""


@attrs.frozen
class Package:
    name: str
    version: str


@attrs.frozen
class Archive:
    """What an upload holds: its packages (sorted by name), those that need native builds,
    and the zip to keep."""

    packages: tuple[Package, ...]
    native: tuple[str, ...]
    zip_bytes: bytes


def read(data: bytes) -> Archive:
    """The archive's packages and the zip to keep; BadArchive if it is refused."""
    if data.startswith(_ZIP_MAGIC):
        return _read_zip(data)
    if data.startswith(_GZIP_MAGIC):
        return _read_tar(_gunzip(data))
    if len(data) > 262 and data[257:262] == b"ustar":
        return _read_tar(data)
    if data.lstrip().startswith(b"{"):
        return _read_package_json(data)
    raise BadArchive("the file is not a zip, tar or tgz archive, nor a package.json")


def _gunzip(data: bytes) -> bytes:
    decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        unpacked = decompressor.decompress(data, MAX_UNPACKED_BYTES + 1)
    except zlib.error as exc:
        raise BadArchive(f"the gzip stream is corrupt: {exc}") from exc
    if len(unpacked) > MAX_UNPACKED_BYTES or decompressor.unconsumed_tail:
        raise BadArchive(f"the archive unpacks to more than {MAX_UNPACKED_BYTES} bytes")
    return unpacked


def _member_path(name: str, is_dir: bool = False) -> str:
    """The member's path without a leading `./` or trailing `/` ("" for the archive's own
    folder); BadArchive if it could leave the directory it is extracted to."""
    path = name.removeprefix("./").rstrip("/")
    if is_dir and path in ("", "."):
        return ""
    if not names.is_safe_member(path):
        raise BadArchive(f"the archive member {name!r} would be extracted outside its folder")
    return path


def _package_dir(path: str) -> str | None:
    """For `[node_modules/]<name>/package.json` or `[node_modules/]@scope/<name>/package.json`,
    the package's directory relative to node_modules; else None."""
    parts = path.removeprefix("node_modules/").split("/")
    if parts[-1] != "package.json":
        return None
    folder = parts[:-1]
    if len(folder) == 1 and not folder[0].startswith(("@", ".")):
        return folder[0]
    if len(folder) == 2 and folder[0].startswith("@") and not folder[1].startswith("."):
        return "/".join(folder)
    return None


def _is_binding(path: str) -> str | None:
    """The package directory of a top-level `binding.gyp`, if `path` is one."""
    if not path.endswith("/binding.gyp"):
        return None
    return _package_dir(path.removesuffix("binding.gyp") + "package.json")


def _package(folder: str, text: bytes) -> tuple[Package, bool]:
    """The package a package.json describes, and whether it builds native code."""
    try:
        manifest: Any = json.loads(text)
    except ValueError as exc:
        raise BadArchive(f"{folder}/package.json is not JSON") from exc
    if not isinstance(manifest, dict):
        raise BadArchive(f"{folder}/package.json is not a JSON object")
    name, version = manifest.get("name", folder), manifest.get("version", "")
    if not isinstance(name, str) or not isinstance(version, str):
        raise BadArchive(f"{folder}/package.json has a name or version that is not a string")
    return Package(name, version), manifest.get("gypfile") is True


class _Collector:
    """Packages found while walking members, in any order."""

    def __init__(self) -> None:
        self.packages: dict[str, Package] = {}
        self.native: set[str] = set()
        self.bindings: set[str] = set()

    def add(self, folder: str, text: bytes) -> None:
        package, native = _package(folder, text)
        self.packages[folder] = package
        if native:
            self.native.add(folder)

    def archive(self, zip_bytes: bytes) -> Archive:
        native = {
            self.packages[f].name for f in (self.native | self.bindings) if f in self.packages
        }
        return Archive(
            tuple(sorted(self.packages.values(), key=lambda p: p.name)),
            tuple(sorted(native)),
            zip_bytes,
        )


def _read_zip(data: bytes) -> Archive:
    found = _Collector()
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            if len(members) > MAX_MEMBERS:
                raise BadArchive(f"the archive has more than {MAX_MEMBERS} members")
            if sum(member.file_size for member in members) > MAX_UNPACKED_BYTES:
                raise BadArchive(f"the archive unpacks to more than {MAX_UNPACKED_BYTES} bytes")
            for member in members:
                path = _member_path(member.filename, member.is_dir())
                if not path:
                    continue
                if stat.S_ISLNK(member.external_attr >> 16):
                    target = archive.read(member)[:4096].decode("utf-8", "replace")
                    _check_link(path, target)
                    continue
                if (binding := _is_binding(path)) is not None:
                    found.bindings.add(binding)
                folder = _package_dir(path)
                if folder is not None and not member.is_dir():
                    if member.file_size > MAX_PACKAGE_JSON_BYTES:
                        raise BadArchive(f"{path} is larger than {MAX_PACKAGE_JSON_BYTES} bytes")
                    with archive.open(member) as handle:
                        found.add(folder, handle.read(MAX_PACKAGE_JSON_BYTES + 1))
    except (zipfile.BadZipFile, NotImplementedError, EOFError, RuntimeError, OSError) as exc:
        raise BadArchive(f"the zip archive cannot be read: {exc}") from exc
    return found.archive(data)


def _check_link(path: str, target: str) -> None:
    """BadArchive if a link at `path` to `target` points outside the archive's folder."""
    resolved = posixpath.normpath(posixpath.join(posixpath.dirname(path), target))
    if target.startswith("/") or resolved == ".." or resolved.startswith("../"):
        raise BadArchive(f"the link {path!r} points outside the archive's folder")


def _read_tar(data: bytes) -> Archive:
    found = _Collector()
    packed = io.BytesIO()
    unpacked = 0
    try:
        with (
            tarfile.open(fileobj=io.BytesIO(data), mode="r:") as archive,
            zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as repacked,
        ):
            for count, member in enumerate(archive, start=1):
                if count > MAX_MEMBERS:
                    raise BadArchive(f"the archive has more than {MAX_MEMBERS} members")
                path = _member_path(member.name, member.isdir())
                if not path:
                    continue
                if member.isdir():
                    repacked.writestr(path + "/", b"")
                    continue
                if member.issym():
                    _check_link(path, member.linkname)
                    link = zipfile.ZipInfo(path)
                    link.external_attr = (stat.S_IFLNK | 0o777) << 16
                    repacked.writestr(link, member.linkname)
                    continue
                if member.islnk():
                    # A hard link names another member: it is kept as a copy of that file.
                    _member_path(member.linkname)
                elif not member.isfile():
                    raise BadArchive(
                        f"the archive member {member.name!r} is neither a file, a folder nor a link"
                    )
                folder = _package_dir(path)
                handle = archive.extractfile(member)
                limit = MAX_PACKAGE_JSON_BYTES if folder is not None else MAX_UNPACKED_BYTES
                content = b"" if handle is None else handle.read(limit + 1)
                if folder is not None and len(content) > MAX_PACKAGE_JSON_BYTES:
                    raise BadArchive(f"{path} is larger than {MAX_PACKAGE_JSON_BYTES} bytes")
                unpacked += len(content)
                if unpacked > MAX_UNPACKED_BYTES:
                    raise BadArchive(f"the archive unpacks to more than {MAX_UNPACKED_BYTES} bytes")
                repacked.writestr(path, content)
                if (binding := _is_binding(path)) is not None:
                    found.bindings.add(binding)
                if folder is not None:
                    found.add(folder, content)
    except (tarfile.TarError, KeyError) as exc:
        raise BadArchive(f"the tar archive cannot be read: {exc}") from exc
    return found.archive(packed.getvalue())


def _read_package_json(data: bytes) -> Archive:
    """A package.json: its dependencies, at the versions (ranges) it asks for."""
    if len(data) > MAX_PACKAGE_JSON_BYTES:
        raise BadArchive(f"package.json is larger than {MAX_PACKAGE_JSON_BYTES} bytes")
    try:
        manifest: Any = json.loads(data)
    except ValueError as exc:
        raise BadArchive("package.json is not JSON") from exc
    wanted = manifest.get("dependencies", {}) if isinstance(manifest, dict) else None
    if not isinstance(wanted, dict) or not all(
        isinstance(name, str) and name and isinstance(version, str)
        for name, version in wanted.items()
    ):
        raise BadArchive("package.json's dependencies must map package names to versions")
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("package.json", data)
    packages = tuple(sorted((Package(n, v) for n, v in wanted.items()), key=lambda p: p.name))
    return Archive(packages, (), packed.getvalue())
