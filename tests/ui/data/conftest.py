"""Fixtures of the data-management tests: sessions on real vaults, a bare main window
with the Data menu, and helpers to drive the dialogs by objectName."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QWidget
from pytestqt.qtbot import QtBot

from mpi_desktop import i18n
from mpi_desktop.storage.vault import Vault
from mpi_desktop.ui.data.menu import DataMenu, install
from mpi_desktop.ui.session import Session
from tests.interchange.helpers import another_vault
from tests.ui.cases.conftest import make_session
from tests.ui.driving import settle

W = TypeVar("W", bound=QWidget)


@pytest.fixture(autouse=True)
def spanish(qapp: QApplication) -> Iterator[None]:
    before = i18n.current_language()
    i18n.install("es")
    yield
    i18n.install(before)


@pytest.fixture
def session(vault: Vault, tmp_path: Path) -> Iterator[Session]:
    s = make_session(vault, tmp_path)
    yield s
    s.runner.wait_idle()
    s.runner.detach()


@pytest.fixture
def other_session(tmp_path: Path, vault_template: tuple[Path, str]) -> Iterator[Session]:
    """A second, empty vault: where the exported file is imported."""
    other = another_vault(tmp_path, vault_template[0])
    s = make_session(other, tmp_path / "other-settings")
    yield s
    s.runner.wait_idle()
    s.runner.detach()
    other.lock()


class Shell(QMainWindow):
    """A main window with a File and a View menu, like the app's, and sections to refresh."""

    def __init__(self) -> None:
        super().__init__()
        self.refreshed = 0
        self.menuBar().addMenu(QMenu("Archivo", self))
        self.menuBar().addMenu(QMenu("Ver", self))

    def refresh_sections(self) -> None:
        self.refreshed += 1


@pytest.fixture
def shell(qtbot: QtBot) -> Callable[[Session], tuple[Shell, DataMenu]]:
    def make(s: Session) -> tuple[Shell, DataMenu]:
        window = Shell()
        qtbot.addWidget(window)
        data = install(window, s)
        window.show()
        settle(qtbot, s)
        return window, data
    return make
