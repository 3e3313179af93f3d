"""The function workers' protocol: frames, answers made well formed, a real worker spoken to."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from stitch_admin_emulator import js_protocol, js_worker
from stitch_admin_emulator.js_process import WORKER_MODULE, WorkerFailed, WorkerProcess
from stitch_admin_emulator.js_protocol import (
    Job,
    Limits,
    ProtocolError,
    RunResult,
    decode_job,
    decode_result,
    frame,
    job_message,
    read_frame,
    result_message,
    well_formed,
)

MiB = 1024 * 1024
LIMITS = Limits(seconds=2.0, memory_bytes=64 * MiB)


def body(message: dict[str, Any]) -> bytes:
    return frame(message)[js_protocol.HEADER_SIZE :]


def test_frames_follow_each_other_and_the_stream_ends_cleanly() -> None:
    messages = [{"a": 1}, {"text": "é \u2028 \U0001f600"}, {}]
    stream = io.BytesIO(b"".join(frame(message) for message in messages))
    assert [read_frame(stream, 1000) for _ in range(4)] == [*messages, None]


def test_a_frame_is_a_length_and_ascii_json() -> None:
    data = frame({"s": "\ud800é"})
    assert data[:4] == len(data[4:]).to_bytes(4, "big")
    assert json.loads(data[4:].decode("ascii")) == {"s": "\ud800é"}


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"\x00\x00", "inside a frame header"),
        (b"\x00\x00\x00\x09{}", "inside a frame"),
        (b"\x00\x00\x10\x00", "over the limit"),
        (b"\x00\x00\x00\x02[]", "not a JSON object"),
        (b"\x00\x00\x00\x02{x", "not JSON"),
        (b"\x00\x00\x00\x02\xff\xfe", "not JSON"),
    ],
)
def test_broken_frames_are_protocol_errors(data: bytes, problem: str) -> None:
    with pytest.raises(ProtocolError, match=problem):
        read_frame(io.BytesIO(data), 1000)


def test_jobs_cross_intact() -> None:
    job = Job(
        "exports = 1;",
        arguments=[1, "\ud800", {"a": None}],
        eval_source="exports",
        values={"v": [1]},
        functions={"f": "exports = 2;"},
        user={"id": "u"},
    )
    message = read_frame(io.BytesIO(frame(job_message(job, LIMITS))), 1 << 20)
    assert message is not None
    assert decode_job(message) == (job, LIMITS)
    with pytest.raises(ProtocolError):
        decode_job({"job": {"source": "x", "surprise": 1}, "limits": {}})


def test_well_formed_replaces_only_lone_surrogates() -> None:
    assert well_formed("a\ud800b\udfff") == "a\ufffdb\ufffd"
    assert well_formed("\U0001f600 é") == "\U0001f600 é"
    assert well_formed({"k\udc00": ["\ud83d", 1, None, True, 2.5, {"x": "\ud800"}]}) == {
        "k\ufffd": ["\ufffd", 1, None, True, 2.5, {"x": "\ufffd"}]
    }


def test_answers_are_made_well_formed_everywhere() -> None:
    lonely = RunResult(
        {"key \udc00": ["value \ud800", "\U0001f600"]},
        ["log \ud800"],
        {"name": "Error\udfff", "message": "message \ud800"},
        0.5,
    )
    decoded = decode_result(body(result_message(lonely)))
    assert decoded == RunResult(
        {"key \ufffd": ["value \ufffd", "\U0001f600"]},
        ["log \ufffd"],
        {"name": "Error\ufffd", "message": "message \ufffd"},
        0.5,
    )
    json.dumps([decoded.result, decoded.logs, decoded.error]).encode("utf-8")
    # An escaped surrogate pair is one character, and an escaped backslash no escape at all.
    text = b'{"result": ["\\ud83d\\ude00", "\\\\ud800"], "logs": [], "error": null, "seconds": 0}'
    assert decode_result(text).result == ["\U0001f600", "\\ud800"]


@pytest.mark.parametrize(
    "answer",
    [
        {"result": 1, "logs": "x", "error": None, "seconds": 0},
        {"result": 1, "logs": [1], "error": None, "seconds": 0},
        {"result": 1, "logs": [], "error": {"name": "E"}, "seconds": 0},
        {"result": 1, "logs": [], "error": {"name": "E", "message": 1}, "seconds": 0},
        {"result": 1, "logs": [], "error": None},
        {"logs": [], "error": None, "seconds": 0},
    ],
)
def test_malformed_answers_are_protocol_errors(answer: dict[str, Any]) -> None:
    with pytest.raises(ProtocolError):
        decode_result(body(answer))


class _Stub:
    def __init__(self, run: RunResult) -> None:
        self._run = run

    def run(self, job: Job, limits: Limits) -> RunResult:
        return self._run


def test_a_worker_answers_a_too_large_result_with_an_error() -> None:
    limits = Limits(seconds=1.0, memory_bytes=1)
    large = RunResult("x" * limits.max_frame_bytes, [], None, 0.25)
    data = js_worker.answer(_Stub(large), Job(""), limits)  # type: ignore[arg-type]
    answer = decode_result(data[js_protocol.HEADER_SIZE :])
    assert answer.result is None
    assert answer.error is not None
    assert answer.error["name"] == "RangeError"
    assert "too large" in answer.error["message"]


@pytest.fixture
def worker() -> Iterator[subprocess.Popen[bytes]]:
    """A worker process, spoken to directly."""
    process = subprocess.Popen(
        [sys.executable, "-m", WORKER_MODULE], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    try:
        yield process
    finally:
        process.kill()
        process.wait()
        for stream in (process.stdin, process.stdout):
            if stream is not None:
                stream.close()


def test_a_worker_says_it_is_ready_answers_jobs_in_turn_and_ends_with_its_input(
    worker: subprocess.Popen[bytes],
) -> None:
    assert worker.stdin is not None
    assert worker.stdout is not None
    assert read_frame(worker.stdout, 100) == {"ready": True}
    for n in (2, 3):
        worker.stdin.write(frame(job_message(Job("exports = (x) => x * x;", [n]), LIMITS)))
        worker.stdin.flush()
        answer = read_frame(worker.stdout, LIMITS.max_frame_bytes)
        assert answer is not None
        assert (answer["result"], answer["logs"], answer["error"]) == (n * n, [], None)
    worker.stdin.close()
    assert worker.wait(timeout=30) == 0
    assert worker.stdout.read() == b""


def test_a_worker_given_garbage_ends_with_status_2(worker: subprocess.Popen[bytes]) -> None:
    assert worker.stdin is not None
    assert worker.stdout is not None
    assert read_frame(worker.stdout, 100) == {"ready": True}
    worker.stdin.write(b"\x00\x00\x00\x03{x}")
    worker.stdin.close()
    assert worker.wait(timeout=30) == 2


def test_a_worker_whose_memory_outgrows_the_allowance_is_killed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    process = WorkerProcess()
    try:
        process.wait_ready()
        # Before the run the worker holds nothing; while it runs, more than any run may add.
        readings = iter([0])
        monkeypatch.setattr(WorkerProcess, "_resident_bytes", lambda self: next(readings, 1 << 50))
        with pytest.raises(WorkerFailed) as failed:
            process.run(Job("exports = function() { while (true) {} };"), Limits(10.0, MiB))
        assert failed.value.error == {
            "name": "RangeError",
            "message": f"memory limit exceeded ({MiB} bytes)",
        }
    finally:
        process.dispose()
