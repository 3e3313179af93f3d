"""Starting emulators for tests, with every answer they give checked against the document.

`started(**options)` runs an emulator in a thread with `EmulatorConfig(**options)` and an
`on_exchange` hook that records each exchange; when the block ends, every recorded exchange
is validated by `contract.Contract` and the test fails on any violation. `VALIDATED` counts
the exchanges validated in this session (the terminal summary reports it).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx

from stitch_admin_emulator import EmulatorConfig, Exchange, RunningEmulator, run_in_thread
from support.contract import Contract

API_PREFIX = "/api/admin/v3.0"
CONTRACT = Contract()
VALIDATED = {"exchanges": 0}


class ExchangeRecorder:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.exchanges: list[Exchange] = []

    def __call__(self, exchange: Exchange) -> None:
        with self._lock:
            self.exchanges.append(exchange)

    def violations(self) -> list[str]:
        with self._lock:
            exchanges = list(self.exchanges)
        found = []
        for exchange in exchanges:
            VALIDATED["exchanges"] += 1
            found += [
                f"{exchange.method} {exchange.path} -> {exchange.status}: {problem}"
                for problem in CONTRACT.violations(exchange)
            ]
        return found


def check_response(response: httpx.Response, template: str) -> None:
    """Validate an answer that no recorder saw (e.g. from an emulator in another process)."""
    exchange = Exchange(
        method=response.request.method,
        path=response.request.url.path.split(API_PREFIX, 1)[1],
        template=template,
        status=response.status_code,
        content_type=response.headers.get("content-type"),
        body=response.content,
    )
    VALIDATED["exchanges"] += 1
    assert CONTRACT.violations(exchange) == []


@contextmanager
def started(**options: Any) -> Iterator[RunningEmulator]:
    recorder = ExchangeRecorder()
    with run_in_thread(EmulatorConfig(on_exchange=recorder, **options)) as emulator:
        yield emulator
    violations = recorder.violations()
    assert not violations, "answers that break the OpenAPI document:\n" + "\n".join(violations)
