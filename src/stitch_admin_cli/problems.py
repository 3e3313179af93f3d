"""What a command can fail with, and how a failure is told: one line on standard error.

``CommandError`` is a failure of the command line's own (not logged in, no such app); the
SDK's ``StitchAdminError`` is a failure the service or a check reported. Both end the command
with status 1. ``UsageProblem`` is a command used wrongly (status 2), like the usage errors
typer reports itself.
"""

from __future__ import annotations


class CommandError(Exception):
    """A command cannot go on; the message says why in one line."""


class UsageProblem(Exception):
    """A command used wrongly (a missing answer with nobody to ask, options that do not go
    together); the message says how to use it instead."""


def one_line(error: BaseException) -> str:
    """An error as the command line reports it: its message, on one line (the problems of a
    configuration directory come one per line after it)."""
    from stitch_admin_ext.errors import InvalidConfigurationError

    if isinstance(error, InvalidConfigurationError):
        count = len(error.problems)
        head = f"the configuration directory has {count} problem{'s' if count != 1 else ''}:"
        return "\n".join([head, *(f"  {problem}" for problem in error.problems)])
    text = str(error).strip() or type(error).__name__
    first, *rest = text.splitlines()
    return first + (" …" if rest else "")
