"""Secret and Redactor: credentials stay out of reprs, logs and messages."""

from __future__ import annotations

import copy
import pickle

import pytest
from support.ext import make_jwt

from stitch_admin_ext.redaction import Redactor, Secret, redact_tokens

VALUE = "hunter2-private-key"


def test_secret_is_masked_everywhere_it_could_be_printed() -> None:
    secret = Secret(VALUE)
    shown = [
        repr(secret),
        str(secret),
        f"{secret}",
        f"{secret!r}",
        repr([secret]),
        str({1: secret}),
    ]
    for text in shown:
        assert VALUE not in text
        assert "***" in text
    assert secret.reveal() == VALUE


def test_secret_equality_and_hash_follow_the_value() -> None:
    assert Secret(VALUE) == Secret(VALUE)
    assert hash(Secret(VALUE)) == hash(Secret(VALUE))
    assert Secret(VALUE) != Secret("other-value")
    assert Secret(VALUE) != VALUE  # a secret is not equal to its bare string
    assert len({Secret(VALUE), Secret(VALUE), Secret("other-value")}) == 2


@pytest.mark.parametrize(("value", "truth"), [("", False), ("x", True), (VALUE, True)])
def test_secret_truth_is_the_value_s(value: str, truth: bool) -> None:
    assert bool(Secret(value)) is truth


@pytest.mark.parametrize("value", [None, b"bytes", 42, Secret("nested")])
def test_secret_only_wraps_strings(value: object) -> None:
    with pytest.raises(TypeError, match="must be a str"):
        Secret(value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "dump",
    [
        pickle.dumps,
        lambda s: pickle.dumps({"token": s}, protocol=pickle.HIGHEST_PROTOCOL),
        lambda s: pickle.dumps([s], protocol=0),
        copy.copy,
        copy.deepcopy,
    ],
    ids=["pickle", "pickle-in-dict", "pickle-protocol-0", "copy", "deepcopy"],
)
def test_secret_cannot_be_pickled_or_copied(dump: object) -> None:
    with pytest.raises(TypeError, match="cannot be pickled"):
        dump(Secret(VALUE))  # type: ignore[operator]


def test_redactor_scrubs_remembered_secrets() -> None:
    redactor = Redactor()
    redactor.remember(VALUE, Secret("refresh-token-xyz"), None, "")
    text = f"key={VALUE}; refresh=refresh-token-xyz; again {VALUE}"
    assert redactor(text) == "key=***; refresh=***; again ***"
    assert VALUE not in repr(redactor)
    assert repr(redactor) == "Redactor(2 secrets)"


def test_redactor_replaces_the_longest_secret_first() -> None:
    redactor = Redactor()
    # The short one is a prefix of the long one: replacing it first would leave the long one's
    # tail in the text.
    redactor.remember("secret-one", "secret-one-and-more")
    assert redactor("a secret-one-and-more b secret-one c") == "a *** b *** c"


def test_redactor_ignores_secrets_too_short_to_be_credentials() -> None:
    redactor = Redactor()
    redactor.remember("abc", "12345", Secret("short"))
    assert redactor("abc 12345 short") == "abc 12345 short"
    assert repr(redactor) == "Redactor(0 secrets)"


def test_redactor_remembers_across_calls() -> None:
    redactor = Redactor()
    redactor.remember("first-secret")
    redactor.remember("second-secret")
    assert redactor("first-secret second-secret") == "*** ***"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"token {make_jwt({'sub': 'x'})} rest", "token *** rest"),
        (f"[{make_jwt({'exp': 1}, pad=True)}]", "[***]"),
        ("unsigned eyJhbGciOiJub25l.eyJzdWIiOiIxIn0. end", "unsigned *** end"),
        ("Authorization: Bearer abc.def-123", "Authorization: Bearer ***"),
        ('{"h": "bearer   tok123", "n": 1}', '{"h": "bearer   ***", "n": 1}'),
        ("BEARER tok;next", "BEARER ***;next"),
        ("nothing secret here: eyJ.a.b, bearer", "nothing secret here: eyJ.a.b, bearer"),
    ],
    ids=["jwt", "padded-jwt", "unsigned-jwt", "bearer", "bearer-quoted", "bearer-caps", "clean"],
)
def test_token_shapes_are_scrubbed_without_being_remembered(text: str, expected: str) -> None:
    assert Redactor()(text) == expected
    assert redact_tokens(text) == expected


def test_redact_tokens_does_not_know_any_session_secret() -> None:
    assert redact_tokens(f"key={VALUE}") == f"key={VALUE}"
