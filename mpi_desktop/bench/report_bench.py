"""``mpi-desktop bench report``: the yearly indicator report over the workspace.

Measures the counts of a year and of a bimester (each with its comparison
period) on the vault and on the plain twin, the suppression for an external
audience, the PDF and the CSV, the whole yearly export (count, build, render,
write, audit; also on the plain twin) and the dashboard.  Every query of the
report is printed with SQLite's plan (``EXPLAIN QUERY PLAN``), so a full scan
shows up here rather than in a caseworker's afternoon.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date

from mpi_desktop.bench.packet_bench import peak_heap_mib
from mpi_desktop.bench.report import Figure, Report, interleaved, time_ms
from mpi_desktop.bench.workspace import Workspace, plain_vault
from mpi_desktop.domain import indicators as di
from mpi_desktop.reports import indicators_csv, indicators_pdf
from mpi_desktop.storage import indicator_queries
from mpi_desktop.storage.connection import Connection
from mpi_desktop.storage.vault import Vault

YEAR = 2025
TODAY = date(2026, 11, 13)


def query_plans(vault: Vault, period: di.Period) -> list[str]:
    """Every statement the report runs, with its plan's scans and index searches."""
    statements: list[str] = []
    with vault.read() as conn:
        conn.set_trace_callback(statements.append)
        try:
            indicator_queries.period_counts(conn, period)
        finally:
            conn.set_trace_callback(None)
        lines = []
        for sql in dict.fromkeys(s for s in statements if s.lstrip().upper().startswith(
                "SELECT") and "sqlite_master" not in s):
            plan = [r[3] for r in conn.execute("EXPLAIN QUERY PLAN " + sql)]
            head = " ".join(sql.split())[:90]
            lines.append(f"  {head}…")
            lines.extend(f"      {step}" for step in plan)
    return lines


def _counted(conn: Connection, table: str) -> int:
    return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _counts(vault: Vault, period: di.Period) -> Callable[[], object]:
    def count() -> object:
        with vault.read() as conn:
            return indicator_queries.report_counts(conn, period)
    return count


def run(ws: Workspace) -> Report:
    report = Report(f"Indicator report ({ws.cases} cases)")
    vault = ws.unlock()
    plain_conn = ws.open_plain()
    out = ws.scratch("report")
    try:
        with plain_vault(ws, plain_conn) as plain:
            with vault.read() as conn:
                sizes = {t: _counted(conn, t) for t in ("case_file", "attention", "aggression",
                                                        "measure", "finding")}
            report.extra.append("rows: " + ", ".join(f"{t} {n}" for t, n in sizes.items()))
            year = di.Period.year(YEAR)
            bimester = di.Period.bimester(YEAR, 6)
            for name, period in (("year", year), ("bimester", bimester)):
                report.add(interleaved(
                    f"counts, {name} + comparison period", _counts(vault, period),
                    _counts(plain, period), repeat=3,
                    note=f"{period.iso()} vs {period.previous().iso()}"))
            with vault.read() as conn:
                current, previous = indicator_queries.report_counts(conn, year)
            for audience in di.AUDIENCES:
                report.add(Figure(f"assemble + suppress ({audience})", time_ms(
                    functools.partial(di.build_report, current, previous, audience=audience),
                    repeat=3)))
            external = di.build_report(current, previous, audience=di.EXTERNAL)
            sizes_pdf: list[int] = []
            report.add(Figure("render PDF (in memory)", time_ms(
                lambda: sizes_pdf.append(len(indicators_pdf.render(external).data)), repeat=3),
                note=f"{sizes_pdf[-1]} bytes"))
            report.add(Figure("render CSV (in memory)", time_ms(
                lambda: indicators_csv.render(external), repeat=3)))

            def export(v: Vault) -> object:
                target = out / ("vault.pdf" if v is vault else "plain.pdf")
                return indicators_pdf.export_report(
                    v, indicators_pdf.compute(v, year, di.EXTERNAL), target)
            report.add(interleaved("whole yearly export (count, build, render, write, audit)",
                                   lambda: export(vault), lambda: export(plain), repeat=3))

            def dashboard(v: Vault) -> object:
                with v.read() as conn:
                    return indicator_queries.dashboard(conn, TODAY)
            report.add(interleaved("dashboard data", lambda: dashboard(vault),
                                   lambda: dashboard(plain), repeat=5))
            heap = peak_heap_mib(lambda: export(vault))
            report.extra.append(f"peak Python heap during one yearly export: {heap:.1f} MiB "
                                "(tracemalloc, separate run)")
            report.extra.append("query plans (yearly counts):")
            report.extra.extend(query_plans(vault, year))
    finally:
        vault.lock()
        plain_conn.close()
    return report
