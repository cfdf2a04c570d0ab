"""``mpi-desktop bench report``: the indicator report over a 50,000-case vault.

Builds a demo vault (timed, as setup), adds what the demo generator does not
make — signed risk assessments, protection-plan measures, digital-violence
reviews, workshops and open-source findings — then measures what a caseworker
waits for: the counts of a year and of a bimester (each with its comparison
period), the suppression for an external audience, the PDF and the CSV, the
whole export, and the dashboard.  Peak memory: Python heap during one external
yearly export (tracemalloc, in its own run) and the process's peak resident size.
Every query of the report is printed with SQLite's plan (``EXPLAIN QUERY PLAN``),
so a full scan shows up here rather than in a caseworker's afternoon.
"""

from __future__ import annotations

import contextlib
import random
import resource
import sys
import tempfile
import time
import tracemalloc
import uuid
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from mpi_desktop.bench.cases_bench import machine
from mpi_desktop.bench.report import Figure, Report, time_ms
from mpi_desktop.demo.generator import populate
from mpi_desktop.domain import indicators as di
from mpi_desktop.domain import workshops as dw
from mpi_desktop.domain.findings import Finding
from mpi_desktop.domain.timeutil import iso_utc
from mpi_desktop.domain.workshops import AnonymousAttendance, LearningEvaluation, Workshop
from mpi_desktop.errors import RefusedForSafety
from mpi_desktop.reports import indicators_csv, indicators_pdf
from mpi_desktop.storage import crypto, dv_reviews, findings, indicator_queries, plans, workshops
from mpi_desktop.storage.connection import Connection
from mpi_desktop.storage.vault import Vault

PASSPHRASE = "banco de pruebas informe indicadores"  # noqa: S105 - throwaway bench vault
YEAR = 2025


def _progress(done: int, total: int) -> None:
    print(f"\rinserting demo cases: {done}/{total}", end="", file=sys.stderr, flush=True)
    if done >= total:
        print(file=sys.stderr, flush=True)


def _extras(vault: Vault, *, seed: int) -> dict[str, int]:
    """Feature data the demo generator leaves out, in a few large transactions."""
    rnd = random.Random(seed)  # noqa: S311 - synthetic data, reproducible by seed
    counts = dict.fromkeys(("assessments", "measures", "reviews", "workshops", "findings"), 0)
    with vault.read() as conn:
        cases = [(r[0], r[1], r[2]) for r in conn.execute(
            "SELECT id, opened_on, procedure FROM case_file ORDER BY num")]
    incorporated = [c for c in cases if c[2] is not None]
    levels = ("ordinario", "extraordinario", "extremo")
    with vault.write() as conn:
        for case_id, opened, _ in rnd.sample(cases, min(len(cases), len(cases) // 3)):
            day = date.fromisoformat(opened) + timedelta(days=rnd.randint(5, 60))
            signed = iso_utc() if day > date(2026, 11, 1) else f"{day.isoformat()}T18:00:00Z"
            level = rnd.choice(levels)
            conn.execute(
                "INSERT INTO risk_assessment (id, case_id, instrument_version, status,"
                " assessed_on, level, computed_level, signed_at, signed_by, created_at,"
                " updated_at) VALUES (?, ?, 1, 'signed', ?, ?, ?, ?, 'bench', ?, ?)",
                (str(uuid.uuid4()), case_id, day.isoformat(), level, level, signed, signed,
                 signed))
            counts["assessments"] += 1
    for start in range(0, min(len(incorporated), 6000), 500):
        with vault.write() as conn:
            for case_id, opened, _ in incorporated[start:start + 500]:
                day = date.fromisoformat(opened)
                for code in ("rondines", "apoyo_psicologico"):
                    m = plans.propose_measure(conn, case_id=case_id, measure_code=code,
                                              actor="bench", proposed_on=day)
                    plans.transition_measure(
                        conn, measure_id=m.id, action="approve", actor="bench",
                        effective_on=day + timedelta(days=10),
                        cem_session_ref="Sesión de prueba", cem_agreement_ref="CEM/2025/01/01")
                    counts["measures"] += 1
    with vault.write() as conn:
        for case_id, opened, _ in rnd.sample(cases, min(len(cases), 3000)):
            review = dv_reviews.start_review(conn, case_id=case_id, actor="bench",
                                             started_on=date.fromisoformat(opened))
            conn.execute("UPDATE dv_review SET types = ? WHERE id = ?",
                         ('["acoso", "amenazas"]', review.id))
            counts["reviews"] += 1
        first, last = date(2019, 1, 2), date(2026, 11, 13)
        span = (last - first).days
        topics = ("autoproteccion_basica", "seguridad_digital", "analisis_riesgo_propio")
        for _ in range(110):
            workshops.put_workshop(conn, Workshop(
                held_on=first + timedelta(days=rnd.randint(0, span)),
                modality=rnd.choice(dw.MODALITIES), topics=(rnd.choice(topics),),
                anonymous=AnonymousAttendance(women=rnd.randint(0, 15), men=rnd.randint(1, 12)),
                evaluation=LearningEvaluation(evaluated=1, pre_score=4.0, post_score=7.0)),
                actor="bench", log=False)
            counts["workshops"] += 1
        kinds = ("amenazas", "hostigamiento", "desprestigio", "agresion_digital")
        for _ in range(15_000):
            findings.put_finding(conn, Finding(
                found_on=first + timedelta(days=rnd.randint(0, span)),
                source=rnd.choice(("red_social", "medio_local", "medio_nacional")),
                summary="Hallazgo sintético del banco de pruebas.",
                aggression_type=rnd.choice(kinds), alcaldia=rnd.choice(("coyoacan", "tlalpan"))),
                actor="bench", log=False)
            counts["findings"] += 1
    return counts


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


def _peak_heap_mb(fn: Callable[[], object]) -> float:
    tracemalloc.start()
    try:
        fn()
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak / (1024 * 1024)


def _rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


class _Built:
    """Keeps the last report a timed call built, to describe it afterwards."""

    def __init__(self) -> None:
        self.last: di.IndicatorReport | None = None

    def builder(self, current: di.PeriodCounts, previous: di.PeriodCounts,
                audience: str) -> Callable[[], None]:
        def build() -> None:
            self.last = di.build_report(current, previous, audience=audience)
        return build

    def hidden(self) -> int:
        if self.last is None:
            return 0
        return sum(f.suppressed for t in self.last.tables for f in t.current.values())


def _counted(conn: Connection, table: str) -> int:
    return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def run(*, cases: int = 50_000, keep: Path | None = None, seed: int = 2026,
        progress: Callable[[int, int], None] | None = _progress) -> Report:
    report = Report(f"MPI Desktop — indicator report benchmark ({cases} cases)")
    report.extra.extend(machine())
    with contextlib.ExitStack() as stack:
        reuse = keep is not None and (keep / "vault" / "vault.keys").exists()
        if keep is not None and not reuse:
            if keep.exists() and any(keep.iterdir()):
                raise RefusedForSafety("target exists")
            keep.mkdir(parents=True, exist_ok=True)
        root = keep if keep is not None else Path(stack.enter_context(
            tempfile.TemporaryDirectory(prefix="mpi-bench-")))
        if reuse:
            # A vault kept by an earlier run: measure again without rebuilding it.
            vault = Vault.unlock(root / "vault", PASSPHRASE, actor="bench")
            stack.callback(vault.lock)
            report.extra.append(f"reused the vault kept in {root}")
        else:
            vault = Vault.create(root / "vault", PASSPHRASE,
                                 kdf_params=crypto.KdfParams.floor(), actor="bench").vault
            stack.callback(vault.lock)
            start = time.perf_counter()
            populate(vault, cases=cases, seed=seed, progress=progress)
            extras = _extras(vault, seed=seed)
            report.add(Figure(f"setup: {cases} demo cases + feature data",
                              (time.perf_counter() - start) * 1000,
                              note=", ".join(f"{n} {k}" for k, n in extras.items())))
        with vault.read() as conn:
            sizes = {t: _counted(conn, t) for t in ("case_file", "attention", "aggression",
                                                    "measure", "finding")}
        report.extra.append("rows: " + ", ".join(f"{t} {n}" for t, n in sizes.items()))

        year = di.Period.year(YEAR)
        bimester = di.Period.bimester(YEAR, 6)
        for name, period in (("year", year), ("bimester", bimester)):
            def count(p: di.Period = period) -> object:
                with vault.read() as conn:
                    return indicator_queries.report_counts(conn, p)
            report.add(Figure(f"counts, {name} + comparison period", time_ms(count, repeat=3),
                              note=f"{period.iso()} vs {period.previous().iso()}"))
        with vault.read() as conn:
            current, previous = indicator_queries.report_counts(conn, year)
        for audience in di.AUDIENCES:
            built = _Built()
            report.add(Figure(f"assemble + suppress ({audience})",
                              time_ms(built.builder(current, previous, audience), repeat=3),
                              note=f"{built.hidden()} cells hidden this year"))
        external = di.build_report(current, previous, audience=di.EXTERNAL)
        pages: list[int] = []
        report.add(Figure("render PDF (in memory)", time_ms(
            lambda: pages.append(len(indicators_pdf.render(external).data)), repeat=3),
            note=f"{pages[-1]} bytes"))
        report.add(Figure("render CSV (in memory)", time_ms(
            lambda: indicators_csv.render(external), repeat=3)))
        out = root / "informe.pdf"
        report.add(Figure("whole yearly export (count, build, render, write, audit)", time_ms(
            lambda: indicators_pdf.export_report(
                vault, indicators_pdf.compute(vault, year, di.EXTERNAL), out), repeat=3)))

        def dashboard() -> object:
            with vault.read() as conn:
                return indicator_queries.dashboard(conn, date(2026, 11, 13))
        report.add(Figure("dashboard data", time_ms(dashboard, repeat=5)))
        heap = _peak_heap_mb(lambda: indicators_pdf.export_report(
            vault, indicators_pdf.compute(vault, year, di.EXTERNAL), out))
        report.extra.append(f"peak Python heap during one yearly export: {heap:.1f} MiB "
                            f"(tracemalloc); process peak RSS: {_rss_mb():.0f} MiB")
        report.extra.append("query plans (yearly counts):")
        report.extra.extend(query_plans(vault, year))
    return report
