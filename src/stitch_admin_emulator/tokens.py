"""JSON Web Tokens signed with HS256: just what the emulator's sessions need, on the stdlib."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from collections.abc import Mapping
from typing import Any

_HEADER = {"alg": "HS256", "typ": "JWT"}


class InvalidToken(Exception):
    """The text is not a JWT this emulator signed."""


def _b64encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _b64decode(text: str) -> bytes:
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (ValueError, TypeError) as exc:
        raise InvalidToken("malformed base64") from exc


def _json_segment(value: Mapping[str, Any]) -> str:
    return _b64encode(json.dumps(value, separators=(",", ":"), sort_keys=True).encode())


def _signature(signing_input: str, secret: bytes) -> bytes:
    return hmac.new(secret, signing_input.encode("ascii"), hashlib.sha256).digest()


def encode(claims: Mapping[str, Any], secret: bytes) -> str:
    signing_input = f"{_json_segment(_HEADER)}.{_json_segment(claims)}"
    return f"{signing_input}.{_b64encode(_signature(signing_input, secret))}"


def decode(token: str, secret: bytes) -> dict[str, Any]:
    """The claims of a token whose signature checks out; InvalidToken otherwise.

    Expiry is not checked here: callers answer an expired token differently from a forged one.
    """
    parts = token.split(".")
    if len(parts) != 3 or not token.isascii():
        raise InvalidToken("not a JWT")
    header_segment, claims_segment, signature_segment = parts
    expected = _signature(f"{header_segment}.{claims_segment}", secret)
    if not hmac.compare_digest(expected, _b64decode(signature_segment)):
        raise InvalidToken("bad signature")
    try:
        header = json.loads(_b64decode(header_segment))
        claims = json.loads(_b64decode(claims_segment))
    except ValueError as exc:
        raise InvalidToken("malformed JSON") from exc
    if not isinstance(header, dict) or header.get("alg") != "HS256" or not isinstance(claims, dict):
        raise InvalidToken("unexpected header or claims")
    return claims
