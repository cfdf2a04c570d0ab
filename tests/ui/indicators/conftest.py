"""Fixtures of the indicator-screen tests: a session on the hand-built indicator vault."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from mpi_desktop import i18n
from mpi_desktop.storage.records import Records
from mpi_desktop.storage.vault import Vault
from mpi_desktop.ui.clipboard import SensitiveClipboard
from mpi_desktop.ui.runner import OpRunner
from mpi_desktop.ui.session import Session
from mpi_desktop.ui.settings import AppSettings
from tests.storage.test_indicator_queries import Fixture, build
from tests.ui.driving import settle

W = TypeVar("W", bound=QWidget)


@pytest.fixture(autouse=True)
def spanish(qapp: QApplication) -> Iterator[None]:
    # After qapp: translators installed first would create a windowless application.
    before = i18n.current_language()
    i18n.install("es")
    yield
    i18n.install(before)


@pytest.fixture
def fx(vault: Vault) -> Fixture:
    return build(vault)


@pytest.fixture
def session(fx: Fixture, tmp_path: Path) -> Iterator[Session]:
    s = Session(vault=fx.vault, records=Records(fx.vault), runner=OpRunner(),
                settings=AppSettings(tmp_path / "settings.ini"),
                clipboard=SensitiveClipboard(5))
    yield s
    s.runner.wait_idle()
    s.runner.detach()


@pytest.fixture
def show(qtbot: QtBot, session: Session) -> Callable[[W], W]:
    def shown(widget: W) -> W:
        qtbot.addWidget(widget)
        widget.resize(1200, 800)
        widget.show()
        settle(qtbot, session)
        return widget
    return shown
