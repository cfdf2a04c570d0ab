"""The measure life cycle: every state × every action, CEM references, urgent starts."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date

import pytest

from mpi_desktop.domain import measures as dm
from mpi_desktop.domain.measures import Measure, TransitionRequest

TODAY = date(2026, 11, 28)
CEM = {"cem_session_ref": "3a Sesión Ordinaria 2026", "cem_agreement_ref": "CEM/2026/03/07"}

# Written out independently of the module's table: state → {action: target}.
EXPECTED: dict[str, dict[str, str]] = {
    "propuesta": {"approve": "aprobada", "urgent_implement": "en_implementacion",
                  "urgent_activate": "vigente", "retire": "retirada"},
    "aprobada": {"implement": "en_implementacion", "activate": "vigente", "retire": "retirada"},
    "en_implementacion": {"activate": "vigente", "suspend": "suspendida", "retire": "retirada",
                          "ratify": "en_implementacion"},
    "vigente": {"evaluate": "en_evaluacion", "modify": "modificada", "suspend": "suspendida",
                "retire": "retirada", "conclude": "concluida", "ratify": "vigente"},
    "en_evaluacion": {"confirm": "vigente", "modify": "modificada", "suspend": "suspendida",
                      "retire": "retirada", "conclude": "concluida", "ratify": "en_evaluacion"},
    "modificada": {"implement": "en_implementacion", "activate": "vigente",
                   "suspend": "suspendida", "retire": "retirada", "conclude": "concluida",
                   "ratify": "modificada"},
    "suspendida": {"resume": "vigente", "retire": "retirada", "conclude": "concluida",
                   "ratify": "suspendida"},
    "retirada": {},
    "concluida": {"ratify": "concluida"},
}
ALL_ACTIONS = sorted({a for targets in EXPECTED.values() for a in targets} | {"propose", "fly"})
NEEDS_CEM = {"approve", "modify", "suspend", "resume", "retire", "ratify"}


def measure_in(state: str, *, category: str = "urgente", pending: bool = True) -> Measure:
    code = {"urgente": "escolta", "proteccion": "rondines"}[category]
    m = dm.new_measure(case_id="case", code=code, actor="Analista", proposed_on=date(2026, 3, 1))
    return replace(m, state=state, pending_ratification=pending)


def full_request(action: str) -> TransitionRequest:
    return TransitionRequest(action=action, actor="Analista", effective_on=date(2026, 3, 5),
                             reason="Acordado con la persona beneficiaria.",
                             new_details="Rondines cada 4 horas.",
                             cem_session_ref=CEM["cem_session_ref"],
                             cem_agreement_ref=CEM["cem_agreement_ref"])


def test_the_table_in_the_module_is_the_documented_one() -> None:
    assert set(dm.STATES) == set(EXPECTED)
    for state, targets in EXPECTED.items():
        m = measure_in(state)
        assert dm.allowed_actions(m, procedure="extraordinario") == \
            [a for a in dm.ACTIONS if a in targets]


@pytest.mark.parametrize(("state", "action"), list(itertools.product(EXPECTED, ALL_ACTIONS)))
def test_every_state_and_action(state: str, action: str) -> None:
    m = measure_in(state)
    target = EXPECTED[state].get(action)
    if target is None:
        with pytest.raises(dm.InvalidTransition) as info:
            dm.apply(m, full_request(action), procedure="extraordinario", today=TODAY)
        assert info.value.allowed == [a for a in dm.ACTIONS if a in EXPECTED[state]]
        assert info.value.state == state
        for allowed in info.value.allowed:
            assert allowed in str(info.value)
        return
    after = dm.apply(m, full_request(action), procedure="extraordinario", today=TODAY)
    assert after.state == target
    last = after.transitions[-1]
    assert (last.action, last.from_state, last.to_state) == (action, state, target)
    assert last.seq == len(m.transitions) + 1
    assert (last.effective_on, last.actor, last.reason) == \
        (date(2026, 3, 5), "Analista", "Acordado con la persona beneficiaria.")
    assert (last.cem_session_ref, last.cem_agreement_ref) == \
        (CEM["cem_session_ref"], CEM["cem_agreement_ref"])


@pytest.mark.parametrize(("state", "action"),
                         [(s, a) for s, targets in EXPECTED.items() for a in targets])
def test_cem_references_are_required_where_the_cem_decides(state: str, action: str) -> None:
    m = measure_in(state)
    request = replace(full_request(action), cem_session_ref="", cem_agreement_ref=" ")
    if action in NEEDS_CEM:
        with pytest.raises(dm.TransitionIncomplete) as info:
            dm.apply(m, request, procedure="extraordinario", today=TODAY)
        assert [i.field for i in info.value.issues] == ["cem_session_ref", "cem_agreement_ref"]
    else:
        assert dm.apply(m, request, procedure="extraordinario", today=TODAY).state == \
            EXPECTED[state][action]


def test_reason_is_required_for_serious_changes() -> None:
    for action, state in (("suspend", "vigente"), ("retire", "propuesta"),
                          ("conclude", "vigente"), ("urgent_implement", "propuesta")):
        request = replace(full_request(action), reason="")
        with pytest.raises(dm.TransitionIncomplete) as info:
            dm.apply(measure_in(state), request, procedure="extraordinario", today=TODAY)
        assert [i.field for i in info.value.issues] == ["reason"]
    assert dm.apply(measure_in("aprobada"), replace(full_request("activate"), reason=""),
                    procedure=None, today=TODAY).state == "vigente"


def test_urgent_start_only_for_urgent_measures_in_the_extraordinary_procedure() -> None:
    urgent = measure_in("propuesta", pending=False)
    with pytest.raises(dm.UrgentStartNotAllowed) as info:
        dm.apply(urgent, full_request("urgent_implement"), procedure="ordinario", today=TODAY)
    assert info.value.problem == "not_extraordinary"
    patrols = measure_in("propuesta", category="proteccion", pending=False)
    with pytest.raises(dm.UrgentStartNotAllowed) as info:
        dm.apply(patrols, full_request("urgent_activate"), procedure="extraordinario",
                 today=TODAY)
    assert info.value.problem == "not_urgent"
    assert "urgent_implement" not in dm.allowed_actions(urgent, procedure="ordinario")
    assert "urgent_activate" not in dm.allowed_actions(patrols, procedure="extraordinario")


def test_urgent_start_is_pending_until_ratified() -> None:
    m = measure_in("propuesta", pending=False)
    started = dm.apply(m, full_request("urgent_activate"), procedure="extraordinario",
                       today=TODAY)
    assert (started.state, started.pending_ratification, started.urgent_start) == \
        ("vigente", True, True)
    assert started.implemented_on == date(2026, 3, 5)
    assert "ratify" in dm.allowed_actions(started, procedure="extraordinario")
    ratified = dm.apply(started, full_request("ratify"), procedure="extraordinario",
                        today=TODAY)
    assert (ratified.state, ratified.pending_ratification, ratified.urgent_start) == \
        ("vigente", False, True)
    with pytest.raises(dm.InvalidTransition):
        dm.apply(ratified, full_request("ratify"), procedure="extraordinario", today=TODAY)
    not_ratified = dm.apply(started, full_request("retire"), procedure="extraordinario",
                            today=TODAY)
    assert (not_ratified.state, not_ratified.pending_ratification) == ("retirada", False)


def test_dates_follow_the_life_cycle() -> None:
    m = measure_in("propuesta", category="proteccion", pending=False)
    approved = dm.apply(m, full_request("approve"), procedure=None, today=TODAY)
    assert approved.approved_on == date(2026, 3, 5)
    live = dm.apply(approved, replace(full_request("activate"), effective_on=date(2026, 3, 9),
                                      next_review_on=date(2026, 6, 9)), procedure=None,
                    today=TODAY)
    assert (live.implemented_on, live.next_review_on) == (date(2026, 3, 9), date(2026, 6, 9))
    assert live.review_overdue(date(2026, 6, 10)) and not live.review_overdue(date(2026, 6, 9))
    done = dm.apply(live, replace(full_request("conclude"), effective_on=date(2026, 9, 1)),
                    procedure=None, today=TODAY)
    assert (done.ended_on, done.next_review_on) == (date(2026, 9, 1), None)
    assert not done.review_overdue(date(2027, 1, 1))
    for bad, code in ((date(2026, 3, 1), "before_previous"), (date(2027, 1, 1), "future_date")):
        with pytest.raises(dm.TransitionIncomplete) as info:
            dm.apply(live, replace(full_request("evaluate"), effective_on=bad), procedure=None,
                     today=TODAY)
        assert [i.code for i in info.value.issues] == [code]


def test_modification_makes_a_new_version() -> None:
    m = measure_in("vigente", category="proteccion", pending=False)
    with pytest.raises(dm.TransitionIncomplete) as info:
        dm.apply(m, replace(full_request("modify"), new_details=""), procedure=None,
                 today=TODAY)
    assert [i.field for i in info.value.issues] == ["new_details"]
    modified = dm.apply(m, replace(full_request("modify"), new_institution="alcaldia_tlalpan"),
                        procedure=None, today=TODAY)
    assert (modified.state, modified.version, modified.details, modified.institution) == \
        ("modificada", 2, "Rondines cada 4 horas.", "alcaldia_tlalpan")
    assert dm.allowed_actions(modified, procedure=None) == \
        ["implement", "activate", "suspend", "retire", "conclude"]


def test_new_measure_takes_the_catalog_defaults() -> None:
    m = dm.new_measure(case_id="case", code="boton_panico", actor="Analista",
                       proposed_on=date(2026, 3, 1))
    assert (m.category, m.institution, m.state) == ("proteccion", "c5", "propuesta")
    assert [(t.action, t.from_state, t.to_state) for t in m.transitions] == \
        [("propose", None, "propuesta")]
    assert dm.validate(m, today=TODAY, is_new=True) == []
    bad = replace(m, code="teletransporte", institution="hogwarts")
    assert {(i.field, i.code) for i in dm.validate(bad, today=TODAY)} == \
        {("code", "unknown_code"), ("institution", "unknown_code")}


def test_plain_edits_depend_on_the_state() -> None:
    proposal = measure_in("propuesta", category="proteccion", pending=False)
    assert dm.edit(proposal, details="Otro texto").details == "Otro texto"
    live = measure_in("vigente", category="proteccion", pending=False)
    assert dm.edit(live, evaluation_notes="Funciona", accepted=True).accepted is True
    with pytest.raises(dm.MeasureNotEditable) as info:
        dm.edit(live, details="Cambio sin CEM", next_review_on=date(2026, 12, 1))
    assert info.value.fields == ["details"]
    closed = measure_in("concluida", category="proteccion", pending=False)
    with pytest.raises(dm.MeasureNotEditable):
        dm.edit(closed, next_review_on=date(2026, 12, 1))


def test_replay_accepts_a_real_history_and_rejects_a_forged_one() -> None:
    m = measure_in("propuesta", pending=False)
    for action in ("urgent_implement", "activate", "ratify", "evaluate", "confirm"):
        m = dm.apply(m, full_request(action), procedure="extraordinario", today=TODAY)
    assert dm.replay(m) == []
    assert [i.code for i in dm.replay(replace(m, state="concluida"))] == \
        ["does_not_match_history"]
    forged = replace(m.transitions[2], action="conclude", to_state="concluida")
    broken = replace(m, transitions=(*m.transitions[:2], forged, *m.transitions[3:]))
    assert [i.code for i in dm.replay(broken)] == ["breaks_life_cycle"]
    no_refs = replace(m.transitions[3], cem_session_ref="")
    assert [i.code for i in dm.replay(replace(m, transitions=(*m.transitions[:3], no_refs,
                                                              *m.transitions[4:])))] == \
        ["cem_refs_missing"]
    assert [i.code for i in dm.replay(replace(m, pending_ratification=True))] == \
        ["does_not_match_history"]
