"""The Seguimiento section: three lists across cases, each row opening its case."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QTreeWidget
from pytestqt.qtbot import QtBot

from mpi_desktop.storage.plans import PlanOps
from mpi_desktop.storage.risk import RiskOps
from mpi_desktop.ui.risk.followup_section import SPEC, FollowUpSection
from mpi_desktop.ui.sections import all_sections
from mpi_desktop.ui.session import Session
from tests.factories import risk_answers, risk_threat
from tests.ui.driving import find, settle
from tests.ui.risk.conftest import extraordinary_case, new_case

CEM = {"cem_session_ref": "3a Sesión Ordinaria 2026", "cem_agreement_ref": "CEM/2026/03/07"}


def rows(tree: QTreeWidget) -> list[list[str]]:
    return [[tree.topLevelItem(i).text(c)  # type: ignore[union-attr]
             for c in range(tree.columnCount())]
            for i in range(tree.topLevelItemCount())]


def populate(session: Session) -> tuple[str, str, str]:
    plans, risk = PlanOps(session.vault), RiskOps(session.vault)
    overdue = new_case(session)
    m = plans.propose(overdue, "boton_panico", proposed_on=date(2026, 3, 1))
    plans.transition(m.id, "approve", effective_on=date(2026, 3, 7), **CEM)
    plans.transition(m.id, "activate", effective_on=date(2026, 3, 8),
                     next_review_on=date(2026, 6, 8))
    urgent = extraordinary_case(session)
    plans.propose(urgent, "escolta", urgent_start=True, reason="Plazo de 24 horas",
                  proposed_on=date(2026, 4, 2))
    rising = new_case(session)
    for day, vul, cap in ((date(2026, 2, 1), 1, 3), (date(2026, 5, 1), 3, 0)):
        draft = risk.start(rising)
        risk.save_and_sign(replace(draft, threats=(risk_threat(),), assessed_on=day,
                                   answers=risk_answers(vul, cap)))
    return overdue, urgent, rising


def test_the_three_lists_and_navigation(qtbot: QtBot, session: Session) -> None:
    overdue, urgent, rising = populate(session)
    section = FollowUpSection(session)
    qtbot.addWidget(section)
    section.show()
    settle(qtbot, session)
    overdue_list = find(section, QTreeWidget, "overdueReviewsList")
    pending_list = find(section, QTreeWidget, "pendingRatificationList")
    rising_list = find(section, QTreeWidget, "risingRiskList")
    assert rows(overdue_list) == [["08/06/2026", "MPI-2026-0001", "María José de la Cruz Peña",
                                   "Revisión de «Botón de pánico»"]]
    assert rows(pending_list) == [["02/04/2026", "MPI-2026-0002", "María José de la Cruz Peña",
                                   "Escolta", "En implementación"]]
    assert rows(rising_list) == [["01/05/2026", "MPI-2026-0003", "María José de la Cruz Peña",
                                  "Ordinario → Extraordinario"]]
    assert section.boxes[1].title() == "Medidas pendientes de ratificación por el CEM (1)"

    opened: list[tuple[str, str]] = []
    section.navigate.connect(lambda key, case_id: opened.append((key, case_id)))
    for tree in (overdue_list, pending_list, rising_list):
        tree.itemActivated.emit(tree.topLevelItem(0), 0)
    assert opened == [("cases", overdue), ("cases", urgent), ("cases", rising)]


def test_interview_mode_empties_the_lists(qtbot: QtBot, session: Session) -> None:
    populate(session)
    section = FollowUpSection(session)
    qtbot.addWidget(section)
    section.show()
    settle(qtbot, session)
    assert section.pending.topLevelItemCount() == 1
    section.set_interview_mode(True)
    assert all(t.topLevelItemCount() == 0 for t in (section.overdue, section.pending,
                                                    section.rising))
    section.refresh()
    settle(qtbot, session)
    assert section.pending.topLevelItemCount() == 0
    section.set_interview_mode(False)
    settle(qtbot, session)
    assert section.pending.topLevelItemCount() == 1


def test_registered_as_a_section() -> None:
    assert SPEC in all_sections()
    assert (SPEC.key, SPEC.order) == ("followup", 20)
