"""Formatting of benchmark figures: one line per measurement, ratio against plain SQLite.

Each figure holds wall time and, where it was measured, CPU time of this
process.  On a shared or loaded machine the wall time swings with whatever else
runs; the CPU time does not, so the CPU ratio is the steadier measure of what
SQLCipher itself costs (docs/PERFORMANCE.md, "Reading the figures").
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Figure:
    name: str
    vault_ms: float
    plain_ms: float | None = None
    note: str = ""
    #: CPU time of the process (user + system) for the same runs, if measured.
    vault_cpu_ms: float | None = None
    plain_cpu_ms: float | None = None
    #: What the figure is held to, e.g. "<= 150 ms" (empty: no target).
    target: str = ""
    #: Whether the target was met (None: no target or not judged).
    met: bool | None = None

    @property
    def ratio(self) -> float | None:
        if self.plain_ms is None or self.plain_ms <= 0:
            return None
        return self.vault_ms / self.plain_ms

    @property
    def cpu_ratio(self) -> float | None:
        if self.vault_cpu_ms is None or self.plain_cpu_ms is None or self.plain_cpu_ms <= 0:
            return None
        return self.vault_cpu_ms / self.plain_cpu_ms


@dataclass
class Report:
    title: str
    figures: list[Figure] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    #: Peak resident size of the process that measured this report (MiB).
    peak_rss_mib: float | None = None
    seconds: float | None = None

    def add(self, figure: Figure) -> Figure:
        self.figures.append(figure)
        return figure

    def figure(self, name: str) -> Figure | None:
        return next((f for f in self.figures if f.name == name), None)

    def render(self) -> str:
        lines = [self.title, "=" * len(self.title),
                 f"{'measurement':<48}{'vault':>12}{'plain':>12}{'ratio':>8}{'cpu':>8}  note"]
        for f in self.figures:
            plain = f"{f.plain_ms:10.2f}ms" if f.plain_ms is not None else f"{'-':>12}"
            ratio = f"{f.ratio:7.2f}x" if f.ratio is not None else f"{'-':>8}"
            cpu = f"{f.cpu_ratio:7.2f}x" if f.cpu_ratio is not None else f"{'-':>8}"
            note = f.note
            if f.target:
                verdict = "" if f.met is None else (" ok" if f.met else " MISSED")
                note = f"[target {f.target}{verdict}] {note}".rstrip()
            lines.append(f"{f.name:<48}{f.vault_ms:10.2f}ms{plain}{ratio}{cpu}  {note}")
        lines.extend(self.extra)
        if self.peak_rss_mib is not None:
            lines.append(f"peak RSS of this part: {self.peak_rss_mib:.0f} MiB")
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Report:
        figures = [Figure(**f) for f in data.get("figures", [])]
        return cls(title=data["title"], figures=figures, extra=list(data.get("extra", [])),
                   peak_rss_mib=data.get("peak_rss_mib"), seconds=data.get("seconds"))


def time_ms(fn: Callable[[], object], *, repeat: int = 1) -> float:
    """Median wall time of ``fn`` in milliseconds."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def timed(fn: Callable[[], object], *, repeat: int = 1) -> tuple[float, float]:
    """Median wall and median CPU time of ``fn`` in milliseconds."""
    walls, cpus = [], []
    for _ in range(repeat):
        start, cpu = time.perf_counter(), time.process_time()
        fn()
        cpus.append((time.process_time() - cpu) * 1000)
        walls.append((time.perf_counter() - start) * 1000)
    return statistics.median(walls), statistics.median(cpus)


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p50 = ordered[len(ordered) // 2]
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return p50, p95


def judge(figure: Figure, *, target: str, limit: float, value: float | None = None) -> Figure:
    """Mark ``figure`` against an upper ``limit`` (on ``value``, default its vault time)."""
    figure.target = target
    measured = figure.vault_ms if value is None else value
    figure.met = measured <= limit
    return figure


def interleaved(name: str, vault_fn: Callable[[], object], plain_fn: Callable[[], object], *,
                repeat: int, note: str = "") -> Figure:
    """A figure from vault and plain runs alternated (so background load hits both
    alike): median wall and CPU times of each side."""
    walls: tuple[list[float], list[float]] = ([], [])
    cpus: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeat):
        for i, fn in enumerate((vault_fn, plain_fn)):
            wall, cpu = timed(fn)
            walls[i].append(wall)
            cpus[i].append(cpu)
    return Figure(name, statistics.median(walls[0]), statistics.median(walls[1]), note=note,
                  vault_cpu_ms=statistics.median(cpus[0]),
                  plain_cpu_ms=statistics.median(cpus[1]))
