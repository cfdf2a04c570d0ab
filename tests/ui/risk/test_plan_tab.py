"""The Plan de protección tab: a measure from proposal to conclusion with CEM references,
and an urgent measure that starts before approval, flagged until ratified."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTreeWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from mpi_desktop.domain import measures as dm
from mpi_desktop.storage.plans import PlanOps
from mpi_desktop.ui.risk.measure_dialogs import TransitionDialog
from mpi_desktop.ui.risk.plan_tab import COL_REVIEW, COL_STATE, ID_ROLE, PlanTab
from mpi_desktop.ui.session import Session
from tests.ui.driving import answer, find, message_box, settle
from tests.ui.risk.conftest import extraordinary_case, new_case

CEM = ("3a Sesión Ordinaria 2026", "CEM/2026/03/07")


def open_tab(qtbot: QtBot, session: Session, case_id: str) -> PlanTab:
    tab = PlanTab(session, case_id)
    qtbot.addWidget(tab)
    tab.show()
    tab.load()
    settle(qtbot, session)
    return tab


def pick(combo: QComboBox, code: object) -> None:
    index = combo.findData(code)
    assert index >= 0, code
    combo.setCurrentIndex(index)


def ok(dialog: QWidget) -> None:
    button = dialog.findChild(QPushButton, "dialogOk")
    assert button is not None and button.isEnabled()
    button.click()


def add(qtbot: QtBot, session: Session, tab: PlanTab, code: str, *, details: str = "",
        urgent_reason: str | None = None) -> None:
    dialog = tab.add_measure()
    pick(find(dialog, QComboBox, "measureCategory"),
         dm.catalog().category_of(code) or "")
    pick(find(dialog, QComboBox, "measureCode"), code)
    find(dialog, QPlainTextEdit, "measureDetails").setPlainText(details)
    if urgent_reason is not None:
        find(dialog, QCheckBox, "urgentStart").setChecked(True)
        find(dialog, QPlainTextEdit, "urgentReason").setPlainText(urgent_reason)
    ok(dialog)
    settle(qtbot, session)


def transition(qtbot: QtBot, session: Session, tab: PlanTab, action: str, *,
               reason: str = "", cem: tuple[str, str] | None = None,
               new_details: str | None = None) -> None:
    dialog = tab.change_state()
    assert dialog is not None
    dialog.select(action)
    if reason:
        find(dialog, QPlainTextEdit, "transitionReason").setPlainText(reason)
    if cem:
        find(dialog, QLineEdit, "cemSessionRef").setText(cem[0])
        find(dialog, QLineEdit, "cemAgreementRef").setText(cem[1])
    if new_details is not None:
        find(dialog, QPlainTextEdit, "newDetails").setPlainText(new_details)
    ok(dialog)
    settle(qtbot, session)


def offered(dialog: TransitionDialog) -> list[str]:
    combo = find(dialog, QComboBox, "transitionAction")
    return [combo.itemData(i) for i in range(combo.count())]


def test_measure_from_proposal_to_conclusion(qtbot: QtBot, session: Session) -> None:
    case_id = new_case(session)
    tab = open_tab(qtbot, session, case_id)
    add(qtbot, session, tab, "rondines", details="Domicilio, cada 6 horas")
    (measure,) = PlanOps(session.vault).view(case_id).measures
    assert (measure.state, measure.institution) == ("propuesta", "ssc")
    selected = tab.selected()
    assert selected is not None and selected.id == measure.id

    # Only the allowed changes are offered; the CEM's need the references.
    dialog = tab.change_state()
    assert dialog is not None and offered(dialog) == ["approve", "retire"]
    assert not find(dialog, QLineEdit, "cemSessionRef").isHidden()
    ok(dialog)  # without references
    box = message_box(qtbot, "errorDialog")
    assert "Sesión del CEM" in box.text() and "Acuerdo del CEM" in box.text()
    box.close()
    assert dialog.isVisible()  # what was typed stays
    dialog.close()

    transition(qtbot, session, tab, "approve", cem=CEM)
    dialog = tab.change_state()
    assert dialog is not None
    dialog.select("activate")
    assert not find(dialog, QLineEdit, "cemSessionRef").isVisible()
    dialog.close()
    transition(qtbot, session, tab, "activate")
    transition(qtbot, session, tab, "evaluate")
    transition(qtbot, session, tab, "modify", reason="Se requieren rondines nocturnos",
               cem=("7a Sesión Ordinaria 2026", "CEM/2026/07/02"),
               new_details="Rondines nocturnos")
    transition(qtbot, session, tab, "activate")
    transition(qtbot, session, tab, "conclude", reason="El riesgo disminuyó")

    (measure,) = PlanOps(session.vault).view(case_id).measures
    assert (measure.state, measure.version, measure.details) == \
        ("concluida", 2, "Rondines nocturnos")
    assert [(t.action, t.cem_session_ref, t.cem_agreement_ref) for t in measure.transitions
            if t.cem_session_ref] == [("approve", *CEM),
                                      ("modify", "7a Sesión Ordinaria 2026", "CEM/2026/07/02")]
    history = find(tab, QTableWidget, "transitionTable")
    assert history.rowCount() == 7
    assert history.item(0, 2).text() == "Concluida"  # type: ignore[union-attr]
    assert find(tab, QPushButton, "transitionButton").isEnabled() is False


def test_urgent_measure_starts_before_approval_and_is_flagged_until_ratified(
        qtbot: QtBot, session: Session) -> None:
    case_id = extraordinary_case(session)
    tab = open_tab(qtbot, session, case_id)
    add(qtbot, session, tab, "escolta", urgent_reason="Amenaza con plazo de 24 horas")
    (measure,) = PlanOps(session.vault).view(case_id).measures
    assert (measure.state, measure.pending_ratification) == ("en_implementacion", True)
    item = tab.item_for(measure.id)
    assert item is not None
    assert item.data(COL_STATE, ID_ROLE) == "pending"
    assert "Pendiente de ratificación por el CEM" in item.text(COL_STATE)
    assert "Pendientes de ratificación por el CEM: 1" in tab.summary.text()

    dialog = tab.change_state()
    assert dialog is not None and "ratify" in offered(dialog)
    dialog.close()
    transition(qtbot, session, tab, "ratify", cem=CEM)
    (measure,) = PlanOps(session.vault).view(case_id).measures
    assert not measure.pending_ratification
    item = tab.item_for(measure.id)
    assert item is not None and item.data(COL_STATE, ID_ROLE) == ""
    assert "Pendiente" not in item.text(COL_STATE)


def test_urgent_start_is_not_offered_in_an_ordinary_case(qtbot: QtBot,
                                                         session: Session) -> None:
    tab = open_tab(qtbot, session, new_case(session, status="incorporado",
                                             procedure="ordinario",
                                             incorporated_on=date(2026, 2, 4)))
    dialog = tab.add_measure()
    pick(find(dialog, QComboBox, "measureCategory"), "urgente")
    assert find(dialog, QCheckBox, "urgentStart").isHidden()
    dialog.close()


def test_overdue_review_is_highlighted_and_follow_up_is_recorded(
        qtbot: QtBot, session: Session) -> None:
    case_id = new_case(session)
    ops = PlanOps(session.vault)
    m = ops.propose(case_id, "boton_panico", proposed_on=date(2026, 3, 1))
    ops.transition(m.id, "approve", effective_on=date(2026, 3, 7), cem_session_ref=CEM[0],
                   cem_agreement_ref=CEM[1])
    ops.transition(m.id, "activate", effective_on=date(2026, 3, 8),
                   next_review_on=date(2026, 6, 8))
    tab = open_tab(qtbot, session, case_id)
    item = tab.item_for(m.id)
    assert item is not None and item.data(COL_REVIEW, ID_ROLE) == "overdue"
    assert "(vencida)" in item.text(COL_REVIEW)
    tab.select_measure(m.id)
    dialog = tab.follow_up()
    assert dialog is not None
    assert find(dialog, QPlainTextEdit, "followUpDetails").isHidden()  # approved: CEM only
    find(dialog, QPlainTextEdit, "evaluationNotes").setPlainText("Lo usa y funciona.")
    pick(find(dialog, QComboBox, "measureAccepted"), True)
    dialog.next_review.set_value(date(2027, 1, 15))
    ok(dialog)
    settle(qtbot, session)
    (saved,) = ops.view(case_id).measures
    assert (saved.evaluation_notes, saved.accepted, saved.next_review_on) == \
        ("Lo usa y funciona.", True, date(2027, 1, 15))
    item = tab.item_for(m.id)
    assert item is not None and item.data(COL_REVIEW, ID_ROLE) == ""


def test_grouping_and_deleting_a_proposal(qtbot: QtBot, session: Session) -> None:
    case_id = new_case(session)
    ops = PlanOps(session.vault)
    kept = ops.propose(case_id, "rondines")
    ops.transition(kept.id, "approve", cem_session_ref=CEM[0], cem_agreement_ref=CEM[1])
    mistake = ops.propose(case_id, "apoyo_psicologico")
    tab = open_tab(qtbot, session, case_id)
    tree = find(tab, QTreeWidget, "measureTree")
    groups = [tree.topLevelItem(i).text(0)  # type: ignore[union-attr]
              for i in range(tree.topLevelItemCount())]
    assert groups == ["Propuesta (1)", "Aprobada (1)"]
    pick(find(tab, QComboBox, "planGroupBy"), "category")
    groups = [tree.topLevelItem(i).text(0)  # type: ignore[union-attr]
              for i in range(tree.topLevelItemCount())]
    assert groups == ["Medidas de protección (1)", "Medidas de carácter social (1)"]
    tab.select_measure(kept.id)
    assert not find(tab, QPushButton, "deleteProposalButton").isEnabled()
    tab.select_measure(mistake.id)
    find(tab, QPushButton, "deleteProposalButton").click()
    answer(qtbot, "deleteProposalConfirm", QMessageBox.StandardButton.Yes)
    settle(qtbot, session)
    assert [m.id for m in ops.view(case_id).measures] == [kept.id]
    assert tab.item_for(mistake.id) is None
    first = tree.topLevelItem(0)
    assert first is not None
    assert first.flags() & Qt.ItemFlag.ItemIsSelectable == Qt.ItemFlag.NoItemFlags


def test_dates_start_on_mexico_city_today_not_the_machine_clock(
        qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    """Between midnight UTC and 6 a.m. UTC a machine on UTC is already on tomorrow,
    which the domain rightly refuses as a future proposal date."""
    from mpi_desktop.ui.risk import common

    mexico_today = date(2031, 5, 17)  # no machine clock says this
    monkeypatch.setattr(common, "today_local", lambda: mexico_today)
    case_id = new_case(session)
    tab = open_tab(qtbot, session, case_id)
    dialog = tab.add_measure()
    assert dialog.proposed_on.value() == mexico_today
    dialog.reject()
