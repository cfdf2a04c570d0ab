"""Bad input and failures reach the person as one clear Spanish sentence, never a traceback."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from mpi_desktop import errors as e
from mpi_desktop.domain import catalogs
from mpi_desktop.ui import app as app_module
from mpi_desktop.ui.controller import AppController
from mpi_desktop.ui.settings import AppSettings
from mpi_desktop.ui.windows import top_level_windows
from tests.conftest import PASSPHRASE
from tests.ui.shell import WAIT_MS, unlock, wait_idle


def error_boxes() -> list[QMessageBox]:
    with top_level_windows() as windows:
        return [w for w in windows if isinstance(w, QMessageBox)
                and w.objectName() == "errorDialog" and w.isVisible()]


def test_background_failures_are_shown_in_spanish(
        make_controller: Callable[..., AppController], qtbot: QtBot,
        app_settings: AppSettings, vault_dir: Path) -> None:
    app_settings.vault_dir = vault_dir
    controller = make_controller()
    controller.start()
    unlock(controller, qtbot, PASSPHRASE)
    session = controller.session
    assert session is not None

    def disk_full() -> None:
        raise e.StorageFull(vault_dir / "vault.db")

    session.runner.run(disk_full)
    wait_idle(qtbot, controller)
    qtbot.waitUntil(lambda: bool(error_boxes()), timeout=WAIT_MS)
    box = error_boxes()[-1]
    assert "disco se llenó" in box.text() and "Traceback" not in box.text()
    box.done(0)

    def bug() -> None:
        raise KeyError("María José")  # an unexpected bug whose message holds data

    session.runner.run(bug)
    wait_idle(qtbot, controller)
    qtbot.waitUntil(lambda: bool(error_boxes()), timeout=WAIT_MS)
    box = error_boxes()[-1]
    assert "KeyError" in box.text() and "María" not in box.text()
    box.done(0)
    assert session.vault.is_open  # the session survives a failed operation


def test_damaged_catalog_stops_the_start_naming_file_and_entry(
        monkeypatch: pytest.MonkeyPatch, spanish: None) -> None:
    def broken() -> None:
        raise catalogs.CatalogError("/ruta/catalogs/alcaldias.json", "tlalpan",
                                    "missing Spanish label")

    monkeypatch.setattr(catalogs, "check_all", broken)
    problem = app_module.catalog_problem()
    assert problem is not None
    assert "alcaldias.json" in problem and "tlalpan" in problem and "catálogo" in problem


def test_real_catalogs_pass_the_start_check() -> None:
    assert app_module.catalog_problem() is None


def test_a_bug_in_a_slot_shows_a_sentence_and_logs_no_content(
        caplog: pytest.LogCaptureFixture, qtbot: QtBot, spanish: None) -> None:
    try:
        raise ValueError("Xóchitl Tlapaltotoli, CURP CUPM860412MDFRXR09")
    except ValueError as exc:
        app_module.excepthook(ValueError, exc, exc.__traceback__)
    qtbot.waitUntil(lambda: bool(error_boxes()), timeout=WAIT_MS)
    box = error_boxes()[-1]
    assert "ValueError" in box.text() and "Xóchitl" not in box.text()
    box.done(0)
    logged = " ".join(r.getMessage() for r in caplog.records)
    assert "ValueError" in logged and "test_failures.py" in logged
    assert "Xóchitl" not in logged and "CUPM" not in logged


def test_busy_indicator_follows_background_work(
        make_controller: Callable[..., AppController], qtbot: QtBot,
        app_settings: AppSettings, vault_dir: Path) -> None:
    app_settings.vault_dir = vault_dir
    controller = make_controller()
    controller.start()
    unlock(controller, qtbot, PASSPHRASE)
    window, session = controller.main_window, controller.session
    assert window is not None and session is not None
    wait_idle(qtbot, controller)
    release = threading.Event()
    session.runner.run(lambda: release.wait(10))
    qtbot.waitUntil(lambda: window.busy.isVisible(), timeout=WAIT_MS)
    release.set()
    wait_idle(qtbot, controller)
    qtbot.waitUntil(lambda: not window.busy.isVisible(), timeout=WAIT_MS)
