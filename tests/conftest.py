"""Shared test setup: headless Qt, isolated settings and data, fast real vaults.

Vaults are real SQLCipher vaults with Argon2id at the secure floor (the app
refuses anything weaker); a template is created once per session and copied,
because every creation also derives a key.
"""

from __future__ import annotations

import gc
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

# Before anything imports Qt.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from mpi_desktop.storage import crypto
from mpi_desktop.storage.vault import Vault
from mpi_desktop.ui import qt_guard

# One QApplication for the whole run, created before any test can make a plain
# QCoreApplication (the CLI's translators do that), which would make every
# later widget abort.  pytest-qt's ``qapp`` fixture reuses it.
qt_guard.install()  # as the app does: a PySide6 whose emit leaks True must not abort the run
_APP = QApplication.instance() or QApplication(["mpi-desktop-tests"])

PASSPHRASE = "tejocote azul barranca ciruelo"
NEW_PASSPHRASE = "xoconostle nopal frijol marzo"


@pytest.fixture(autouse=True)
def _isolate(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test gets its own data folder, settings and language environment."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("MPI_DESKTOP_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "share"))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("MPI_DESKTOP_LANG", raising=False)
    monkeypatch.setenv("LANG", "es_MX.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.delenv("LANGUAGE", raising=False)


@pytest.fixture(autouse=True)
def _delete_widgets_now(request: pytest.FixtureRequest) -> Iterator[None]:
    """After a test with widgets, delete what it left (widgets kept alive only by
    Python reference cycles, deferred deletions) before the next test starts.

    Otherwise the garbage collector deletes them at a random moment of a later test,
    and a Python wrapper that test holds of a child Qt created (a combo box popup, a
    scroll area viewport) is left pointing at freed memory: a segmentation fault
    inside shiboken, seen once on CI.  Autouse and defined here, so it is torn down
    after pytest-qt has closed the test's widgets.
    """
    yield
    if not {"qtbot", "qapp"} & set(request.fixturenames):
        return
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


@pytest.fixture(scope="session")
def fast_kdf() -> crypto.KdfParams:
    return crypto.KdfParams.floor()


@pytest.fixture(scope="session")
def vault_template(tmp_path_factory: pytest.TempPathFactory,
                   fast_kdf: crypto.KdfParams) -> tuple[Path, str]:
    folder = tmp_path_factory.mktemp("template") / "vault"
    created = Vault.create(folder, PASSPHRASE, kdf_params=fast_kdf, actor="prueba")
    created.vault.lock()
    return folder, created.recovery_key


@pytest.fixture
def vault_dir(tmp_path: Path, vault_template: tuple[Path, str]) -> Path:
    """A fresh copy of a locked vault (passphrase ``PASSPHRASE``)."""
    target = tmp_path / "vault"
    shutil.copytree(vault_template[0], target)
    (target / "vault.lock").unlink(missing_ok=True)
    return target


@pytest.fixture
def recovery_text(vault_template: tuple[Path, str]) -> str:
    return vault_template[1]


@pytest.fixture
def vault(vault_dir: Path) -> Iterator[Vault]:
    v = Vault.unlock(vault_dir, PASSPHRASE, actor="prueba")
    yield v
    v.lock()


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file's bytes under ``folder`` (to prove an operation changed nothing)."""
    return {str(p.relative_to(folder)): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file() and p.name != "vault.lock"}


def run_cli(*args: str, stdin: str = "", env: dict[str, str] | None = None,
            timeout: float = 120) -> tuple[int, str, str]:
    import subprocess

    full_env = {**os.environ, **(env or {})}
    proc = subprocess.run([sys.executable, "-m", "mpi_desktop", *args], input=stdin,
                          capture_output=True, text=True, env=full_env, timeout=timeout,
                          check=False)
    return proc.returncode, proc.stdout, proc.stderr
