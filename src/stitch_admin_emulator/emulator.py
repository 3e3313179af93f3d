"""Emulator: one emulator's state and machinery, shared by the API and the control endpoints."""

from __future__ import annotations

import hmac
import secrets

from stitch_admin_emulator import registry, seeding
from stitch_admin_emulator.counters import Counters
from stitch_admin_emulator.faults import FaultBook
from stitch_admin_emulator.js_runtime import FunctionRunner, Limits
from stitch_admin_emulator.persistence import Durable, Persistence, Volatile
from stitch_admin_emulator.settings import EmulatorConfig
from stitch_admin_emulator.state import AppRecord, Store


class Emulator:
    def __init__(self, settings: EmulatorConfig) -> None:
        self.settings = settings
        persistence: Persistence = (
            Volatile() if settings.data_dir is None else Durable(settings.data_dir)
        )
        self.store = Store(settings, persistence)
        self.control_token = settings.control_token or secrets.token_urlsafe(24)
        self.counters = Counters()
        self.faults = FaultBook()
        self.operations = registry.operations()
        self.runner = FunctionRunner(
            Limits(settings.function_time_limit, settings.function_memory_limit),
            settings.function_workers,
        )
        self.demo_app: AppRecord | None = None
        if settings.seed_logs:
            self.demo_app = seeding.demo_app(self.store, settings.seed_logs)

    def reset(self) -> None:
        """Back to a fresh start: no applications, faults or counts; administrators stay."""
        with self.store.lock:
            self.store.reset()
            self.faults.clear()
            self.counters.reset()

    def accepts_control_token(self, token: str | None) -> bool:
        return token is not None and hmac.compare_digest(
            token.encode(), self.control_token.encode()
        )

    def close(self) -> None:
        """Stop the function workers and close the data directory (again: nothing happens)."""
        self.runner.close()
        self.store.close()
