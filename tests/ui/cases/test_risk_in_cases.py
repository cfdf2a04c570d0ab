"""Risk in the case screens: the header shows the level in force (colour, date) and
badges for pending ratification and overdue reviews; the list filters by risk
level, by "not assessed yet" and by overdue review."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QPushButton
from pytestqt.qtbot import QtBot

from mpi_desktop.domain.timeutil import today_local
from mpi_desktop.storage.plans import PlanOps
from mpi_desktop.storage.risk import RiskOps
from mpi_desktop.ui.cases.list_model import COLUMN_KEYS, CaseListModel
from mpi_desktop.ui.cases.list_page import NOT_ASSESSED
from mpi_desktop.ui.cases.risk_header import OVERDUE_COLOUR
from mpi_desktop.ui.cases.section import CasesSection
from mpi_desktop.ui.risk.common import LEVEL_COLORS
from mpi_desktop.ui.session import Session
from tests.factories import case_for, person, risk_answers, risk_threat
from tests.ui.driving import WAIT_MS, settle

FOLIO = COLUMN_KEYS.index("folio")
CEM = {"cem_session_ref": "3a Sesión Ordinaria 2026", "cem_agreement_ref": "CEM/2026/03/07"}


def new_case(session: Session, **kw: object) -> tuple[str, str]:
    p = person()
    case = session.records.open_case(case_for(p, **kw), [p])
    return case.id, case.folio


def assess(session: Session, case_id: str, day: date, vul: int, cap: int) -> None:
    risk = RiskOps(session.vault)
    draft = risk.start(case_id)
    risk.save_and_sign(replace(draft, threats=(risk_threat(),), assessed_on=day,
                               answers=risk_answers(vul, cap)))


def world(session: Session) -> dict[str, tuple[str, str]]:
    """high: extraordinary risk; low: ordinary; late: a review past its date, never
    assessed; urgent: a measure started before the CEM approved it."""
    high, low, late = new_case(session), new_case(session), new_case(session)
    urgent = new_case(session, status="incorporado", procedure="extraordinario",
                      incorporated_on=date(2026, 2, 4))
    assess(session, high[0], date(2026, 5, 1), 3, 0)
    assess(session, low[0], date(2026, 2, 1), 1, 3)
    plans = PlanOps(session.vault)
    today = today_local()
    m = plans.propose(late[0], "boton_panico", proposed_on=today - timedelta(days=90))
    plans.transition(m.id, "approve", effective_on=today - timedelta(days=80), **CEM)
    plans.transition(m.id, "activate", effective_on=today - timedelta(days=79),
                     next_review_on=today - timedelta(days=2))
    plans.propose(urgent[0], "escolta", urgent_start=True, reason="Plazo de 24 horas",
                  proposed_on=today - timedelta(days=1))
    return {"high": high, "low": low, "late": late, "urgent": urgent}


def open_case(qtbot: QtBot, section: CasesSection, case_id: str) -> None:
    section.show_case(case_id)
    settle(qtbot, section.session)
    assert section.case_view.case_id == case_id


def test_header_shows_level_date_and_badges(
        qtbot: QtBot, session: Session, section: CasesSection) -> None:
    cases = world(session)
    header = section.case_view.risk_header
    level = header.findChild(QPushButton, "caseRiskLevel")
    pending = header.findChild(QPushButton, "casePendingBadge")
    overdue = header.findChild(QPushButton, "caseOverdueBadge")
    assert level is not None and pending is not None and overdue is not None

    open_case(qtbot, section, cases["high"][0])
    assert level.isVisible()
    assert level.text() == "Risk: Extraordinary · assessed 01/05/2026"
    assert LEVEL_COLORS[2] in level.styleSheet()
    assert not pending.isVisible() and not overdue.isVisible()

    open_case(qtbot, section, cases["low"][0])
    assert level.text() == "Risk: Ordinary · assessed 01/02/2026"
    assert LEVEL_COLORS[1] in level.styleSheet()

    open_case(qtbot, section, cases["urgent"][0])
    assert level.text() == "Risk: not assessed yet"
    assert pending.isVisible() and pending.text() == "Pending ratification: 1"
    assert not overdue.isVisible()

    open_case(qtbot, section, cases["late"][0])
    assert overdue.isVisible() and OVERDUE_COLOUR in overdue.styleSheet()
    assert "Measures whose review date has passed: 1." in overdue.toolTip()
    qtbot.mouseClick(overdue, Qt.MouseButton.LeftButton)
    view = section.case_view
    assert view.tabs.tabBar().tabData(view.tabs.currentIndex()) == "plan"
    qtbot.mouseClick(level, Qt.MouseButton.LeftButton)
    assert view.tabs.tabBar().tabData(view.tabs.currentIndex()) == "risk"


def folios(qtbot: QtBot, session: Session, model: CaseListModel) -> set[str]:
    qtbot.waitUntil(lambda: not model.loading, timeout=WAIT_MS)
    settle(qtbot, session)
    for row in range(model.rowCount()):
        model.data(model.index(row, FOLIO))
    qtbot.waitUntil(lambda: all(model.is_loaded(r) for r in range(model.rowCount())),
                    timeout=WAIT_MS)
    settle(qtbot, session)
    return {str(model.data(model.index(r, FOLIO))) for r in range(model.rowCount())}


def test_list_filters_by_risk_level_and_overdue_review(
        qtbot: QtBot, session: Session, make_section: Callable[[Session], CasesSection]
        ) -> None:
    cases = world(session)
    section = make_section(session)
    page = section.list_page
    model = page.model
    risk = page.findChild(QComboBox, "filterRisk")
    late_box = page.findChild(QCheckBox, "filterOverdue")
    assert risk is not None and late_box is not None
    assert risk.accessibleName() == "Filter by risk level in force"
    assert len(folios(qtbot, session, model)) == 4

    risk.setCurrentIndex(risk.findData("extraordinario"))
    assert folios(qtbot, session, model) == {cases["high"][1]}
    risk.setCurrentIndex(risk.findData("ordinario"))
    assert folios(qtbot, session, model) == {cases["low"][1]}
    risk.setCurrentIndex(risk.findData(NOT_ASSESSED))
    assert folios(qtbot, session, model) == {cases["late"][1], cases["urgent"][1]}
    late_box.setChecked(True)
    assert folios(qtbot, session, model) == {cases["late"][1]}
    risk.setCurrentIndex(risk.findData("extraordinario"))
    assert folios(qtbot, session, model) == set()

    page.clear_filters()
    assert risk.currentIndex() == 0 and not late_box.isChecked()
    assert len(folios(qtbot, session, model)) == 4

    # The Risk column shows each case's level in force; a dash before the first one.
    column = COLUMN_KEYS.index("risk")
    shown = {str(model.data(model.index(r, FOLIO))): str(model.data(model.index(r, column)))
             for r in range(model.rowCount())}
    assert shown == {cases["high"][1]: "Extraordinary", cases["low"][1]: "Ordinary",
                     cases["late"][1]: "—", cases["urgent"][1]: "—"}
    assert model.headerData(column, Qt.Orientation.Horizontal) == "Risk"
