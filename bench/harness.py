"""Timing rules shared by every scenario: interleaved rounds, medians, ratios within a round.

The machine is shared: another process may steal a core for a second at any time. So the
contenders of a figure run in the same round, one batch each, in an order that rotates from
round to round; a round's ratio compares batches taken a few milliseconds apart, and the figure
is the median of those ratios (the per-contender medians are printed beside it).
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Final

Call = Callable[[], object]


@dataclass(frozen=True)
class Settings:
    """How hard to measure: ``quick`` is the smoke run of the test suite."""

    rounds: int = 31
    warmup: int = 3
    # A batch lasts at least this long, so that timer resolution and scheduling noise are small.
    batch_seconds: float = 0.02
    quick: bool = False

    @classmethod
    def smoke(cls) -> Settings:
        return cls(rounds=3, warmup=1, batch_seconds=0.001, quick=True)


@dataclass
class Samples:
    """Per-call seconds of one contender, one value per round."""

    per_call: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.per_call)


def calibrate(call: Call, batch_seconds: float) -> int:
    """How many calls make a batch of about ``batch_seconds``."""
    n = 1
    while True:
        started = time.perf_counter()
        for _ in range(n):
            call()
        elapsed = time.perf_counter() - started
        if elapsed >= batch_seconds / 4 or n >= 1 << 20:
            return max(1, int(n * batch_seconds / max(elapsed, 1e-9)))
        n *= 4


def _batch(call: Call, n: int) -> float:
    gc.collect()
    started = time.perf_counter()
    for _ in range(n):
        call()
    return (time.perf_counter() - started) / n


def interleaved(contenders: Mapping[str, Call], settings: Settings) -> dict[str, Samples]:
    """Time every contender once per round, rotating which goes first."""
    names = list(contenders)
    sizes = {name: calibrate(contenders[name], settings.batch_seconds) for name in names}
    samples = {name: Samples() for name in names}
    for round_ in range(settings.warmup + settings.rounds):
        shift = round_ % len(names)
        for name in names[shift:] + names[:shift]:
            per_call = _batch(contenders[name], sizes[name])
            if round_ >= settings.warmup:
                samples[name].per_call.append(per_call)
    return samples


def median_ratio(samples: Mapping[str, Samples], measured: str, baseline: str) -> float:
    """The median over rounds of measured/baseline, each ratio taken within one round."""
    pairs = zip(samples[measured].per_call, samples[baseline].per_call, strict=True)
    return statistics.median(m / b for m, b in pairs)


@dataclass(frozen=True)
class Target:
    """``ratio <= limit`` (slower-is-worse figures) or ``ratio >= limit`` (faster-is-better)."""

    limit: float
    at_most: bool = True

    def met(self, ratio: float) -> bool:
        return ratio <= self.limit if self.at_most else ratio >= self.limit

    def __str__(self) -> str:
        return f"{'<=' if self.at_most else '>='} {self.limit:g}x"


@dataclass(frozen=True)
class Figure:
    """One printed line: a value, its baseline from the same run, their ratio and the target."""

    name: str
    value: float
    baseline: float | None
    unit: str
    ratio: float | None = None
    target: Target | str | None = None
    baseline_name: str = ""
    note: str = ""
    # For targets that are not a ratio (memory growth): whether it was met.
    verdict: bool | None = None

    @property
    def met(self) -> bool | None:
        if isinstance(self.target, Target) and self.ratio is not None:
            return self.target.met(self.ratio)
        return self.verdict

    def cells(self) -> list[str]:
        met = {True: "met", False: "MISSED", None: ""}[self.met]
        return [
            self.name,
            format_value(self.value, self.unit),
            "" if self.baseline is None else format_value(self.baseline, self.unit),
            "" if self.ratio is None else f"{self.ratio:.2f}x",
            "" if self.target is None else str(self.target),
            met,
        ]


@dataclass(frozen=True)
class Skipped:
    """A scenario that could not run here, and why."""

    name: str
    reason: str

    def line(self) -> str:
        return f"{self.name}: skipped ({self.reason})"


_SCALES: Final = (("s", 1.0), ("ms", 1e-3), ("µs", 1e-6))


def format_value(value: float, unit: str) -> str:
    if unit == "s":
        for suffix, scale in _SCALES:
            if value >= scale or suffix == "µs":
                return f"{value / scale:.1f} {suffix}"
    if unit == "MB":
        return f"{value:.1f} MB"
    if unit == "/s":
        return f"{value:,.0f}/s"
    return f"{value:g} {unit}".strip()


def figure_from(
    samples: Mapping[str, Samples],
    name: str,
    measured: str,
    baseline: str,
    *,
    target: Target | None = None,
    note: str = "",
) -> Figure:
    return Figure(
        name=name,
        value=samples[measured].median,
        baseline=samples[baseline].median,
        unit="s",
        ratio=median_ratio(samples, measured, baseline),
        target=target,
        baseline_name=baseline,
        note=note,
    )
