"""Workshops on a real encrypted vault: round trip, rules, audit, ARCO, interchange."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from mpi_desktop.domain import validation as v
from mpi_desktop.domain import workshops as dw
from mpi_desktop.domain.timeutil import today_local
from mpi_desktop.domain.workshops import AnonymousAttendance, LearningEvaluation
from mpi_desktop.interchange.errors import InvalidImport
from mpi_desktop.interchange.export import build_document
from mpi_desktop.interchange.importer import import_bytes
from mpi_desktop.interchange.scope import ExportRequest, resolve
from mpi_desktop.storage import arco, audit
from mpi_desktop.storage import workshops as sw
from mpi_desktop.storage.records import RecordNotFound, Records
from mpi_desktop.storage.vault import Vault
from mpi_desktop.storage.workshops import Workshops
from tests.conftest import PASSPHRASE
from tests.factories import case_for, person, workshop


@pytest.fixture
def ops(vault: Vault) -> Workshops:
    return Workshops(vault)


def _people(vault: Vault, n: int) -> list[str]:
    records = Records(vault)
    ids = []
    for i in range(n):
        p = person(given_names=f"Asistente {i}", documents=(), contacts=(),
                   gender_identity="mujer_cis" if i % 2 else "hombre_cis")
        records.open_case(case_for(p), [p])
        ids.append(p.id)
    return ids


def test_round_trip_with_attendance_and_evaluation(vault: Vault, ops: Workshops) -> None:
    pids = _people(vault, 2)
    saved = ops.save(workshop(participant_ids=tuple(pids)))
    again = ops.get(saved.id)
    assert again == saved
    assert again.participant_ids == tuple(pids)
    assert again.anonymous == AnonymousAttendance(women=5, men=3)
    assert again.evaluation.gain == 3.5
    assert again.participants_total == 10
    row = ops.rows(year=2026)[0]
    assert (row.attendees, row.evaluated, row.pre_score, row.post_score) == (10, 6, 4.0, 7.5)


@pytest.mark.parametrize(("changes", "code"), [
    ({"status": dw.HELD, "held_on": today_local() + timedelta(days=3)}, "held_in_future"),
    ({"anonymous": AnonymousAttendance(), "evaluation": LearningEvaluation()},
     "held_without_participants"),
    ({"topics": ()}, "required"),
    ({"topics": ("no_existe",)}, "unknown_code"),
    ({"evaluation": LearningEvaluation(evaluated=20, pre_score=3, post_score=5)},
     "more_than_participants"),
    ({"evaluation": LearningEvaluation(evaluated=0, pre_score=3, post_score=5)},
     "required_with_scores"),
    ({"evaluation": LearningEvaluation(evaluated=2, pre_score=11, post_score=5)},
     "out_of_range"),
    ({"status": dw.SCHEDULED, "held_on": date(2026, 12, 20)}, "only_when_held"),
])
def test_invalid_workshops_are_refused_and_nothing_is_written(
        vault: Vault, ops: Workshops, changes: dict[str, object], code: str) -> None:
    with pytest.raises(v.ValidationFailed) as info:
        ops.save(workshop(**changes))
    assert code in {i.code for i in info.value.issues}
    with vault.read() as conn:
        assert conn.execute("SELECT count(*) FROM workshop").fetchone()[0] == 0


def test_scheduled_workshops_may_list_invited_people(vault: Vault, ops: Workshops) -> None:
    pids = _people(vault, 1)
    planned = workshop(status=dw.SCHEDULED, held_on=today_local() + timedelta(days=10),
                       participant_ids=tuple(pids), anonymous=AnonymousAttendance(),
                       evaluation=LearningEvaluation())
    assert ops.save(planned).participant_ids == tuple(pids)


def test_unknown_attendee_is_refused(vault: Vault, ops: Workshops) -> None:
    with pytest.raises(v.ValidationFailed) as info:
        ops.save(workshop(participant_ids=("0f8e4a52-5d1e-4b8e-9a53-2c4b1e6f7a10",)))
    assert {i.code for i in info.value.issues} == {"unknown_person"}


def test_edits_are_audited_with_field_names_only(vault: Vault, ops: Workshops) -> None:
    saved = ops.save(workshop())
    ops.save(replace(saved, title="Nuevo título secreto", notes="Nota con nombres"))
    with vault.read() as conn:
        entries = audit.entries(conn, entity="workshop", entity_id=saved.id)
        dump = json.dumps([e.details for e in entries], ensure_ascii=False)
    assert [e.action for e in entries] == ["workshop.update", "workshop.create"]
    assert entries[0].details["fields"] == ["notes", "title"]
    assert "secreto" not in dump and "Nota" not in dump and "Autoprotección" not in dump
    # Saving again without changes writes nothing.
    ops.save(ops.get(saved.id))
    with vault.read() as conn:
        assert len(audit.entries(conn, entity="workshop", entity_id=saved.id)) == 2


def test_year_progress_counts_held_and_scheduled(vault: Vault, ops: Workshops) -> None:
    for day in (date(2026, 1, 20), date(2026, 3, 12), date(2025, 12, 30)):
        ops.save(workshop(held_on=day))
    ops.save(workshop(held_on=date(2026, 2, 1), status=dw.CANCELLED,
                      evaluation=LearningEvaluation()))
    ops.save(workshop(held_on=today_local() + timedelta(days=5), status=dw.SCHEDULED,
                      evaluation=LearningEvaluation()))
    progress = ops.progress(2026)
    assert (progress.held, progress.goal, progress.remaining) == (2, 10, 8)
    assert progress.scheduled == (1 if today_local().year == 2026 else 0)
    assert ops.progress(2025).held == 1


def test_delete(vault: Vault, ops: Workshops) -> None:
    pids = _people(vault, 1)
    saved = ops.save(workshop(participant_ids=tuple(pids)))
    ops.delete(saved.id)
    with pytest.raises(RecordNotFound):
        ops.get(saved.id)
    with vault.read() as conn:
        assert conn.execute("SELECT count(*) FROM workshop_person").fetchone()[0] == 0


def test_search_people_by_name_and_folio(vault: Vault, ops: Workshops) -> None:
    records = Records(vault)
    p = person(given_names="Xóchitl", first_surname="Ñúñez", documents=(), contacts=())
    case = records.open_case(case_for(p), [p])
    assert [c.id for c in ops.search_people("xochitl nunez")] == [p.id]
    found = ops.search_people(case.folio)
    assert found[0].id == p.id and case.folio in found[0].folios


def test_arco_cancellation_removes_attendance_links(vault: Vault, ops: Workshops) -> None:
    pids = _people(vault, 2)
    saved = ops.save(workshop(participant_ids=tuple(pids)))
    report = arco.cancel(vault, pids[0])
    assert report.erased_by["workshop_attendance"] == 1
    after = ops.get(saved.id)
    assert after.participant_ids == (pids[1],)
    assert after.participants_total == saved.participants_total - 1
    with vault.read() as conn:
        assert conn.execute("SELECT count(*) FROM workshop_person WHERE person_id = ?",
                            (pids[0],)).fetchone()[0] == 0
        actions = [e.action for e in audit.entries(conn, entity="workshop",
                                                   entity_id=saved.id)]
    assert "workshop.unlink_person" in actions


def test_eraser_works_inside_a_transaction(vault: Vault, ops: Workshops) -> None:
    pids = _people(vault, 1)
    ops.save(workshop(participant_ids=tuple(pids)))
    with vault.write() as conn:
        person_ = Records(vault).person(pids[0])
        ctx = arco.ErasureContext(person=person_, erased_case_ids=(), unlinked_case_ids=(),
                                  actor="prueba")
        assert sw.erase_person_links(conn, ctx) == 1
        assert sw.erase_person_links(conn, ctx) == 0


# --- interchange ------------------------------------------------------------------------------


@pytest.fixture
def other_vault(tmp_path: Path, vault_template: tuple[Path, str]) -> Iterator[Vault]:
    target = tmp_path / "otra"
    shutil.copytree(vault_template[0], target)
    (target / "vault.lock").unlink(missing_ok=True)
    vault = Vault.unlock(target, PASSPHRASE, actor="receptora")
    yield vault
    vault.lock()


def _export(vault: Vault, request: ExportRequest) -> dict[str, object]:
    with vault.write() as conn:
        return build_document(conn, resolve(conn, request))


def test_workshops_travel_with_their_people(vault: Vault, ops: Workshops,
                                            other_vault: Vault) -> None:
    pids = _people(vault, 2)
    saved = ops.save(workshop(participant_ids=tuple(pids)))
    doc = _export(vault, ExportRequest("all"))
    assert [w["id"] for w in doc["workshops"]] == [saved.id]  # type: ignore[index]
    report = import_bytes(other_vault, json.dumps(doc).encode())
    assert report.written["workshops"] == 1
    assert Workshops(other_vault).get(saved.id) == saved
    again = import_bytes(other_vault, json.dumps(doc).encode())
    assert again.written["workshops"] == 0


def test_person_export_does_not_reveal_other_attendees(vault: Vault, ops: Workshops) -> None:
    pids = _people(vault, 2)
    ops.save(workshop(participant_ids=tuple(pids)))
    doc = _export(vault, ExportRequest("person", person_id=pids[0]))
    items = doc["workshops"]
    assert isinstance(items, list) and len(items) == 1
    assert items[0]["participant_ids"] == [pids[0]]


def test_opposition_people_are_left_out_of_whole_exports(vault: Vault, ops: Workshops) -> None:
    pids = _people(vault, 2)
    ops.save(workshop(participant_ids=tuple(pids)))
    arco.oppose(vault, pids[0])
    doc = _export(vault, ExportRequest("all"))
    items = doc["workshops"]
    assert isinstance(items, list)
    assert items[0]["participant_ids"] == [pids[1]]


def test_import_refuses_unknown_attendees_and_bad_rules(vault: Vault, ops: Workshops,
                                                        other_vault: Vault) -> None:
    pids = _people(vault, 1)
    saved = ops.save(workshop(participant_ids=tuple(pids)))
    doc = _export(vault, ExportRequest("all"))
    doc["people"] = []
    doc["cases"] = []
    items = doc["workshops"]
    assert isinstance(items, list)
    items[0]["evaluation"]["evaluated"] = 500
    with pytest.raises(InvalidImport) as info:
        import_bytes(other_vault, json.dumps(doc).encode())
    codes = {(i.path, i.code) for i in info.value.issues}
    assert ("$.workshops[0].participant_ids[0]", "unknown_attendee") in codes
    assert ("$.workshops[0].evaluation.evaluated", "more_than_participants") in codes
    with pytest.raises(RecordNotFound):
        Workshops(other_vault).get(saved.id)


def test_refusals_read_as_sentences(vault: Vault, ops: Workshops, qapp: object) -> None:
    from mpi_desktop import i18n
    from mpi_desktop.messages import describe

    before = i18n.current_language()
    i18n.install("es")
    try:
        with pytest.raises(v.ValidationFailed) as info:
            ops.save(workshop(held_on=today_local() + timedelta(days=2)))
        text = describe(info.value)
    finally:
        i18n.install(before)
    assert text.startswith("El taller no se guardó:")
    assert "Fecha: Un taller marcado como realizado no puede tener fecha futura" in text
