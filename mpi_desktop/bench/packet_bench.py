"""``mpi-desktop bench packet``: a 25-case CEM packet from a 50,000-case vault.

Builds a demo vault (timed), gives 25 incorporated cases two measures each and a
summary for CEM, puts them on a session's agenda, then measures what a
caseworker waits for: reading and anonymizing, the leak scan, rendering one
copy, and the whole export of one copy per attending institution (written,
hashed and recorded).  Peak memory is the Python heap during one export
(``tracemalloc``, in a separate run so tracing does not slow the timings) and the
process's peak resident size.  Findings on the demo's clean summaries are
false positives of the scanner: they are counted, then dismissed.
"""

from __future__ import annotations

import contextlib
import resource
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from datetime import date
from pathlib import Path

from mpi_desktop.bench.cases_bench import machine
from mpi_desktop.bench.report import Figure, Report, time_ms
from mpi_desktop.demo.generator import populate
from mpi_desktop.domain.cem import AgendaItem, CemSession, default_institutions
from mpi_desktop.errors import RefusedForSafety
from mpi_desktop.reports import packet, packet_export
from mpi_desktop.reports.packet_export import PacketRequest
from mpi_desktop.storage import cem, crypto, plans
from mpi_desktop.storage.vault import Vault

PASSPHRASE = "banco de pruebas paquete cem 2026"  # noqa: S105 - throwaway bench vault
SUMMARY = ("La persona refiere amenazas reiteradas relacionadas con su labor. Se propone "
           "mantener las medidas vigentes y evaluar su eficacia en la próxima sesión.")


def _progress(done: int, total: int) -> None:
    print(f"\rinserting demo cases: {done}/{total}", end="", file=sys.stderr, flush=True)
    if done >= total:
        print(file=sys.stderr, flush=True)


def _prepare_session(vault: Vault, packet_cases: int) -> str:
    """A session with ``packet_cases`` incorporated demo cases, measures and summaries."""
    with vault.write() as conn:
        ids = [r[0] for r in conn.execute(
            "SELECT id FROM case_file WHERE status = 'incorporado' ORDER BY num LIMIT ?",
            (packet_cases,))]
        day = date.fromisoformat(conn.execute(
            "SELECT max(opened_on) FROM case_file").fetchone()[0])
        session = cem.create_session(conn, CemSession(
            number=cem.next_number(conn, day.year, "ordinaria"), year=day.year,
            kind="ordinaria", held_on=day, institutions=default_institutions()),
            actor=vault.actor)
        for case_id in ids:
            plans.propose_measure(conn, case_id=case_id, measure_code="rondines",
                                  actor=vault.actor, details="Rondines nocturnos",
                                  proposed_on=day)
            plans.propose_measure(conn, case_id=case_id, measure_code="apoyo_psicologico",
                                  actor=vault.actor, details="Atención psicológica semanal",
                                  proposed_on=day)
            cem.add_item(conn, AgendaItem(session_id=session.id, case_id=case_id,
                                          topic="evaluacion_plan"), actor=vault.actor)
            cem.save_summary(conn, case_id, SUMMARY, actor=vault.actor, session_id=session.id)
    return session.id


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


def run(*, cases: int = 50_000, packet_cases: int = 25, keep: Path | None = None,
        seed: int = 2026, progress: Callable[[int, int], None] | None = _progress) -> Report:
    report = Report(f"MPI Desktop — CEM packet benchmark ({packet_cases} of {cases} cases)")
    report.extra.extend(machine())
    with contextlib.ExitStack() as stack:
        if keep is not None:
            if keep.exists() and any(keep.iterdir()):
                raise RefusedForSafety("target exists")
            keep.mkdir(parents=True, exist_ok=True)
            root = keep
        else:
            root = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="mpi-bench-")))
        vault = Vault.create(root / "vault", PASSPHRASE, kdf_params=crypto.KdfParams.floor(),
                             actor="bench").vault
        stack.callback(vault.lock)
        start = time.perf_counter()
        populate(vault, cases=cases, seed=seed, progress=progress)
        report.add(Figure(f"insert {cases} demo cases", (time.perf_counter() - start) * 1000,
                          note="setup, not part of the packet"))
        session_id = _prepare_session(vault, packet_cases)
        out = root / "out"
        out.mkdir()
        request = PacketRequest(session_id=session_id, out_dir=out, overwrite=True)

        prepared = packet_export.prepare(vault, request)
        false_positives = len(prepared.findings)
        if prepared.findings:
            packet_export.dismiss(vault, prepared, frozenset(
                f.code(prepared.scope) for f in prepared.findings), reason="bench")
        report.add(Figure("read + anonymize + scan (prepare)",
                          time_ms(lambda: packet_export.prepare(vault, request), repeat=3),
                          note=f"{len(prepared.cases)} cases, "
                               f"{len(packet.scan_texts(prepared.content, prepared.copies))} "
                               f"strings scanned, {false_positives} findings on clean text"))
        copy = prepared.copies[0]
        rendered: list[int] = []

        def render_one() -> None:
            rendered.append(packet.render_copy(prepared.content, copy).pages)

        report.add(Figure("render one copy (in memory)", time_ms(render_one, repeat=3),
                          note=f"{rendered[-1]} pages"))
        copies = len(prepared.copies)
        results: list[packet_export.PacketResult] = []
        report.add(Figure(f"whole export, {copies} copies (write, hash, record, audit)",
                          time_ms(lambda: results.append(
                              packet_export.generate(vault, request)), repeat=3),
                          note=f"{sum(c.path.stat().st_size for c in results[-1].copies)} "
                               f"bytes written"))
        heap = _peak_heap_mb(lambda: packet_export.generate(vault, request))
        report.extra.append(f"peak Python heap during one export: {heap:.1f} MiB "
                            f"(tracemalloc); process peak RSS: {_rss_mb():.0f} MiB")
    return report
