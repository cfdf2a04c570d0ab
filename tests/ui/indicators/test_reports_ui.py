"""The Informes section: choose a period, look at the figures, save PDF and CSV."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QRadioButton, QTableWidget
from pytestqt.qtbot import QtBot

from mpi_desktop.domain import indicators as di
from mpi_desktop.ui.indicators.reports import ReportsSection
from mpi_desktop.ui.session import Session
from tests.storage.test_indicator_queries import EXPECTED_HEADLINES, P, Q
from tests.ui.driving import settle
from tests.ui.test_accessibility import unnamed_inputs


def _computed(session: Session, show: Callable[..., ReportsSection], qtbot: QtBot, *,
              external: bool = False) -> ReportsSection:
    section = show(ReportsSection(session))
    section.period.set_period(P)
    section.findChild(QRadioButton, "audienceExternal" if external else
                      "audienceInternal").setChecked(True)
    section.findChild(QPushButton, "reportCompute").click()
    settle(qtbot, session)
    assert section.report is not None
    return section


def _headline(table: QTableWidget, label: str) -> list[str]:
    for row in range(table.rowCount()):
        if table.item(row, 1).text() == label:
            return [table.item(row, c).text() for c in (2, 3, 4)]
    raise AssertionError(label)


def test_figures_on_screen(session: Session, show: Callable[..., ReportsSection],
                           qtbot: QtBot) -> None:
    section = _computed(session, show, qtbot)
    assert not unnamed_inputs(section)
    table = section.findChild(QTableWidget, "reportHeadlines")
    assert table is not None and table.rowCount() == len(di.HEADLINES)
    assert _headline(table, "Atenciones y canalizaciones") == ["3", "2", "+1"]
    expected = EXPECTED_HEADLINES[P]["people_trained"], EXPECTED_HEADLINES[Q]["people_trained"]
    assert _headline(table, "Personas capacitadas (asistencias)")[:2] == [str(n) for n in
                                                                         expected]
    summary = section.findChild(QLabel, "reportSummary")
    assert "del 1 de enero de 2026 al 28 de febrero de 2026" in summary.text()
    combo = section.findChild(QComboBox, "reportBreakdown")
    combo.setCurrentIndex(combo.findData("referrals_by_institution"))
    detail = section.findChild(QTableWidget, "reportDetail")
    cells = {detail.item(r, 0).text(): detail.item(r, 1).text()
             for r in range(detail.rowCount())}
    assert cells["Total"] == "2"


def test_external_figures_and_legend(session: Session, show: Callable[..., ReportsSection],
                                     qtbot: QtBot) -> None:
    section = _computed(session, show, qtbot, external=True)
    table = section.findChild(QTableWidget, "reportHeadlines")
    assert _headline(table, "Atenciones y canalizaciones") == ["*", "*", "*"]
    assert "Confidencial" in section.findChild(QLabel, "reportLegend").text()


def test_changing_a_choice_requires_counting_again(session: Session,
                                                   show: Callable[..., ReportsSection],
                                                   qtbot: QtBot) -> None:
    section = _computed(session, show, qtbot)
    pdf = section.findChild(QPushButton, "reportSavePdf")
    assert pdf.isEnabled()
    section.findChild(QRadioButton, "audienceExternal").setChecked(True)
    assert not pdf.isEnabled() and section.report is None


def test_custom_dates(session: Session, show: Callable[..., ReportsSection],
                      qtbot: QtBot) -> None:
    section = show(ReportsSection(session))
    picker = section.period
    picker.combo.setCurrentIndex(picker.combo.findData(picker.CUSTOM))
    picker.first.edit.setText("30/04/2026")
    picker.last.edit.setText("01/03/2026")
    assert picker.period() is None
    assert not section.findChild(QPushButton, "reportCompute").isEnabled()
    picker.first.edit.setText("30/04/2026")
    picker.last.edit.setText("30/04/2026")
    assert picker.period() == di.Period(date(2026, 4, 30), date(2026, 4, 30))
    section.compute()
    settle(qtbot, session)
    assert section.report is not None
    assert section.report.headline("attentions").current.value == 1


def test_save_pdf_and_csv(session: Session, show: Callable[..., ReportsSection],
                          qtbot: QtBot, tmp_path: Path) -> None:
    section = _computed(session, show, qtbot)
    assert section.suggested_name("pdf") == "indicadores_2026-03-01_2026-04-30_interno.pdf"
    section.choose_file("pdf")
    assert section.file_dialog is not None
    section.file_dialog.reject()
    messages: list[str] = []
    section.status_message.connect(messages.append)
    for name in ("informe.pdf", "informe.csv"):
        section.save_to(tmp_path / name)
        settle(qtbot, session)
        assert (tmp_path / name).stat().st_size > 500
    assert (tmp_path / "informe.pdf").read_bytes().startswith(b"%PDF")
    assert "informe.csv" in messages[-1]
