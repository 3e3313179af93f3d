"""The few kinds of answer the Admin API gives: JSON, no content, and error bodies."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from starlette.responses import JSONResponse, Response

from stitch_admin_emulator.errors import ApiError


def json_response(
    content: Any, status: int = 200, headers: dict[str, str] | None = None
) -> Response:
    return JSONResponse(content, status_code=status, headers=headers)


def created(content: Any) -> Response:
    return JSONResponse(content, status_code=201)


def no_content() -> Response:
    return Response(status_code=204)


def error_response(error: ApiError, headers: Mapping[str, str] | None = None) -> Response:
    return JSONResponse(error.body(), status_code=error.status, headers=headers)
