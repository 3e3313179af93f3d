"""A demo application with generated log entries, for `--seed-logs N`."""

from __future__ import annotations

import random

from stitch_admin_emulator import ids, log_store, timestamps
from stitch_admin_emulator.state import AppRecord, Store

DEMO_APP_NAME = "demo"
_TYPES = ("API", "FUNCTION", "AUTH", "WEBHOOK", "DB_TRIGGER")


def demo_app(store: Store, entries: int) -> AppRecord:
    """An app named `demo` in the default group whose log holds `entries` entries, one every
    250 ms up to now, with runs of equal timestamps and an error in every tenth one. An
    emulator restarted on its data directory finds the app it made before."""
    with store.transaction():
        for app in store.apps_of_group(store.settings.group_id):
            if app.name == DEMO_APP_NAME:
                return app
        app = store.create_app(store.settings.group_id, DEMO_APP_NAME, "US-VA", "GLOBAL")
        _seed(store, app, entries)
        return app


def _seed(store: Store, app: AppRecord, entries: int) -> None:
    # Seeded, so the same count gives the same entries; nothing here is a secret.
    generator = random.Random(entries)  # noqa: S311
    now = timestamps.now_ms()
    user_ids = [ids.object_id() for _ in range(5)]
    batch = []
    for index in range(entries):
        started = now - (entries - index) // 3 * 250  # three entries share each instant
        entry = {
            "co_id": ids.object_id(),
            "type": generator.choice(_TYPES),
            "app_id": app.id,
            "group_id": app.group_id,
            "domain_id": app.domain_id,
            "user_id": generator.choice(user_ids),
            "request_url": f"/demo/{index}",
            "request_method": "POST",
            "started": timestamps.format_ms(started),
            "completed": timestamps.format_ms(started + generator.randint(1, 40)),
            "status": 200,
            "messages": [f"demo entry {index}"],
        }
        if index % 10 == 9:
            entry |= {
                "error": f"demo failure {index}",
                "error_code": "FunctionExecutionError",
                "status": 500,
            }
        batch.append(log_store.normalize(entry, now))
    store.current.add_logs(app, batch)
