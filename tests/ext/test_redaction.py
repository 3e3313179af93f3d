"""Secret and Redactor: credentials stay out of reprs, logs and messages."""

from __future__ import annotations

import base64
import copy
import json
import pickle
import re
from typing import Any
from urllib.parse import quote, quote_plus

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


def test_short_secrets_are_scrubbed_where_they_stand_alone() -> None:
    redactor = Redactor()
    redactor.remember("abc12", Secret("pw"))
    assert repr(redactor) == "Redactor(2 secrets)"
    assert redactor("password abc12 refused") == "password *** refused"
    assert redactor('{"apiKey":"abc12","p":"pw"}') == '{"apiKey":"***","p":"***"}'
    assert redactor("key=abc12&x=pw") == "key=***&x=***"
    # Inside a longer word they are not what was echoed: the word stays.
    assert redactor("xabc12 abc123 pwned upward") == "xabc12 abc123 pwned upward"


# A secret with characters that JSON, URLs and base64 each write their own way.
ODD = 'p@ss"w/rd\\ünï+ key&=1'


def _lower_hex(text: str) -> str:
    return re.sub(r"%[0-9A-F]{2}", lambda m: m.group().lower(), text)


ECHOES = {
    "json-escaped": lambda s: json.dumps(s)[1:-1],
    "json-escaped-utf8": lambda s: json.dumps(s, ensure_ascii=False)[1:-1],
    "url-encoded": lambda s: quote(s, safe=""),
    "url-encoded-plus": quote_plus,
    "url-encoded-path": quote,
    "url-encoded-lower-hex": lambda s: _lower_hex(quote(s, safe="")),
    "base64": lambda s: base64.b64encode(s.encode()).decode(),
    "base64url-unpadded": lambda s: base64.urlsafe_b64encode(s.encode()).decode().rstrip("="),
    "prefix": lambda s: s[:12],
    "prefix-json": lambda s: json.dumps(s)[1:14],
}


@pytest.mark.parametrize(
    "secret", [ODD, "fake-private-key-0123", "a1b2c3d4-e5f6-4711-8899-0a1b2c3d4e5f"]
)
@pytest.mark.parametrize("echo", list(ECHOES.values()), ids=list(ECHOES))
def test_a_secret_echoed_in_another_form_is_scrubbed(secret: str, echo: Any) -> None:
    redactor = Redactor()
    redactor.remember(Secret(secret))
    echoed = echo(secret)
    for text in (f"bad key {echoed}...", f'{{"error": "bad key \'{echoed}\'"}}', f"[{echoed}]"):
        scrubbed = redactor(text)
        assert echoed not in scrubbed, scrubbed
        assert "***" in scrubbed


@pytest.mark.parametrize("prefix", ["user:", "u:", "ab:"], ids=["offset-2", "offset-0", "offset-1"])
def test_a_secret_base64_encoded_with_other_text_is_scrubbed(prefix: str) -> None:
    # HTTP basic authentication, say: the secret's bytes sit at any offset of the encoding.
    secret = "fake-private-key-0123"
    redactor = Redactor()
    redactor.remember(secret)
    encoded = base64.b64encode(f"{prefix}{secret}".encode()).decode()
    scrubbed = redactor(f"Authorization: Basic {encoded}")
    # What encodes the secret's bytes alone (from the fourth character on) is gone.
    assert encoded[4:-4] not in scrubbed
    assert "***" in scrubbed


def test_a_cut_secret_is_scrubbed_but_a_word_sharing_its_start_is_not() -> None:
    redactor = Redactor()
    redactor.remember("fake-private-key-0123")
    assert redactor("key fake-private-k… refused") == "key ***… refused"
    assert redactor("key 'fake-priv' refused") == "key '***' refused"
    # The public key begins like the private one: it is not a piece of it.
    assert redactor("user fake-public, key fake") == "user fake-public, key fake"


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
