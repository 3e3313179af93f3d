"""Stream every log entry of a time window to a JSON Lines file, resumably; or follow a log.

    python examples/export_logs.py APP_ID --start 2024-05-01T00:00:00Z --end 2024-05-02T00:00:00Z \
        --out logs.jsonl [--concurrency 16]

After each page, the entries are appended and flushed to disk, then the page's cursor is saved
next to the output (`logs.jsonl.cursor`) together with the output's length at that moment. If
the run is interrupted, running the same command again truncates the output back to that length
and continues from the cursor: every entry is written exactly once. The cursor file is removed
when the export completes. Progress goes to stderr.

`--concurrency N` reads N pages at a time: the file is the same, entry for entry, and an export
interrupted with one concurrency resumes with any other.

    python examples/export_logs.py APP_ID --follow [--start ...] --out live.jsonl

`--follow` appends new entries as they arrive, oldest first, each once (entries written late
included, see `iter_logs`), after those since `--start` if given, until Ctrl-C. A follow is not
resumable: running it again with the same `--start` writes those entries again.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import IO

from settings import Settings, SettingsError, fail, say
from stitch_admin_client.models import LogEntry

from stitch_admin_ext import LogCursor, StitchAdmin, errors


def save_state(path: Path, cursor: LogCursor, length: int) -> None:
    """Write the resume point atomically: the cursor and how many bytes of output it covers."""
    temporary = path.with_suffix(path.suffix + ".part")
    temporary.write_text(
        json.dumps({"cursor": cursor.to_json(), "length": length}), encoding="utf-8"
    )
    os.replace(temporary, path)


def load_state(path: Path) -> tuple[LogCursor | None, int]:
    if not path.exists():
        return None, 0
    state = json.loads(path.read_text(encoding="utf-8"))
    return LogCursor.from_json(state["cursor"]), int(state["length"])


def export(admin: StitchAdmin, group_id: str, app_id: str, args: argparse.Namespace) -> int:
    out_path = Path(args.out)
    state_path = out_path.with_name(out_path.name + ".cursor")
    cursor, length = load_state(state_path)
    if cursor is not None:
        say(
            f"Resuming from {cursor.end_date.isoformat()} (skip {cursor.skip}) after {length} bytes"
        )
    mode = "r+" if cursor is not None else "w"
    written = 0
    started = time.monotonic()
    with out_path.open(mode, encoding="utf-8") as out:
        out.truncate(length)
        out.seek(length)
        pages = admin.iter_log_pages(
            group_id,
            app_id,
            start_date=args.start,
            end_date=args.end,
            errors_only=args.errors_only or None,
            cursor=cursor,
            concurrency=args.concurrency,
        )
        for page in pages:
            write_page(out, page.entries)
            written += len(page.entries)
            if page.cursor is not None:
                save_state(state_path, page.cursor, out.tell())
            rate = written / max(time.monotonic() - started, 1e-6)
            print(f"\r{written} entries ({rate:,.0f}/s)", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    state_path.unlink(missing_ok=True)
    say(f"Exported {written} entries to {out_path}")
    return written


def follow(admin: StitchAdmin, group_id: str, app_id: str, args: argparse.Namespace) -> int:
    """Append new entries to the output as they arrive, until Ctrl-C."""
    out_path = Path(args.out)
    written = 0
    say(f"Following the log of {app_id} into {out_path} (Ctrl-C to stop)")
    entries = admin.iter_logs(
        group_id,
        app_id,
        start_date=args.start,
        errors_only=args.errors_only or None,
        follow=True,
        poll_interval=args.poll_interval,
        lateness=args.lateness,
        concurrency=args.concurrency,
    )
    with out_path.open("a", encoding="utf-8") as out:
        try:
            for entry in entries:
                write_page(out, [entry])
                written += 1
        except KeyboardInterrupt:
            pass
    say(f"Stopped following after {written} entries")
    return written


def write_page(out: IO[str], entries: list[LogEntry]) -> None:
    for entry in entries:
        out.write(json.dumps(entry.to_dict(), separators=(",", ":")) + "\n")
    out.flush()
    os.fsync(out.fileno())


def parse_arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("app_id", help="the application's id (24 hexadecimal characters)")
    parser.add_argument("--start", help="exclusive start, ISO 8601 with an offset (e.g. ...Z)")
    parser.add_argument("--end", help="inclusive end, ISO 8601 with an offset")
    parser.add_argument("--errors-only", action="store_true", help="only entries with an error")
    parser.add_argument("--out", required=True, help="the JSON Lines file to write")
    parser.add_argument(
        "--concurrency", type=int, default=1, help="pages read at a time (default 1)"
    )
    parser.add_argument(
        "--follow", action="store_true", help="append new entries as they arrive, until Ctrl-C"
    )
    parser.add_argument(
        "--poll-interval", type=float, default=2.0, help="seconds between polls (--follow)"
    )
    parser.add_argument(
        "--lateness",
        type=float,
        default=60.0,
        help="how late an entry may be written and still be caught, in seconds (--follow)",
    )
    args = parser.parse_args(argv)
    if args.follow and args.end:
        parser.error("--follow has no end: leave out --end")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_arguments(argv)
    try:
        settings = Settings.from_env()
    except SettingsError as exc:
        return fail("export_logs", str(exc), 2)
    try:
        with settings.login() as admin:
            if args.follow:
                follow(admin, settings.group_id, args.app_id, args)
            else:
                export(admin, settings.group_id, args.app_id, args)
    except errors.StitchAdminError as exc:
        return fail("export_logs", f"failed: {exc} (run the same command again to resume)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
