"""Decoders by key sequence (``types.Shapes``): the models' own decoding, compiled per sequence.

A bulk model's items decode by a decoder compiled for the keys they come with, built from the
blocks the template renders for the model's ``_decode``. Whatever the keys, their order and
their values, valid or not, a compiled decoder must give what ``_decode`` gives: an equal
model, or the same error. Keys come from the service: they are data, never code.
"""

from __future__ import annotations

import linecache
import traceback
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from stitch_admin_client import types as t
from stitch_admin_client.models import (
    EndpointLogEntry,
    GraphqlLogEntry,
    LogEntry,
    LogForwarderLogEntry,
    SchemaLogEntry,
    TriggerLogEntry,
)
from support import spec
from support import strategies as sts

BULK_MODELS = [
    LogEntry,
    TriggerLogEntry,
    EndpointLogEntry,
    GraphqlLogEntry,
    SchemaLogEntry,
    LogForwarderLogEntry,
]
ENTRY_SCHEMA = spec.resolve({"$ref": "#/components/schemas/LogEntry"})


def outcome(call: Any) -> tuple[str, str]:
    """What a call gives, comparable: the repr of its model, or the error's type and text."""
    try:
        return "model", repr(call())
    except Exception as error:  # any error must be the same error
        return type(error).__name__, str(error)


def both_ways(model: type[Any], raw: dict[str, Any]) -> tuple[tuple[str, str], tuple[str, str]]:
    decoder = model._shapes.compile(tuple(raw))
    assert decoder is not None  # the log entries have no required field
    compiled = outcome(lambda: decoder(object.__new__(model), raw))
    return compiled, outcome(lambda: object.__new__(model)._decode(raw))


@st.composite
def entries(draw: st.DrawFn) -> dict[str, Any]:
    """A log entry as the service may send it, or a broken one, its keys in any order, with
    unknown keys among them."""
    if draw(st.booleans()):
        value = draw(sts.valid(ENTRY_SCHEMA))
    else:
        value = draw(sts.mutated(ENTRY_SCHEMA))[1]
    if not isinstance(value, dict):
        value = {"messages": value}
    items = draw(st.permutations(list(value.items())))
    extra = draw(st.dictionaries(sts.keys, sts.weird_values, max_size=3))
    at = draw(st.integers(0, len(items)))
    return dict(items[:at] + list(extra.items()) + items[at:])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(raw=entries(), model=st.sampled_from(BULK_MODELS))
def test_a_compiled_decoder_gives_what_the_model_s_decoding_gives(
    raw: dict[str, Any], model: type[Any]
) -> None:
    compiled, plain = both_ways(model, raw)
    assert compiled == plain


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(page=st.lists(entries(), max_size=12), repeat=st.integers(1, 3))
def test_a_list_decodes_item_by_item_as_from_dict_does(
    page: list[dict[str, Any]], repeat: int
) -> None:
    items = page * repeat  # sequences met again: compiled
    decoded = t.decode_items(LogEntry, items, "logs")
    assert len(decoded) == len(items)
    for item, raw in zip(decoded, items, strict=True):
        # An item that does not match raises from its first field the error decoding raised.
        got = (
            outcome(lambda i=item: i.id)
            if isinstance(item, t.Unmatched)
            else outcome(lambda i=item: i)
        )
        assert got == outcome(lambda r=raw: LogEntry.from_dict(r))


HOSTILE_KEYS = [
    '"); import os; os._exit(1); ("',
    "'''\nraise SystemExit\n'''",
    "\\",
    "_value_",
    "_extra_keys",
    "self",
    "src_dict",
    "_0",
    "id",  # a field's attribute name, not its key (`_id`)
    "type_",
    "{}",
    "",
    "\x00",
    "é" * 300,
]


def test_keys_are_data_never_code() -> None:
    raw = {"_id": "e1", **{key: key for key in HOSTILE_KEYS}, "status": 200}
    for _ in range(2):  # the second time by the compiled decoder
        (entry,) = t.decode_items(LogEntry, [dict(raw)], "logs")
        assert type(entry) is LogEntry
        assert (entry.id, entry.status) == ("e1", 200)
        assert entry.additional_properties == {key: key for key in HOSTILE_KEYS}
    assert LogEntry._shapes[tuple(raw)] is not None


def test_a_decoder_is_compiled_the_second_time_a_sequence_is_met() -> None:
    shapes = t.Shapes("LogEntry", LogEntry._shapes.namespace, LogEntry._shapes.fields, extras=True)
    keys = ("_id", "status", "seldom")
    assert shapes[keys] is None  # met once
    assert keys not in shapes
    decoder = shapes[keys]
    assert decoder is not None
    assert shapes[keys] is decoder
    entry = decoder(object.__new__(LogEntry), {"_id": "a", "status": 1, "seldom": [2]})
    assert (entry.id, entry.status, entry["seldom"], entry.error) == ("a", 1, [2], t.UNSET)


def test_the_tables_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    shapes = t.Shapes(
        "LogEntry", LogEntry._shapes.namespace, LogEntry._shapes.fields, extras=True, limit=3
    )
    monkeypatch.setattr(shapes, "SEEN_LIMIT", 5)
    sequences = [("_id", f"extra{n}") for n in range(8)]
    for keys in sequences:
        shapes[keys]
    assert len(shapes._seen) == 5
    compiled = [keys for keys in sequences if shapes[keys] is not None]
    assert compiled == sequences[:3]  # up to the limit; the others were met once too many
    assert len(shapes) == 3
    # Beyond the bounds, the model's own decoding still decodes every item.
    items = [{"_id": "x", f"extra{n}": n} for n in range(8)]
    decoded = t.decode_items(LogEntry, items * 2, "logs")
    assert [entry[f"extra{n % 8}"] for n, entry in enumerate(decoded)] == list(range(8)) * 2


def test_a_sequence_of_very_many_keys_is_left_to_the_model() -> None:
    raw = {"_id": "e1", **{f"k{n}": n for n in range(5000)}}
    for _ in range(3):
        (entry,) = t.decode_items(LogEntry, [raw], "logs")
        assert (entry.id, len(entry.additional_properties)) == ("e1", 5000)
    assert LogEntry._shapes[tuple(raw)] is None
    assert tuple(raw) not in LogEntry._shapes  # nothing compiled, nothing kept


def test_a_sequence_without_a_required_field_is_left_to_the_model() -> None:
    block = 'count = _value_\nif count.__class__ is not int:\n    count = _t.expect_int(count, "n")'
    fields = (t.Field("n", "count", True, block), t.Field("s", "label", False, "label = _value_"))
    shapes = t.Shapes("Counted", {"_t": t, "UNSET": t.UNSET}, fields, extras=False)
    assert shapes.compile(("s",)) is None
    for _ in range(3):
        assert shapes[("s", "x")] is None
    met_once, met_twice = shapes[("n",)], shapes[("n",)]
    assert met_once is None
    decoder = met_twice
    assert decoder is not None

    class Counted:
        count: int
        label: Any

    counted = decoder(Counted(), {"n": 3})
    assert (counted.count, counted.label) == (3, t.UNSET)
    with pytest.raises(TypeError, match="'n' should be an integer"):
        decoder(Counted(), {"n": "3"})


def test_a_traceback_through_a_compiled_decoder_shows_its_lines() -> None:
    decoder = LogEntry._shapes.compile(("_id", "status"))
    assert decoder is not None
    with pytest.raises(TypeError) as caught:
        decoder(object.__new__(LogEntry), {"_id": "a", "status": "ok"})
    frames = [f for f in traceback.extract_tb(caught.value.__traceback__) if "decoder of" in f[0]]
    (frame,) = frames
    assert frame.filename.startswith("<LogEntry decoder of 2 keys #")
    assert "optional_int(status" in linecache.getline(frame.filename, frame.lineno or 0)
