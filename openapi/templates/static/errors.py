"""The errors the generated endpoint functions raise through a plain ``Client``.

A client can replace them: the endpoint functions raise whatever the client's
``unexpected_status`` and ``unexpected_body`` methods return (``stitch_admin_ext`` returns its
own typed errors). Neither message quotes the body, which may hold tokens.
"""


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


__all__ = ["UnexpectedBody", "UnexpectedStatus"]
