"""Emulator: one emulator's state and machinery, shared by the API and the control endpoints."""

from __future__ import annotations

from stitch_admin_emulator import api, seeding
from stitch_admin_emulator.counters import Counters
from stitch_admin_emulator.faults import FaultBook
from stitch_admin_emulator.js_runtime import FunctionRunner, Limits
from stitch_admin_emulator.settings import EmulatorConfig
from stitch_admin_emulator.state import AppRecord, Store


class Emulator:
    def __init__(self, settings: EmulatorConfig) -> None:
        self.settings = settings
        self.store = Store(settings)
        self.counters = Counters()
        self.faults = FaultBook()
        self.operations = api.operations()
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

    def close(self) -> None:
        self.runner.close()
