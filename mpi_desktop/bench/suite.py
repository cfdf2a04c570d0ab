"""``mpi-desktop bench all``: every part, each in its own process, then a summary.

Each part runs as ``mpi-desktop bench PART --reuse DIR`` in a child process, so
its peak resident size is its own (a process's peak never goes down: measured in
one process, every phase would report the largest so far).  The children share
one workspace (seeded once, by the first child, unless it already exists), print
their own report as they finish, and hand their figures back as JSON for the
summary: every target, met or missed, and the peak RSS of each phase.
"""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from mpi_desktop.bench.machine import load_average, machine, peak_rss_mib
from mpi_desktop.bench.report import Report
from mpi_desktop.bench.workspace import Workspace, is_workspace

#: Parts in the order ``all`` runs them: read-only first, writers later.
PARTS = ("start", "vault", "cases", "packet", "report", "import", "backup", "scaling")
MAX_RSS_MIB = 300.0


def run_part(name: str, ws: Workspace, *, kdf_ms: int, progress: Callable[[int, int], None]
             | None) -> Report:
    """Run one part in this process."""
    start = time.perf_counter()
    report: Report
    if name == "seed":
        report = Report(f"Workspace: {ws.cases} demo cases in {ws.root}")
        report.figures.extend(ws.seed_figures())
        report.extra.append(f"built {ws.manifest.get('built', '?')} by app "
                            f"{ws.manifest.get('app_version', '?')}")
    elif name == "start":
        from mpi_desktop.bench import start_bench
        report = start_bench.run(ws)
    elif name == "vault":
        from mpi_desktop.bench import vault_bench
        report = vault_bench.run(ws, kdf_ms=kdf_ms)
    elif name == "cases":
        from mpi_desktop.bench import cases_bench
        report = cases_bench.run(ws)
    elif name == "packet":
        from mpi_desktop.bench import packet_bench
        report = packet_bench.run(ws)
    elif name == "report":
        from mpi_desktop.bench import report_bench
        report = report_bench.run(ws)
    elif name == "import":
        from mpi_desktop.bench import import_bench
        report = import_bench.run(ws)
    elif name == "backup":
        from mpi_desktop.bench import backup_bench
        report = backup_bench.run(ws)
    elif name == "scaling":
        from mpi_desktop.bench import scaling_bench
        report = scaling_bench.run(ws, progress=progress)
    else:
        raise ValueError(f"unknown benchmark part: {name}")
    if name != "seed":
        report.extra.append(ws.schema_note())
    report.seconds = time.perf_counter() - start
    report.peak_rss_mib = peak_rss_mib()
    return report


def _child(part: str, root: Path, *, cases: int, seed: int, kdf_ms: int) -> Report:
    """Run ``part`` in a child process; its report is printed there and returned here."""
    with tempfile.TemporaryDirectory(prefix="mpi-bench-json-") as tmp:
        out = Path(tmp) / "report.json"
        where = ["--reuse", str(root)] if is_workspace(root) else ["--keep", str(root)]
        command = [sys.executable, "-m", "mpi_desktop", "bench", part, *where,
                   "--cases", str(cases), "--seed", str(seed), "--kdf-ms", str(kdf_ms),
                   "--json", str(out)]
        code = subprocess.call(command)  # noqa: S603 - our interpreter, our arguments
        if code != 0 or not out.exists():
            failed = Report(f"{part}: FAILED (exit {code})")
            failed.extra.append("see the output above")
            return failed
        return Report.from_dict(json.loads(out.read_text()))


def _targets(parts: dict[str, Report]) -> list[str]:
    lines = ["", "Targets", "-------"]
    misses = 0
    for part, report in parts.items():
        for f in report.figures:
            if not f.target:
                continue
            verdict = "ok" if f.met else "MISSED"
            misses += 0 if f.met else 1
            ratio = f", vault/plain {f.ratio:.2f}x" if f.ratio is not None else ""
            cpu = f", CPU {f.cpu_ratio:.2f}x" if f.cpu_ratio is not None else ""
            lines.append(f"  {verdict:<7}{part:<8}{f.name} = {f.vault_ms:.1f} ms{ratio}{cpu}"
                         f"  (target {f.target})")
    for part, report in parts.items():
        if report.peak_rss_mib is None or part == "seed":
            continue
        ok = report.peak_rss_mib <= MAX_RSS_MIB
        misses += 0 if ok else 1
        lines.append(f"  {'ok' if ok else 'MISSED':<7}{part:<8}peak RSS = "
                     f"{report.peak_rss_mib:.0f} MiB  (target <= {MAX_RSS_MIB:.0f} MiB)")
    lines.insert(1, f"Targets: {'all met' if not misses else f'{misses} MISSED'}")
    return lines


def summary(parts: dict[str, Report], *, seconds: float, load_at_start: str) -> Report:
    report = Report("MPI Desktop — performance suite: summary")
    report.extra.extend(machine())
    report.extra.append(f"load average (1 min): {load_at_start} at start, "
                        f"{load_average()} at the end; whole suite {seconds / 60:.1f} min")
    report.extra.append("")
    report.extra.append(f"{'part':<10}{'time':>10}{'peak RSS':>12}")
    for part, rep in parts.items():
        rss = f"{rep.peak_rss_mib:.0f} MiB" if rep.peak_rss_mib is not None else "-"
        took = f"{rep.seconds:.0f} s" if rep.seconds is not None else "-"
        report.extra.append(f"{part:<10}{took:>10}{rss:>12}")
    overall = max((r.peak_rss_mib for p, r in parts.items() if r.peak_rss_mib is not None),
                  default=0.0)
    report.extra.append(f"{'overall':<10}{'':>10}{overall:>8.0f} MiB  (largest process)")
    report.extra.extend(_targets(parts))
    return report


@contextlib.contextmanager
def suite_root(keep: Path | None, reuse: Path | None) -> Iterator[Path]:
    if reuse is not None:
        yield reuse
    elif keep is not None:
        yield keep
    else:
        with tempfile.TemporaryDirectory(prefix="mpi-bench-") as tmp:
            yield Path(tmp) / "workspace"


def run_all(*, keep: Path | None, reuse: Path | None, cases: int, seed: int, kdf_ms: int,
            parts: tuple[str, ...] = PARTS, echo: Callable[[str], None] = print) -> Report:
    start = time.perf_counter()
    load_at_start = load_average()
    results: dict[str, Report] = {}
    with suite_root(keep, reuse) as root:
        for part in ("seed", *parts):
            results[part] = _child(part, root, cases=cases, seed=seed, kdf_ms=kdf_ms)
            if part == "seed" and not is_workspace(root):
                break
        echo("")
    return summary(results, seconds=time.perf_counter() - start, load_at_start=load_at_start)

