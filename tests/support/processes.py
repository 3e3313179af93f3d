"""Child processes that tests stop with Ctrl-C (SIGINT), as a user at a terminal would."""

from __future__ import annotations

import signal


def default_sigint() -> None:
    """``preexec_fn`` of such children: SIGINT back to its default before the program starts,
    so that Python turns it into KeyboardInterrupt. A test run started as a background job of a
    shell without job control ignores SIGINT, and children inherit an ignored signal."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
