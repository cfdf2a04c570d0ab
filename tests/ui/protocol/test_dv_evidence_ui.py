"""The evidence panel: attach, preview from memory, custody, duplicates, export, package."""

from __future__ import annotations

import io
import os
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from mpi_desktop.storage import evidence as ev
from mpi_desktop.storage import evidence_export as ex
from mpi_desktop.storage.evidence_store import EvidenceStore
from mpi_desktop.ui.protocol.evidence_dialogs import PackageChoice
from mpi_desktop.ui.protocol.evidence_panel import EvidencePanel
from mpi_desktop.ui.session import Session
from tests.conftest import NEW_PASSPHRASE
from tests.ui.driving import message_box, settle
from tests.ui.protocol.conftest import new_case, open_tab

SOURCE = ev.EvidenceSource(source_url="https://red.example/p/1", source_handle="@hostil",
                           platform="instagram", collected_by="Analista 4")


def photo(tmp_path: Path, name: str = "captura.jpg") -> Path:
    img = Image.new("RGB", (200, 120), (200, 30, 60))
    exif = Image.Exif()
    exif[0x8825] = {1: "N", 2: (19.0, 25.0, 10.0), 3: "W", 4: (99.0, 8.0, 0.0)}
    buf = io.BytesIO()
    img.save(buf, "JPEG", exif=exif)
    path = tmp_path / name
    path.write_bytes(buf.getvalue())
    return path


_KEEP: list[object] = []  # the tab owns the panel; keep it alive for the test


def panel_of(qtbot: QtBot, session: Session) -> tuple[EvidencePanel, str]:
    case_id = new_case(session)
    tab = open_tab(qtbot, session, case_id)
    _KEEP[:] = [tab]
    tab.sections.setCurrentWidget(tab.evidence)
    return tab.evidence, case_id


def test_attach_preview_and_custody(qtbot: QtBot, session: Session, tmp_path: Path) -> None:
    panel, case_id = panel_of(qtbot, session)
    assert panel.empty.isVisible()
    assert not panel.buttons["packageButton"].isEnabled()
    panel.attach_path(photo(tmp_path), SOURCE)
    settle(qtbot, session)
    assert panel.table.rowCount() == 1 and not panel.empty.isVisible()
    assert panel.table.item(0, 0).text() == "captura.jpg"
    assert panel.table.item(0, 1).text() == "image/jpeg"
    pixmap = panel.preview.pixmap()
    assert pixmap is not None and not pixmap.isNull() and pixmap.width() == 320
    actions = [panel.custody.item(r, 2).text() for r in range(panel.custody.rowCount())]
    assert actions == ["Ingreso (hash calculado)", "Vista previa"]
    assert "SHA-256" in panel.details.text()
    item = EvidenceStore(session.vault).for_case(case_id)[0]
    assert item.source == ev.EvidenceSource(**{**SOURCE.__dict__,
                                                "collected_at": item.source.collected_at})


def test_duplicate_is_reported_and_the_existing_item_selected(
        qtbot: QtBot, session: Session, tmp_path: Path) -> None:
    panel, _ = panel_of(qtbot, session)
    first = photo(tmp_path)
    panel.attach_path(first, SOURCE)
    settle(qtbot, session)
    other = tmp_path / "otra.bin"
    other.write_bytes(os.urandom(500))
    panel.attach_path(other, SOURCE)
    settle(qtbot, session)
    assert panel.table.currentRow() == 1
    copy = tmp_path / "copia.jpg"
    copy.write_bytes(first.read_bytes())
    panel.attach_path(copy, SOURCE)
    settle(qtbot, session)
    box = message_box(qtbot, "errorDialog")
    assert "captura.jpg" in box.text() and "SHA-256" in box.text()
    box.close()
    assert panel.table.rowCount() == 2
    assert panel.current() is not None and panel.current().original_name == "captura.jpg"


def test_oversized_file_is_refused_before_describing_it(qtbot: QtBot, session: Session,
                                                        tmp_path: Path) -> None:
    panel, _ = panel_of(qtbot, session)
    big = tmp_path / "video.mp4"
    with big.open("wb") as fh:
        fh.truncate(ev.MAX_EVIDENCE_BYTES + 10)
    panel.describe_and_attach(big)
    box = message_box(qtbot, "errorDialog")
    assert "50.0 MB" in box.text()
    box.close()
    assert panel.findChild(object, "evidenceSourceDialog") is None


def test_the_description_dialog_collects_the_source(qtbot: QtBot, session: Session,
                                                    tmp_path: Path) -> None:
    panel, case_id = panel_of(qtbot, session)
    panel.describe_and_attach(photo(tmp_path))
    dialog = panel.findChild(QDialog, "evidenceSourceDialog")
    assert dialog is not None
    dialog.url.setText("https://chat.example/m/9")  # type: ignore[attr-defined]
    dialog.collected_by.setText("")  # type: ignore[attr-defined]
    dialog._accept()  # type: ignore[attr-defined]
    assert dialog.error.isVisible()  # type: ignore[attr-defined]
    dialog.collected_by.setText("Analista 5")  # type: ignore[attr-defined]
    dialog._accept()  # type: ignore[attr-defined]
    settle(qtbot, session)
    stored = EvidenceStore(session.vault).for_case(case_id)
    assert [s.source.source_url for s in stored] == ["https://chat.example/m/9"]
    assert stored[0].source.collected_by == "Analista 5"


def test_export_asks_first_and_can_remove_gps(qtbot: QtBot, session: Session,
                                              tmp_path: Path) -> None:
    panel, _ = panel_of(qtbot, session)
    panel.attach_path(photo(tmp_path), SOURCE)
    settle(qtbot, session)
    qtbot.mouseClick(panel.buttons["exportEvidenceButton"], Qt.MouseButton.LeftButton)
    box = message_box(qtbot, "exportWarningDialog")
    check = box.findChild(QCheckBox, "removeMetadataCheck")
    assert check is not None and check.isChecked()  # on by default for images
    box.button(QMessageBox.StandardButton.Cancel).click()
    target = tmp_path / "para-plataforma.jpg"
    panel.export_to(target, remove_metadata=True)
    settle(qtbot, session)
    with Image.open(target) as im:
        assert im.getexif().get_ifd(0x8825) == {}
    actions = [panel.custody.item(r, 2).text() for r in range(panel.custody.rowCount())]
    assert actions[-1] == "Exportada como archivo"


def test_encrypted_package_from_the_panel(qtbot: QtBot, session: Session,
                                          tmp_path: Path) -> None:
    panel, _ = panel_of(qtbot, session)
    panel.attach_path(photo(tmp_path), SOURCE)
    settle(qtbot, session)
    qtbot.mouseClick(panel.buttons["packageButton"], Qt.MouseButton.LeftButton)
    dialog = panel.findChild(QDialog, "packageDialog")
    assert dialog is not None
    dialog.passphrase.setText("corta")  # type: ignore[attr-defined]
    dialog.repeat.setText("corta")  # type: ignore[attr-defined]
    dialog._accept()  # type: ignore[attr-defined]
    assert dialog.error.isVisible()  # type: ignore[attr-defined]  # weak passphrase
    dialog.reject()
    out = tmp_path / "paquete.mpibundle"
    panel.package_to(out, PackageChoice(encrypted=True, passphrase=NEW_PASSPHRASE,
                                        selected_only=False, include_notes=False))
    settle(qtbot, session)
    assert ex.check_package(out, passphrase=NEW_PASSPHRASE).ok
    actions = [panel.custody.item(r, 2).text() for r in range(panel.custody.rowCount())]
    assert actions[-1] == "Incluida en un paquete cifrado"


def test_damaged_evidence_is_not_previewed(qtbot: QtBot, session: Session,
                                           tmp_path: Path) -> None:
    panel, _ = panel_of(qtbot, session)
    panel.attach_path(photo(tmp_path), SOURCE)
    settle(qtbot, session)
    with session.vault.write() as conn:
        conn.execute("UPDATE evidence_chunk SET data = ? WHERE seq = 0", (b"\xff\xd8roto",))
    panel.load()
    settle(qtbot, session)
    panel.table.setCurrentCell(-1, 0)
    panel.table.setCurrentCell(0, 0)
    settle(qtbot, session)
    box = message_box(qtbot, "errorDialog")
    assert "dañada" in box.text()
    box.close()
    assert panel.preview.pixmap() is None or panel.preview.pixmap().isNull()
    assert panel.preview.text() == "Evidencia dañada: no se muestra."


def test_open_a_non_image_explains_why_not(qtbot: QtBot, session: Session,
                                           tmp_path: Path) -> None:
    panel, _ = panel_of(qtbot, session)
    pdf = tmp_path / "acta.pdf"
    pdf.write_bytes(b"%PDF-1.7\n" + os.urandom(100))
    panel.attach_path(pdf, SOURCE)
    settle(qtbot, session)
    assert "No hay vista previa" in panel.preview.text()
    qtbot.mouseClick(panel.buttons["openEvidenceButton"], Qt.MouseButton.LeftButton)
    box = message_box(qtbot, "cannotOpenDialog")
    assert "acta.pdf" in box.text()
    box.close()


def test_remove_asks_then_erases(qtbot: QtBot, session: Session, tmp_path: Path) -> None:
    panel, case_id = panel_of(qtbot, session)
    panel.attach_path(photo(tmp_path), SOURCE)
    settle(qtbot, session)
    qtbot.mouseClick(panel.buttons["removeEvidenceButton"], Qt.MouseButton.LeftButton)
    box = message_box(qtbot, "removeEvidenceDialog")
    box.button(QMessageBox.StandardButton.Yes).click()
    settle(qtbot, session)
    assert panel.table.rowCount() == 0
    assert EvidenceStore(session.vault).for_case(case_id) == []
    assert panel.findChild(QPushButton, "packageButton").isEnabled() is False
