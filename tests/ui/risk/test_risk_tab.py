"""The Riesgo tab: fill an assessment through the widgets, sign it, supersede it, see
the trend."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from mpi_desktop.domain import risk_instrument
from mpi_desktop.domain.timeutil import today_local
from mpi_desktop.storage.risk import RiskOps
from mpi_desktop.ui.risk.assessment_editor import AssessmentEditor
from mpi_desktop.ui.risk.risk_tab import RiskTab
from mpi_desktop.ui.risk.trend_chart import RiskTrendChart
from mpi_desktop.ui.session import Session
from tests.ui.driving import answer, find, message_box, settle
from tests.ui.risk.conftest import new_case

V1 = risk_instrument.get(1)


def open_tab(qtbot: QtBot, session: Session, case_id: str) -> RiskTab:
    tab = RiskTab(session, case_id)
    qtbot.addWidget(tab)
    tab.show()
    tab.load()
    settle(qtbot, session)
    return tab


def click(root: QWidget, name: str) -> None:
    button: QAbstractButton | None = root.findChild(QToolButton, name) or \
        root.findChild(QPushButton, name)
    assert button is not None, name
    assert button.isEnabled(), name
    button.click()


def pick(combo: QComboBox, code: str) -> None:
    index = combo.findData(code)
    assert index >= 0, code
    combo.setCurrentIndex(index)


def fill_threat(editor: AssessmentEditor, *, seriousness: int, imminence: int) -> None:
    click(editor, "addThreatButton")
    find(editor, QPlainTextEdit, "threatFacts").setPlainText(
        "Mensajes con amenazas de muerte tras la publicación del reportaje.")
    pick(find(editor, QComboBox, "threatKind"), "declarada")
    pick(find(editor, QComboBox, "threatSource"), "delincuencia_organizada")
    pick(find(editor, QComboBox, "threatChannel"), "mensajeria")
    for code, value in (("seriousness", seriousness), ("imminence", imminence),
                        ("feasibility", 2), ("source_capacity", 2)):
        click(editor, f"threatRating_{code}_{value}")
    find(editor, QPlainTextEdit, "threatFeasibility").setPlainText(
        "Conocen su domicilio; hubo vigilancia previa.")


def answer_items(editor: AssessmentEditor, vulnerability: int, capacity: int) -> None:
    for item in V1.items:
        value = vulnerability if item.kind == "vulnerability" else capacity
        button = editor.findChild(QToolButton, f"item_{item.code}_{value}")
        assert button is not None
        if not button.isChecked():
            button.click()


def sign(qtbot: QtBot, session: Session, editor: AssessmentEditor) -> None:
    click(editor, "signAssessmentButton")
    answer(qtbot, "signAssessmentConfirm", QMessageBox.StandardButton.Yes)
    settle(qtbot, session)
    assert editor.read_only


def test_fill_sign_supersede_and_see_the_trend(qtbot: QtBot, session: Session) -> None:
    case_id = new_case(session)
    tab = open_tab(qtbot, session, case_id)
    chart = find(tab, RiskTrendChart, "riskTrendChart")
    assert chart.points() == []
    assert find(tab, QLabel, "currentRiskLevel").property("level") == ""

    click(tab, "newAssessmentButton")
    settle(qtbot, session)
    editor = tab.editor
    assert editor is not None and not editor.read_only
    fill_threat(editor, seriousness=2, imminence=2)
    answer_items(editor, vulnerability=1, capacity=3)
    level = find(editor, QLabel, "computedLevel")
    assert level.property("level") == "ordinario"
    assert "Índice = 0.67 × 0.33 ÷ (1.00 + 0.50) = 0.15 → Ordinario" in \
        find(editor, QLabel, "riskExplanation").text()
    assert not find(editor, QListWidget, "missingList").isVisible()
    sign(qtbot, session, editor)
    assert chart.points() == [(today_local(), "ordinario")]
    assert find(tab, QLabel, "currentRiskLevel").property("level") == "ordinario"

    # A new assessment supersedes: it starts pre-filled from the signed one.
    click(editor, "closeEditorButton")
    settle(qtbot, session)
    click(tab, "newAssessmentButton")
    settle(qtbot, session)
    second = tab.editor
    assert second is not None and second is not editor
    assert second.current().answers == RiskOps(session.vault).for_case(case_id)[-1].answers
    assert len(second.current().threats) == 1
    answer_items(second, vulnerability=3, capacity=0)
    click(second, "threatRating_seriousness_3")
    click(second, "threatRating_imminence_3")
    assert find(second, QLabel, "computedLevel").property("level") == "extremo"
    sign(qtbot, session, second)

    points = chart.points()
    assert [p[1] for p in points] == ["ordinario", "extremo"]
    assert find(tab, QLabel, "currentRiskLevel").property("level") == "extremo"
    table = find(tab, QTableWidget, "assessmentTable")
    assert table.rowCount() == 2
    statuses = [table.item(r, 3).text() for r in range(2)]  # type: ignore[union-attr]
    assert statuses == ["Firmada · vigente", "Firmada · sustituida"]
    stored = RiskOps(session.vault).for_case(case_id)
    assert [a.level for a in stored] == ["extremo", "ordinario"]
    assert stored[0].supersedes_id == stored[1].id


def test_incomplete_assessment_is_not_signed_and_the_missing_items_are_listed(
        qtbot: QtBot, session: Session) -> None:
    tab = open_tab(qtbot, session, new_case(session))
    click(tab, "newAssessmentButton")
    settle(qtbot, session)
    editor = tab.editor
    assert editor is not None
    answer_items(editor, vulnerability=2, capacity=1)
    # A second click on the chosen value clears the answer.
    click(editor, "item_legal_v_impunity_2")
    impunity = next(i.label("es") for i in V1.items if i.code == "legal_v_impunity")
    missing = find(editor, QListWidget, "missingList")
    texts = [missing.item(i).text() for i in range(missing.count())]
    assert len(texts) == 2
    assert texts[0].startswith("Amenazas")
    assert texts[1] == f"{impunity}: Falta."
    click(editor, "signAssessmentButton")
    box = message_box(qtbot, "errorDialog")
    assert "no puede firmarse" in box.text() and impunity in box.text()
    box.close()
    assert editor.tabs.currentIndex() == 0  # it took the assessor to the threats
    assert RiskOps(session.vault).for_case(editor.assessment.case_id)[0].status == "draft"


def test_override_needs_a_reason(qtbot: QtBot, session: Session) -> None:
    tab = open_tab(qtbot, session, new_case(session))
    click(tab, "newAssessmentButton")
    settle(qtbot, session)
    editor = tab.editor
    assert editor is not None
    fill_threat(editor, seriousness=2, imminence=2)
    answer_items(editor, vulnerability=2, capacity=1)
    find(editor, type(editor.result.override_check), "overrideCheck").setChecked(True)
    pick(editor.result.override_level, "extremo")
    click(editor, "signAssessmentButton")
    box = message_box(qtbot, "errorDialog")
    assert "motivo" in box.text().lower()
    box.close()
    editor.result.override_reason.setPlainText("Vigilancia armada frente al domicilio.")
    level = find(editor, QLabel, "computedLevel")
    assert level.property("level") == "extremo"
    sign(qtbot, session, editor)
    signed = RiskOps(session.vault).for_case(editor.assessment.case_id)[0]
    assert (signed.computed_level, signed.level) == ("extraordinario", "extremo")


def test_draft_autosaves_and_survives_reopening(qtbot: QtBot, session: Session) -> None:
    case_id = new_case(session)
    tab = open_tab(qtbot, session, case_id)
    click(tab, "newAssessmentButton")
    settle(qtbot, session)
    editor = tab.editor
    assert editor is not None
    click(editor, "item_physical_v_home_exposed_3")
    assert editor.dirty
    editor.autosave.timeout.emit()  # what the timer does after a few seconds
    settle(qtbot, session)
    assert not saved_flag(editor)
    assert RiskOps(session.vault).for_case(case_id)[0].answers == {
        "physical_v_home_exposed": 3}
    click(editor, "item_physical_v_home_exposed_1")
    tab.prepare_lock()  # a lock flushes the pending edit
    settle(qtbot, session)
    assert RiskOps(session.vault).for_case(case_id)[0].answers == {
        "physical_v_home_exposed": 1}
    click(editor, "closeEditorButton")
    settle(qtbot, session)
    assert find(tab, QPushButton, "newAssessmentButton").text() == "Continuar el borrador"


def test_digital_violence_findings_flag_digital_items(qtbot: QtBot, session: Session,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    dv = pytest.importorskip("mpi_desktop.storage.dv_reviews")
    case_id = new_case(session)
    reviews = dv.DvReviews(session.vault)
    review = reviews.start(case_id)
    reviews.set_findings(review.id, types=["acceso_no_autorizado"])
    tab = open_tab(qtbot, session, case_id)
    click(tab, "newAssessmentButton")
    settle(qtbot, session)
    editor = tab.editor
    assert editor is not None
    flagged = editor.items.flagged()
    assert "digital_v_account_security" in flagged
    assert all(code.startswith("digital_") for code in flagged)
    hint = find(editor, QLabel, "hint_digital_v_account_security")
    assert hint.text() == ("Señalado por el protocolo de violencia digital: "
                           "Acceso o control no autorizado")
    assert find(editor, QLabel, "hint_physical_v_home_exposed").isHidden()

    # Without the digital-violence feature the editor shows no hints at all.
    monkeypatch.setitem(sys.modules, "mpi_desktop.storage.dv_reviews", None)
    click(editor, "closeEditorButton")
    settle(qtbot, session)
    click(tab, "newAssessmentButton")
    settle(qtbot, session)
    assert tab.editor is not None and tab.editor.items.flagged() == []


def saved_flag(editor: AssessmentEditor) -> bool:
    """Read through a function: mypy would take ``dirty`` as still True after the assert."""
    return editor.dirty
