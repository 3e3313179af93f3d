"""Exchange: one request and the answer it got, as reported to `EmulatorConfig.on_exchange`."""

from __future__ import annotations

import attrs


@attrs.frozen
class Exchange:
    """A finished request under `/api/admin/v3.0`.

    `path` is below the base path, as requested; `template` is the OpenAPI document's path
    template of the operation it reached (None for an unknown route or method). `status` is
    None when no answer was sent (a dropped connection). `fault` names what kept the real
    answer from the client: an injected fault (`status`, `drop` or `truncate`), or
    `client_disconnected` when the client left first (e.g. its timeout ran out during a
    delay); a delay alone is not a replacement, so a delayed answer has `fault` None.
    """

    method: str
    path: str
    template: str | None
    status: int | None
    content_type: str | None
    body: bytes
    fault: str | None = None
