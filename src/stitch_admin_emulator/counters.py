"""Counters: what the emulator has seen, for tests that must prove what a client did."""

from __future__ import annotations

from collections import Counter
from typing import Any


class Counters:
    """Counts since the start or the last reset. Only requests under the API base path count."""

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.logins = 0
        self.refreshes = 0
        self.logouts = 0
        self.requests: Counter[str] = Counter()
        self.statuses: Counter[str] = Counter()
        self.faults_injected = 0
        self.function_runs = 0
        self.deployments = 0
        # POST/PUT/PATCH requests to operations that require a body, sent without one.
        self.bodyless_writes = 0

    def snapshot(self) -> dict[str, Any]:
        return {
            "logins": self.logins,
            "refreshes": self.refreshes,
            "logouts": self.logouts,
            "requests": dict(self.requests),
            "statuses": dict(self.statuses),
            "faults_injected": self.faults_injected,
            "function_runs": self.function_runs,
            "deployments": self.deployments,
            "bodyless_writes": self.bodyless_writes,
        }
