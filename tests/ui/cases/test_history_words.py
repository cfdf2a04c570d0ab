"""The case's History tab words every row: measures, assessments and reviews too."""

from __future__ import annotations

from datetime import timedelta

from mpi_desktop.domain.timeutil import today_local
from mpi_desktop.storage import dv_reviews, history, plans, records
from mpi_desktop.storage.vault import Vault
from mpi_desktop.ui.cases import history_format
from tests.factories import case_for, person


def test_history_rows_of_every_feature_read_in_spanish(vault: Vault, spanish: None) -> None:
    today = today_local()
    with vault.write() as conn:
        p = records.put_person(conn, person(), actor="prueba")
        case = records.put_case(conn, case_for(p, procedure="ordinario"), actor="prueba")
        m = plans.propose_measure(conn, case_id=case.id, measure_code="rondines", actor="prueba",
                                  proposed_on=today - timedelta(days=20))
        m = plans.transition_measure(conn, measure_id=m.id, action="approve", actor="prueba",
                                     effective_on=today - timedelta(days=10),
                                     cem_session_ref="Sesión 1", cem_agreement_ref="CEM/1")
        plans.transition_measure(conn, measure_id=m.id, action="activate", actor="prueba",
                                 effective_on=today - timedelta(days=5),
                                 next_review_on=today + timedelta(days=30))
        review = dv_reviews.start_review(conn, case_id=case.id, actor="prueba")
        dv_reviews.set_findings(conn, review_id=review.id, actor="prueba", types=["amenazas"],
                                platforms=["whatsapp"])
        rows = history.for_case(conn, case.id)
    lines = [history_format.render(r, {}) for r in rows]
    shown = {(line.what, line.action, line.field) for line in lines}
    # Codes and English would show as themselves: none of them may reach the screen.
    raw = {"measure", "dv_review", "approve", "activate", "state", "approved_on",
           "implemented_on", "platforms", "types", "Protection measure"}
    assert not {word for triple in shown for word in triple} & raw, shown
    assert ("Medida de protección", "Aprobar (CEM)", "Estado") in shown
    values = {line.after for line in lines}
    assert {"Aprobada", "Vigente"} <= values, values
    assert "WhatsApp" in values and "Amenazas" in values, values
