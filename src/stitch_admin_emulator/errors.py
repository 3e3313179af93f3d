"""ApiError: an error answer of the Admin API, raised anywhere and rendered in one place."""

from __future__ import annotations

from typing import Any


class ApiError(Exception):
    """An error answer: `{"error": message, "error_code": code}` (no code when `code` is None)."""

    def __init__(self, status: int, message: str, code: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {"error": self.message}
        if self.code is not None:
            body["error_code"] = self.code
        return body


def bad_request(message: str, code: str = "BadRequest") -> ApiError:
    return ApiError(400, message, code)


def not_found(what: str, code: str) -> ApiError:
    return ApiError(404, f"{what} not found", code)


def conflict(message: str, code: str = "DuplicateName") -> ApiError:
    return ApiError(409, message, code)


def internal_error(what: str) -> ApiError:
    """An unexpected failure: nothing changed, and the message names no internals."""
    return ApiError(500, f"internal error: {what}; nothing was changed", "InternalServerError")
