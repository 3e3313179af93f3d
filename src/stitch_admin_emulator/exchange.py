"""Exchange: one request and the answer it got, as reported to `EmulatorConfig.on_exchange`."""

from __future__ import annotations

import attrs


@attrs.frozen
class Exchange:
    """A finished request under `/api/admin/v3.0`.

    `path` is below the base path, as requested; `template` is the OpenAPI document's path
    template of the operation it reached (None for an unknown route or method). `status` is
    None when no answer was sent (a dropped connection). `fault` names the injected fault
    that replaced the real answer (`status`, `drop` or `truncate`); a delay is not a
    replacement, so a delayed answer has `fault` None.
    """

    method: str
    path: str
    template: str | None
    status: int | None
    content_type: str | None
    body: bytes
    fault: str | None = None
