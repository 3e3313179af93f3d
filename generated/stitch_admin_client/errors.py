"""The errors the generated endpoint functions raise through a plain ``Client``.

A client can replace them: the endpoint functions raise whatever the client's
``invalid_argument``, ``unexpected_status`` and ``unexpected_body`` methods return
(``stitch_admin_ext`` returns its own typed errors). No message quotes a body or an argument's
value, which may hold tokens.
"""


class InvalidArgument(ValueError):
    """An argument cannot be sent: an empty or malformed id, a date without an offset, a value
    of the wrong type. Raised before any request; ``parameter`` names the argument."""

    def __init__(self, parameter: str, problem: str) -> None:
        self.parameter = parameter
        self.problem = problem
        super().__init__(f"{parameter}: {problem}")


class UnexpectedStatus(Exception):
    """The answer's status is not one of the operation's success statuses."""

    def __init__(self, status_code: int, content: bytes) -> None:
        self.status_code = status_code
        self.content = content
        super().__init__(f"unexpected status {status_code} ({len(content)} bytes of body)")


class UnexpectedBody(Exception):
    """The answer has a success status, but its body does not match the document."""

    def __init__(self, status_code: int, content: bytes, cause: Exception) -> None:
        self.status_code = status_code
        self.content = content
        self.cause = cause
        super().__init__(
            f"status {status_code}: the body does not match the document"
            f" ({type(cause).__name__}: {cause})"
        )


__all__ = ["InvalidArgument", "UnexpectedBody", "UnexpectedStatus"]
