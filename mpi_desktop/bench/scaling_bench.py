"""``mpi-desktop bench scaling``: how the storage figures grow from 1,000 to 50,000 cases.

Builds (once; kept inside the workspace as ``scaling-N/``) demo vaults of 1,000,
5,000 and 20,000 cases with their plain twins, measures the case-records
figures on each and on the workspace itself, and prints one table: vault time
(vault/plain ratio) per size.
"""

from __future__ import annotations

from dataclasses import replace

from mpi_desktop.bench import cases_bench
from mpi_desktop.bench.report import Figure, Report
from mpi_desktop.bench.workspace import Progress, Workspace, build, is_workspace, load

SIZES = (1_000, 5_000, 20_000)
ROWS = (cases_bench.FIRST_PAGE_COLD, cases_bench.FIRST_PAGE_WARM, cases_bench.FILTERED,
        cases_bench.SEARCH_P50, cases_bench.SEARCH_P95, cases_bench.OPEN, cases_bench.SAVE)


def _workspace(ws: Workspace, size: int, progress: Progress | None) -> Workspace:
    root = ws.root / f"scaling-{size}"
    if is_workspace(root):
        return load(root)
    return build(root, cases=size, seed=int(ws.manifest.get("seed", 2026)), extras=False,
                 progress=progress)


def _cell(f: Figure | None) -> str:
    if f is None:
        return "-"
    ratio = f" ({f.ratio:.2f}x)" if f.ratio is not None else ""
    return f"{f.vault_ms:.1f}{ratio}"


def run(ws: Workspace, *, sizes: tuple[int, ...] = SIZES,
        progress: Progress | None = None) -> Report:
    spaces = [_workspace(ws, n, progress) for n in sizes if n < ws.cases] + [ws]
    report = Report("Scaling: case-records figures by vault size (ms, vault/plain)")
    measured: list[tuple[Workspace, Report]] = []
    for space in spaces:
        sub = Report(f"{space.cases} cases")
        sides = cases_bench.Sides(space)
        try:
            queries, case_ids = cases_bench.sample(space, sides, 2026)
            cases_bench.measure(sub, sides.pair(), queries=queries, case_ids=case_ids)
        finally:
            sides.close()
        measured.append((space, sub))
        for f in sub.figures:
            report.add(replace(f, name=f"{space.cases:>6} cases: {f.name}"))
    head = f"{'figure':<48}" + "".join(f"{s.cases:>18}" for s, _ in measured)
    lines = ["", head]
    for row in ROWS:
        cells = [_cell(sub.figure(row)) for _, sub in measured]
        lines.append(f"{row:<48}" + "".join(f"{c:>18}" for c in cells))
    inserts = []
    for space, _ in measured:
        seeded = next(iter(space.seed_figures()), None)
        inserts.append("-" if seeded is None else
                       f"{space.cases / max(seeded.vault_ms / 1000, 1e-9):.0f}/s")
    lines.append(f"{'demo insert rate (cases/s)':<48}" + "".join(f"{c:>18}" for c in inserts))
    sizes_mib = [cases_bench.size_mib(s.vault_dir / "vault.db", s.vault_dir / "vault.db-wal")
                 for s, _ in measured]
    lines.append(f"{'vault.db size (MiB)':<48}" + "".join(f"{m:>18.1f}" for m in sizes_mib))
    report.extra.extend(lines)
    return report
