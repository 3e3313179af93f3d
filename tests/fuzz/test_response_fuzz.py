"""Response fuzzing: whatever the service answers, the SDK gives a typed model or a typed error.

For each tag of the document, Hypothesis draws cases over its operations (every generated one,
through ``admin.client``) and the extension's own calls (login, refresh, logout, resume, log
paging, drafts, deployment waits, upload, export): valid bodies, mutated ones, bytes that are
not JSON, every status from 100 to 599, with and without retries, sync and async. The checks
are in ``support.fuzzing``; the targets in ``support.fuzz_targets``.

``STITCH_FUZZ_EXAMPLES`` sets the cases per tag (a small sample by default, which ``make test``
runs; ``make fuzz`` runs 10,000 per tag with tools/fuzz.py and prints the counts). Runs are
derandomized: the same cases every time, and no example database.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from support import fuzz_targets, fuzzing

SYNC_EXAMPLES = int(os.environ.get("STITCH_FUZZ_EXAMPLES", "60"))
# The async path is the same code under another driver: a tenth of the cases, at least 20.
ASYNC_EXAMPLES = max(20, SYNC_EXAMPLES // 10)
TARGETS = fuzz_targets.targets()


def fuzz_settings(examples: int) -> settings:
    return settings(
        max_examples=examples,
        derandomize=True,
        database=None,
        deadline=None,
        phases=(Phase.explicit, Phase.generate, Phase.shrink),
        suppress_health_check=list(HealthCheck),
        print_blob=False,
    )


@pytest.fixture(scope="module")
def drivers() -> Iterator[dict[str, fuzz_targets.Driver]]:
    made: dict[str, fuzz_targets.Driver] = {
        "sync": fuzz_targets.SyncDriver(),
        "async": fuzz_targets.AsyncDriver(),
    }
    yield made
    for driver in made.values():
        driver.shutdown()


@pytest.fixture(scope="module")
def sync_driver(drivers: dict[str, fuzz_targets.Driver]) -> fuzz_targets.Driver:
    return drivers["sync"]


def run_case(tag: str, data: st.DataObject, driver: fuzz_targets.Driver, flavour: str) -> None:
    target = data.draw(st.sampled_from(TARGETS[tag]), label="target")
    with driver.debug_logs(data.draw(st.integers(0, 19), label="debug") == 0):
        outcome, valid = target.run(data, driver)
    fuzzing.TALLY.add(f"{tag} ({flavour})", target.name, outcome, valid=valid)


def test_every_tag_has_targets() -> None:
    assert len(TARGETS) == 30
    names = {target.name for tagged in TARGETS.values() for target in tagged}
    assert len(names) == 187 + len(fuzz_targets.HELPERS)


@pytest.mark.parametrize("tag", sorted(TARGETS))
@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_fuzz(flavour: str, tag: str, drivers: dict[str, fuzz_targets.Driver]) -> None:
    @fuzz_settings(SYNC_EXAMPLES if flavour == "sync" else ASYNC_EXAMPLES)
    @given(data=st.data())
    def fuzz(data: st.DataObject) -> None:
        run_case(tag, data, drivers[flavour], flavour)

    fuzz()


# One operation per method and kind of success: a body, no body, either (200 or 204).
EVERY_STATUS_OPERATIONS = ("get_app", "create_app", "delete_app", "update_function")
ERROR_BODIES = (
    b"",
    b'{"error": "no such app", "error_code": "AppNotFound"}',
    b'{"error": {"error": "bad hash", "error_code": "InvalidHash"}}',
)


@pytest.mark.parametrize("retry", [True, False], ids=["retries", "no-retries"])
@pytest.mark.parametrize("operation_id", EVERY_STATUS_OPERATIONS)
def test_every_status_from_100_to_599(
    operation_id: str, retry: bool, sync_driver: fuzz_targets.Driver
) -> None:
    op = fuzz_targets.OPERATIONS[operation_id]
    for status in range(100, 600):
        for content in ERROR_BODIES:
            answer = fuzzing.Answer(status, content, {"Content-Type": "application/json"}, "every")
            fuzz_targets.call_generated(op, answer, sync_driver, retry=retry)
