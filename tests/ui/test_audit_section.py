"""The Bitácora section: entries in Mexico City time, ids only, chain verification."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QTableView
from pytestqt.qtbot import QtBot

from mpi_desktop.storage.records import Records
from mpi_desktop.ui.audit_section import AuditSection, local_time
from mpi_desktop.ui.controller import AppController
from mpi_desktop.ui.settings import AppSettings
from tests import factories
from tests.conftest import PASSPHRASE
from tests.ui.shell import WAIT_MS, find, unlock, wait_idle


def open_audit(make_controller: Callable[..., AppController], qtbot: QtBot,
               app_settings: AppSettings, folder: Path) -> tuple[AppController, AuditSection]:
    app_settings.vault_dir = folder
    controller = make_controller()
    controller.start()
    unlock(controller, qtbot, PASSPHRASE)
    window = controller.main_window
    assert window is not None
    section = window.show_section("audit")
    assert isinstance(section, AuditSection)
    wait_idle(qtbot, controller)
    return controller, section


def test_audit_log_lists_entries_with_ids_only(
        make_controller: Callable[..., AppController], qtbot: QtBot,
        app_settings: AppSettings, vault_dir: Path) -> None:
    from mpi_desktop.storage.vault import Vault

    vault = Vault.unlock(vault_dir, PASSPHRASE, actor="analista")
    person = factories.person()
    case = Records(vault).open_case(factories.case_for(person), [person])
    vault.lock()
    controller, section = open_audit(make_controller, qtbot, app_settings, vault_dir)
    table = find(section, QTableView, "auditTable")
    model = table.model()
    qtbot.waitUntil(lambda: model.rowCount() >= 4, timeout=WAIT_MS)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "Acción" in headers and "Hora (Ciudad de México)" in headers
    rows = [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]
    actions = [row[3] for row in rows]
    assert actions[0] == "Bóveda desbloqueada"  # newest first
    assert "Expediente abierto" in actions and "Bóveda creada" in actions
    case_row = next(row for row in rows if row[3] == "Expediente abierto")
    assert case_row[5] == case.id
    shown = " ".join(str(v) for row in rows for v in row)
    # Ids only: no name, CURP or narrative of the case appears in the view.
    for secret in ("María José", "de la Cruz", "CUPM860412MDFRXR09", "Amenazas"):
        assert secret not in shown
    entry = section.model.entry(0)
    assert rows[0][1] == local_time(entry.at) and rows[0][1] != entry.at[:19].replace("T", " ")
    assert "1–" in find(section, QLabel, "auditPageLabel").text()

    section.filter.setText(case.id)
    section.filter_button.click()
    wait_idle(qtbot, controller)
    assert model.rowCount() == 1 and model.index(0, 5).data() == case.id


def test_verify_chain_intact_and_broken(
        make_controller: Callable[..., AppController], qtbot: QtBot,
        app_settings: AppSettings, vault_dir: Path) -> None:
    controller, section = open_audit(make_controller, qtbot, app_settings, vault_dir)
    find(section, QPushButton, "auditVerify").click()
    wait_idle(qtbot, controller)
    result = find(section, QLabel, "auditVerifyResult")
    assert result.property("intact") is True
    assert "intacta" in result.text()

    assert controller.session is not None
    with controller.session.vault.write() as conn:
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("UPDATE audit_log SET actor = 'otra persona' WHERE seq = 1")
    section.verify()
    wait_idle(qtbot, controller)
    assert result.property("intact") is False
    assert "1" in result.text() and "alterada" in result.text()
