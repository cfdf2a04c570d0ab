"""Formatting of benchmark figures: one line per measurement, ratio against plain SQLite."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Figure:
    name: str
    vault_ms: float
    plain_ms: float | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.plain_ms is None or self.plain_ms <= 0:
            return None
        return self.vault_ms / self.plain_ms


@dataclass
class Report:
    title: str
    figures: list[Figure] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)

    def add(self, figure: Figure) -> None:
        self.figures.append(figure)

    def render(self) -> str:
        lines = [self.title, "=" * len(self.title),
                 f"{'measurement':<44}{'vault':>12}{'plain':>12}{'ratio':>8}  note"]
        for f in self.figures:
            plain = f"{f.plain_ms:10.2f}ms" if f.plain_ms is not None else f"{'-':>12}"
            ratio = f"{f.ratio:7.2f}x" if f.ratio is not None else f"{'-':>8}"
            lines.append(f"{f.name:<44}{f.vault_ms:10.2f}ms{plain}{ratio}  {f.note}")
        lines.extend(self.extra)
        return "\n".join(lines)


def time_ms(fn: Callable[[], object], *, repeat: int = 1) -> float:
    """Median wall time of ``fn`` in milliseconds."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p50 = ordered[len(ordered) // 2]
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return p50, p95
