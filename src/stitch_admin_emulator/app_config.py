"""AppConfig: the deployable configuration of an application, which drafts copy and replace.

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
