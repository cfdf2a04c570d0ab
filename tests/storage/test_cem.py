"""CEM sessions on a real encrypted vault: sessions, agenda, suggestions, summaries,
dismissals, ARCO cancellation and the interchange sections."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from mpi_desktop.domain import cem as dc
from mpi_desktop.domain import validation as v
from mpi_desktop.domain.cem import AgendaItem, CemSession
from mpi_desktop.domain.leak_scanner import Finding
from mpi_desktop.interchange.cem_sections import SECTIONS
from mpi_desktop.interchange.sections import ExportScope, all_sections
from mpi_desktop.storage import arco, audit, cem, cem_suggest
from mpi_desktop.storage.cem_ops import CemOps
from mpi_desktop.storage.migrations import LATEST
from mpi_desktop.storage.records import RecordNotFound
from mpi_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.storage.cem_world import HELD_ON, World, build


@pytest.fixture
def world(vault: Vault) -> World:
    return build(vault)


@pytest.fixture
def ops(vault: Vault) -> CemOps:
    return CemOps(vault)


def actions(vault: Vault, prefix: str = "cem.") -> list[audit.AuditEntry]:
    with vault.read() as conn:
        return audit.entries(conn, action_prefix=prefix, limit=1000)


def test_schema_step_6_is_registered() -> None:
    assert LATEST >= 6


# --- sessions ---------------------------------------------------------------------------------


def test_session_life_cycle(ops: CemOps, vault: Vault) -> None:
    s = ops.create_session(CemSession(number=1, year=2026, kind="extraordinaria",
                                      held_on=date(2026, 1, 9), status=dc.CLOSED,
                                      institutions=("ssc", "c5")))
    assert s.status == dc.PREPARING  # a new session always starts in preparation
    assert ops.session(s.id).institutions == ("ssc", "c5")
    assert ops.next_number(2026, "extraordinaria") == 2
    assert ops.next_number(2026, "ordinaria") == 1
    with pytest.raises(dc.SessionNumberTaken):
        ops.create_session(CemSession(number=1, year=2026, kind="extraordinaria",
                                      held_on=date(2026, 1, 20)))
    updated = ops.update_session(replace(s, place_granularity="zona", institutions=("ssc",),
                                         status=dc.CLOSED))
    assert updated.status == dc.PREPARING  # status moves only through set_status
    assert ops.session(s.id).place_granularity == "zona"
    with pytest.raises(dc.StatusChangeRefused) as refused:
        ops.set_status(s.id, dc.CLOSED)
    assert refused.value.allowed == [dc.HELD]
    ops.set_status(s.id, dc.HELD)
    ops.set_status(s.id, dc.PREPARING)  # marked by mistake: back
    ops.set_status(s.id, dc.HELD)
    ops.set_status(s.id, dc.CLOSED)
    with pytest.raises(dc.SessionClosed):
        ops.update_session(replace(s, notes="tarde"))
    with pytest.raises(dc.StatusChangeRefused):
        ops.set_status(s.id, dc.HELD)
    with pytest.raises(dc.SessionClosed):
        ops.delete_session(s.id)
    names = [e.action for e in actions(vault)]
    assert names.count("cem.session_status") == 4
    assert "cem.session_create" in names and "cem.session_update" in names


@pytest.mark.parametrize(("change", "field"), [
    ({"kind": "secreta"}, "kind"), ({"number": 0}, "number"),
    ({"year": 1999, "held_on": date(1999, 6, 1)}, "year"),
    ({"institutions": ("ssc", "ssc")}, "institutions.1"),
    ({"institutions": ("inexistente",)}, "institutions.0"),
    ({"place_granularity": "colonia"}, "place_granularity"),
    ({"held_on": date(2020, 1, 1)}, "held_on"),
])
def test_invalid_sessions_are_refused(ops: CemOps, change: dict[str, object],
                                      field: str) -> None:
    base = CemSession(number=4, year=2026, kind="ordinaria", held_on=date(2026, 4, 9))
    with pytest.raises(v.ValidationFailed) as info:
        ops.create_session(replace(base, **change))  # type: ignore[arg-type]
    assert [i.field for i in info.value.issues] == [field]
    assert ops.sessions() == []


def test_default_institutions_are_those_in_the_cem() -> None:
    found = dc.default_institutions()
    assert "ssc" in found and "fgjcdmx" in found and "mpi_cdmx" in found
    assert "sedesa" not in found


# --- agenda -------------------------------------------------------------------------------------


def test_agenda_add_reorder_remove(world: World, ops: CemOps, vault: Vault) -> None:
    sid = world.session.id
    a = ops.add_item(AgendaItem(session_id=sid, case_id=world.new_case.id, topic="incorporacion"))
    b = ops.add_item(AgendaItem(session_id=sid, case_id=world.urgent_case.id,
                                topic="ratificacion", measure_id=world.urgent.id))
    c = ops.add_item(AgendaItem(session_id=sid, case_id=world.rising_case.id,
                                topic="evaluacion_plan"))
    assert [i.position for i in (a, b, c)] == [1, 2, 3]
    with pytest.raises(dc.AgendaItemExists):
        ops.add_item(AgendaItem(session_id=sid, case_id=world.new_case.id, topic="incorporacion"))
    with pytest.raises(dc.MeasureNotInCase):
        ops.add_item(AgendaItem(session_id=sid, case_id=world.new_case.id, topic="modificacion",
                                measure_id=world.urgent.id))
    with pytest.raises(RecordNotFound):
        ops.add_item(AgendaItem(session_id=sid, case_id="no-such-case", topic="otro"))
    assert [i.id for i in ops.move_item(c.id, -2)] == [c.id, a.id, b.id]
    assert [i.id for i in ops.move_item(c.id, -1)] == [c.id, a.id, b.id]  # already first
    ops.remove_item(a.id)
    rows = ops.view(sid).agenda
    assert [(r.item.id, r.item.position) for r in rows] == [(c.id, 1), (b.id, 3)]
    assert rows[1].folio == world.urgent_case.folio and rows[1].measure_code == "escolta"
    details = [e.details for e in actions(vault) if e.action.startswith("cem.agenda")]
    assert all(set(d) <= {"item", "case", "topic", "measure", "source", "to"} for d in details)


def test_suggestions_propose_what_the_cem_must_see(world: World, ops: CemOps,
                                                   vault: Vault) -> None:
    found = ops.suggestions(world.session.id)
    assert [(s.reason, s.case_id, s.measure_id) for s in found] == [
        ("urgent_pending_ratification", world.urgent_case.id, world.urgent.id),
        ("new_incorporation", world.new_case.id, None),
        ("rising_risk", world.rising_case.id, None),
    ]
    with vault.read() as conn:
        overdue = cem_suggest.overdue(conn, HELD_ON)
    assert [(s.case_id, s.topic) for s in overdue] == [(world.overdue_case.id,
                                                        "evaluacion_plan")]
    # Accept one, then all: nothing is added twice and the list empties.
    ops.accept(world.session.id, found[:1])
    assert len(ops.suggestions(world.session.id)) == 2
    added = ops.accept(world.session.id, found)
    assert [a.source for a in added] == ["new_incorporation", "rising_risk"]
    assert ops.suggestions(world.session.id) == []
    # An incorporation the CEM already saw is not proposed again at the next session.
    ops.set_status(world.session.id, dc.HELD)
    later = ops.create_session(CemSession(number=4, year=2026, kind="ordinaria",
                                          held_on=date(2026, 4, 9)))
    assert world.new_case.id not in {s.case_id for s in ops.suggestions(later.id)
                                     if s.reason == "new_incorporation"}


def test_closed_session_agenda_is_frozen(world: World, ops: CemOps) -> None:
    item = ops.add_item(AgendaItem(session_id=world.session.id, case_id=world.new_case.id,
                                   topic="incorporacion"))
    ops.set_status(world.session.id, dc.HELD)
    ops.set_status(world.session.id, dc.CLOSED)
    with pytest.raises(dc.SessionClosed):
        ops.remove_item(item.id)
    with pytest.raises(dc.SessionClosed):
        ops.add_item(AgendaItem(session_id=world.session.id, case_id=world.rising_case.id,
                                topic="otro"))


# --- summaries and dismissals --------------------------------------------------------------------


def test_summary_versions_and_audit_without_text(world: World, ops: CemOps,
                                                 vault: Vault) -> None:
    cid = world.new_case.id
    assert ops.summary(cid) is None
    first = ops.save_summary(cid, "Primera versión.", world.session.id)
    same = ops.save_summary(cid, "Primera versión.")
    second = ops.save_summary(cid, "Segunda versión.")
    assert (first.version, same.version, second.version) == (1, 1, 2)
    assert [s.text for s in ops.summary_history(cid)] == ["Segunda versión.", "Primera versión."]
    current = ops.summary(cid)
    assert current is not None and current.text == "Segunda versión."
    entries = [e for e in actions(vault) if e.action == "cem.summary_save"]
    assert len(entries) == 2
    assert all("versión" not in json.dumps(e.details) for e in entries)
    with pytest.raises(v.ValidationFailed):
        ops.save_summary(cid, "x" * (v.MAX_TEXT + 1))


def test_dismissals_are_scoped_and_audited(world: World, ops: CemOps, vault: Vault) -> None:
    finding = Finding(field="case.summary", case_id=world.new_case.id, kind="name",
                      text="María José", start=0, end=10, snippet="«María José»",
                      person_id=world.maria.id)
    d = ops.dismiss(world.session.id, finding, "Es el nombre de una calle")
    again = ops.dismiss(world.session.id, finding)
    assert d.id == again.id
    with vault.read() as conn:
        assert cem.dismissed_codes(conn, world.session.id) == {finding.code(world.session.id)}
        assert cem.dismissed_codes(conn, "otra-sesion") == set()
    entry = next(e for e in actions(vault) if e.action == "cem.finding_dismiss")
    assert entry.details == {"case": world.new_case.id, "field": "case.summary",
                             "kind": "name", "code": finding.code(world.session.id)}
    assert "María" not in json.dumps(entry.details)
    assert ops.revoke_dismissal(world.session.id, d.code)
    assert not ops.revoke_dismissal(world.session.id, d.code)
    assert ops.dismissals(world.session.id) == []


# --- ARCO and interchange -----------------------------------------------------------------------


def _count(vault: Vault, table: str) -> int:
    with vault.read() as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_arco_cancellation_erases_the_cem_traces(world: World, ops: CemOps,
                                                  vault: Vault) -> None:
    from mpi_desktop.reports import packet_export

    ops.add_item(AgendaItem(session_id=world.session.id, case_id=world.new_case.id,
                            topic="incorporacion"))
    ops.save_summary(world.new_case.id, "La persona recibió amenazas en enero.")
    finding = Finding("case.summary", world.new_case.id, "name", "María", 0, 5, "«María»",
                      world.maria.id)
    ops.dismiss(world.session.id, finding)
    # The kin (linked person) is also linked elsewhere: their dismissal goes with them.
    ops.dismiss(world.session.id, replace(finding, case_id=world.rising_case.id,
                                          text="Juan Carlos", person_id=world.kin.id))
    packet_export.generate(vault, packet_export.PacketRequest(
        session_id=world.session.id, recipients=(packet_export.Recipient(
            "Uso interno", None, vault.folder.parent / "p.pdf"),)))
    assert _count(vault, "cem_pseudonym") == 2
    arco.cancel(vault, world.maria.id)
    for table in ("cem_agenda_item", "cem_summary", "cem_packet_case"):
        assert _count(vault, table) == 0, table
    with vault.read() as conn:
        assert conn.execute("SELECT count(*) FROM cem_pseudonym WHERE person_id = ?",
                            (world.maria.id,)).fetchone()[0] == 0
        left = [r[0] for r in conn.execute("SELECT text FROM cem_dismissal")]
    assert left == ["Juan Carlos"]  # the kin's, on another case, stays until they go
    arco.cancel(vault, world.kin.id)
    assert _count(vault, "cem_dismissal") == 0
    # What left the vault stays on record (codes and hashes, no case data).
    assert _count(vault, "cem_packet_copy") == 1


def test_sections_are_registered_after_their_dependencies() -> None:
    names = [s.name for s in all_sections()]
    for mine in ("cem_sessions", "cem_agenda_items", "cem_acuerdos", "cem_summaries"):
        assert mine in names
    assert names.index("cases") < names.index("cem_agenda_items")


@pytest.fixture
def target(tmp_path: Path, vault_template: tuple[Path, str]) -> Iterator[Vault]:
    folder = tmp_path / "target"
    shutil.copytree(vault_template[0], folder)
    (folder / "vault.lock").unlink(missing_ok=True)
    t = Vault.unlock(folder, PASSPHRASE, actor="importadora")
    yield t
    t.lock()


def test_interchange_round_trip(world: World, ops: CemOps, vault: Vault,
                                target: Vault) -> None:
    from mpi_desktop.interchange.export import export
    from mpi_desktop.interchange.importer import import_bytes
    from mpi_desktop.interchange.scope import ExportRequest

    ops.accept(world.session.id, ops.suggestions(world.session.id))
    ops.save_summary(world.new_case.id, "Uno.")
    ops.save_summary(world.new_case.id, "Dos.", world.session.id)
    ops.set_status(world.session.id, dc.HELD)
    ops.record_acuerdo(dc.Acuerdo(session_id=world.session.id, case_id=world.urgent_case.id,
                                  number="", text="Se ratifica la escolta.",
                                  decisions=(dc.MeasureDecision(world.urgent.id, "ratify"),)))
    out = vault.folder.parent / "todo.json"
    export(vault, ExportRequest("all"), out, passphrase=None, plaintext=True)
    doc = json.loads(out.read_text(encoding="utf-8"))
    for section in SECTIONS:
        validator = Draft202012Validator(section.item_schema())
        assert doc[section.name], section.name
        for item in doc[section.name]:
            assert list(validator.iter_errors(item)) == [], section.name
    import_bytes(target, out.read_bytes())
    scope = ExportScope(kind="all", case_ids=tuple(c.id for c in (
        world.new_case, world.urgent_case, world.rising_case)))
    with vault.read() as a, target.read() as b:
        for section in SECTIONS:
            assert section.export_items(a, scope) == section.export_items(b, scope), section.name
    # Importing the same file again changes nothing.
    import_bytes(target, out.read_bytes())
    assert _count(target, "cem_summary") == 2 and _count(target, "cem_acuerdo") == 1
