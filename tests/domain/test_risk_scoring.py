"""Scoring: T × V ÷ (C + offset), bands and their edges, explanation, completeness."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from mpi_desktop.domain import catalogs, risk_instrument
from mpi_desktop.domain import risk as dr
from mpi_desktop.domain.risk import NOT_EVALUATED, RiskAssessment, Threat
from tests.factories import risk_answers, risk_threat

V1 = risk_instrument.get(1)


def ratings(s: int, i: int, f: int, c: int) -> dict[str, int]:
    return {"seriousness": s, "imminence": i, "feasibility": f, "source_capacity": c}


def assessment(*threats: Threat, answers: dict[str, int] | None = None,
               **kw: object) -> RiskAssessment:
    base: dict[str, object] = {
        "case_id": "case", "instrument_version": 1, "assessed_on": date(2026, 3, 2),
        "assessor": "Analista 1", "threats": threats,
        "answers": risk_answers() if answers is None else answers}
    base.update(kw)
    return RiskAssessment(**base)  # type: ignore[arg-type]


# (threat ratings, kind, vulnerability answer, capacity answer) → T, V, C, index, level
SCORING_TABLE = [
    # All-medium: T = 6/9, V = 2/3, C = 1/3 → 0.6667 × 0.6667 ÷ 0.8333.
    ((2, 2, 2, 2), "declarada", 2, 1, 0.6667, 0.6667, 0.3333, 0.5334, "extraordinario"),
    # Grave and imminent, exposed, few capacities → extremo.
    ((3, 3, 3, 3), "declarada", 3, 0, 1.0, 1.0, 0.0, 2.0, "extremo"),
    ((3, 3, 2, 2), "declarada", 2, 1, 0.8333, 0.6667, 0.3333, 0.6667, "extremo"),
    # Same figures, but not imminent: the extreme band is withheld.
    ((3, 2, 3, 2), "declarada", 2, 1, 0.8333, 0.6667, 0.3333, 0.6667, "extraordinario"),
    # Low everything → ordinario.
    ((1, 1, 1, 1), "declarada", 1, 2, 0.3333, 0.3333, 0.6667, 0.0952, "ordinario"),
    # Strong capacities lower a medium threat to ordinario.
    ((2, 2, 2, 2), "declarada", 1, 3, 0.6667, 0.3333, 1.0, 0.1481, "ordinario"),
    # A possible (inferred) threat weighs 0.75: T = 0.75 × 2/3.
    ((2, 2, 2, 2), "posible", 2, 1, 0.5, 0.6667, 0.3333, 0.4, "extraordinario"),
    # Grave and imminent keeps at least extraordinario even with a low index.
    ((3, 3, 0, 0), "posible", 1, 3, 0.375, 0.3333, 1.0, 0.0833, "extraordinario"),
    # Nothing threatening at all.
    ((0, 0, 0, 0), "declarada", 3, 0, 0.0, 1.0, 0.0, 0.0, "ordinario"),
]


@pytest.mark.parametrize(("r", "kind", "vul", "cap", "t", "v", "c", "index", "level"),
                         SCORING_TABLE)
def test_scoring_table(r: tuple[int, int, int, int], kind: str, vul: int, cap: int, t: float,
                       v: float, c: float, index: float, level: str) -> None:
    a = assessment(risk_threat(ratings=ratings(*r), kind=kind),
                   answers=risk_answers(vul, cap))
    result = dr.score(a, V1)
    assert (result.threat_score, result.vulnerability_score, result.capacity_score) == \
        (t, v, c)
    assert result.index == index
    assert result.level == level


# index, grave and imminent → level, extremo withheld, floor applied
BAND_EDGES = [
    (0.0, False, "ordinario", False, False),
    (0.2499, False, "ordinario", False, False),
    (0.25, False, "extraordinario", False, False),
    (0.5999, False, "extraordinario", False, False),
    (0.5999, True, "extraordinario", False, False),
    (0.6, False, "extraordinario", True, False),
    (0.6, True, "extremo", False, False),
    (2.0, False, "extraordinario", True, False),
    (2.0, True, "extremo", False, False),
    (0.0, True, "extraordinario", False, True),
    (0.2499, True, "extraordinario", False, True),
]


@pytest.mark.parametrize(("index", "grave", "level", "withheld", "floor"), BAND_EDGES)
def test_band_edges(index: float, grave: bool, level: str, withheld: bool, floor: bool) -> None:
    assert dr.level_for(index, grave, V1) == (level, withheld, floor)


def test_the_highest_threat_sets_t_not_the_average() -> None:
    low = risk_threat(ratings=ratings(1, 0, 1, 0))
    high = risk_threat(ratings=ratings(3, 2, 3, 2))
    result = dr.score(assessment(low, high, low), V1)
    assert result.threat_score == round(10 / 12, 4)
    assert result.explanation.threat_id == high.id
    assert [d.code for d in result.explanation.threat_ratings][:2] == \
        ["seriousness", "feasibility"]


def test_not_evaluated_items_are_left_out_of_the_means() -> None:
    answers = risk_answers(0, 3)
    vulnerabilities = [i.code for i in V1.items_of("vulnerability")]
    for code in vulnerabilities[1:]:
        answers[code] = NOT_EVALUATED
    answers[vulnerabilities[0]] = 3
    result = dr.score(assessment(risk_threat(), answers=answers), V1)
    assert result.vulnerability_score == 1.0
    assert result.explanation.not_evaluated == len(vulnerabilities) - 1


def test_explanation_names_the_heaviest_vulnerabilities_and_missing_capacities() -> None:
    answers = risk_answers(1, 3, physical_v_home_exposed=3, digital_v_account_compromised=2,
                           legal_c_legal_counsel=0, networks_c_peer_networks=1)
    e = dr.score(assessment(risk_threat(), answers=answers), V1).explanation
    assert [d.code for d in e.top_vulnerabilities] == ["physical_v_home_exposed",
                                                       "digital_v_account_compromised"]
    assert e.top_vulnerabilities[0].group == "physical"
    assert [d.code for d in e.missing_capacities] == ["legal_c_legal_counsel",
                                                      "networks_c_peer_networks"]
    assert e.missing_capacities[0].share == round(3 / 5, 4)
    groups = {g: (v, c) for g, v, c in e.groups}
    assert groups["physical"][1] == 1.0


def test_weights_change_the_means(tmp_path: object) -> None:
    doc = catalogs.read_json(risk_instrument.instrument_folder() / "instrument-v1.json")
    doc["groups"][0]["vulnerabilities"][0]["weight"] = 4.0
    heavier = risk_instrument.parse(doc, risk_instrument.instrument_folder() / "x.json")
    answers = risk_answers(0, 0, physical_v_home_exposed=3)
    light = dr.score(assessment(risk_threat(), answers=answers), V1)
    heavy = dr.score(assessment(risk_threat(), answers=answers), heavier)
    n = len(V1.items_of("vulnerability"))
    assert light.vulnerability_score == round(3 / (3 * n), 4)
    assert heavy.vulnerability_score == round(12 / (3 * (n + 3)), 4)


def test_score_refuses_another_instrument_version() -> None:
    other = replace(V1, version=2)
    with pytest.raises(ValueError):
        dr.score(assessment(risk_threat()), other)


def test_incomplete_assessment_lists_every_missing_thing() -> None:
    answers = risk_answers()
    del answers["legal_v_impunity"]
    del answers["digital_c_support_network"]
    threat = risk_threat(facts=" ", ratings={"seriousness": 3}, feasibility_conclusion="",
                         source_type=None)
    missing = dr.missing(assessment(threat, answers=answers, assessor=""), V1)
    fields = [i.field for i in missing]
    assert fields == [
        "assessor", "threats.0.facts", "threats.0.source_type", "threats.0.ratings.imminence",
        "threats.0.ratings.feasibility", "threats.0.ratings.source_capacity",
        "threats.0.feasibility_conclusion", "answers.legal_v_impunity",
        "answers.digital_c_support_network"]
    with pytest.raises(dr.AssessmentIncomplete) as info:
        dr.check_signable(assessment(threat, answers=answers, assessor=""), V1)
    assert [i.field for i in info.value.issues] == fields


def test_no_threat_and_nothing_evaluated_cannot_be_signed() -> None:
    answers = dict.fromkeys(risk_answers(), NOT_EVALUATED)
    codes = {(i.field, i.code) for i in dr.missing(assessment(answers=answers), V1)}
    assert codes == {("threats", "required"), ("vulnerability", "none_evaluated"),
                     ("capacity", "none_evaluated")}


def test_complete_assessment_is_signable() -> None:
    dr.check_signable(assessment(risk_threat()), V1)


def test_override_without_reason_is_refused() -> None:
    a = assessment(risk_threat(), override_level="extremo", override_reason="  ")
    assert [(i.field, i.code) for i in dr.validate(a, V1)] == \
        [("override_reason", "override_needs_reason")]
    with pytest.raises(dr.AssessmentInvalid):
        dr.check_signable(a, V1)
    ok = replace(a, override_reason="Vigilancia constante reportada por vecinos.")
    assert dr.validate(ok, V1) == []
    assert normalized_level(ok) == ("extraordinario", "extremo")


def normalized_level(a: RiskAssessment) -> tuple[str | None, str | None]:
    n = dr.normalized(a, V1)
    return n.computed_level, n.level


def test_override_equal_to_the_computed_level_is_dropped() -> None:
    a = assessment(risk_threat(), override_level="extraordinario", override_reason="x")
    n = dr.normalized(a, V1)
    assert n.override_level is None and n.override_reason == ""


@pytest.mark.parametrize(("change", "field", "code"), [
    ({"answers": {"legal_v_impunity": 4}}, "answers.legal_v_impunity", "out_of_scale"),
    ({"answers": {"no_such_item": 1}}, "answers.no_such_item", "unknown_item"),
    ({"override_level": "apocaliptico", "override_reason": "x"}, "override_level",
     "unknown_code"),
    ({"assessed_on": date(2099, 1, 1)}, "assessed_on", "future_date"),
    ({"review_due_on": date(2026, 1, 1)}, "review_due_on", "before_assessment"),
])
def test_wrong_values_cannot_even_be_saved(change: dict[str, object], field: str,
                                           code: str) -> None:
    a = replace(assessment(risk_threat()), **change)  # type: ignore[arg-type]
    assert (field, code) in [(i.field, i.code) for i in dr.validate(a, V1)]


@pytest.mark.parametrize(("threat_change", "field", "code"), [
    ({"kind": "rumor"}, "threats.0.kind", "unknown_code"),
    ({"source_type": "extraterrestre"}, "threats.0.source_type", "unknown_code"),
    ({"channel": "paloma"}, "threats.0.channel", "unknown_code"),
    ({"ratings": {"seriousness": 5}}, "threats.0.ratings.seriousness", "out_of_scale"),
    ({"ratings": {"rumbo": 1}}, "threats.0.ratings.rumbo", "unknown_item"),
    ({"first_on": date(2026, 2, 1), "last_on": date(2026, 1, 1)}, "threats.0.last_on",
     "before_first"),
])
def test_threat_values_are_checked(threat_change: dict[str, object], field: str,
                                   code: str) -> None:
    a = assessment(risk_threat(**threat_change))
    assert (field, code) in [(i.field, i.code) for i in dr.validate(a, V1)]


def test_new_draft_is_prefilled_from_the_previous_signed_one() -> None:
    previous = replace(assessment(risk_threat(), answers=risk_answers(3, 0)),
                       status=dr.SIGNED, override_level="extremo", override_reason="x",
                       summary="Conclusión anterior", review_due_on=date(2026, 6, 1))
    draft = dr.new_draft(case_id="case", instrument=V1, assessor="Analista 2",
                         reason="Reevaluación", previous=previous, today=date(2026, 7, 1))
    assert draft.status == dr.DRAFT and draft.supersedes_id == previous.id
    assert draft.answers == previous.answers
    assert [t.facts for t in draft.threats] == [t.facts for t in previous.threats]
    assert draft.threats[0].id != previous.threats[0].id
    assert (draft.override_level, draft.summary, draft.review_due_on) == (None, "", None)
    assert draft.assessed_on == date(2026, 7, 1)
    # The override stays with the old assessment; the draft shows the computed level.
    assert draft.result is not None and draft.level == "extraordinario"


def test_trend_uses_signed_assessments_in_order() -> None:
    ranks = {lv.code: lv.rank for lv in V1.levels}

    def signed(day: int, vul: int, cap: int, at: str) -> RiskAssessment:
        a = assessment(risk_threat(), answers=risk_answers(vul, cap),
                       assessed_on=date(2026, 3, day))
        return replace(dr.normalized(a, V1), status=dr.SIGNED, signed_at=at)
    first, second = signed(1, 1, 3, "2026-03-01T10:00:00.000000Z"), \
        signed(9, 3, 1, "2026-03-09T10:00:00.000000Z")
    draft = assessment(risk_threat(), assessed_on=date(2026, 3, 20))
    points = dr.trend([second, draft, first], ranks)
    assert [(p.assessment_id, p.level) for p in points] == \
        [(first.id, "ordinario"), (second.id, "extraordinario")]
    assert dr.direction(points) == 1
    assert dr.direction(points[::-1]) == -1
    assert dr.current([first, second, draft]) == second


def test_result_round_trips_through_its_stored_form() -> None:
    result = dr.score(assessment(risk_threat(ratings=ratings(3, 3, 3, 3))), V1)
    assert dr.result_from_dict(dr.result_to_dict(result)) == result


def test_worked_example_of_the_docs() -> None:
    """docs/RISK.md, section 2: the same numbers."""
    vulnerabilities = [i.code for i in V1.items_of("vulnerability")]
    capacities = [i.code for i in V1.items_of("capacity")]
    assert (len(vulnerabilities), len(capacities)) == (30, 29)
    answers = {c: (3 if k < 10 else 2 if k < 20 else 1 if k < 28 else NOT_EVALUATED)
               for k, c in enumerate(vulnerabilities)}
    answers.update({c: (0 if k < 5 else 1 if k < 19 else 2) for k, c in enumerate(capacities)})
    first = risk_threat(kind="declarada", ratings=ratings(3, 2, 3, 2))
    second = risk_threat(kind="posible", ratings=ratings(2, 1, 1, 1))
    result = dr.score(assessment(first, second, answers=answers), V1)
    assert dr.threat_score(second, V1) == 0.3125
    assert (result.threat_score, result.vulnerability_score, result.capacity_score,
            result.index) == (0.8333, 0.6905, 0.3908, 0.6459)
    assert (result.level, result.explanation.band_level) == ("extraordinario", "extremo")
    assert result.explanation.extremo_withheld and not result.grave_imminent
    imminent = replace(first, ratings=ratings(3, 3, 3, 2))
    result = dr.score(assessment(imminent, second, answers=answers), V1)
    assert (result.threat_score, result.index, result.level) == (0.9167, 0.7106, "extremo")
