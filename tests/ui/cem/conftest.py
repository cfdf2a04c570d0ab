"""Fixtures of the CEM screen tests: a session on a real vault with the CEM world."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mpi_desktop import i18n
from mpi_desktop.storage.records import Records
from mpi_desktop.storage.vault import Vault
from mpi_desktop.ui.cem.section import CemSection
from mpi_desktop.ui.clipboard import SensitiveClipboard
from mpi_desktop.ui.runner import OpRunner
from mpi_desktop.ui.session import Session
from mpi_desktop.ui.settings import AppSettings
from tests.storage.cem_world import World, build
from tests.ui.driving import settle


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    before = i18n.current_language()
    i18n.install("es")
    yield
    i18n.install(before)


@pytest.fixture
def world(vault: Vault) -> World:
    return build(vault)


@pytest.fixture
def session(vault: Vault, tmp_path: Path, spanish: None) -> Iterator[Session]:
    s = Session(vault=vault, records=Records(vault), runner=OpRunner(),
                settings=AppSettings(tmp_path / "settings.ini"),
                clipboard=SensitiveClipboard(5))
    yield s
    s.runner.wait_idle()
    s.runner.detach()


@pytest.fixture
def make_section(qtbot: QtBot) -> Iterator[Callable[[Session], CemSection]]:
    made: list[CemSection] = []

    def make(s: Session) -> CemSection:
        section = CemSection(s)
        qtbot.addWidget(section)
        section.resize(1300, 900)
        section.show()
        made.append(section)
        settle(qtbot, s)
        return section

    yield make
    for section in made:
        section.prepare_lock()
        section.session.runner.wait_idle()
