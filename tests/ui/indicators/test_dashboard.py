"""The dashboard: the first screen after unlock, with figures that open what they count."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QProgressBar, QPushButton
from pytestqt.qtbot import QtBot

from mpi_desktop.storage import cem as storage_cem
from mpi_desktop.ui.indicators.dashboard import DashboardSection, FigureCard
from mpi_desktop.ui.sections import all_sections
from mpi_desktop.ui.session import Session
from tests.storage.test_indicator_queries import Fixture
from tests.ui.driving import settle
from tests.ui.test_accessibility import unnamed_inputs


def _dashboard(session: Session, show: Callable[[DashboardSection], DashboardSection],
               qtbot: QtBot) -> DashboardSection:
    section = show(DashboardSection(session))
    section.clock = lambda: date(2026, 4, 30)
    section.refresh()
    settle(qtbot, session)
    return section


def test_dashboard_is_the_first_section() -> None:
    specs = all_sections()
    assert specs[0].key == "dashboard" and specs[0].order == 0
    assert {"reports", "workshops", "findings"} <= {s.key for s in specs}


def test_key_figures_of_the_bimester(session: Session, show: Callable[..., DashboardSection],
                                     qtbot: QtBot) -> None:
    section = _dashboard(session, show, qtbot)
    card = section.findChild(FigureCard, "dashboardFigure_attentions")
    assert card is not None and card.summary().splitlines()[0] == "3"
    assert "Atenciones y canalizaciones" in card.summary()
    # 3 now against 2 in the same days (1 January – 28 February) of bimester 1.
    assert "+1" in card.summary()
    findings = section.findChild(FigureCard, "dashboardFigure_findings")
    assert findings is not None and findings.summary().splitlines()[0] == "2"
    bar = section.findChild(QProgressBar, "dashboardWorkshopProgress")
    assert bar is not None and (bar.value(), bar.maximum()) == (3, 10)
    subtitle = section.findChild(QLabel, "dashboardSubtitle")
    assert subtitle is not None and "Bimestre 2 de 2026" in subtitle.text()
    assert not unnamed_inputs(section)


def test_items_open_their_case_or_section(session: Session, fx: Fixture,
                                          show: Callable[..., DashboardSection],
                                          qtbot: QtBot) -> None:
    section = _dashboard(session, show, qtbot)
    seen: list[tuple[str, str]] = []
    section.navigate.connect(lambda key, case_id: seen.append((key, case_id)))
    ratify = section.findChild(QListWidget, "dashboardRatifications")
    assert ratify is not None and ratify.count() == 1
    item = ratify.item(0)
    assert item.text().startswith("MPI-2026-")
    assert "Cruz" not in item.text()  # folios only: this screen is always on display
    ratify.itemActivated.emit(item)
    assert seen[-1] == ("cases", fx.cases["c"])
    section.findChild(QPushButton, "dashboardFigure_findings").click()
    assert seen[-1] == ("findings", "")
    section.findChild(QPushButton, "dashboardFigure_workshops").click()
    assert seen[-1] == ("workshops", "")
    section.findChild(QPushButton, "dashboardNextSession").click()
    assert seen[-1] == ("cem", "")
    section.findChild(QPushButton, "dashboardReport").click()
    assert seen[-1] == ("reports", "")
    overdue = section.findChild(QListWidget, "dashboardOverdue")
    assert overdue is not None
    # Nothing overdue: the list says so and its line opens nothing.
    assert overdue.count() == 1 and not overdue.item(0).flags() & Qt.ItemFlag.ItemIsEnabled


def test_overdue_reviews_and_next_session(session: Session, fx: Fixture,
                                          show: Callable[..., DashboardSection],
                                          qtbot: QtBot) -> None:
    from mpi_desktop.domain.cem import CemSession

    with fx.vault.write() as conn:
        conn.execute("UPDATE measure SET next_review_on = '2026-04-01'"
                     " WHERE case_id = ?", (fx.cases["a"],))
        storage_cem.create_session(conn, CemSession(
            number=3, year=2026, kind="ordinaria", held_on=date(2026, 5, 6)), actor="prueba")
    section = _dashboard(session, show, qtbot)
    overdue = section.findChild(QListWidget, "dashboardOverdue")
    assert overdue is not None and overdue.count() == 1
    assert overdue.item(0).data(Qt.ItemDataRole.UserRole) == fx.cases["a"]
    assert "01/04/2026" in overdue.item(0).text()
    button = section.findChild(QPushButton, "dashboardNextSession")
    assert button is not None and "6 de mayo de 2026" in button.text()
    assert "en 6 días" in button.text()


def test_interview_mode_hides_the_lists(session: Session,
                                        show: Callable[..., DashboardSection],
                                        qtbot: QtBot) -> None:
    section = _dashboard(session, show, qtbot)
    ratify = section.findChild(QListWidget, "dashboardRatifications")
    assert ratify is not None and ratify.isVisible()
    section.set_interview_mode(True)
    assert not ratify.isVisible()
    section.set_interview_mode(False)
    assert ratify.isVisible()
