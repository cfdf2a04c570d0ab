"""The CEM packet PDF, read back by independent readers (pypdf, and pdftotext when
present): nothing in it identifies the people of the packet; every copy has its own
code on every page, recorded in the vault with the file's SHA-256."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication

from mpi_desktop import i18n
from mpi_desktop.domain import cem as dc
from mpi_desktop.domain.leak_scanner import fold
from mpi_desktop.errors import StorageIOError
from mpi_desktop.reports import packet_export as pe
from mpi_desktop.storage import audit
from mpi_desktop.storage.cem_ops import CemOps
from mpi_desktop.storage.vault import Vault
from tests.storage.cem_world import World, build, identifiers_of

CLEAN = {
    "new_case": "Periodista amenazada tras publicar una investigación sobre contratos de "
                "obra pública. Solicita medidas para su familia.",
    "urgent_case": "Defensora del territorio hostigada en asambleas; la escolta se otorgó de "
                   "manera urgente en diciembre.",
    "rising_case": "Aumentaron las agresiones desde febrero; se propone reforzar las medidas.",
}


@pytest.fixture
def spanish(qapp: QApplication) -> object:
    # After qapp: translators installed first would create a windowless application
    # and every later widget test would abort.
    before = i18n.current_language()
    i18n.install("es")
    yield
    i18n.install(before)


@pytest.fixture
def world(vault: Vault) -> World:
    w = build(vault)
    ops = CemOps(vault)
    ops.accept(w.session.id, ops.suggestions(w.session.id))
    for name, text in CLEAN.items():
        ops.save_summary(getattr(w, name).id, text, w.session.id)
    return w


def pdf_text(path: Path) -> str:
    reader = PdfReader(str(path))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def pages_text(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def poppler_text(path: Path) -> str | None:
    tool = shutil.which("pdftotext")
    if tool is None:
        return None
    return subprocess.run([tool, "-enc", "UTF-8", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def metadata_text(path: Path) -> str:
    meta = PdfReader(str(path)).metadata or {}
    return " ".join(f"{k}={v}" for k, v in meta.items())


def leaked(identifiers: list[str], text: str) -> list[str]:
    haystack = " ".join(fold(text).split())
    return [x for x in identifiers
            if re.search(r"(?<!\w)" + re.escape(" ".join(fold(x).split())) + r"(?!\w)",
                         haystack)]


def generate(vault: Vault, world: World, out: Path, **kw: object) -> pe.PacketResult:
    out.mkdir(exist_ok=True)
    return pe.generate(vault, pe.PacketRequest(session_id=world.session.id, out_dir=out,
                                               **kw))  # type: ignore[arg-type]


def test_no_identifier_reaches_the_pdf(world: World, vault: Vault, tmp_path: Path,
                                       spanish: object) -> None:
    result = generate(vault, world, tmp_path / "out")
    forbidden: list[str] = []
    for p in (world.maria, world.kin, world.lupe, world.ines):
        forbidden += identifiers_of(p)
    forbidden += [c.folio for c in (world.new_case, world.urgent_case, world.rising_case)]
    assert "CUPM860412MDFRXR09" in forbidden and "Lupita" in forbidden
    for copy in result.copies:
        text = pdf_text(copy.path)
        assert "Persona A" in text and "CONFIDENCIAL" in text  # really read something
        assert leaked(forbidden, text) == [], copy.path.name
        poppler = poppler_text(copy.path)
        if poppler is not None:
            assert "Persona A" in poppler
            assert leaked(forbidden, poppler) == [], copy.path.name
        meta = metadata_text(copy.path)
        assert leaked(forbidden, meta) == []
        reader = PdfReader(str(copy.path))
        assert not (reader.metadata or {}).get("/Author")
        assert (reader.metadata or {}).get("/Title") == "Documento confidencial"
        raw = copy.path.read_bytes()
        assert str(tmp_path).encode() not in raw and str(vault.folder).encode() not in raw
        assert vault.actor.encode() not in raw
        fonts = [f.get_object() for page in reader.pages
                 for f in page["/Resources"]["/Font"].values()]  # type: ignore[index]
        dejavu = [f for f in fonts if "DejaVu" in str(f["/BaseFont"])]
        assert dejavu and all("/FontFile2" in f["/FontDescriptor"].get_object()
                              for f in dejavu)  # embedded, every Spanish glyph


def test_the_content_is_there_generalized(world: World, vault: Vault, tmp_path: Path,
                                          spanish: object) -> None:
    result = generate(vault, world, tmp_path / "out", place_granularity="zona")
    text = " ".join(pdf_text(result.copies[0].path).split())
    # Agenda order: ratification, incorporation, rising risk → Personas A, B, C.
    for expected in ("Persona A", "Persona B", "Persona C", "Familiar de Persona B",
                     "Escolta", "Detalles reservados", "Atención psicológica semanal",
                     "30 a 44 años", "45 a 59 años", "18 a 29 años",
                     "Zona", "Sur", "Oriente", "enero de 2026", "Extraordinario",
                     "Al alza", "Amenazas", "Medio digital", CLEAN["urgent_case"][:40],
                     "Ratificación de medidas urgentes", "pendiente de ratificación"):
        assert expected in text, expected
    assert "Tlalpan" not in text and "Iztapalapa" not in text  # zone, not alcaldía
    assert "Rondines en Cedros" not in text  # locating details never leave


def test_each_copy_has_its_own_code_on_every_page(world: World, vault: Vault,
                                                  tmp_path: Path, spanish: object) -> None:
    result = generate(vault, world, tmp_path / "out")
    codes = [c.code for c in result.copies]
    assert len(codes) == len(world.session.institutions) == len(set(codes))
    assert all(re.fullmatch(r"CEM-[2-9A-Z]{4}-[2-9A-Z]{4}", c) for c in codes)
    for copy in result.copies:
        pages = pages_text(copy.path)
        assert len(pages) == copy.pages > 3
        assert all(copy.code in page for page in pages)
        others = [c for c in codes if c != copy.code]
        assert not any(o in " ".join(pages) for o in others)
        assert copy.sha256 == hashlib.sha256(copy.path.read_bytes()).hexdigest()
        assert f"Ejemplar {copy.copy_no} de {len(codes)}" in pages[0]
    with vault.read() as conn:
        rows = conn.execute("SELECT code, recipient, institution, sha256 FROM cem_packet_copy"
                            " ORDER BY copy_no").fetchall()
        entries = audit.entries(conn, action_prefix="export.cem_packet", limit=100)
        mapped = conn.execute("SELECT count(*) FROM cem_packet_case").fetchone()[0]
    assert [(r[0], r[2], r[3]) for r in rows] == [
        (c.code, c.institution, c.sha256) for c in result.copies]
    assert rows[2][1].startswith("SSC")
    assert mapped == 3
    assert sorted(e.details["code"] for e in entries) == sorted(codes)
    for e in entries:
        assert e.details["session"] == world.session.id
        assert sorted(e.details["cases"]) == sorted(result.case_ids)
        assert "María" not in json.dumps(e.details)
    # A second packet for the same recipients gets new codes: nothing derives from names.
    again = generate(vault, world, tmp_path / "again")
    assert not {c.code for c in again.copies} & set(codes)
    with vault.read() as conn:
        found = pe.find_copy(conn, codes[2].lower())
    assert found is not None and found.institution == "ssc"


def test_a_leak_refuses_the_export_until_dismissed(world: World, vault: Vault,
                                                   tmp_path: Path, spanish: object) -> None:
    ops = CemOps(vault)
    ops.save_summary(world.new_case.id, "María José pidió apoyo; su hijo Juan Carlos también. "
                     "Tel. 55 1234 5678.")
    with pytest.raises(dc.LeaksFound) as info:
        generate(vault, world, tmp_path / "out")
    kinds = sorted((f.kind, f.text) for f in info.value.findings)
    assert kinds == [("name", "Juan Carlos"), ("name", "María José"),
                     ("phone", "55 1234 5678")]
    assert all(f.field == "case.summary" and f.case_id == world.new_case.id
               for f in info.value.findings)
    assert list((tmp_path / "out").iterdir()) == []
    with vault.read() as conn:
        assert conn.execute("SELECT count(*) FROM cem_packet").fetchone()[0] == 0
        assert audit.entries(conn, action_prefix="export.", limit=5) == []
    # Dismiss two; the third still blocks.
    for f in info.value.findings[:2]:
        ops.dismiss(world.session.id, f, "revisado")
    with pytest.raises(dc.LeaksFound) as again:
        generate(vault, world, tmp_path / "out")
    assert [f.text for f in again.value.findings] == [info.value.findings[2].text]
    ops.dismiss(world.session.id, info.value.findings[2])
    assert generate(vault, world, tmp_path / "out").copies
    # Dismissals belong to that session: an ad-hoc packet of the case still refuses.
    with pytest.raises(dc.LeaksFound):
        pe.generate(vault, pe.PacketRequest(folios=(world.new_case.folio,), recipients=(
            pe.Recipient("Uso interno", None, tmp_path / "adhoc.pdf"),)))


def test_cancel_and_failure_leave_nothing_behind(world: World, vault: Vault,
                                                 tmp_path: Path, spanish: object) -> None:
    steps: list[tuple[int, int, str]] = []
    with pytest.raises(dc.PacketCancelled):
        pe.generate(vault, pe.PacketRequest(session_id=world.session.id,
                                            out_dir=tmp_path / "out"),
                    progress=lambda d, t, w: steps.append((d, t, w)),
                    cancelled=lambda: len(steps) >= 2)
    assert steps[:2] == [(1, 10, "scan"), (2, 10, "render")]
    recipients = (pe.Recipient("Uno", None, tmp_path / "uno.pdf"),
                  pe.Recipient("Dos", None, tmp_path / "no-such-folder" / "dos.pdf"))
    with pytest.raises(StorageIOError):
        pe.generate(vault, pe.PacketRequest(session_id=world.session.id, recipients=recipients))
    assert not (tmp_path / "uno.pdf").exists()  # the first copy was taken back
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".pdf"] == []
    with vault.read() as conn:
        assert conn.execute("SELECT count(*) FROM cem_packet").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM cem_packet_copy").fetchone()[0] == 0
    progress: list[tuple[int, int, str]] = []
    pe.generate(vault, pe.PacketRequest(session_id=world.session.id, out_dir=tmp_path),
                progress=lambda d, t, w: progress.append((d, t, w)))
    assert progress[-1] == (10, 10, "done")


def test_ad_hoc_packet_of_folios(world: World, vault: Vault, tmp_path: Path,
                                 spanish: object) -> None:
    out = tmp_path / "adhoc.pdf"
    result = pe.generate(vault, pe.PacketRequest(
        folios=(world.rising_case.folio, world.urgent_case.folio),
        recipients=(pe.Recipient("Uso interno", None, out),)))
    assert result.session_id is None and len(result.case_ids) == 2
    text = pdf_text(out)
    assert "1 Persona A" in text.replace(".", "") or "1. Persona A" in text
    assert world.rising_case.folio not in text
    with pytest.raises(dc.UnknownFolios):
        pe.generate(vault, pe.PacketRequest(folios=("MPI-1999-0001",), recipients=(
            pe.Recipient("x", None, tmp_path / "x.pdf"),)))
    with vault.read() as conn:
        tokens = dict(conn.execute("SELECT case_id, token FROM cem_packet_case").fetchall())
    assert tokens == {world.rising_case.id: "A", world.urgent_case.id: "B"}


def test_demo_generator_cases_leave_no_identifier(vault: Vault, tmp_path: Path,
                                                  spanish: object) -> None:
    """Faker es_MX people with every kind of identifier, hard names and addresses."""
    from mpi_desktop.demo.generator import populate
    from mpi_desktop.domain.cem import AgendaItem, CemSession
    from mpi_desktop.reports import packet
    from mpi_desktop.storage import cem, people_repo
    from mpi_desktop.storage import plans as plan_store

    populate(vault, cases=60, seed=11)
    with vault.write() as conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM case_file ORDER BY num LIMIT 15")]
        s = cem.create_session(conn, CemSession(number=5, year=2026, kind="ordinaria",
                                                held_on=date(2026, 11, 20),
                                                place_granularity="zona"), actor="prueba")
        for case_id in ids:
            cem.add_item(conn, AgendaItem(session_id=s.id, case_id=case_id,
                                          topic="evaluacion_plan"), actor="prueba")
            cem.save_summary(conn, case_id, CLEAN["rising_case"], actor="prueba")
            plan_store.propose_measure(conn, case_id=case_id, measure_code="escolta",
                                       actor="prueba", details="Escolta en el domicilio",
                                       proposed_on=date(2026, 11, 20))
        people = [p for case_id in ids for p in people_repo.get_many(conn, [
            r[0] for r in conn.execute("SELECT person_id FROM case_person WHERE case_id = ?",
                                       (case_id,))]).values()]
        folios = [r[0] for r in conn.execute(
            f"SELECT folio FROM case_file WHERE id IN ({','.join('?' * len(ids))})", ids)]
    out = tmp_path / "demo.pdf"
    # Clean summaries on demo data must pass without dismissals (no false positives).
    pe.generate(vault, pe.PacketRequest(session_id=s.id, recipients=(
        pe.Recipient("Uso interno", None, out),)))
    # Words the packet prints as vocabulary (alcaldía and zone names, catalog labels)
    # are not evidence of a leak when a surname or a street happens to be one.
    vocabulary = {" ".join(fold(p).split()) for p in packet.public_phrases()}
    forbidden = [x for p in people for x in identifiers_of(p)
                 if " ".join(fold(x).split()) not in vocabulary] + folios
    assert len(people) >= 15 and any(p.documents for p in people)
    for text in (pdf_text(out), poppler_text(out) or "", metadata_text(out)):
        assert leaked(forbidden, text) == []
    assert "Persona O" in pdf_text(out)
