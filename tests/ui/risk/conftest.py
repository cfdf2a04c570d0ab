"""Fixtures of the risk and plan screens: a session on a real vault, in Spanish."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from mpi_desktop import i18n
from mpi_desktop.storage.records import Records
from mpi_desktop.storage.vault import Vault
from mpi_desktop.ui.clipboard import SensitiveClipboard
from mpi_desktop.ui.runner import OpRunner
from mpi_desktop.ui.session import Session
from mpi_desktop.ui.settings import AppSettings
from tests.factories import case_for, person


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


def extraordinary_case(session: Session) -> str:
    return new_case(session, status="incorporado", procedure="extraordinario",
                    incorporated_on=date(2026, 2, 4))


W = TypeVar("W", bound=QWidget)

