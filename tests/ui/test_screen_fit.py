"""Every screen fits an ordinary laptop: 1366×768, and even 1280×720.

The main window's minimum size is the largest minimum of its sections (they share
one stack), so the demo vault is opened, every section is visited, a case is opened
in each with every tab shown, and a CEM session with every tab; after each step the
window's minimum size must still fit 1280×720 (what is taller scrolls).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QTabWidget, QTreeWidget
from pytestqt.qtbot import QtBot

from mpi_desktop.ui.cem.section import CemSection
from mpi_desktop.ui.controller import AppController
from mpi_desktop.ui.demo_start import DEMO_PASSPHRASE
from mpi_desktop.ui.main_window import MainWindow
from tests.ui.shell import WAIT_MS, unlock, wait_idle

SMALL_LAPTOP = QSize(1280, 720)


def fits(window: MainWindow, where: str, problems: list[str]) -> None:
    for what, size in (("minimumSizeHint", window.minimumSizeHint()),
                       ("layout minimum", window.layout().minimumSize()),
                       ("minimumSize", window.minimumSize())):
        if size.width() > SMALL_LAPTOP.width() or size.height() > SMALL_LAPTOP.height():
            problems.append(f"{where}: {what} {size.width()}×{size.height()}")


def walk_tabs(window: MainWindow, qtbot: QtBot, controller: AppController, where: str,
              problems: list[str]) -> int:
    shown = 0
    for tabs in window.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            wait_idle(qtbot, controller)
            qtbot.wait(5)
            fits(window, f"{where} › {tabs.tabText(index)}", problems)
            shown += 1
    return shown


def test_every_screen_fits_1280_by_720(make_controller: Callable[..., AppController],
                                       qtbot: QtBot) -> None:
    controller = make_controller(demo=True, demo_cases=6)
    controller.start()
    qtbot.waitUntil(lambda: controller.unlock_window is not None, timeout=60_000)
    unlock(controller, qtbot, DEMO_PASSPHRASE)
    window, session = controller.main_window, controller.session
    assert isinstance(window, MainWindow) and session is not None
    window.resize(SMALL_LAPTOP)
    wait_idle(qtbot, controller)
    with session.vault.read() as conn:
        case_id = str(conn.execute("SELECT id FROM case_file ORDER BY folio LIMIT 1")
                      .fetchone()[0])

    problems: list[str] = []
    visited, tabs_seen = [], 0
    for key in window.section_keys():
        section = window.show_section(key)
        assert section is not None, key
        wait_idle(qtbot, controller)
        qtbot.wait(5)
        fits(window, key, problems)
        visited.append(key)
        if isinstance(section, CemSection):
            sessions = section.findChild(QTreeWidget, "cemSessionList")
            assert isinstance(sessions, QTreeWidget)
            qtbot.waitUntil(lambda s=sessions: s.topLevelItemCount() > 0, timeout=WAIT_MS)
            sessions.setCurrentItem(sessions.topLevelItem(0))
            wait_idle(qtbot, controller)
            fits(window, "cem › session", problems)
            tabs_seen += walk_tabs(window, qtbot, controller, "cem › session", problems)
        section.show_case(case_id)
        wait_idle(qtbot, controller)
        qtbot.wait(5)
        fits(window, f"{key} › case", problems)
        tabs_seen += walk_tabs(window, qtbot, controller, f"{key} › case", problems)

    assert {"dashboard", "cases", "followup", "reports", "cem", "workshops", "findings",
            "audit"} <= set(visited)
    assert tabs_seen >= 12  # the case view's tabs and the CEM session's were really shown
    assert not problems, "taller or wider than 1280×720:\n" + "\n".join(problems)
    window.resize(SMALL_LAPTOP)
    qtbot.wait(5)
    assert window.width() <= SMALL_LAPTOP.width() and window.height() <= SMALL_LAPTOP.height()
