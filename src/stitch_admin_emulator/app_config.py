"""AppConfig: the deployable configuration of an application, which drafts copy and change.

Functions, values, services (with their rules and incoming webhooks), triggers,
authentication providers, allowed request origins, hosted files, and other stored files (the
uploaded npm dependencies' archive). Users, API keys, push
notifications and logs are not configuration: they change at once, with or without a draft.
Documents are plain JSON-shaped dicts in the form the API shows them.

`state()` and `from_state()` turn a configuration into plain JSON and back (what snapshots
and the durable store keep); the bytes of a hosted or stored file are not part of that JSON but
named by their SHA-256 (`Asset.blob`, `StoredFile.blob`), and kept once per distinct content.
"""

from __future__ import annotations

import copy
import hashlib
from collections.abc import Mapping
from typing import Any

import attrs
from attrs import field

Document = dict[str, Any]
# Hosted files' bytes by their SHA-256 (hex).
Blobs = Mapping[str, bytes]


def blob_key(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@attrs.define
class ServiceRecord:
    doc: Document
    rules: dict[str, Document] = attrs.field(factory=dict)
    webhooks: dict[str, Document] = attrs.field(factory=dict)
    # The rule of a data source's collections that have none of their own.
    default_rule: Document | None = None

    def state(self) -> Document:
        state = {"doc": self.doc, "rules": self.rules, "webhooks": self.webhooks}
        if self.default_rule is not None:
            state["default_rule"] = self.default_rule
        return state

    @classmethod
    def from_state(cls, state: Document) -> ServiceRecord:
        return cls(state["doc"], state["rules"], state["webhooks"], state.get("default_rule"))


@attrs.define
class Asset:
    """A hosted file. `data` is immutable bytes, shared (not copied) between drafts."""

    path: str
    hash: str
    size: int
    attrs: list[Document]
    last_modified: int
    # `field`, not `attrs.field`: the class's own `attrs` hides the module here.
    data: bytes = field(repr=False)
    blob: str = field(init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        self.blob = blob_key(self.data)

    def state(self) -> Document:
        return {
            "path": self.path,
            "hash": self.hash,
            "size": self.size,
            "attrs": self.attrs,
            "last_modified": self.last_modified,
            "blob": self.blob,
        }

    @classmethod
    def from_state(cls, state: Document, blobs: Blobs) -> Asset:
        return cls(
            state["path"],
            state["hash"],
            state["size"],
            state["attrs"],
            state["last_modified"],
            blobs[state["blob"]],
        )

    def metadata(self, app_id: str, url: str) -> Document:
        return {
            "appId": app_id,
            "path": self.path,
            "hash": self.hash,
            "size": self.size,
            "attrs": copy.deepcopy(self.attrs),
            "last_modified": self.last_modified,
            "url": url,
        }


@attrs.define
class StoredFile:
    """A file the configuration keeps whole (the dependencies' archive): its name and bytes,
    immutable and shared (not copied) between drafts, like a hosted file's."""

    name: str
    data: bytes = attrs.field(repr=False)
    last_modified: int = 0
    blob: str = attrs.field(init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        self.blob = blob_key(self.data)

    def state(self) -> Document:
        return {"name": self.name, "last_modified": self.last_modified, "blob": self.blob}

    @classmethod
    def from_state(cls, state: Document, blobs: Blobs) -> StoredFile:
        return cls(state["name"], blobs[state["blob"]], state["last_modified"])


@attrs.define
class AppConfig:
    functions: dict[str, Document] = attrs.field(factory=dict)
    values: dict[str, Document] = attrs.field(factory=dict)
    services: dict[str, ServiceRecord] = attrs.field(factory=dict)
    triggers: dict[str, Document] = attrs.field(factory=dict)
    auth_providers: dict[str, Document] = attrs.field(factory=dict)
    allowed_origins: list[str] = attrs.field(factory=list)
    hosting: dict[str, Asset] = attrs.field(factory=dict)
    # The families the API grew later (endpoints, log forwarders, schemas, ...): family ->
    # id -> document; and its single settings documents (deploy config, ...) by name.
    collections: dict[str, dict[str, Document]] = attrs.field(factory=dict)
    singletons: dict[str, Document] = attrs.field(factory=dict)
    # Whole files by purpose ("dependencies": the uploaded node_modules archive).
    files: dict[str, StoredFile] = attrs.field(factory=dict)

    def clone(self) -> AppConfig:
        # deepcopy keeps bytes objects as they are, so hosted files are not duplicated.
        return copy.deepcopy(self)

    def state(self) -> Document:
        """The configuration as JSON (documents shared, not copied: serialize it at once)."""
        return {
            "functions": self.functions,
            "values": self.values,
            "services": {key: service.state() for key, service in self.services.items()},
            "triggers": self.triggers,
            "auth_providers": self.auth_providers,
            "allowed_origins": self.allowed_origins,
            "hosting": {path: asset.state() for path, asset in self.hosting.items()},
            "collections": self.collections,
            "singletons": self.singletons,
            "files": {key: stored.state() for key, stored in self.files.items()},
        }

    @classmethod
    def from_state(cls, state: Document, blobs: Blobs) -> AppConfig:
        return cls(
            functions=state["functions"],
            values=state["values"],
            services={
                key: ServiceRecord.from_state(service) for key, service in state["services"].items()
            },
            triggers=state["triggers"],
            auth_providers=state["auth_providers"],
            allowed_origins=state["allowed_origins"],
            hosting={
                path: Asset.from_state(asset, blobs) for path, asset in state["hosting"].items()
            },
            collections=state.get("collections", {}),
            singletons=state.get("singletons", {}),
            files={
                key: StoredFile.from_state(stored, blobs)
                for key, stored in state.get("files", {}).items()
            },
        )

    def blobs(self) -> dict[str, bytes]:
        found = {asset.blob: asset.data for asset in self.hosting.values()}
        return found | {stored.blob: stored.data for stored in self.files.values()}

    def collection(self, family: str) -> dict[str, Document]:
        """The documents of a family, by id (an empty family is created on first use)."""
        return self.collections.setdefault(family, {})

    def function_named(self, name: str) -> Document | None:
        return next((f for f in self.functions.values() if f["name"] == name), None)

    def value_named(self, name: str) -> Document | None:
        return next((v for v in self.values.values() if v["name"] == name), None)


# The keyed parts of a configuration, compared and merged entry by entry.
_KEYED_PARTS = (
    "functions",
    "values",
    "services",
    "triggers",
    "auth_providers",
    "hosting",
    "files",
)


def apply_changes(target: AppConfig, base: AppConfig, edited: AppConfig) -> AppConfig:
    """A copy of `target` with what `edited` changed since `base`.

    Every function, value, service (with its rules and webhooks), trigger, provider, hosted
    or stored file and document of a later family that `edited` added, changed or deleted is added,
    replaced or deleted; the origin list and each settings document are replaced if they
    changed. Whatever `edited` left alone keeps `target`'s state, so changes others made
    meanwhile survive.
    """
    result = target.clone()
    parts = [(getattr(base, p), getattr(edited, p), getattr(result, p)) for p in _KEYED_PARTS]
    for family in base.collections.keys() | edited.collections.keys():
        parts.append(
            (
                base.collections.get(family, {}),
                edited.collections.get(family, {}),
                result.collection(family),
            )
        )
    parts.append((base.singletons, edited.singletons, result.singletons))
    for before, after, merged in parts:
        _merge(before, after, merged)
    if base.allowed_origins != edited.allowed_origins:
        result.allowed_origins = list(edited.allowed_origins)
    return result


def _merge(before: Mapping[str, Any], after: Mapping[str, Any], merged: dict[str, Any]) -> None:
    """Apply to `merged` each entry that differs between `before` and `after`."""
    for key in [*before, *(key for key in after if key not in before)]:
        if before.get(key) == after.get(key):
            continue
        if key in after:
            merged[key] = copy.deepcopy(after[key])
        else:
            merged.pop(key, None)


def name_clash(config: AppConfig) -> str | None:
    """Why the configuration is invalid, if two entries of one kind share a name."""
    kinds: list[tuple[str, list[Document]]] = [
        ("functions", list(config.functions.values())),
        ("values", list(config.values.values())),
        ("services", [service.doc for service in config.services.values()]),
        ("triggers", list(config.triggers.values())),
        ("auth providers", list(config.auth_providers.values())),
    ]
    kinds += [
        (family.replace("_", " "), list(docs.values()))
        for family, docs in config.collections.items()
    ]
    for kind, documents in kinds:
        names = [document["name"] for document in documents if "name" in document]
        duplicates = {name for name in names if names.count(name) > 1}
        if duplicates:
            return f"two {kind} are named '{min(duplicates)}'"
    return None
