"""AppConfig: the deployable configuration of an application, which drafts copy and change.

Functions, values, services (with their rules and incoming webhooks), triggers,
authentication providers, allowed request origins and hosted files. Users, API keys, push
notifications and logs are not configuration: they change at once, with or without a draft.
Documents are plain JSON-shaped dicts in the form the API shows them.
"""

from __future__ import annotations

import copy
from typing import Any

import attrs

Document = dict[str, Any]


@attrs.define
class ServiceRecord:
    doc: Document
    rules: dict[str, Document] = attrs.field(factory=dict)
    webhooks: dict[str, Document] = attrs.field(factory=dict)


@attrs.define
class Asset:
    """A hosted file. `data` is immutable bytes, shared (not copied) between drafts."""

    path: str
    hash: str
    size: int
    attrs: list[Document]
    last_modified: int
    data: bytes

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
class AppConfig:
    functions: dict[str, Document] = attrs.field(factory=dict)
    values: dict[str, Document] = attrs.field(factory=dict)
    services: dict[str, ServiceRecord] = attrs.field(factory=dict)
    triggers: dict[str, Document] = attrs.field(factory=dict)
    auth_providers: dict[str, Document] = attrs.field(factory=dict)
    allowed_origins: list[str] = attrs.field(factory=list)
    hosting: dict[str, Asset] = attrs.field(factory=dict)

    def clone(self) -> AppConfig:
        # deepcopy keeps bytes objects as they are, so hosted files are not duplicated.
        return copy.deepcopy(self)

    def function_named(self, name: str) -> Document | None:
        return next((f for f in self.functions.values() if f["name"] == name), None)

    def value_named(self, name: str) -> Document | None:
        return next((v for v in self.values.values() if v["name"] == name), None)


# The keyed parts of a configuration, compared and merged entry by entry.
_KEYED_PARTS = ("functions", "values", "services", "triggers", "auth_providers", "hosting")


def apply_changes(target: AppConfig, base: AppConfig, edited: AppConfig) -> AppConfig:
    """A copy of `target` with what `edited` changed since `base`.

    Every function, value, service (with its rules and webhooks), trigger, provider and
    hosted file that `edited` added, changed or deleted is added, replaced or deleted; the
    origin list is replaced if it changed. Whatever `edited` left alone keeps `target`'s
    state, so changes others made meanwhile survive.
    """
    result = target.clone()
    for part in _KEYED_PARTS:
        before, after, merged = getattr(base, part), getattr(edited, part), getattr(result, part)
        for key in [*before, *(key for key in after if key not in before)]:
            if before.get(key) == after.get(key):
                continue
            if key in after:
                merged[key] = copy.deepcopy(after[key])
            else:
                merged.pop(key, None)
    if base.allowed_origins != edited.allowed_origins:
        result.allowed_origins = list(edited.allowed_origins)
    return result


def name_clash(config: AppConfig) -> str | None:
    """Why the configuration is invalid, if two entries of one kind share a name."""
    kinds: list[tuple[str, list[Document]]] = [
        ("functions", list(config.functions.values())),
        ("values", list(config.values.values())),
        ("services", [service.doc for service in config.services.values()]),
        ("triggers", list(config.triggers.values())),
        ("auth providers", list(config.auth_providers.values())),
    ]
    for kind, documents in kinds:
        names = [document["name"] for document in documents]
        for name in names:
            if names.count(name) > 1:
                return f"two {kind} are named '{name}'"
    return None
