"""What a push would change: the plan, by resource family, and how to print it.

``make_plan`` compares the app's configuration (the document a pull answers) with the one a
directory holds, both read through the same layout (``config_layout``) so that the formatting
of files never counts as a change. Entries are matched by what identifies them (a name; an
endpoint by method and route; a schema by namespace...) and each family lists what is added,
changed (with the fields that differ) and removed. Hosted files, when asked for, are compared
by MD5 (and by their attributes, when ``hosting/metadata.json`` lists them).

The app's identity (name, region, deployment model) is not part of the plan: a directory can
be pushed into another app (that is how an app is cloned), and a push keeps the target's
identity; the plan notes where the directory names another.

Plain functions, no I/O.
"""

from __future__ import annotations

import difflib
import hashlib
from collections.abc import Callable, Mapping
from typing import Any, Final

import attrs

from . import config_layout as layout
from .config_layout import Document


@attrs.frozen
class Change:
    """An entry that both sides have, and the fields (or, for an environment, the values)
    that differ."""

    name: str
    fields: tuple[str, ...]


@attrs.frozen
class FamilyPlan:
    """What a push changes in one resource family (``"functions"``, ``"triggers"``...)."""

    family: str
    added: tuple[str, ...] = ()
    changed: tuple[Change, ...] = ()
    removed: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.added or self.changed or self.removed)


@attrs.frozen
class HostedFile:
    """A hosted file a push uploads: its path, bytes, MD5 and attributes."""

    path: str
    data: bytes = attrs.field(repr=lambda data: f"<{len(data)} bytes>")
    md5: str
    attrs: tuple[tuple[str, str], ...] = ()


@attrs.frozen
class HostingPlan:
    """Hosted files a push uploads (new or different) and deletes (gone from the directory)."""

    upload: tuple[HostedFile, ...] = ()
    delete: tuple[str, ...] = ()
    unchanged: int = 0

    @property
    def empty(self) -> bool:
        return not (self.upload or self.delete)


@attrs.frozen
class Plan:
    """What pushing a directory into an app changes; ``str(plan)`` is a readable summary,
    ``plan.unified_diff()`` the change of each file, as ``diff -u`` shows it."""

    families: tuple[FamilyPlan, ...] = ()
    hosting: HostingPlan | None = None
    notes: tuple[str, ...] = ()
    # The configuration files before and after (hosted files aside), for unified_diff().
    before: Mapping[str, bytes] = attrs.field(factory=dict, repr=False)
    after: Mapping[str, bytes] = attrs.field(factory=dict, repr=False)

    @property
    def empty(self) -> bool:
        """Whether the push would change nothing at all."""
        return all(family.empty for family in self.families) and (
            self.hosting is None or self.hosting.empty
        )

    @property
    def changes_configuration(self) -> bool:
        return not all(family.empty for family in self.families)

    def family(self, name: str) -> FamilyPlan:
        """The plan of one family (empty when nothing changes there)."""
        return next((f for f in self.families if f.family == name), FamilyPlan(name))

    def __str__(self) -> str:
        lines = [f"note: {note}" for note in self.notes]
        for family in self.families:
            if family.empty:
                continue
            lines.append(f"{family.family}:")
            lines += [f"  + {name}" for name in family.added]
            lines += [
                f"  ~ {change.name}" + (f" ({', '.join(change.fields)})" if change.fields else "")
                for change in family.changed
            ]
            lines += [f"  - {name}" for name in family.removed]
        if self.hosting is not None and not self.hosting.empty:
            lines.append("hosting:")
            lines += [f"  ^ {hosted.path}" for hosted in self.hosting.upload]
            lines += [f"  - {path}" for path in self.hosting.delete]
        if self.empty:
            lines.append("no changes")
        return "\n".join(lines)

    def counts(self) -> dict[str, int]:
        """How many entries are added, changed and removed, hosted files included."""
        counts = {"added": 0, "changed": 0, "removed": 0}
        for family in self.families:
            counts["added"] += len(family.added)
            counts["changed"] += len(family.changed)
            counts["removed"] += len(family.removed)
        if self.hosting is not None:
            counts["uploaded"] = len(self.hosting.upload)
            counts["deleted"] = len(self.hosting.delete)
        return counts

    def to_json(self) -> dict[str, Any]:
        """The plan as plain JSON (the command line's ``--json``)."""
        out: dict[str, Any] = {
            "empty": self.empty,
            "notes": list(self.notes),
            "families": {
                family.family: {
                    "added": list(family.added),
                    "changed": {change.name: list(change.fields) for change in family.changed},
                    "removed": list(family.removed),
                }
                for family in self.families
                if not family.empty
            },
        }
        if self.hosting is not None:
            out["hosting"] = {
                "upload": [hosted.path for hosted in self.hosting.upload],
                "delete": list(self.hosting.delete),
                "unchanged": self.hosting.unchanged,
            }
        return out

    def unified_diff(self) -> str:
        """Every configuration file that changes, as a unified diff (app's side first)."""
        chunks = []
        for path in sorted(self.before.keys() | self.after.keys()):
            old, new = self.before.get(path), self.after.get(path)
            if old == new:
                continue
            chunks.append(
                "".join(
                    difflib.unified_diff(
                        _lines(old),
                        _lines(new),
                        fromfile=f"a/{path}" if old is not None else "/dev/null",
                        tofile=f"b/{path}" if new is not None else "/dev/null",
                    )
                )
            )
        return "".join(chunks)


def _lines(content: bytes | None) -> list[str]:
    if content is None:
        return []
    lines = content.decode("utf-8", "replace").splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n\\ No newline at end of file\n"
    return lines


# ---------------------------------------------------------------------- families


def _by(key: Callable[[Document], str]) -> Callable[[list[Document]], dict[str, Document]]:
    return lambda entries: {key(entry): entry for entry in entries}


def _name(entry: Document) -> str:
    return str(entry.get("name", entry.get("type", "")))


def _settings(document: Document) -> dict[str, Any]:
    found: dict[str, Any] = {
        "app": {
            "allowed_request_origins": document.get("allowed_request_origins", []),
            "environment": document.get("environment", ""),
        }
    }
    for key in layout.SETTING_FILES:
        if key in document:
            found[key] = document[key]
    graphql = document.get("graphql", {})
    for key in ("config", "validation_settings"):
        if key in graphql:
            found[f"graphql_{key}"] = graphql[key]
    return found


def _environments(document: Document) -> dict[str, Any]:
    holder = document.get("environments", {}).get("values", {})
    # An environment with no values is the same as one the directory does not list.
    return {
        environment: values
        for environment, held in holder.items()
        if isinstance(held, dict) and (values := held.get("values"))
    }


def _schema_key(schema: Document) -> str:
    metadata = schema.get("metadata", {})
    return "/".join(str(metadata.get(f, "")) for f in ("data_source", "database", "collection"))


# Family name -> its entries in a document, by what identifies them. In this order.
FAMILIES: Final[Mapping[str, Callable[[Document], Mapping[str, Any]]]] = {
    "settings": _settings,
    "auth_providers": lambda d: _by(_name)(layout.entries_of(d, "auth_providers")),
    "functions": lambda d: _by(_name)(layout.entries_of(d, "functions")),
    "values": lambda d: _by(_name)(layout.entries_of(d, "values")),
    "environments": _environments,
    "data_sources": lambda d: _by(_name)(layout.entries_of(d, "data_sources")),
    "schemas": lambda d: _by(_schema_key)(layout.entries_of(d, "schemas")),
    "triggers": lambda d: _by(_name)(layout.entries_of(d, "triggers")),
    "endpoints": lambda d: _by(lambda e: f"{e.get('http_method')} {e.get('route')}")(
        layout.entries_of(d, "endpoints")
    ),
    "graphql_resolvers": lambda d: _by(lambda r: f"{r.get('on_type')}.{r.get('field_name')}")(
        layout.entries_of(d.get("graphql", {}), "custom_resolvers")
    ),
    "log_forwarders": lambda d: _by(_name)(layout.entries_of(d, "log_forwarders")),
    "https_endpoints": lambda d: _by(_name)(layout.entries_of(d, "https_endpoints")),
    "services": lambda d: _by(_name)(layout.entries_of(d, "services")),
}


def _fields(old: Any, new: Any) -> tuple[str, ...]:
    if isinstance(old, dict) and isinstance(new, dict):
        return tuple(sorted(k for k in old.keys() | new.keys() if old.get(k) != new.get(k)))
    return ()


def _family_plan(family: str, old: Mapping[str, Any], new: Mapping[str, Any]) -> FamilyPlan:
    return FamilyPlan(
        family,
        added=tuple(sorted(new.keys() - old.keys())),
        changed=tuple(
            Change(name, _fields(old[name], new[name]))
            for name in sorted(old.keys() & new.keys())
            if old[name] != new[name]
        ),
        removed=tuple(sorted(old.keys() - new.keys())),
    )


# What the service stores for a field an entry leaves out, by family: leaving it out is no
# change from that value.
DEFAULTS: Final[Mapping[str, Mapping[str, Any]]] = {
    "auth_providers": {"disabled": False, "config": {}},
    "data_sources": {"config": {}, "version": 1},
    "functions": {"private": False},
    "https_endpoints": {"config": {}, "version": 1},
    "services": {"config": {}, "version": 1},
    "triggers": {"disabled": False},
    "values": {"value": None, "private": False},
}


def with_defaults(document: Mapping[str, Any]) -> Document:
    """A copy of a document whose entries have every field the service would fill in."""
    out = dict(document)
    for family, defaults in DEFAULTS.items():
        if isinstance(out.get(family), list):
            out[family] = [
                {**defaults, **entry} if isinstance(entry, dict) else entry for entry in out[family]
            ]
    return out


def canonical(document: Mapping[str, Any]) -> Document:
    """A document as a directory holds it: references by name, files' order and defaults."""
    return with_defaults(layout.files_to_document(layout.document_to_files(document)))


def _identity_notes(current: Document, local: Document) -> tuple[str, ...]:
    notes = []
    for key in layout.IDENTITY:
        given, actual = local.get(key), current.get(key)
        if given is not None and actual is not None and given != actual:
            notes.append(
                f"root_config.json gives {key} {given!r}; the app's is {actual!r}, which stays"
            )
    return tuple(notes)


def hosting_plan(
    files: Mapping[str, bytes], assets: Mapping[str, tuple[str, list[Document]]]
) -> HostingPlan:
    """Compare a directory's hosted files with the app's (path -> (MD5, attributes))."""
    metadata = layout.hosting_metadata(files)
    upload = []
    unchanged = 0
    for path, data in sorted(layout.hosted_files(files).items()):
        md5 = hashlib.md5(data, usedforsecurity=False).hexdigest()
        listed = metadata.get(path)
        attributes = tuple(
            (str(a.get("name")), str(a.get("value"))) for a in listed or [] if isinstance(a, dict)
        )
        remote = assets.get(path)
        same = remote is not None and remote[0] == md5
        if same and listed is not None and remote is not None:
            same = sorted(attributes) == sorted(
                (str(a.get("name")), str(a.get("value"))) for a in remote[1]
            )
        if same:
            unchanged += 1
        else:
            upload.append(HostedFile(path, data, md5, attributes))
    delete = tuple(sorted(assets.keys() - layout.hosted_files(files).keys()))
    return HostingPlan(tuple(upload), delete, unchanged)


def make_plan(
    current: Mapping[str, Any],
    files: Mapping[str, bytes],
    *,
    assets: Mapping[str, tuple[str, list[Document]]] | None = None,
) -> Plan:
    """The plan of pushing the directory ``files`` into the app whose configuration (as a
    pull answers it) is ``current``; ``assets`` (path -> (MD5, attributes)), when given, are
    the app's hosted files, compared with the directory's."""
    old = canonical(current)
    new = with_defaults(layout.files_to_document(files))
    families = tuple(
        plan
        for family, entries in FAMILIES.items()
        if not (plan := _family_plan(family, entries(old), entries(new))).empty
    )
    before = layout.document_to_files(old)
    after = layout.document_to_files({**new, **{k: old[k] for k in layout.IDENTITY if k in old}})
    return Plan(
        families=families,
        hosting=None if assets is None else hosting_plan(files, assets),
        notes=_identity_notes(old, new),
        before=before,
        after=after,
    )
