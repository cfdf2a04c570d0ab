"""``mpi-desktop bench packet``: the 25-case CEM packet of the workspace's session.

Measures what a caseworker waits for: reading the session's cases, anonymizing
and scanning them (``prepare``), rendering one copy, and the whole export of one
copy (read, anonymize, scan, render, write, hash, record, audit) — the figure the
2 s target is for — then the export of one copy per attending institution for
reference.  Reading and the whole export also run on the plain twin.  Findings
on the demo's clean summaries are false positives of the scanner: they are
counted, then dismissed (in both databases, so both export the same packet).
"""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable

from mpi_desktop.bench.report import Figure, Report, interleaved, judge, time_ms
from mpi_desktop.bench.workspace import Workspace, plain_vault
from mpi_desktop.reports import packet, packet_export
from mpi_desktop.reports.packet_export import PacketRequest, Recipient
from mpi_desktop.storage import cem_packet_data
from mpi_desktop.storage.vault import Vault

MAX_PACKET_MS = 2000.0


def peak_heap_mib(fn: Callable[[], object]) -> float:
    tracemalloc.start()
    try:
        fn()
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak / (1024 * 1024)


def _dismiss_clean_findings(vault: Vault, request: PacketRequest) -> int:
    prepared = packet_export.prepare(vault, request)
    found = len(prepared.open_findings)
    if prepared.open_findings:
        packet_export.dismiss(vault, prepared, frozenset(
            f.code(prepared.scope) for f in prepared.open_findings), reason="bench")
    return found


def run(ws: Workspace) -> Report:
    report = Report(f"CEM packet ({ws.cases} cases, the session's agenda)")
    if not ws.session_id:
        report.extra.append("this workspace has no CEM session (built without feature data)")
        return report
    out = ws.scratch("packet")
    one = PacketRequest(session_id=ws.session_id, out_dir=out, overwrite=True,
                        recipients=(Recipient("Copia de trabajo", None, out / "one.pdf"),))
    plain_one = PacketRequest(session_id=ws.session_id, out_dir=out, overwrite=True,
                              recipients=(Recipient("Copia de trabajo", None,
                                                    out / "plain-one.pdf"),))
    every = PacketRequest(session_id=ws.session_id, out_dir=out, overwrite=True)
    vault = ws.unlock()
    plain_conn = ws.open_plain()
    try:
        with plain_vault(ws, plain_conn) as plain:
            false_positives = _dismiss_clean_findings(vault, one)
            _dismiss_clean_findings(plain, plain_one)

            def read(v: Vault) -> Callable[[], object]:
                def go() -> None:
                    with v.read() as conn:
                        cem_packet_data.for_session(conn, ws.session_id)
                return go

            report.add(interleaved("read the session's cases", read(vault), read(plain),
                                   repeat=5))
            prepared = packet_export.prepare(vault, one)
            report.add(Figure("read + anonymize + scan (prepare)",
                              time_ms(lambda: packet_export.prepare(vault, one), repeat=3),
                              note=f"{len(prepared.cases)} cases, "
                                   f"{len(packet.scan_texts(prepared.content, prepared.copies))}"
                                   f" strings scanned, {false_positives} findings on clean "
                                   "text (dismissed)"))
            pages: list[int] = []
            report.add(Figure("render one copy (in memory)", time_ms(
                lambda: pages.append(packet.render_copy(prepared.content,
                                                        prepared.copies[0]).pages),
                repeat=3), note=f"{pages[-1]} pages"))
            judge(report.add(interleaved(
                f"whole export, one copy ({len(prepared.cases)} cases)",
                lambda: packet_export.generate(vault, one),
                lambda: packet_export.generate(plain, plain_one), repeat=3,
                note="read, anonymize, scan, render, write, hash, record, audit")),
                target=f"<= {MAX_PACKET_MS / 1000:.0f} s", limit=MAX_PACKET_MS)
            results: list[packet_export.PacketResult] = []
            report.add(Figure(
                "whole export, one copy per institution",
                time_ms(lambda: results.append(packet_export.generate(vault, every))),
                note=f"{len(results[-1].copies)} copies, "
                     f"{sum(c.path.stat().st_size for c in results[-1].copies)} bytes"))
            heap = peak_heap_mib(lambda: packet_export.generate(vault, one))
            report.extra.append(f"peak Python heap during one single-copy export: {heap:.1f} "
                                "MiB (tracemalloc, separate run)")
    finally:
        vault.lock()
        plain_conn.close()
    return report



