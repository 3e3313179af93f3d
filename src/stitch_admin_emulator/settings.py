"""EmulatorConfig: everything that can be chosen when an emulator starts."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from stitch_admin_emulator.exchange import Exchange

DEFAULT_PUBLIC_KEY = "stitch-emulator-public"
DEFAULT_PRIVATE_KEY = "stitch-emulator-private-0000"
DEFAULT_GROUP_ID = "5e8f00000000000000000001"
_OBJECT_ID = re.compile(r"[0-9a-fA-F]{24}")


def _object_id(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not _OBJECT_ID.fullmatch(value):
        raise ValueError(f"{attribute.name} must be 24 hexadecimal digits, not {value!r}")


def _non_empty(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not value:
        raise ValueError(f"{attribute.name} must not be empty")


@attrs.frozen(kw_only=True)
class EmulatorConfig:
    """How an emulator behaves. `EmulatorConfig()` is the documented default setup.

    Times are in seconds and may be fractional. `on_exchange`, when set, is called after every
    response to a request under `/api/admin/v3.0` (tests use it to check each response against
    the OpenAPI document); it runs on the server's event loop and must be quick.
    """

    public_key: str = attrs.field(default=DEFAULT_PUBLIC_KEY, validator=_non_empty)
    private_key: str = attrs.field(default=DEFAULT_PRIVATE_KEY, validator=_non_empty)
    group_id: str = attrs.field(default=DEFAULT_GROUP_ID, validator=_object_id)
    access_token_ttl: float = attrs.field(default=1800.0, validator=attrs.validators.gt(0))
    refresh_token_ttl: float = attrs.field(default=60 * 86400.0, validator=attrs.validators.gt(0))
    deploy_delay: float = attrs.field(default=0.2, validator=attrs.validators.ge(0))
    host: str = "127.0.0.1"
    port: int = 0
    function_time_limit: float = attrs.field(default=2.0, validator=attrs.validators.gt(0))
    function_memory_limit: int = attrs.field(
        default=64 * 1024 * 1024, validator=attrs.validators.gt(0)
    )
    # Functions run in worker processes, each with its own V8 isolate; this caps how many at once.
    function_workers: int = attrs.field(
        factory=lambda: os.cpu_count() or 1, validator=attrs.validators.gt(0)
    )
    seed_logs: int = attrs.field(default=0, validator=attrs.validators.ge(0))
    on_exchange: Callable[[Exchange], None] | None = None
    # Where state is kept across restarts (a SQLite database); None keeps it in memory only.
    data_dir: str | os.PathLike[str] | None = None
    # Request bodies larger than this are refused with 413 (hosted file uploads: the second).
    max_body_bytes: int = attrs.field(default=16 * 1024 * 1024, validator=attrs.validators.gt(0))
    max_upload_bytes: int = attrs.field(default=128 * 1024 * 1024, validator=attrs.validators.gt(0))
    # A client that sends no byte of its body for this long gets 408.
    body_timeout: float = attrs.field(default=30.0, validator=attrs.validators.gt(0))
    # Host names (besides loopback names and addresses, and `host`) requests may be sent to.
    allowed_hosts: tuple[str, ...] = attrs.field(default=(), converter=tuple)
    # Changes through /_emulator/ need this in the X-Emulator-Token header (or a JSON body);
    # None: a random token per emulator.
    control_token: str | None = attrs.field(default=None, repr=False)
