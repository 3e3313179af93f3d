"""Reading a request's body within limits: size, time and media type.

The body is read chunk by chunk as it arrives: one that declares or reaches more than its limit
is refused with 413 at once, without buffering the rest, and a client that stops sending in the
middle gets 408 once `timeout` seconds pass without a byte. An operation that takes JSON
refuses any other declared media type with 415 (an empty body needs none), and an upload
refuses anything but a multipart body.
"""

from __future__ import annotations

import asyncio
from typing import Literal

from starlette.requests import ClientDisconnect, Request

from stitch_admin_emulator.errors import ApiError

Kind = Literal["json", "multipart"]
_MULTIPART = ("multipart/mixed", "multipart/form-data")


def too_large(limit: int) -> ApiError:
    return ApiError(413, f"the request body is larger than {limit} bytes", "PayloadTooLarge")


def media_type(request: Request) -> str:
    return request.headers.get("content-type", "").split(";", 1)[0].strip().lower()


def _check_media_type(request: Request, kind: Kind | None) -> None:
    declared = media_type(request)
    if (
        kind == "json"
        and declared not in ("", "application/json")
        and not declared.endswith("+json")
    ):
        raise ApiError(
            415,
            f"the request body must be application/json, not {declared}",
            "UnsupportedMediaType",
        )
    if kind == "multipart" and declared not in _MULTIPART:
        raise ApiError(
            415,
            f"the upload must be multipart/mixed, not {declared or 'unlabelled'}",
            "UnsupportedMediaType",
        )


def declared_length(request: Request) -> int | None:
    text = request.headers.get("content-length")
    if text is None:
        return None
    text = text.strip()
    if not (text.isascii() and text.isdigit()):
        raise ApiError(400, "the Content-Length header is not a number", "BadRequest")
    return int(text)


async def read(request: Request, *, limit: int, timeout: float, kind: Kind | None) -> bytes:
    """The whole body, or an ApiError (413, 408, 415); ClientDisconnect if the client left."""
    declared = declared_length(request)
    if declared is not None and declared > limit:
        raise too_large(limit)
    more = declared != 0 or "transfer-encoding" in request.headers
    if declared or "transfer-encoding" in request.headers:
        _check_media_type(request, kind)  # before reading: a wrong type is refused at once
    chunks: list[bytes] = []
    size = 0
    while more:
        try:
            message = await asyncio.wait_for(request.receive(), timeout)
        except TimeoutError as exc:
            raise ApiError(
                408, f"no part of the request body arrived for {timeout:g} s", "RequestTimeout"
            ) from exc
        if message["type"] == "http.disconnect":
            raise ClientDisconnect
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise too_large(limit)
        chunks.append(chunk)
        more = message.get("more_body", False)
    return b"".join(chunks)
