"""Reviews in the domain: item changes, progress, the triage gate, hints, validation."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from mpi_desktop.domain import dv_protocol
from mpi_desktop.domain import dv_review as dr
from mpi_desktop.domain.dv_review import ItemState, ReviewEvent

P = dv_protocol.latest()


def new_review() -> dr.Review:
    return dr.start(P, case_id="c1", started_on=date(2026, 3, 1), actor="analista")


def change(state: ItemState, **kw: object) -> ItemState:
    return dr.change_item(state, at="2026-03-01T10:00:00.000000Z", actor="analista",
                          **kw)  # type: ignore[arg-type]


def test_a_new_review_starts_at_the_first_step_with_nothing_answered() -> None:
    review = new_review()
    assert review.protocol_version == P.version
    assert review.current_step == "triage"
    progress = dr.overall_progress(P, review)
    assert progress.answered == 0 and progress.total == len(P.item_codes())
    assert progress.percent == 0 and not progress.complete


def test_answering_a_question_marks_it_done_and_withdrawing_makes_it_pending() -> None:
    state = ItemState("triage_physical_risk")
    yes = change(state, answer=True)
    assert (yes.status, yes.answer, yes.updated_by) == (dr.DONE, True, "analista")
    withdrawn = change(yes, answer=None)
    assert (withdrawn.status, withdrawn.answer) == (dr.PENDING, None)
    set_aside = change(yes, status=dr.NOT_APPLICABLE)
    assert (set_aside.status, set_aside.answer) == (dr.NOT_APPLICABLE, None)
    noted = change(yes, notes="Lo siguen al salir de la radio")
    assert (noted.status, noted.answer, noted.notes) == (dr.DONE, True,
                                                          "Lo siguen al salir de la radio")


def test_progress_counts_done_and_not_applicable_per_step_and_overall() -> None:
    review = new_review()
    triage = P.step("triage")
    assert triage is not None
    codes = [i.code for i in triage.items]
    review = review.with_item(change(ItemState(codes[0]), answer=False))
    review = review.with_item(change(ItemState(codes[1]), status=dr.NOT_APPLICABLE))
    review = review.with_item(change(ItemState(codes[2]), notes="solo nota"))  # still pending
    step = dr.step_progress(P, review, "triage")
    assert (step.answered, step.total) == (2, len(codes))
    assert dr.overall_progress(P, review).answered == 2
    for code in P.item_codes():
        review = review.with_item(change(review.item(code), status=dr.DONE))
    assert dr.overall_progress(P, review).percent == 100
    assert all(dr.step_progress(P, review, s.code).complete for s in P.steps)


def test_the_gate_fires_only_when_the_physical_risk_question_turns_yes() -> None:
    before = ItemState("triage_physical_risk")
    assert dr.fires_gate(P, before, change(before, answer=True)) == "physical_risk"
    assert dr.fires_gate(P, before, change(before, answer=False)) is None
    yes = change(before, answer=True)
    assert dr.fires_gate(P, yes, change(yes, notes="otra vez sí")) is None  # no re-fire
    other = ItemState("triage_ongoing_attack")
    assert dr.fires_gate(P, other, change(other, status=dr.DONE)) is None


def test_open_gates_are_settled_by_acting_or_declining() -> None:
    fired = ReviewEvent(kind=dr.GATE_FIRED, at="t1", actor="a", gate="physical_risk",
                        item_code="triage_physical_risk")
    review = replace(new_review(), events=(fired,))
    assert dr.open_gates(review) == [fired]
    for kind in dr.GATE_RESOLUTIONS:
        settled = replace(review, events=(fired, ReviewEvent(kind=kind, at="t2", actor="a",
                                                             gate="physical_risk")))
        assert dr.open_gates(settled) == []
    refired = replace(review, events=(
        fired, ReviewEvent(kind=dr.GATE_DISMISSED, at="t2", actor="a", gate="physical_risk"),
        replace(fired, id="otro", at="t3")))
    assert [e.at for e in dr.open_gates(refired)] == ["t3"]


def test_risk_item_hints_map_items_to_the_types_present() -> None:
    review = replace(new_review(), types=("monitoreo_acecho", "amenazas"))
    hints = dr.risk_item_hints(P, review)
    assert hints["physical_v_home_exposed"] == ["monitoreo_acecho", "amenazas"]
    assert hints["digital_v_device_compromised"] == ["monitoreo_acecho"]
    assert "legal_v_impunity" not in hints


def test_validation_catches_codes_outside_the_protocol_version() -> None:
    review = replace(new_review(), types=("amenazas", "amenazas", "inventado"),
                     platforms=("facebook",), aggressor_type="no_existe",
                     items=(ItemState("no_es_item"),
                            ItemState("triage_ongoing_attack", status=dr.DONE, answer=True),
                            ItemState("triage_safe_setting", status="quizas")))
    issues = {(i.field, i.code) for i in dr.validate(P, review)}
    assert ("types.1", "duplicate") in issues
    assert ("types.2", "unknown_code") in issues
    assert ("aggressor_type", "unknown_code") in issues
    assert ("items.no_es_item", "unknown_code") in issues
    assert ("items.triage_ongoing_attack.answer", "not_a_question") in issues
    assert ("items.triage_safe_setting.status", "unknown_code") in issues
    assert dr.validate(P, new_review()) == []
    assert {i.code for i in dr.validate(P, replace(new_review(), protocol_version=99))} == {
        "wrong_protocol_version"}
