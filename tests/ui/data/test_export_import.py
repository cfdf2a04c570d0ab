"""Export a case from the case view and import it into another vault, all through the
GUI; a broken file lists every problem with its JSON path and imports nothing."""

from __future__ import annotations

import copy
import dataclasses
import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
)
from pytestqt.qtbot import QtBot

from mpi_desktop.interchange import bundle
from mpi_desktop.interchange.export import export
from mpi_desktop.interchange.scope import ExportRequest
from mpi_desktop.storage import audit
from mpi_desktop.storage.records import Records
from mpi_desktop.storage.vault import Vault
from mpi_desktop.ui.cases.section import CasesSection
from mpi_desktop.ui.data.export_dialog import ExportDialog
from mpi_desktop.ui.data.import_dialog import ImportDialog, ImportErrorsDialog
from mpi_desktop.ui.data.menu import DataMenu
from mpi_desktop.ui.session import Session
from tests.interchange.helpers import BUNDLE_PASSPHRASE, digest, fill
from tests.ui.data.conftest import Shell
from tests.ui.driving import WAIT_MS, find, settle

ShellMaker = Callable[[Session], tuple[Shell, DataMenu]]


def same(a: object, b: object) -> None:
    """Field by field, so a failure names the field."""
    assert type(a) is type(b)
    for f in dataclasses.fields(a):  # type: ignore[arg-type]
        assert getattr(a, f.name) == getattr(b, f.name), f.name


def export_case_through_the_gui(qtbot: QtBot, session: Session, case_id: str,
                                out: Path) -> ExportDialog:
    section = CasesSection(session)
    qtbot.addWidget(section)
    section.resize(1200, 800)
    section.show()
    settle(qtbot, session)
    section.show_case(case_id)
    settle(qtbot, session)
    button = find(section, QPushButton, "exportCaseButton")
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = section.case_view.export_dialog
    assert isinstance(dialog, ExportDialog) and dialog.isVisible()
    go = find(dialog, QPushButton, "exportButton")
    assert not go.isEnabled()  # no passphrase yet
    dialog.form.passphrase.setText(BUNDLE_PASSPHRASE)
    dialog.form.confirm.setText(BUNDLE_PASSPHRASE + "x")
    assert not go.isEnabled()  # the two do not match
    dialog.form.confirm.setText(BUNDLE_PASSPHRASE)
    assert go.isEnabled()
    qtbot.mouseClick(go, Qt.MouseButton.LeftButton)
    chooser = dialog.findChild(QFileDialog, "exportSaveDialog")
    assert isinstance(chooser, QFileDialog)
    assert chooser.selectedFiles()[0].endswith(".mpiexp")
    chooser.selectFile(str(out))
    chooser.accept()
    settle(qtbot, session)
    result = find(dialog, QLabel, "exportResult")
    qtbot.waitUntil(result.isVisible, timeout=WAIT_MS)
    assert str(out) in result.text()
    return dialog


def test_case_exported_from_the_case_view_imports_identically_elsewhere(
        qtbot: QtBot, session: Session, other_session: Session, shell: ShellMaker,
        tmp_path: Path) -> None:
    sample = fill(session.vault)
    case = sample.cases[0]
    out = tmp_path / "expediente.mpiexp"
    export_case_through_the_gui(qtbot, session, case.id, out)
    assert bundle.is_bundle(out)
    assert case.folio.encode() not in out.read_bytes()  # encrypted, names and all
    with session.vault.read() as conn:
        (entry,) = audit.entries(conn, action_prefix="export.")
    assert entry.details.get("encrypted") is True

    window, data = shell(other_session)
    dialog = data.import_file(out)
    assert isinstance(dialog, ImportDialog) and dialog.encrypted
    passphrase = dialog.passphrase
    assert passphrase.isVisible()
    passphrase.setText("no es la frase correcta")
    qtbot.mouseClick(find(dialog, QPushButton, "importButton"), Qt.MouseButton.LeftButton)
    settle(qtbot, other_session)
    error = find(dialog, QLabel, "importError")
    assert error.isVisible() and "Frase de acceso incorrecta" in error.text()
    assert Records(other_session.vault).case_by_folio(case.folio) is None

    passphrase.setText(BUNDLE_PASSPHRASE)
    qtbot.mouseClick(find(dialog, QPushButton, "importButton"), Qt.MouseButton.LeftButton)
    settle(qtbot, other_session)
    assert dialog.report is not None
    assert window.refreshed == 1  # the sections reload
    table = find(dialog, QTableWidget, "importCounts")
    rows = {table.item(r, 0).text(): table.item(r, 2).text() for r in range(table.rowCount())}
    assert rows["Expedientes"] == "1" and rows["Personas"] == "2"
    assert rows["Agresiones"] == "1" and rows["Atenciones"] == "1"

    source, target = Records(session.vault), Records(other_session.vault)
    imported = target.case_by_folio(case.folio)
    assert imported is not None
    same(source.bundle(case.id).case, target.bundle(imported.id).case)
    for p in sample.people[:2]:
        same(source.person(p.id), target.person(p.id))
    same(sample.aggressions[0], target.bundle(imported.id).aggressions[0])
    same(sample.attentions[0], target.bundle(imported.id).attentions[0])
    assert target.case_by_folio(sample.cases[1].folio) is None  # only that case

    # The same file again: nothing new, every record reported identical.
    again = data.import_file(out)
    again.passphrase.setText(BUNDLE_PASSPHRASE)
    find(again, QRadioButton, "importPolicy_replace").setChecked(True)
    again.start()
    settle(qtbot, other_session)
    assert again.report is not None
    assert sum(again.report.created(s) for s in again.report.items) == 0
    summary = find(again, QLabel, "importSummary").text()
    assert "0 registros nuevos" in summary
    duplicates = find(again, QPlainTextEdit, "importDuplicates").toPlainText()
    assert "idéntico" in duplicates


def test_plaintext_export_needs_an_explicit_confirmation(
        qtbot: QtBot, session: Session, tmp_path: Path) -> None:
    fill(session.vault)
    dialog = ExportDialog(session, ExportRequest("all"))
    qtbot.addWidget(dialog)
    dialog.open()
    plain = find(dialog, QCheckBox, "exportPlaintext")
    plain.setChecked(True)
    box = dialog.findChild(QMessageBox, "confirmPlaintextExport")
    assert isinstance(box, QMessageBox) and box.isVisible()
    box.reject()  # "keep it encrypted"
    qtbot.waitUntil(lambda: not plain.isChecked(), timeout=WAIT_MS)
    plain.setChecked(True)
    box = dialog.findChild(QMessageBox, "confirmPlaintextExport")
    assert isinstance(box, QMessageBox)
    yes = find(box, QPushButton, "confirmPlaintextYes")
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    assert plain.isChecked()
    assert find(dialog, QLabel, "exportPlaintextWarning").isVisible()
    assert dialog.suggested_name().endswith(".json")
    out = tmp_path / "todo.json"
    dialog.export_to(out)
    settle(qtbot, session)
    assert "SIN CIFRAR" in find(dialog, QLabel, "exportResult").text()
    assert json.loads(out.read_text(encoding="utf-8"))["cases"]
    with session.vault.read() as conn:
        (entry,) = audit.entries(conn, action_prefix="export.")
    assert entry.details.get("encrypted") is False


def test_broken_file_lists_every_problem_and_imports_nothing(
        qtbot: QtBot, session: Session, other_session: Session, shell: ShellMaker,
        tmp_path: Path) -> None:
    fill(session.vault)
    good = tmp_path / "bueno.json"
    export(session.vault, ExportRequest(), good, passphrase=None, plaintext=True)
    doc = json.loads(good.read_text(encoding="utf-8"))
    bad = copy.deepcopy(doc)
    bad["cases"][1]["status"] = "inventado"
    bad["people"][0]["birth_date"] = "2024-02-30"
    bad["aggressions"][0]["case_id"] = "0b6f3a52-8a4e-4f0e-9d3c-5c1f2e7a9b10"
    broken = tmp_path / "roto.json"
    broken.write_text(json.dumps(bad), encoding="utf-8")
    before = digest(other_session.vault)

    window, data = shell(other_session)
    dialog = data.import_file(broken)
    assert not dialog.encrypted and not dialog.passphrase.isVisible()
    find(dialog, QRadioButton, "importPolicy_fail").setChecked(True)
    qtbot.mouseClick(find(dialog, QPushButton, "importButton"), Qt.MouseButton.LeftButton)
    settle(qtbot, other_session)
    errors = dialog.errors_dialog
    assert isinstance(errors, ImportErrorsDialog) and errors.isVisible()
    text = find(errors, QPlainTextEdit, "importErrorsText")
    assert text.isReadOnly()
    lines = text.toPlainText().splitlines()
    paths = [line.split(":", 1)[0] for line in lines]
    assert "$.cases[1].status" in paths
    assert "$.people[0].birth_date" in paths
    assert "$.aggressions[0].case_id" in paths
    assert all(line.split(": ", 1)[1].strip() for line in lines)  # each with its sentence
    assert f"Problemas encontrados: {len(lines)}" in find(
        errors, QLabel, "importErrorsSummary").text()
    qtbot.mouseClick(find(errors, QPushButton, "importErrorsCopy"), Qt.MouseButton.LeftButton)
    assert "portapapeles" in find(errors, QLabel, "importErrorsCopied").text()
    assert dialog.report is None and window.refreshed == 0
    assert digest(other_session.vault) == before
    vault: Vault = other_session.vault
    with vault.read() as conn:
        assert conn.execute("SELECT count(*) FROM case_file").fetchone()[0] == 0
