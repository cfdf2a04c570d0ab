"""Risk assessments on a real encrypted vault: drafts, signing, immutability, history."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from mpi_desktop.domain import risk as dr
from mpi_desktop.domain import risk_instrument
from mpi_desktop.storage import audit, case_query, history, risk, risk_filters
from mpi_desktop.storage.case_query import CaseFilter
from mpi_desktop.storage.connection import DatabaseError
from mpi_desktop.storage.records import RecordNotFound, Records
from mpi_desktop.storage.risk import RiskOps
from mpi_desktop.storage.vault import Vault
from tests.factories import case_for, person, risk_answers, risk_threat


@pytest.fixture
def records(vault: Vault) -> Records:
    return Records(vault)


@pytest.fixture
def ops(vault: Vault) -> RiskOps:
    return RiskOps(vault)


def new_case(records: Records, **kw: object) -> str:
    p = person()
    return records.open_case(case_for(p, **kw), [p]).id


def fill(draft: dr.RiskAssessment, *, vul: int = 2, cap: int = 1,
         ratings: dict[str, int] | None = None, day: date = date(2026, 3, 2),
         **kw: object) -> dr.RiskAssessment:
    threat = risk_threat(ratings=ratings) if ratings else risk_threat()
    return replace(draft, threats=(threat,), answers=risk_answers(vul, cap), assessed_on=day,
                   **kw)  # type: ignore[arg-type]


def signed_one(ops: RiskOps, case_id: str, **kw: object) -> dr.RiskAssessment:
    draft = ops.start(case_id)
    return ops.save_and_sign(fill(draft, **kw))  # type: ignore[arg-type]


def test_start_creates_one_draft_on_the_current_version(records: Records, ops: RiskOps) -> None:
    case_id = new_case(records)
    draft = ops.start(case_id, "Primera evaluación")
    assert (draft.status, draft.instrument_version, draft.reason) == ("draft", 1,
                                                                      "Primera evaluación")
    assert draft.assessor == "prueba" and draft.answers == {} and draft.threats == ()
    assert ops.start(case_id).id == draft.id  # one draft per case
    assert [a.id for a in ops.for_case(case_id)] == [draft.id]
    with pytest.raises(RecordNotFound):
        ops.start("00000000-0000-0000-0000-000000000000")


def test_drafts_save_partial_work_with_field_history(records: Records, ops: RiskOps,
                                                     vault: Vault) -> None:
    case_id = new_case(records)
    draft = ops.start(case_id)
    partial = replace(draft, answers={"legal_v_impunity": 3, "legal_c_knows_rights": 0},
                      threats=(risk_threat(facts="Amenaza por teléfono"),))
    saved = ops.save(partial)
    assert saved.result is not None and saved.result.index > 0
    again = ops.get(draft.id)
    assert again.answers == partial.answers
    assert [t.facts for t in again.threats] == ["Amenaza por teléfono"]
    edited = ops.save(replace(again, answers={**again.answers, "legal_v_impunity": 1}),
                      autosave=True)
    assert edited.answers["legal_v_impunity"] == 1
    with vault.read() as conn:
        rows = history.for_entity(conn, risk.ENTITY, draft.id)
        actions = [e.action for e in audit.entries(conn, entity=risk.ENTITY)]
    fields = [r.field for r in rows]
    assert "answers.legal_v_impunity" in fields and fields[-1] == "*"
    assert json.loads(rows[0].before or "null") == 3
    assert json.loads(rows[0].after or "null") == 1
    # The autosave wrote history but no audit entry; the explicit save did.
    assert actions == ["risk.save", "risk.start"]


def test_draft_with_override_and_no_reason_is_refused(records: Records, ops: RiskOps) -> None:
    draft = ops.start(new_case(records))
    with pytest.raises(dr.AssessmentInvalid) as info:
        ops.save(replace(fill(draft), override_level="extremo"))
    assert [i.code for i in info.value.issues] == ["override_needs_reason"]


def test_incomplete_assessment_cannot_be_signed_and_nothing_changes(
        records: Records, ops: RiskOps) -> None:
    draft = ops.start(new_case(records))
    answers = risk_answers()
    del answers["psychosocial_c_self_care"]
    with pytest.raises(dr.AssessmentIncomplete) as info:
        ops.save_and_sign(replace(draft, answers=answers))
    assert [i.field for i in info.value.issues] == ["threats",
                                                    "answers.psychosocial_c_self_care"]
    assert ops.get(draft.id).status == "draft"
    assert ops.get(draft.id).answers == {}  # the save rolled back with the refused signing


def test_signing_freezes_figures_and_sets_the_level_in_force(records: Records, ops: RiskOps,
                                                             vault: Vault) -> None:
    case_id = new_case(records)
    signed = signed_one(ops, case_id)
    assert signed.status == "signed" and signed.signed_by == "prueba"
    assert signed.result is not None and signed.result.level == "extraordinario"
    stored = ops.get(signed.id)
    assert stored == signed
    with vault.read() as conn:
        level = risk.current_level(conn, case_id)
        entry = audit.entries(conn, action_prefix="risk.sign")[0]
    assert level is not None and (level.level, level.rank, level.assessment_id) == \
        ("extraordinario", 2, signed.id)
    assert entry.details["case"] == case_id and "level" not in entry.details


def test_signed_assessment_is_immutable_in_the_database(records: Records, ops: RiskOps,
                                                        vault: Vault) -> None:
    case_id = new_case(records)
    signed = signed_one(ops, case_id)
    threat_id = signed.threats[0].id
    attempts = [
        ("UPDATE risk_assessment SET level = 'ordinario' WHERE id = ?", (signed.id,)),
        ("UPDATE risk_assessment SET status = 'draft' WHERE id = ?", (signed.id,)),
        ("UPDATE risk_answer SET value = 0 WHERE assessment_id = ?", (signed.id,)),
        ("UPDATE risk_threat SET facts = 'otra cosa' WHERE id = ?", (threat_id,)),
        ("INSERT INTO risk_answer (assessment_id, item, value) VALUES (?, 'x', 1)",
         (signed.id,)),
        ("INSERT INTO risk_threat (id, assessment_id, position) VALUES ('t', ?, 9)",
         (signed.id,)),
        ("DELETE FROM risk_answer WHERE assessment_id = ?", (signed.id,)),
        ("DELETE FROM risk_threat WHERE id = ?", (threat_id,)),
        ("DELETE FROM risk_assessment WHERE id = ?", (signed.id,)),
    ]
    for sql, params in attempts:
        with pytest.raises(DatabaseError, match="immutable"), vault.write() as conn:
            conn.execute(sql, params)
    assert ops.get(signed.id) == signed
    with pytest.raises(dr.AssessmentSigned):
        ops.save(replace(signed, summary="retoque"))
    with pytest.raises(dr.AssessmentSigned):
        ops.discard(signed.id)


def test_a_new_assessment_supersedes_and_the_trend_follows(records: Records, ops: RiskOps,
                                                           vault: Vault) -> None:
    case_id = new_case(records)
    first = signed_one(ops, case_id, vul=1, cap=3, day=date(2026, 3, 2))
    draft = ops.start(case_id, "Nueva agresión")
    assert draft.supersedes_id == first.id
    assert draft.answers == first.answers and len(draft.threats) == 1
    second = ops.save_and_sign(fill(draft, vul=3, cap=0, day=date(2026, 5, 4),
                                    ratings={"seriousness": 3, "imminence": 3,
                                             "feasibility": 3, "source_capacity": 2}))
    assert second.supersedes_id == first.id
    assert [a.id for a in ops.for_case(case_id)] == [second.id, first.id]
    with vault.read() as conn:
        points = risk.level_history(conn, case_id)
        level = risk.current_level(conn, case_id)
        rising = risk.cases_with_rising_risk(conn)
    assert [(p.assessment_id, p.level, p.rank) for p in points] == \
        [(first.id, "ordinario", 1), (second.id, "extremo", 3)]
    assert level is not None and level.rose and level.previous_level == "ordinario"
    assert [(r.case_id, r.level, r.previous_level) for r in rising] == \
        [(case_id, "extremo", "ordinario")]
    # The first one is untouched by its successor.
    assert ops.get(first.id) == first


def test_back_dated_assessment_does_not_become_the_level_in_force(
        records: Records, ops: RiskOps, vault: Vault) -> None:
    case_id = new_case(records)
    recent = signed_one(ops, case_id, vul=3, cap=0, day=date(2026, 5, 1))
    old = signed_one(ops, case_id, vul=1, cap=3, day=date(2026, 2, 1))
    with vault.read() as conn:
        level = risk.current_level(conn, case_id)
    assert level is not None and level.assessment_id == recent.id
    assert old.supersedes_id is None
    # In date order the back-dated one comes first: the risk rose from it.
    assert level.rose and level.previous_level == "ordinario"


def test_override_with_reason_is_the_level_in_force(records: Records, ops: RiskOps,
                                                    vault: Vault) -> None:
    case_id = new_case(records)
    draft = ops.start(case_id)
    signed = ops.save_and_sign(fill(draft, override_level="extremo",
                                    override_reason="Vigilancia armada frente al domicilio."))
    assert (signed.computed_level, signed.level) == ("extraordinario", "extremo")
    with vault.read() as conn:
        level = risk.current_level(conn, case_id)
    assert level is not None and level.level == "extremo"


def test_discarding_a_draft(records: Records, ops: RiskOps) -> None:
    case_id = new_case(records)
    draft = ops.start(case_id)
    assert ops.discard(draft.id) == case_id
    assert ops.for_case(case_id) == []


def test_case_deletion_erases_assessments(records: Records, ops: RiskOps, vault: Vault) -> None:
    case_id = new_case(records)
    signed_one(ops, case_id)
    ops.start(case_id)
    records.delete_case(case_id)
    with vault.read() as conn:
        for table in ("risk_assessment", "risk_threat", "risk_answer", "case_risk"):
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM field_history WHERE entity = ?",
                            (risk.ENTITY,)).fetchone()[0] == 0


def test_filters_and_follow_up_lists(records: Records, ops: RiskOps, vault: Vault) -> None:
    low = new_case(records)
    high = new_case(records)
    closed = new_case(records, status="concluido", closed_on=date(2026, 6, 1),
                      closing_reason=_closing_reason())
    new_case(records)  # never assessed
    signed_one(ops, low, vul=1, cap=3, review_due_on=date(2026, 4, 1))
    signed_one(ops, high, vul=3, cap=0, ratings={"seriousness": 3, "imminence": 3,
                                                  "feasibility": 3, "source_capacity": 3})
    signed_one(ops, closed, vul=1, cap=3, review_due_on=date(2026, 4, 1))
    with vault.read() as conn:
        def ids(*extra: tuple[str, tuple[object, ...]]) -> set[str]:
            rows = case_query.page(conn, CaseFilter(extra=extra), limit=100)
            return {r.id for r in rows}
        assert ids(risk_filters.risk_level(["extremo"])) == {high}
        assert ids(risk_filters.risk_level(["ordinario", "extremo"])) == {low, high, closed}
        assert ids(risk_filters.risk_level([])) == set()
        assert len(ids(risk_filters.unassessed())) == 1
        overdue = risk_filters.extra_conditions(overdue=True, today=date(2026, 4, 2))
        assert ids(*overdue) == {low, closed}
        assert ids(*risk_filters.extra_conditions(overdue=True, today=date(2026, 4, 1))) == set()
        both = risk_filters.extra_conditions(risk_levels=["ordinario"], overdue=True,
                                             today=date(2026, 4, 2))
        assert ids(*both) == {low, closed}
        due = risk.overdue_reassessments(conn, date(2026, 4, 2))
        levels = risk.current_levels(conn)
        some = risk.current_levels(conn, [high])
    assert [r.case_id for r in due] == [low]  # closed cases leave the follow-up lists
    assert set(levels) == {low, high, closed} and set(some) == {high}


def _closing_reason() -> str:
    from mpi_desktop.domain import catalogs

    return catalogs.get("closing_reasons").codes()[0]


def test_a_new_instrument_version_does_not_change_signed_assessments(
        records: Records, ops: RiskOps, vault: Vault, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    case_id = new_case(records)
    first = signed_one(ops, case_id)
    assert first.result is not None and first.result.level == "extraordinario"

    # Publish v2 (heavier digital items, lower bands) next to v1.
    folder = tmp_path / "risk"
    folder.mkdir()
    shutil.copy(risk_instrument.instrument_folder() / "instrument-v1.json", folder)
    doc = json.loads((folder / "instrument-v1.json").read_text(encoding="utf-8"))
    doc.update(version=2, valid_from="2026-06-01")
    for item in doc["groups"][6]["vulnerabilities"]:
        item["weight"] = 3.0
    doc["scoring"]["capacity_offset"] = 0.1
    doc["bands"][1]["min"] = 0.1
    doc["bands"][2]["min"] = 0.3
    (folder / "instrument-v2.json").write_text(json.dumps(doc), encoding="utf-8")
    monkeypatch.setattr(risk_instrument, "instrument_folder", lambda: folder)
    assert risk_instrument.current().version == 2

    # The v1 assessment reads back with its stored figures, and recomputing with its
    # own version gives exactly the same; v2 would have said something else.
    again = ops.get(first.id)
    assert again == first
    assert risk.rescore(again).result == first.result
    v2_view = dr.score(replace(again, instrument_version=2), risk_instrument.get(2))
    assert v2_view.index != first.result.index

    # A new assessment uses v2, pre-filled; signing it leaves the first one as it was.
    draft = ops.start(case_id)
    assert draft.instrument_version == 2
    second = ops.save_and_sign(fill(draft, day=date(2026, 7, 1)))
    assert second.result is not None and second.result.instrument_version == 2
    assert second.result.index != first.result.index
    assert ops.get(first.id) == first
    with vault.read() as conn:
        points = risk.level_history(conn, case_id)
    assert [p.assessment_id for p in points] == [first.id, second.id]
    assert points[0].index == first.result.index
