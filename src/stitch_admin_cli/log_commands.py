"""``logs``: an app's log, streamed (one entry at a time, whatever its length).

Without ``--follow`` the matching entries are printed newest first, as the service pages them
(``--concurrency N`` reads N pages at a time, in the same order). With ``--follow`` the
command prints entries as they arrive, oldest first, each once, until interrupted: the SDK's
follow mode (``iter_logs(follow=True)``), which also catches entries written up to
``--lateness`` seconds late. ``--json`` prints JSON Lines: one entry, as the service gave it,
per line.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Annotated, Any, Final

import typer

from .connection import Options, find_app, group_of, open_admin
from .output import console, emit_json
from .problems import UsageProblem

if TYPE_CHECKING:
    from stitch_admin_client.models import LogEntry


_RELATIVE = re.compile(r"(\d+(?:\.\d+)?)\s*([smhdw])")
_UNITS: Final = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
# How far back each poll of a tail reaches before the last entry printed: entries that share
# a timestamp with it, or land a little late, are not lost (and are printed once).
_OVERLAP: Final = timedelta(seconds=1)


def register(app: typer.Typer) -> None:
    app.command()(logs)


def when(text: str | None, now: datetime | None = None) -> datetime | None:
    """A ``--since`` / ``--until`` value: ISO 8601, or a duration ago (``90s``, ``15m``,
    ``2h``, ``1d``, ``1w``); a date without a timezone is UTC."""
    if text is None:
        return None
    relative = _RELATIVE.fullmatch(text.strip())
    if relative is not None:
        seconds = float(relative.group(1)) * _UNITS[relative.group(2)]
        return (now or datetime.now(UTC)) - timedelta(seconds=seconds)
    try:
        parsed = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise typer.BadParameter(
            f"{text!r} is neither an ISO 8601 date-time nor a duration such as 15m or 2h"
        ) from None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def line(entry: LogEntry) -> str:
    """One entry on one line: time, type, what ran, the error (or ok) and its messages."""
    started = (
        entry.started.isoformat(timespec="milliseconds")
        if isinstance(entry.started, datetime)
        else "-"
    )
    kind = str(entry.type_) if entry.type_ else "-"
    name = entry.function_name or entry.event_subscription_name or entry.request_url or ""
    outcome = f"error: {entry.error}" if entry.error else "ok"
    messages = entry.messages if isinstance(entry.messages, list) else []
    shown = " | " + "; ".join(str(m) for m in messages) if messages else ""
    return " ".join(part for part in (started, kind, name, outcome) if part) + shown


def _kept(types: list[str] | None) -> Callable[[LogEntry], bool]:
    wanted = {kind.upper() for kind in types or []}
    return lambda entry: not wanted or str(entry.type_).upper() in wanted


def logs(
    ctx: typer.Context,
    app: Annotated[str, typer.Argument(help="the app: name, id or client app id")],
    *,
    since: Annotated[
        str | None, typer.Option(help="entries after this time (ISO 8601, or 15m, 2h, 1d ago)")
    ] = None,
    until: Annotated[str | None, typer.Option(help="entries up to this time")] = None,
    errors_only: Annotated[
        bool, typer.Option("--errors-only", help="only entries with an error")
    ] = False,
    types: Annotated[
        list[str] | None,
        typer.Option("--type", help="only entries of this type (FUNCTION, AUTH...); repeatable"),
    ] = None,
    follow: Annotated[
        bool, typer.Option("--follow", "-f", help="keep printing new entries until Ctrl-C")
    ] = False,
    interval: Annotated[
        float, typer.Option(help="seconds between polls with --follow", min=0.2)
    ] = 2.0,
    lateness: Annotated[
        float,
        typer.Option(help="with --follow: how late (seconds) an entry may be written and be seen"),
    ] = 60.0,
    concurrency: Annotated[
        int, typer.Option(help="pages read at once (same entries, same order)", min=1, max=64)
    ] = 1,
    as_json: Annotated[bool, typer.Option("--json", help="print JSON Lines")] = False,
) -> None:
    """Print the app's log."""
    if follow and until is not None:
        raise UsageProblem("--follow and --until do not go together")
    start, end = when(since), when(until)
    options: Options = ctx.ensure_object(Options)
    admin, saved = open_admin(options)
    keep = _kept(types)
    out = console()

    def show(entry: LogEntry) -> None:
        if as_json:
            emit_json(_json(entry))
        else:
            out.print(line(entry), markup=False, style="red" if entry.error else None)

    with admin:
        handle, _ = find_app(admin, group_of(options, saved), app)
        if follow:
            entries = handle.iter_logs(
                start_date=start,
                errors_only=errors_only or None,
                follow=True,
                poll_interval=interval,
                lateness=lateness,
            )
        else:
            entries = handle.iter_logs(
                start_date=start,
                end_date=end,
                errors_only=errors_only or None,
                concurrency=concurrency,
            )
        try:
            for entry in entries:
                if keep(entry):
                    show(entry)
        except KeyboardInterrupt:
            return


def _json(entry: LogEntry) -> dict[str, Any]:
    return entry.to_dict()
