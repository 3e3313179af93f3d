"""A strict, binary-safe parser for `multipart/mixed` (and `multipart/form-data`) bodies.

Framing follows RFC 2046: a part ends only at CRLF + `--` + boundary followed by `--` or by
optional whitespace and CRLF. Anything else, including the boundary text alone or after a
bare LF, is content, so a file may hold any bytes except that exact delimiter line.
"""

from __future__ import annotations

import re

import attrs

_BOUNDARY_CHARS = re.compile(r"[0-9A-Za-z'()+_,\-./:=? ]{1,70}")
_PARAMETER = re.compile(r';\s*([!#$%&\'*+\-.^_`|~0-9A-Za-z]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;\s]*)')


class MultipartError(ValueError):
    """The body is not a well-formed multipart body."""


@attrs.frozen
class Part:
    headers: dict[str, str]  # names in lower case
    content: bytes

    @property
    def name(self) -> str | None:
        """The `name` parameter of the part's Content-Disposition, if any."""
        disposition = self.headers.get("content-disposition")
        return None if disposition is None else header_parameters(disposition).get("name")


def header_parameters(value: str) -> dict[str, str]:
    """The `key=value` parameters after the first `;` of a header value, unquoted."""
    parameters = {}
    for key, raw in _PARAMETER.findall(value[value.find(";") :] if ";" in value else ""):
        quoted = raw.startswith('"')
        parameters[key.lower()] = re.sub(r"\\(.)", r"\1", raw[1:-1]) if quoted else raw
    return parameters


def boundary_of(content_type: str | None) -> str:
    """The boundary of a multipart Content-Type; MultipartError if there is none."""
    if content_type is None:
        raise MultipartError("the Content-Type header is missing")
    media_type = content_type.split(";", 1)[0].strip().lower()
    if media_type not in ("multipart/mixed", "multipart/form-data"):
        raise MultipartError(f"expected multipart/mixed, not {media_type or 'nothing'}")
    boundary = header_parameters(content_type).get("boundary")
    if not boundary or not _BOUNDARY_CHARS.fullmatch(boundary) or boundary.endswith(" "):
        raise MultipartError("the Content-Type has no valid boundary parameter")
    return boundary


def _delimiter_end(body: bytes, position: int, delimiter: bytes) -> tuple[int, bool] | None:
    """If a delimiter line starts at `position`: where the next part starts, and whether the
    delimiter closes the body. None if the bytes there are content after all."""
    after = position + len(delimiter)
    if body.startswith(b"--", after):
        return after + 2, True
    cursor = after
    while cursor < len(body) and body[cursor] in b" \t":
        cursor += 1
    if body.startswith(b"\r\n", cursor):
        return cursor + 2, False
    return None


def _next_delimiter(body: bytes, start: int, delimiter: bytes) -> tuple[int, int, bool]:
    """The next real delimiter at or after `start`: (its start, next part start, is close)."""
    search = start
    while True:
        found = body.find(b"\r\n" + delimiter, search)
        if found < 0:
            raise MultipartError("the body ends before its closing boundary")
        end = _delimiter_end(body, found + 2, delimiter)
        if end is not None:
            return found, end[0], end[1]
        search = found + 1


def _parse_headers(block: bytes) -> dict[str, str]:
    headers = {}
    for line in block.split(b"\r\n"):
        if not line:
            continue
        name, colon, value = line.partition(b":")
        if not colon or not name.strip():
            raise MultipartError("a part header line has no name")
        headers[name.strip().decode("latin-1").lower()] = value.strip().decode("latin-1")
    return headers


def parse(body: bytes, boundary: str) -> list[Part]:
    delimiter = b"--" + boundary.encode("latin-1")
    # The first delimiter may open the body or follow a preamble and a line break.
    if body.startswith(delimiter) and (first := _delimiter_end(body, 0, delimiter)) is not None:
        cursor, closed = first
    else:
        _, cursor, closed = _next_delimiter(body, 0, delimiter)
    parts = []
    while not closed:
        header_end = body.find(b"\r\n\r\n", cursor)
        if body.startswith(b"\r\n", cursor):
            headers, content_start = {}, cursor + 2
        elif header_end < 0:
            raise MultipartError("a part's headers do not end with an empty line")
        else:
            headers, content_start = _parse_headers(body[cursor:header_end]), header_end + 4
        # The line break before a delimiter belongs to the delimiter, even after empty content.
        content_end, cursor, closed = _next_delimiter(body, content_start, delimiter)
        parts.append(Part(headers, body[content_start:content_end]))
    return parts
