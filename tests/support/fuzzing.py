"""The response fuzzer's machinery: answers, the transport that serves them, and the checks.

A ``FuzzService`` is an ``httpx.MockTransport`` handler that answers login and refresh the way
the service does, and every other request with the ``Answer`` a test queued for it (per route,
for the procedures that make several requests). ``observe`` runs one call and keeps what came
out: a result or a ``StitchAdminError``; anything else escapes and fails the test. The checks
then hold the outcome to the contract:

- a valid body under a documented success status gives a typed model whose ``to_dict()`` is the
  body again (date-times compared as instants, unknown fields and enum values kept);
- any other answer gives a typed result or a ``StitchAdminError`` of the class its status calls
  for, with a non-empty message that quotes no secret of the session and no body value;
- ``str`` and ``repr`` of results and errors work.

``Tally`` counts the cases per tag and what they ended as, for ``make fuzz`` to print.
"""

from __future__ import annotations

import collections
import enum
import io
import itertools
import json
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from typing import Any, Final

import attrs
import httpx
from hypothesis import strategies as st
from stitch_admin_client import models
from stitch_admin_client.types import File

from stitch_admin_ext import errors
from stitch_admin_ext.auth import INTERNAL

from . import spec
from . import strategies as sts

API: Final = "/api/admin/v3.0"
BASE_URL: Final = "https://stitch.example"
USERNAME: Final = "fuzz-public-key"

Route = Callable[[httpx.Request], bool]


# ------------------------------------------------------------------ answers


@attrs.frozen
class Answer:
    """One HTTP answer, and what the document says about it."""

    status: int
    content: bytes = b""
    headers: dict[str, str] = attrs.field(factory=dict)
    kind: str = "valid"
    # The JSON value of a body the document accepts under a documented success status.
    body: Any = None
    valid: bool = False

    @property
    def decodable(self) -> bool:
        """Whether httpx can read the bytes as they are (no Content-Encoding to undo)."""
        return self.headers.get("Content-Encoding", "identity") == "identity"

    def response(self) -> httpx.Response:
        # A stream, as from the network: reading it (and decoding it) happens in the client.
        return httpx.Response(
            self.status, headers=self.headers, stream=httpx.ByteStream(self.content)
        )


def json_answer(status: int, body: Any) -> Answer:
    return Answer(status, json.dumps(body).encode(), {"Content-Type": "application/json"})


OK_LOGIN: Final = json_answer(
    200,
    {"access_token": sts.ACCESS_TOKEN, "refresh_token": sts.REFRESH_TOKEN, "user_id": "fuzz-user"},
)
OK_REFRESH: Final = json_answer(201, {"access_token": sts.ACCESS_TOKEN})
INVALID_SESSION: Final = json_answer(
    401, {"error": "invalid session: token expired", "error_code": "InvalidSession"}
)
DEFAULT: Final = json_answer(200, {"_id": spec.OBJECT_ID, "name": "default"})


def _zip(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


_names = st.text(alphabet="abcdef._-/", min_size=1, max_size=8).filter(lambda n: n.strip("/."))
zips = st.dictionaries(_names, st.binary(max_size=32), max_size=3).map(_zip)


@attrs.frozen
class Negotiated:
    """A success answered with JSON of ``json`` or with a zip archive, as ``Accept`` asked; the
    client goes by the answer's Content-Type."""

    json: Any


def _success_schemas(op: spec.Operation) -> dict[int, Any]:
    """Documented success statuses → their JSON schema (None: no body; "zip": an archive;
    ``Negotiated``: either)."""
    found: dict[int, Any] = {}
    for code, response in spec.success_responses(op).items():
        content = response.get("content") or {}
        if "application/zip" in content and "application/json" in content:
            found[code] = Negotiated(spec.json_schema_of(response))
        elif "application/zip" in content:
            found[code] = "zip"
        else:
            found[code] = spec.json_schema_of(response)
    return found


def _answered_schema(schema: Any, answer: Answer) -> Any:
    """The schema an answer's body is judged by: a negotiated one's, by its Content-Type."""
    if not isinstance(schema, Negotiated):
        return schema
    media = answer.headers.get("Content-Type", "").partition(";")[0].strip().lower()
    return "zip" if media == "application/zip" else schema.json


@st.composite
def answers(draw: st.DrawFn, op: spec.Operation) -> Answer:
    """An answer to ``op``: valid, mutated, not JSON at all, or under any status 100-599."""
    successes = _success_schemas(op)
    code = draw(st.sampled_from(sorted(successes)))
    schema = successes[code]
    if isinstance(schema, Negotiated):
        schema = draw(st.sampled_from(["zip", schema.json]))
    kind = draw(st.sampled_from(["valid", "valid", "valid", "mutated", "mutated", "raw", "status"]))
    if kind == "valid":
        return draw(_valid_answer(code, schema))
    if kind == "mutated" and schema is not None:
        if schema == "zip":
            broken = draw(zips)[: draw(st.integers(0, 40))]
            return Answer(code, broken, {"Content-Type": "application/zip"}, "mutated:zip")
        done, value = draw(sts.mutated(schema))
        content = sts.encode(value, style=draw(st.sampled_from(sts.ENCODINGS)))
        return Answer(code, content, draw(sts.headers()), f"mutated:{done}")
    if kind in ("mutated", "raw"):
        raw_kind, content = draw(sts.raw_bodies(None if schema == "zip" else schema))
        status = draw(st.sampled_from([code, code, *range(200, 207)]))
        return Answer(status, content, draw(sts.headers()), f"raw:{raw_kind}")
    return draw(status_answers(successes))


@st.composite
def _valid_answer(draw: st.DrawFn, code: int, schema: Any) -> Answer:
    heads = draw(sts.headers(broken_encoding=False))
    if schema is None:
        return Answer(code, b"", heads, "valid", valid=True)
    if schema == "zip":
        return Answer(code, draw(zips), {"Content-Type": "application/zip"}, "valid", valid=True)
    body = draw(sts.valid(schema))
    content = sts.encode(body, style=draw(st.sampled_from(sts.ENCODINGS)))
    return Answer(code, content, heads, "valid", body=body, valid=True)


_INTERESTING_STATUSES: Final = (
    100, 101, 102, 103, 199, 200, 201, 202, 203, 204, 205, 206, 207, 226, 299,
    300, 301, 302, 303, 304, 307, 308, 399, 400, 401, 402, 403, 404, 405, 406, 408,
    409, 410, 413, 415, 418, 422, 425, 429, 451, 499, 500, 501, 502, 503, 504, 505,
    507, 511, 520, 529, 599,
)  # fmt: skip


@st.composite
def status_answers(draw: st.DrawFn, successes: dict[int, Any]) -> Answer:
    """Any status from 100 to 599, with an error body, a success body, or nothing."""
    status = draw(st.one_of(st.sampled_from(_INTERESTING_STATUSES), st.integers(100, 599)))
    body_kind = draw(st.sampled_from(["error", "error", "success", "empty"]))
    heads = draw(sts.headers())
    if body_kind == "error":
        error_kind, content = draw(sts.error_bodies())
        return Answer(status, content, heads, f"status:{error_kind}")
    if body_kind == "success":
        schema = successes[min(successes)]
        if isinstance(schema, Negotiated):
            schema = schema.json
        valid = draw(_valid_answer(min(successes), schema))
        return Answer(status, valid.content, heads, "status:success-body")
    return Answer(status, b"", heads, "status:empty")


# ------------------------------------------------------------------ the service


class Hang(AssertionError):
    """One call made far more requests than any call needs: left alone, it would not end."""


# No call of the SDK needs this many requests (a retried refresh and request make about 12; a
# log read of a few pages, or a deployment polled for a few milliseconds, a few dozen).
REQUEST_BUDGET: Final = 1000


def is_login(request: httpx.Request) -> bool:
    path = request.url.path.removeprefix(API)
    return path.startswith("/auth/providers/") and path.endswith("/login")


def is_refresh(request: httpx.Request) -> bool:
    return request.method == "POST" and request.url.path == API + "/auth/session"


class FuzzService:
    """A MockTransport handler: the session's own requests answered well, the others as queued.

    ``routes`` maps a request predicate to the answers for the matching requests, used in turn
    and then from the start again. Without routes, every request is the session's own. ``login``
    and ``refresh`` answer the session's own logins and refreshes (the first login, and those the
    auth flow makes).
    """

    def __init__(self) -> None:
        self.routes: list[tuple[Route, Iterator[Answer]]] = []
        self.login: Iterator[Answer] = itertools.repeat(OK_LOGIN)
        self.refresh: Iterator[Answer] = itertools.repeat(OK_REFRESH)
        self.requests = 0
        self.case_requests = 0

    def serve(self, *routes: tuple[Route, Iterable[Answer]]) -> None:
        """Answer the next case's requests so (and start counting them)."""
        self.routes = [(match, itertools.cycle(list(queue))) for match, queue in routes]
        self.case_requests = 0

    def serve_all(self, answer: Answer) -> None:
        self.serve((lambda _: True, [answer]))

    def answer_logins(self, *answers: Answer) -> None:
        self.login = itertools.cycle(answers or (OK_LOGIN,))

    def answer_refreshes(self, *answers: Answer) -> None:
        self.refresh = itertools.cycle(answers or (OK_REFRESH,))

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        self.case_requests += 1
        if self.case_requests > REQUEST_BUDGET:
            raise Hang(f"{self.case_requests} requests for one call: it does not end")
        own = request.extensions.get(INTERNAL) or not self.routes
        if own and is_login(request):
            return next(self.login).response()
        if own and is_refresh(request):
            return next(self.refresh).response()
        for match, queue in self.routes:
            if match(request):
                return next(queue).response()
        return DEFAULT.response()


def route(method: str, pattern: str) -> Route:
    """Requests with this method whose path (after the API root) matches the regex entirely."""
    compiled = re.compile(pattern)
    return lambda request: (
        request.method == method and bool(compiled.fullmatch(request.url.path.removeprefix(API)))
    )


# ------------------------------------------------------------------ outcomes


@attrs.frozen
class Outcome:
    result: Any = None
    error: errors.StitchAdminError | None = None


def observe(call: Callable[[], Any]) -> Outcome:
    """Run ``call``: a result or a StitchAdminError is an outcome; anything else fails the test."""
    try:
        return Outcome(result=call())
    except errors.StitchAdminError as exc:
        return Outcome(error=exc)


def check_error(
    error: errors.StitchAdminError, secrets: Iterable[str] = sts.SECRETS, *, bodies: bool = True
) -> None:
    """Every error: a message, working str and repr, no secret, and (``bodies``) no body value
    quoted except the service's own error text and the ids and status of a deployment."""
    texts = [str(error), repr(error), error.message]
    assert error.message.strip(), repr(error)
    for secret in secrets:
        for text in texts:
            assert secret not in text, (secret, text)
        for field in (error.error, error.error_code):
            assert field is None or secret not in field, (secret, field)
    if bodies and not isinstance(error, errors.APIError | errors.DeploymentError):
        # The request's path may hold ids the service gave (a draft's, a deployment's).
        paths = [error.path, repr(error.path)[1:-1]] if error.path else []
        for text in texts:
            rest = text
            for path in paths:
                rest = rest.replace(path, "")
            assert sts.CANARY not in rest, text


def check_outcome(
    outcome: Outcome, secrets: Iterable[str] = sts.SECRETS, *, bodies: bool = True
) -> None:
    if outcome.error is not None:
        check_error(outcome.error, secrets, bodies=bodies)
    else:
        check_result(outcome.result)


def check_result(result: Any) -> None:
    """A result's str and repr work, and its models serialize."""
    str(result)
    repr(result)
    for item in result if isinstance(result, list) else [result]:
        if hasattr(item, "to_dict"):
            try:
                json.dumps(item.to_dict())
            except errors.UnexpectedResponseError:
                # A log page is decoded when first used, and a log entry that does not match
                # raises on its own use: a bad field raises the typed error then, rather than
                # from the call.
                assert _is_decoded_on_use(item), item


def _is_decoded_on_use(item: Any) -> bool:
    from stitch_admin_client.models import LogEntry, LogPage  # noqa: PLC0415

    return isinstance(item, LogEntry | LogPage)


_BY_STATUS: Final = {
    400: errors.BadRequestError,
    401: errors.AuthenticationError,
    403: errors.PermissionDeniedError,
    404: errors.NotFoundError,
    409: errors.ConflictError,
    429: errors.RateLimitError,
}


def expected_error(answer: Answer) -> type[errors.StitchAdminError] | None:
    """The error class an answer's status calls for (None: a success status)."""
    status = answer.status
    if 200 <= status <= 299:
        return None
    if status < 400:
        return errors.UnexpectedStatusError
    return _BY_STATUS.get(status) or (errors.ServerError if status >= 500 else errors.APIError)


def check_status_error(answer: Answer, outcome: Outcome) -> None:
    """A non-2xx answer gave the error its status calls for, carrying that status."""
    expected = expected_error(answer)
    assert expected is not None
    if not answer.decodable and isinstance(outcome.error, errors.UnexpectedResponseError):
        return
    assert isinstance(outcome.error, expected), (answer, outcome)
    assert outcome.error.status_code == answer.status


# ------------------------------------------------------------------ generated operations


def result_schema(op: spec.Operation, status: int) -> Any:
    return _success_schemas(op).get(status)


def check_generated(op: spec.Operation, answer: Answer, outcome: Outcome) -> None:
    """The contract of a generated operation called through ``admin.client``."""
    check_outcome(outcome)
    if not answer.decodable and isinstance(outcome.error, errors.UnexpectedResponseError):
        return  # the body could not be decoded: that is found before the status is looked at
    successes = _success_schemas(op)
    if expected_error(answer) is not None:
        check_status_error(answer, outcome)
        return
    if answer.status not in successes:
        if all(schema is None for schema in successes.values()):
            assert outcome == Outcome(None), (answer, outcome)
        else:
            assert isinstance(outcome.error, errors.UnexpectedStatusError), (answer, outcome)
        return
    schema = _answered_schema(successes[answer.status], answer)
    if schema is None:
        assert outcome == Outcome(None), (answer, outcome)
        return
    if answer.valid:
        assert outcome.error is None, (answer, outcome.error)
    if outcome.error is not None:
        assert isinstance(outcome.error, errors.UnexpectedResponseError), (answer, outcome)
        return
    check_typed(schema, outcome.result)
    if answer.valid and schema != "zip":
        assert same_json(to_json(outcome.result), answer.body), (answer.body, outcome.result)


def check_typed(schema: Any, value: Any) -> None:
    """``value`` is what the generated code makes of a body of ``schema``."""
    if schema == "zip":
        assert isinstance(value, File)
        return
    if "oneOf" in schema:
        for option in schema["oneOf"]:
            try:
                check_typed(option, value)
            except AssertionError:
                continue
            return
        raise AssertionError((schema, value))
    if "$ref" in schema:
        model = getattr(models, schema["$ref"].rsplit("/", 1)[1])
        assert isinstance(value, model), (model, value)
    elif schema.get("type") == "array":
        assert isinstance(value, list)
        for item in value:
            check_typed(schema.get("items", {}), item)


def to_json(value: Any) -> Any:
    if isinstance(value, list):
        return [to_json(item) for item in value]
    if isinstance(value, enum.Enum):
        return value.value
    if hasattr(value, "to_dict"):
        return value.to_dict()
    return value


def _instant(text: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def same_json(left: Any, right: Any) -> bool:
    """Equal JSON values, date-times compared as instants (to the microsecond)."""
    if isinstance(left, dict) and isinstance(right, dict):
        return left.keys() == right.keys() and all(same_json(left[k], right[k]) for k in left)
    if isinstance(left, list) and isinstance(right, list):
        return len(left) == len(right) and all(map(same_json, left, right))
    if isinstance(left, str) and isinstance(right, str) and left != right:
        instants = _instant(left), _instant(right)
        return None not in instants and instants[0] == instants[1]
    return bool(type(left) is type(right) and left == right) or (
        isinstance(left, int | float)
        and isinstance(right, int | float)
        and not isinstance(left, bool)
        and not isinstance(right, bool)
        and left == right
    )


# ------------------------------------------------------------------ counting


@attrs.define
class Tally:
    """Cases per tag, and what they ended as: a result, or an error of some class."""

    cases: collections.Counter[str] = attrs.field(factory=collections.Counter)
    outcomes: dict[str, collections.Counter[str]] = attrs.field(
        factory=lambda: collections.defaultdict(collections.Counter)
    )
    targets: dict[str, set[str]] = attrs.field(factory=lambda: collections.defaultdict(set))

    def add(self, tag: str, target: str, outcome: Outcome, *, valid: bool) -> None:
        self.cases[tag] += 1
        self.targets[tag].add(target)
        if outcome.error is not None:
            self.outcomes[tag][type(outcome.error).__name__] += 1
        else:
            self.outcomes[tag]["valid->model" if valid else "result"] += 1

    def to_json(self) -> str:
        return json.dumps(
            {
                "cases": self.cases,
                "outcomes": self.outcomes,
                "targets": {tag: sorted(names) for tag, names in self.targets.items()},
            }
        )

    def merge(self, text: str) -> None:
        """Add the counts of another run (``to_json``'s text)."""
        data = json.loads(text)
        self.cases.update(data["cases"])
        for tag, counts in data["outcomes"].items():
            self.outcomes[tag].update(counts)
        for tag, names in data["targets"].items():
            self.targets[tag].update(names)

    def lines(self) -> list[str]:
        rows = []
        for tag in sorted(self.cases):
            counts = self.outcomes[tag]
            rest = ", ".join(
                f"{name} {count}"
                for name, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
                if name not in ("valid->model", "result")
            )
            rows.append(
                f"{tag:<27} {self.cases[tag]:>6} cases ({len(self.targets[tag]):>2} targets):"
                f" valid->model {counts['valid->model']}, other result {counts['result']};"
                f" errors: {rest or 'none'}"
            )
        total = sum(self.cases.values())
        rows.append(f"{'total':<27} {total:>6} cases")
        return rows


TALLY: Final = Tally()
