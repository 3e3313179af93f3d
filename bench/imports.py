"""Cold imports: fresh interpreters, bytecode already cached, interleaved, minus start-up.

Each round starts one interpreter per case, in an order that rotates from round to round, and
times it from the outside (``python -c CODE``, wall clock). A case's import time in a round is
its wall time minus that round's interpreter that imports nothing; the figure is the median
over rounds, and ratios are taken within a round. Every interpreter runs the same prelude:

- ``click`` and ``rich`` are made unimportable. They are in the development environment (the
  generator needs them); httpx imports its command-line interface when they are there, which
  doubles the cost of ``import httpx``. A user's environment has neither.
- the peer's generated package directory goes on ``sys.path`` (it is not installed).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Mapping
from dataclasses import dataclass

PRELUDE = "import sys; sys.modules.update(click=None, rich=None); sys.path.insert(0, {path!r})"


@dataclass(frozen=True)
class ImportTimes:
    """Per case, the import time of each round (seconds)."""

    rounds: dict[str, list[float]]

    def median(self, case: str) -> float:
        return statistics.median(self.rounds[case])

    def ratio(self, measured: str, baseline: str) -> float:
        pairs = zip(self.rounds[measured], self.rounds[baseline], strict=True)
        return statistics.median(m / b for m, b in pairs)


def _wall(code: str) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
    return time.perf_counter() - started


def measure(cases: Mapping[str, str], rounds: int, extra_path: str = "") -> ImportTimes:
    """``cases`` maps a name to the statements to time (after the prelude)."""
    prelude = PRELUDE.format(path=extra_path)
    programs = {"nothing": prelude, **{k: f"{prelude}\n{v}" for k, v in cases.items()}}
    for program in programs.values():  # compile and cache the bytecode, fill the page cache
        _wall(program)
    names = list(programs)
    times: dict[str, list[float]] = {name: [] for name in cases}
    for round_ in range(rounds):
        shift = round_ % len(names)
        walls = {name: _wall(programs[name]) for name in names[shift:] + names[:shift]}
        for name in cases:
            times[name].append(max(walls[name] - walls["nothing"], 1e-6))
    return ImportTimes(times)


# What a user's first call costs from a fresh interpreter: import, log in, one GET (through
# MockTransport, so that only the client's own work is counted).


def first_call_raw() -> None:
    import json

    import httpx

    from . import fixtures as fx

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=fx.APP_BYTES, headers=fx.JSON_HEADERS)

    with httpx.Client(
        base_url=fx.ORIGIN + fx.API_PATH, transport=httpx.MockTransport(handler)
    ) as client:
        json.loads(client.get(fx.APP_PATH.removeprefix(fx.API_PATH)).content)


def first_call_ext() -> None:
    import httpx
    from stitch_admin_client.api.apps import get_app

    from . import fixtures as fx

    login = fx.encode({"access_token": fx.fake_jwt(), "refresh_token": "r"})

    def handler(request: httpx.Request) -> httpx.Response:
        body = login if request.method == "POST" else fx.APP_BYTES
        return httpx.Response(200, content=body, headers=fx.JSON_HEADERS)

    with fx.mock_admin(handler) as admin:
        get_app.sync(fx.GROUP_ID, fx.APP_ID, client=admin.client)
