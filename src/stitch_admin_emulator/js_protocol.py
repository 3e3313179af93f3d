"""What crosses the pipe between the server and a function worker process, and how.

A frame is a 4-byte big-endian length followed by that many bytes of UTF-8 JSON. The server
sends `{"job": ..., "limits": ...}`; the worker first says `{"ready": true}`, then answers each
job with one `{"result", "logs", "error", "seconds"}` frame. JSON is written with
`ensure_ascii`, so a lone surrogate that reached Python (JSON.stringify escapes it as
`\\ud800`) can always be encoded; `decode_result` replaces each one with U+FFFD, as the
service does when it converts a JavaScript string, before any of it reaches the server.
"""

from __future__ import annotations

import json
import re
import struct
from typing import Any, BinaryIO

import attrs

_HEADER = struct.Struct(">I")
HEADER_SIZE = _HEADER.size
_SLACK_BYTES = 64 * 1024 * 1024
# A lone surrogate left in a decoded string (the decoder joins escaped pairs).
_SURROGATE = re.compile("[\ud800-\udfff]")


class ProtocolError(Exception):
    """A frame or message that does not follow the protocol."""


@attrs.frozen
class Job:
    """What to run. `arguments` is ignored when `eval_source` is given."""

    source: str
    arguments: list[Any] = attrs.field(factory=list)
    eval_source: str | None = None
    values: dict[str, Any] = attrs.field(factory=dict)
    functions: dict[str, str] = attrs.field(factory=dict)  # name -> source
    user: dict[str, Any] = attrs.field(factory=dict)
    # `context.environment`: {"tag": the app's environment, "values": its environment values}.
    environment: dict[str, Any] = attrs.field(factory=lambda: {"tag": "", "values": {}})


@attrs.frozen
class RunResult:
    result: Any
    logs: list[str]
    error: dict[str, str] | None
    seconds: float

    @property
    def execution_time(self) -> str:
        return f"{self.seconds * 1000:.3f}ms"


@attrs.frozen
class Limits:
    seconds: float
    memory_bytes: int

    @property
    def data_allowance(self) -> int:
        """How much memory of every kind a run may add to its worker process.

        The limit, as much again and 64 MiB: V8 checks its heap limit only after a garbage
        collection, by when the heap can have grown past it by half as much again or more;
        the heap limit should stop such a run before the process runs out of data space.
        """
        return 2 * self.memory_bytes + _SLACK_BYTES

    @property
    def time_message(self) -> str:
        return f"execution time limit exceeded ({self.seconds:g}s)"

    @property
    def memory_message(self) -> str:
        return f"memory limit exceeded ({self.memory_bytes} bytes)"

    @property
    def max_frame_bytes(self) -> int:
        """The largest answer a worker may send: a result and logs it could hold, as JSON."""
        return max(2 * self.memory_bytes, 16 * 1024 * 1024)


def frame(message: dict[str, Any]) -> bytes:
    body = json.dumps(message, ensure_ascii=True, separators=(",", ":"))
    data = body.encode("ascii")
    return _HEADER.pack(len(data)) + data


def frame_length(header: bytes, limit: int) -> int:
    (length,) = _HEADER.unpack(header)
    if length > limit:
        raise ProtocolError(f"a frame of {length} bytes is over the limit of {limit}")
    return int(length)


def parse(body: bytes) -> dict[str, Any]:
    try:
        message = json.loads(body)
    except (UnicodeDecodeError, ValueError) as exc:
        raise ProtocolError(f"a frame that is not JSON: {exc}") from None
    if not isinstance(message, dict):
        raise ProtocolError("a frame that is not a JSON object")
    return message


def read_frame(stream: BinaryIO, limit: int) -> dict[str, Any] | None:
    """The next message from a blocking stream; None at its end (before a frame starts)."""
    header = stream.read(HEADER_SIZE)
    if not header:
        return None
    if len(header) < HEADER_SIZE:
        raise ProtocolError("the stream ended inside a frame header")
    length = frame_length(header, limit)
    body = stream.read(length)
    if len(body) < length:
        raise ProtocolError("the stream ended inside a frame")
    return parse(body)


def well_formed(value: Any) -> Any:
    """`value` (decoded JSON) with every lone surrogate in its strings and keys made U+FFFD."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [well_formed(item) for item in value]
    if isinstance(value, dict):
        return {well_formed(key): well_formed(item) for key, item in value.items()}
    return value


def job_message(job: Job, limits: Limits) -> dict[str, Any]:
    return {"job": attrs.asdict(job), "limits": attrs.asdict(limits)}


def decode_job(message: dict[str, Any]) -> tuple[Job, Limits]:
    try:
        return Job(**message["job"]), Limits(**message["limits"])
    except (KeyError, TypeError) as exc:
        raise ProtocolError(f"not a job: {exc}") from None


def result_message(run: RunResult) -> dict[str, Any]:
    return {"result": run.result, "logs": run.logs, "error": run.error, "seconds": run.seconds}


def _is_error(error: Any) -> bool:
    return (
        isinstance(error, dict)
        and set(error) == {"name", "message"}
        and all(isinstance(part, str) for part in error.values())
    )


def decode_result(body: bytes) -> RunResult:
    """A worker's answer; strings made well formed only when the text escapes a surrogate."""
    message = parse(body)
    if b"\\ud" in body or b"\\uD" in body:
        message = well_formed(message)
    logs, error, seconds = message.get("logs"), message.get("error"), message.get("seconds")
    if not (isinstance(logs, list) and all(isinstance(line, str) for line in logs)):
        raise ProtocolError("an answer without a list of log lines")
    if error is not None and not _is_error(error):
        raise ProtocolError("an answer whose error is not {name, message}")
    if not isinstance(seconds, int | float) or "result" not in message:
        raise ProtocolError("an answer without a result or a duration")
    return RunResult(message["result"], logs, error, float(seconds))
