"""Fixtures of the app-shell tests (tests/ui/*.py).  Nothing here is autouse, so the
case-screen tests in tests/ui/cases/ are not affected."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mpi_desktop import i18n
from mpi_desktop.ui.controller import AppController
from mpi_desktop.ui.settings import AppSettings
from tests.ui.shell import fast_calibrate


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    """Spanish translators (on the widget application: a windowless one would stick)."""
    before = i18n.current_language()
    i18n.install("es")
    yield
    i18n.install(before)


@pytest.fixture
def app_settings(tmp_path: Path) -> AppSettings:
    return AppSettings(tmp_path / "settings" / "settings.ini")


@pytest.fixture
def make_controller(qtbot: QtBot, app_settings: AppSettings, spanish: None
                    ) -> Iterator[Callable[..., AppController]]:
    made: list[AppController] = []

    def make(**kw: object) -> AppController:
        kw.setdefault("calibrate", fast_calibrate)
        kw.setdefault("quit_app", lambda: None)
        controller = AppController(app_settings, **kw)
        made.append(controller)
        return controller

    yield make
    for controller in made:
        controller.quit()
        controller.deleteLater()
    qtbot.wait(10)
