"""``mpi-desktop --demo``: a demo vault built once, opened with a published passphrase."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox, QProgressDialog
from pytestqt.qtbot import QtBot

from mpi_desktop.paths import default_vault_dir, demo_vault_dir
from mpi_desktop.storage import audit
from mpi_desktop.ui import demo_start
from mpi_desktop.ui.controller import AppController
from mpi_desktop.ui.settings import AppSettings
from tests.ui.shell import WAIT_MS, find, unlock


def test_demo_vault_is_built_then_opened(make_controller: Callable[..., AppController],
                                         qtbot: QtBot, app_settings: AppSettings) -> None:
    assert not demo_vault_dir().exists()
    controller = make_controller(demo=True, demo_cases=4)
    controller.start()
    builder = controller.demo_builder
    assert builder is not None
    dialog = builder.dialog
    assert isinstance(dialog, QProgressDialog) and dialog.objectName() == "demoProgress"
    assert "4" in dialog.labelText() and "sintéticos" in dialog.labelText()
    qtbot.waitUntil(lambda: controller.unlock_window is not None, timeout=60_000)
    window = controller.unlock_window
    assert window is not None and window.folder == demo_vault_dir()
    banner = find(window, QLabel, "demoBanner")
    assert not banner.isHidden()
    assert "demostración" in banner.text() and demo_start.DEMO_PASSPHRASE in banner.text()
    assert window.panel.field.text() == demo_start.DEMO_PASSPHRASE
    assert not demo_start.staging_dir(demo_vault_dir()).exists()

    unlock(controller, qtbot, demo_start.DEMO_PASSPHRASE)
    session = controller.session
    assert session is not None and session.demo
    assert controller.main_window is not None
    assert not controller.main_window.demo_indicator.isHidden()
    with session.vault.read() as conn:
        cases = conn.execute("SELECT count(*) FROM case_file").fetchone()[0]
        kinds = {a.action for a in audit.entries(conn, limit=100_000)}
    assert cases == 4 and "demo.generate" in kinds
    assert {"risk.sign", "finding.create", "cem.session_create"} <= kinds  # features too
    assert session.vault.keyfile.slots.passphrase.kdf.time_cost == 3  # the floor: quick
    # The demo does not become the person's default vault.
    assert app_settings.vault_dir == default_vault_dir()
    controller.quit()

    again = make_controller(demo=True, demo_cases=4)
    again.start()
    assert again.demo_builder is not None and again.demo_builder.dialog is None
    assert again.unlock_window is not None


def test_demo_without_generator_stops_with_a_clear_message(
        make_controller: Callable[..., AppController], qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    def missing() -> demo_start.Populate:
        raise demo_start.DemoUnavailable("demo generator missing")

    monkeypatch.setattr(demo_start, "load_populate", missing)
    quits: list[int] = []
    controller = make_controller(demo=True, demo_cases=2, quit_app=lambda: quits.append(1))
    controller.start()
    builder = controller.demo_builder
    assert builder is not None
    qtbot.waitUntil(lambda: builder.error_box is not None, timeout=WAIT_MS)
    box = builder.error_box
    assert isinstance(box, QMessageBox) and box.objectName() == "errorDialog"
    assert "generador" in box.text()
    assert controller.unlock_window is None and controller.session is None
    box.done(0)
    assert quits == [1]
    assert not demo_vault_dir().exists()
    assert not demo_start.staging_dir(demo_vault_dir()).exists()


def test_cancelled_demo_build_leaves_nothing(make_controller: Callable[..., AppController],
                                             qtbot: QtBot) -> None:
    quits: list[int] = []
    controller = make_controller(demo=True, demo_cases=400, quit_app=lambda: quits.append(1))
    controller.start()
    builder = controller.demo_builder
    assert builder is not None
    builder.cancel()
    qtbot.waitUntil(lambda: bool(quits), timeout=60_000)
    assert not demo_vault_dir().exists()
    assert not demo_start.staging_dir(demo_vault_dir()).exists()
