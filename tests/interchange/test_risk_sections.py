"""The risk and measure sections of the interchange format, on real vaults."""

from __future__ import annotations

import copy
import shutil
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from mpi_desktop.domain.cases import Case
from mpi_desktop.domain.people import Person
from mpi_desktop.domain.risk import NOT_EVALUATED
from mpi_desktop.interchange.risk_sections import MeasuresSection, RiskAssessmentsSection
from mpi_desktop.interchange.sections import ExportScope, ImportContext, all_sections
from mpi_desktop.storage import plans, risk
from mpi_desktop.storage.plans import PlanOps
from mpi_desktop.storage.records import Records
from mpi_desktop.storage.risk import RiskOps
from mpi_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.factories import case_for, person, risk_answers, risk_threat

CEM = {"cem_session_ref": "3a Sesión Ordinaria 2026", "cem_agreement_ref": "CEM/2026/03/07"}
ASSESSMENTS = RiskAssessmentsSection()
MEASURES = MeasuresSection()


@pytest.fixture
def target(tmp_path: Path, vault_template: tuple[Path, str]) -> Iterator[Vault]:
    folder = tmp_path / "target"
    shutil.copytree(vault_template[0], folder)
    (folder / "vault.lock").unlink(missing_ok=True)
    v = Vault.unlock(folder, PASSPHRASE, actor="importadora")
    yield v
    v.lock()


def populate(vault: Vault) -> tuple[Person, Case]:
    p = person()
    case = Records(vault).open_case(case_for(p, status="incorporado", procedure="extraordinario",
                                             incorporated_on=date(2026, 2, 4)), [p])
    rops, pops = RiskOps(vault), PlanOps(vault)
    first = rops.start(case.id)
    rops.save_and_sign(replace(first, threats=(risk_threat(),), answers=risk_answers(1, 3),
                               assessed_on=date(2026, 2, 10)))
    second = rops.start(case.id, "Nueva agresión")
    rops.save_and_sign(replace(second, answers=risk_answers(3, 1), assessed_on=date(2026, 5, 2),
                               override_level="extremo", override_reason="Vigilancia armada"))
    draft = rops.start(case.id)
    rops.save(replace(draft, summary="En curso", answers={"legal_v_impunity": 2,
                                                        "legal_c_documentation": NOT_EVALUATED}))
    urgent = pops.propose(case.id, "escolta", urgent_start=True, reason="Plazo de 24 horas",
                          proposed_on=date(2026, 2, 5))
    pops.transition(urgent.id, "activate", effective_on=date(2026, 2, 6))
    pops.transition(urgent.id, "ratify", effective_on=date(2026, 3, 7), **CEM)
    patrols = pops.propose(case.id, "rondines", details="Domicilio", proposed_on=date(2026, 3, 1))
    pops.transition(patrols.id, "approve", effective_on=date(2026, 3, 7), **CEM)
    pops.propose(case.id, "apoyo_psicologico", proposed_on=date(2026, 3, 1))
    return p, case


def export(vault: Vault, case_id: str) -> dict[str, list[dict[str, Any]]]:
    scope = ExportScope(kind="case", case_ids=(case_id,))
    with vault.read() as conn:
        return {s.name: s.export_items(conn, scope) for s in (ASSESSMENTS, MEASURES)}


def run_import(vault: Vault, doc: dict[str, list[dict[str, Any]]], *, case_ids: set[str],
               on_duplicate: str = "skip") -> ImportContext:
    ctx = ImportContext(actor="importadora", on_duplicate=on_duplicate,
                        known_ids={"cases": case_ids})
    with vault.write() as conn:
        for section in (ASSESSMENTS, MEASURES):
            section.check_items(conn, doc[section.name], ctx)
        if not ctx.errors:
            for section in (ASSESSMENTS, MEASURES):
                section.import_items(conn, doc[section.name], ctx)
    return ctx


def copy_case(source: Vault, target: Vault, p: Person, case: Case) -> None:
    src = Records(source).bundle(case.id)
    Records(target).open_case(src.case, [src.people[p.id]])


def test_sections_are_registered() -> None:
    names = [s.name for s in all_sections()]
    assert "risk_assessments" in names and "measures" in names
    assert names.index("cases") < names.index("risk_assessments")


def test_exported_items_match_their_schema(vault: Vault) -> None:
    _, case = populate(vault)
    doc = export(vault, case.id)
    assert len(doc["risk_assessments"]) == 3 and len(doc["measures"]) == 3
    for section in (ASSESSMENTS, MEASURES):
        validator = Draft202012Validator(section.item_schema())
        for item in doc[section.name]:
            assert list(validator.iter_errors(item)) == []


def test_round_trip_into_another_vault_is_exact(vault: Vault, target: Vault) -> None:
    p, case = populate(vault)
    copy_case(vault, target, p, case)
    doc = export(vault, case.id)
    ctx = run_import(target, doc, case_ids={case.id})
    assert ctx.errors == []
    assert ctx.counts == {"risk_assessments": 3, "measures": 3}
    assert export(target, case.id) == doc
    with vault.read() as a, target.read() as b:
        assert risk.current_level(a, case.id) == risk.current_level(b, case.id)
        assert risk.level_history(a, case.id) == risk.level_history(b, case.id)
        assert plans.measures_pending_ratification(b) == []
    # The imported signed assessments are immutable there too.
    signed = next(i for i in doc["risk_assessments"] if i["status"] == "signed")
    with pytest.raises(Exception, match="immutable"), target.write() as conn:
        conn.execute("UPDATE risk_assessment SET level = 'ordinario' WHERE id = ?",
                     (signed["id"],))
    # Importing the same file again changes nothing and says so.
    again = run_import(target, doc, case_ids={case.id})
    assert again.errors == [] and {d[2] for d in again.duplicates} == {"identical"}
    assert again.counts == {"risk_assessments": 0, "measures": 0}


def errors_for(vault: Vault, doc: dict[str, list[dict[str, Any]]], case_ids: set[str],
               **kw: Any) -> list[tuple[str, str]]:
    ctx = run_import(vault, doc, case_ids=case_ids, **kw)
    return [(e.path, e.code) for e in ctx.errors]


def test_forged_figures_and_unknown_versions_are_refused(vault: Vault, target: Vault) -> None:
    p, case = populate(vault)
    copy_case(vault, target, p, case)
    doc = export(vault, case.id)
    idx = next(i for i, item in enumerate(doc["risk_assessments"])
               if item["status"] == "signed")
    forged = copy.deepcopy(doc)
    forged["risk_assessments"][idx]["result"]["level"] = "extremo"
    assert errors_for(target, forged, {case.id}) == \
        [(f"$.risk_assessments[{idx}].result", "figures_mismatch")]
    forged = copy.deepcopy(doc)
    forged["risk_assessments"][idx]["answers"]["legal_v_impunity"] = 0
    assert errors_for(target, forged, {case.id}) == \
        [(f"$.risk_assessments[{idx}].result", "figures_mismatch")]
    forged = copy.deepcopy(doc)
    del forged["risk_assessments"][idx]["answers"]["legal_v_impunity"]
    assert (f"$.risk_assessments[{idx}].answers.legal_v_impunity", "signed_but_required") in \
        errors_for(target, forged, {case.id})
    forged = copy.deepcopy(doc)
    forged["risk_assessments"][idx]["instrument_version"] = 9
    assert errors_for(target, forged, {case.id}) == \
        [(f"$.risk_assessments[{idx}].instrument_version", "unknown_instrument_version")]
    with target.read() as conn:
        assert conn.execute("SELECT count(*) FROM risk_assessment").fetchone()[0] == 0


def test_forged_measure_history_and_unknown_case_are_refused(vault: Vault,
                                                             target: Vault) -> None:
    p, case = populate(vault)
    doc = export(vault, case.id)
    errors = errors_for(target, doc, set())
    assert ("$.measures[0].case_id", "unknown_case") in errors
    assert ("$.risk_assessments[0].case_id", "unknown_case") in errors
    copy_case(vault, target, p, case)
    forged = copy.deepcopy(doc)
    patrols = next(i for i, m in enumerate(forged["measures"]) if m["code"] == "rondines")
    forged["measures"][patrols]["state"] = "vigente"
    assert errors_for(target, forged, {case.id}) == \
        [(f"$.measures[{patrols}].state", "does_not_match_history")]
    forged = copy.deepcopy(doc)
    forged["measures"][patrols]["transitions"][1]["action"] = "urgent_activate"
    assert errors_for(target, forged, {case.id}) == \
        [(f"$.measures[{patrols}].transitions[1]", "breaks_life_cycle")]


def test_replacing_only_appends_history_and_never_touches_signed(
        vault: Vault, target: Vault) -> None:
    p, case = populate(vault)
    copy_case(vault, target, p, case)
    old_doc = export(vault, case.id)
    assert run_import(target, old_doc, case_ids={case.id}).errors == []
    patrols = next(m for m in old_doc["measures"] if m["code"] == "rondines")
    PlanOps(vault).transition(patrols["id"], "activate", effective_on=date(2026, 3, 10))
    newer = export(vault, case.id)
    ctx = run_import(target, newer, case_ids={case.id}, on_duplicate="replace")
    assert ctx.errors == [] and ctx.counts["measures"] == 1
    with target.read() as conn:
        assert plans.get_measure(conn, patrols["id"]).state == "vigente"
    # A file whose history diverges from ours cannot replace it.
    diverged = copy.deepcopy(newer)
    m = next(x for x in diverged["measures"] if x["id"] == patrols["id"])
    m["transitions"][1]["cem_agreement_ref"] = "CEM/2026/99/99"
    idx = diverged["measures"].index(m)
    assert (f"$.measures[{idx}].transitions", "history_conflict") in \
        errors_for(target, diverged, {case.id}, on_duplicate="replace")
    # A different version of a signed assessment is never written over it.
    changed = copy.deepcopy(newer)
    idx = next(i for i, a in enumerate(changed["risk_assessments"]) if a["status"] == "signed")
    changed["risk_assessments"][idx]["summary"] = "Reescrita"
    assert (f"$.risk_assessments[{idx}].id", "signed_assessment_immutable") in \
        errors_for(target, changed, {case.id}, on_duplicate="replace")
    skipped = run_import(target, changed, case_ids={case.id})
    assert skipped.errors == [] and ("risk_assessments",
                                     changed["risk_assessments"][idx]["id"],
                                     "skipped") in skipped.duplicates


def test_a_second_draft_for_a_case_is_refused(vault: Vault, target: Vault) -> None:
    p, case = populate(vault)
    copy_case(vault, target, p, case)
    RiskOps(target).start(case.id)
    doc = export(vault, case.id)
    idx = next(i for i, a in enumerate(doc["risk_assessments"]) if a["status"] == "draft")
    assert errors_for(target, doc, {case.id}) == \
        [(f"$.risk_assessments[{idx}].status", "case_has_draft")]


def test_import_problems_read_as_sentences(qapp: object) -> None:
    # ``qapp`` first: translators need an application object, and a windowless one
    # made here would break every widget test that runs after this one.
    from mpi_desktop import i18n
    from mpi_desktop.interchange.errors import ImportIssue
    from mpi_desktop.texts.records import describe_import_issue

    before = i18n.current_language()
    i18n.install("es")
    try:
        texts = [describe_import_issue(ImportIssue(path, code, "", params)) for path, code, params
                 in (("$.risk_assessments[0].result", "figures_mismatch", {"version": 1}),
                     ("$.risk_assessments[0].answers.x", "signed_but_required", {}),
                     ("$.measures[1].transitions[2]", "breaks_life_cycle",
                      {"action": "approve"}))]
    finally:
        i18n.install(before)
    assert "versión 1 del instrumento" in texts[0] and "alterado" in texts[0]
    assert "debe estar completa: Falta." in texts[1]
    assert "«Aprobar (CEM)»" in texts[2]
