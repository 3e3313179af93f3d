"""Where the examples connect: the environment names the service, the credentials and the group.

    STITCH_ADMIN_BASE_URL   the service's origin, e.g. https://services.cloud.mongodb.com
    STITCH_ADMIN_USERNAME   the public part of an Atlas programmatic API key
    STITCH_ADMIN_API_KEY    its private part
    STITCH_ADMIN_GROUP_ID   the Atlas project (group) id: 24 hexadecimal characters

`make demo` sets them for the local emulator.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Mapping
from typing import Any

import attrs

from stitch_admin_ext import Secret, StitchAdmin

VARIABLES = {
    "STITCH_ADMIN_BASE_URL": "the service's origin, e.g. https://services.cloud.mongodb.com",
    "STITCH_ADMIN_USERNAME": "the public part of an Atlas programmatic API key",
    "STITCH_ADMIN_API_KEY": "the private part of that key",
    "STITCH_ADMIN_GROUP_ID": "the Atlas project (group) id, 24 hexadecimal characters",
}


class SettingsError(Exception):
    """The environment does not say where and as whom to connect."""


@attrs.frozen
class Settings:
    base_url: str
    username: str
    api_key: Secret
    group_id: str

    @classmethod
    def from_env(cls, environ: Mapping[str, str] = os.environ) -> Settings:
        values = {name: environ.get(name, "").strip() for name in VARIABLES}
        problems = [
            f"{name} is not set ({meaning})"
            for name, meaning in VARIABLES.items()
            if not values[name]
        ]
        base_url = values["STITCH_ADMIN_BASE_URL"]
        if base_url and not re.match(r"^https?://[^/\s]+", base_url):
            problems.append(
                "STITCH_ADMIN_BASE_URL must start with https:// (or http:// for localhost),"
                f" not {base_url!r}"
            )
        group_id = values["STITCH_ADMIN_GROUP_ID"]
        if group_id and not re.fullmatch(r"[0-9a-fA-F]{24}", group_id):
            problems.append(
                f"STITCH_ADMIN_GROUP_ID must be 24 hexadecimal characters, not {group_id!r}"
            )
        if problems:
            raise SettingsError("cannot start:\n  " + "\n  ".join(problems))
        return cls(
            base_url=base_url,
            username=values["STITCH_ADMIN_USERNAME"],
            api_key=Secret(values["STITCH_ADMIN_API_KEY"]),
            group_id=group_id,
        )

    def login(self, **options: Any) -> StitchAdmin:
        return StitchAdmin.login(
            username=self.username, api_key=self.api_key, base_url=self.base_url, **options
        )


def short(identifier: object) -> str:
    """An id shortened for display: its tail, which differs between ids made at the same moment
    (an ObjectId begins with its creation time)."""
    text = str(identifier)
    return text if len(text) <= 10 else "…" + text[-6:]


def say(line: str) -> None:
    print(line, flush=True)


def fail(program: str, message: str, code: int = 1) -> int:
    print(f"{program}: {message}", file=sys.stderr, flush=True)
    return code
