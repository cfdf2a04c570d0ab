"""Fixtures of the digital-violence tab: a session on a real vault, in Spanish."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from mpi_desktop import i18n
from mpi_desktop.storage.records import Records
from mpi_desktop.storage.vault import Vault
from mpi_desktop.ui.clipboard import SensitiveClipboard
from mpi_desktop.ui.protocol.tab import DigitalViolenceTab
from mpi_desktop.ui.runner import OpRunner
from mpi_desktop.ui.session import Session
from mpi_desktop.ui.settings import AppSettings
from tests.factories import case_for, person
from tests.ui.driving import settle


@pytest.fixture
def spanish() -> Iterator[None]:
    before = i18n.current_language()
    i18n.install("es")
    yield
    i18n.install(before)


@pytest.fixture
def session(vault: Vault, tmp_path: Path, spanish: None) -> Iterator[Session]:
    s = Session(vault=vault, records=Records(vault), runner=OpRunner(),
                settings=AppSettings(tmp_path / "settings.ini"),
                clipboard=SensitiveClipboard(5))
    yield s
    s.runner.wait_idle()
    QCoreApplication.processEvents()


def new_case(session: Session, **kw: object) -> str:
    p = person()
    return session.records.open_case(case_for(p, **kw), [p]).id


def open_tab(qtbot: QtBot, session: Session, case_id: str) -> DigitalViolenceTab:
    tab = DigitalViolenceTab(session, case_id)
    qtbot.addWidget(tab)
    tab.resize(1200, 800)
    tab.show()
    tab.load()
    settle(qtbot, session)
    return tab

