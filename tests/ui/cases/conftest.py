"""Fixtures of the case-screen tests: a session on a real vault and the section.

The 2,500-case vault is built once per test session (a template, copied per test)
because creating that many records takes seconds.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from mpi_desktop.storage.records import Records
from mpi_desktop.storage.vault import Vault
from mpi_desktop.ui.cases.section import CasesSection
from mpi_desktop.ui.clipboard import SensitiveClipboard
from mpi_desktop.ui.runner import OpRunner
from mpi_desktop.ui.session import Session
from mpi_desktop.ui.settings import AppSettings
from tests.conftest import PASSPHRASE
from tests.factories import bulk_cases
from tests.ui.driving import settle

BIG = 2500


def make_session(vault: Vault, folder: Path) -> Session:
    return Session(vault=vault, records=Records(vault), runner=OpRunner(),
                   settings=AppSettings(folder / "settings.ini"),
                   clipboard=SensitiveClipboard(5))


@pytest.fixture
def session(vault: Vault, tmp_path: Path) -> Iterator[Session]:
    s = make_session(vault, tmp_path)
    yield s
    s.runner.wait_idle()
    s.runner.detach()


@pytest.fixture
def make_section(qtbot: QtBot) -> Iterator[Callable[[Session], CasesSection]]:
    made: list[CasesSection] = []

    def make(s: Session) -> CasesSection:
        section = CasesSection(s)
        qtbot.addWidget(section)
        section.resize(1200, 800)
        section.show()
        made.append(section)
        settle(qtbot, s)
        return section

    yield make
    for section in made:
        section.prepare_lock()
        section.session.runner.wait_idle()


@pytest.fixture
def section(session: Session, make_section: Callable[[Session], CasesSection]
            ) -> CasesSection:
    return make_section(session)


@pytest.fixture(scope="session")
def big_template(vault_template: tuple[Path, str],
                 tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("big") / "vault"
    shutil.copytree(vault_template[0], folder)
    (folder / "vault.lock").unlink(missing_ok=True)
    vault = Vault.unlock(folder, PASSPHRASE, actor="prueba")
    bulk_cases(vault, BIG)
    vault.lock()
    return folder


@pytest.fixture
def big_vault(big_template: Path, tmp_path: Path) -> Iterator[Vault]:
    target = tmp_path / "big"
    shutil.copytree(big_template, target)
    (target / "vault.lock").unlink(missing_ok=True)
    v = Vault.unlock(target, PASSPHRASE, actor="prueba")
    yield v
    v.lock()


@pytest.fixture
def big_session(big_vault: Vault, tmp_path: Path) -> Iterator[Session]:
    s = make_session(big_vault, tmp_path)
    yield s
    s.runner.wait_idle()
    s.runner.detach()
