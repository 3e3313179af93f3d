"""The emulator's pure parts on their own: multipart framing, the log cursor, tokens."""

from __future__ import annotations

import random
from typing import Any

import pytest

from stitch_admin_emulator import multipart, tokens
from stitch_admin_emulator.log_store import LogQuery, LogStore, normalize
from stitch_admin_emulator.timestamps import parse_us


def body(
    *parts: bytes, boundary: bytes = b"B", preamble: bytes = b"", epilogue: bytes = b""
) -> bytes:
    out = preamble
    for part in parts:
        out += b"--" + boundary + b"\r\n" + part + b"\r\n"
    return out + b"--" + boundary + b"--" + epilogue


@pytest.mark.parametrize(
    ("content_type", "boundary"),
    [
        ("multipart/mixed; boundary=abc", "abc"),
        ('Multipart/Mixed; charset=x; boundary="a b:c"', "a b:c"),
        ("multipart/form-data;boundary=xyz", "xyz"),
    ],
)
def test_the_boundary_is_read_from_the_content_type(content_type: str, boundary: str) -> None:
    assert multipart.boundary_of(content_type) == boundary


@pytest.mark.parametrize(
    "content_type",
    [
        None,
        "text/plain; boundary=a",
        "multipart/mixed",
        'multipart/mixed; boundary=""',
        "multipart/mixed; boundary=" + "x" * 71,
    ],
)
def test_bad_content_types_are_refused(content_type: str | None) -> None:
    with pytest.raises(multipart.MultipartError):
        multipart.boundary_of(content_type)


def test_parts_keep_their_bytes_exactly() -> None:
    content = b"--B\r\n--Bx\r\n\n--B\r\n\r\nX--B-- \x00\xff\r\n"
    parsed = multipart.parse(
        body(
            b'Content-Disposition: form-data; name="meta"\r\n'
            b"Content-Type: application/json\r\n\r\n{}",
            b'content-disposition: form-data; name="file"; filename="a"\r\n\r\n' + content,
            b"\r\n",
            preamble=b"ignored preamble\r\n",
            epilogue=b"\r\nignored epilogue",
        ),
        "B",
    )
    assert [part.name for part in parsed] == ["meta", "file", None]
    assert parsed[0].headers["content-type"] == "application/json"
    assert parsed[1].content == content
    assert parsed[2].content == b""


def test_transport_padding_after_a_delimiter_is_allowed() -> None:
    raw = b"--B \t\r\nX-A: 1\r\n\r\nabc\r\n--B--"
    assert multipart.parse(raw, "B")[0].content == b"abc"


@pytest.mark.parametrize(
    "raw",
    [
        b"--B\r\nX: 1\r\n\r\nabc",
        b"--B\r\nX: 1\r\n\r\nabc\n--B--",
        b"--B\r\nno colon here\r\n\r\nabc\r\n--B--",
        b"--B\r\nX: 1 and no end of headers",
        b"",
    ],
)
def test_broken_framing_is_refused(raw: bytes) -> None:
    with pytest.raises(multipart.MultipartError):
        multipart.parse(raw, "B")


def reference_pages(entries: list[tuple[int, dict[str, Any]]], query: LogQuery) -> list[str]:
    """Brute force: the matching entries newest first, ties in reverse insertion order."""
    matching = [
        (ms, index, entry)
        for index, (ms, entry) in enumerate(entries)
        if (query.start_us is None or ms * 1000 > query.start_us)
        and (query.end_us is None or ms * 1000 <= query.end_us)
        and query.matches(entry)
    ]
    matching.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return [entry["_id"] for _, _, entry in matching]


def walk(store: LogStore, query: LogQuery) -> list[str]:
    seen: list[str] = []
    while True:
        page = store.page(query)
        seen += [entry["_id"] for entry in page["logs"]]
        if "nextEndDate" not in page:
            return seen
        query = LogQuery(
            start_us=query.start_us,
            end_us=parse_us(page["nextEndDate"]),
            skip=page.get("nextSkip", 0),
            errors_only=query.errors_only,
            user_id=query.user_id,
            co_id=query.co_id,
        )


@pytest.mark.parametrize("seed", range(12))
def test_walking_the_cursor_matches_brute_force(seed: int) -> None:
    generator = random.Random(seed)  # noqa: S311 - reproducible test data
    entries = []
    ms = 1_700_000_000_000
    for index in range(generator.randint(0, 900)):
        if generator.random() < 0.05:
            ms += generator.randint(1, 3)
        entry = {
            "_id": str(index),
            "user_id": generator.choice("ab"),
            "co_id": generator.choice("xyz"),
            **({"error": "e"} if generator.random() < 0.3 else {}),
        }
        entries.append((ms, entry))
    generator.shuffle(entries)
    store = LogStore()
    half = len(entries) // 2
    for ms_value, entry in entries[:half]:
        store.add(ms_value, entry)
    store.extend(entries[half:])
    low = 1_700_000_000_000 + generator.randint(0, 10)
    queries = [
        LogQuery(),
        LogQuery(errors_only=True),
        LogQuery(user_id="a", co_id="y"),
        LogQuery(start_us=low * 1000, end_us=(low + 20) * 1000 + 999),
        LogQuery(start_us=low * 1000 + 500, errors_only=True),
    ]
    for query in queries:
        assert walk(store, query) == reference_pages(entries, query)


def test_normalize_fills_in_an_id_and_a_start() -> None:
    ms, entry = normalize({"type": "API"}, 1_000)
    assert ms == 1_000
    assert entry["started"] == "1970-01-01T00:00:01.000Z"
    assert len(entry["_id"]) == 24
    assert normalize({"started": "1970-01-01T01:00:00.5+01:00"}, 0)[0] == 500


def test_tokens_round_trip_and_refuse_tampering() -> None:
    secret = b"s" * 32
    token = tokens.encode({"sub": "me", "exp": 1.5}, secret)
    assert tokens.decode(token, secret) == {"sub": "me", "exp": 1.5}
    header, payload, signature = token.split(".")
    for forged in (
        f"{header}.{payload}.{signature[:-2]}",
        f"{header}.{payload[:-2]}.{signature}",
        "eyJhbGciOiJub25lIn0." + payload + ".",
        token + ".extra",
        "ünicode.a.b",
    ):
        with pytest.raises(tokens.InvalidToken):
            tokens.decode(forged, secret)
    with pytest.raises(tokens.InvalidToken):
        tokens.decode(token, b"another secret")
