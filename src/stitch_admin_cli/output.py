"""How commands show things: rich consoles, tables, JSON for scripts, prompts, progress.

Results go to standard output, everything else (progress, notes, errors) to standard error.
``--json`` prints plain JSON (JSON Lines for streams) and nothing else on standard output.
Colours follow rich, which honours ``NO_COLOR`` and ``TERM=dumb``; progress bars are drawn only
when standard output is a terminal. A prompt is refused when standard input is not one: a
script must say ``--yes`` instead of hanging.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import typer

from .problems import UsageProblem

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress


def console() -> Console:
    """Standard output (made at each use: tests swap ``sys.stdout``)."""
    from rich.console import Console

    return Console(highlight=False, soft_wrap=True)


def err_console() -> Console:
    from rich.console import Console

    return Console(stderr=True, highlight=False, soft_wrap=True)


def emit_json(value: Any) -> None:
    """One JSON document on one line of standard output."""
    sys.stdout.write(json.dumps(value, ensure_ascii=False, sort_keys=True, default=str) + "\n")
    sys.stdout.flush()


def table(columns: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    from rich.table import Table

    shown = Table(*columns, box=None, header_style="bold", pad_edge=False)
    for row in rows:
        shown.add_row(*("" if cell is None else str(cell) for cell in row))
    console().print(shown)


def stdin_is_terminal() -> bool:
    return sys.stdin.isatty()


def confirm(question: str) -> bool:
    """Ask a yes/no question (no by default); a usage error when nobody can answer."""
    if not stdin_is_terminal():
        raise UsageProblem("refusing to prompt: standard input is not a terminal; pass --yes")
    answer: bool = typer.confirm(question, default=False, err=True)
    return answer


@contextmanager
def progress_display() -> Iterator[Progress | None]:
    """A progress display on standard error while standard output is a terminal, else None."""
    if not sys.stdout.isatty():
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn

    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=err_console(),
        transient=True,
    ) as shown:
        yield shown


@contextmanager
def status(message: str) -> Iterator[None]:
    """A spinner with ``message`` while the block runs, when standard output is a terminal."""
    if not sys.stdout.isatty():
        yield
        return
    with err_console().status(message):
        yield
