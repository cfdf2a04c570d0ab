"""In Spanish, the data dialogs show no English source string, and every input has
an accessible name."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from mpi_desktop.interchange.export import export
from mpi_desktop.interchange.scope import ExportRequest
from mpi_desktop.storage import drafts
from mpi_desktop.ui.data.arco_dialogs import CancelDialog, OppositionDialog
from mpi_desktop.ui.data.export_dialog import ExportDialog
from mpi_desktop.ui.data.import_dialog import ImportDialog
from mpi_desktop.ui.data.menu import DataMenu
from mpi_desktop.ui.data.restore_dialog import RestoreDialog
from mpi_desktop.ui.indicators.form_drafts import draft_banner
from mpi_desktop.ui.session import Session
from tests.interchange.helpers import BUNDLE_PASSPHRASE, fill
from tests.ui.data.conftest import Shell
from tests.ui.driving import settle
from tests.ui.test_accessibility import unnamed_inputs
from tests.ui.visible_text import texts_of, untranslated


def seen(widget: QWidget, qtbot: QtBot, label: str) -> list[tuple[str, str]]:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.wait(5)
    return [(f"{label} › {where}", text) for where, text in texts_of(widget)]


def test_data_dialogs_are_translated_and_named(
        qtbot: QtBot, session: Session, other_session: Session,
        shell: Callable[[Session], tuple[Shell, DataMenu]], tmp_path: Path) -> None:
    sample = fill(session.vault)
    person, case = sample.people[0], sample.cases[0]
    found: list[tuple[str, str]] = []
    dialogs: list[QWidget] = []

    for request in (ExportRequest("case", folio=case.folio),
                    ExportRequest("person", person_id=person.id), ExportRequest("all")):
        dialog = ExportDialog(session, request, subject=person.full_name)
        dialog.form.passphrase.setText("corta")
        found += seen(dialog, qtbot, f"export {request.kind}")
        dialog.form.passphrase.setText(BUNDLE_PASSPHRASE)
        dialog.form.confirm.setText(BUNDLE_PASSPHRASE)
        dialog.export_to(tmp_path / f"{request.kind}.mpiexp")
        settle(qtbot, session)
        found += seen(dialog, qtbot, f"export {request.kind} done")
        dialogs.append(dialog)

    window, data = shell(other_session)
    found += [("main", t) for _w, t in texts_of(window)]
    encrypted = data.import_file(tmp_path / "all.mpiexp")
    found += seen(encrypted, qtbot, "import encrypted")
    encrypted.passphrase.setText(BUNDLE_PASSPHRASE)
    encrypted.start()
    settle(qtbot, other_session)
    found += seen(encrypted, qtbot, "import report")
    plain = tmp_path / "roto.json"
    export(session.vault, ExportRequest(), plain, passphrase=None, plaintext=True)
    doc = json.loads(plain.read_text(encoding="utf-8"))
    doc["cases"][0]["status"] = "inventado"
    plain.write_text(json.dumps(doc), encoding="utf-8")
    refused = data.import_file(plain)
    assert isinstance(refused, ImportDialog)
    found += seen(refused, qtbot, "import json")
    refused.start()
    settle(qtbot, other_session)
    assert refused.errors_dialog is not None
    found += seen(refused.errors_dialog, qtbot, "import errors")
    dialogs += [encrypted, refused, refused.errors_dialog]

    restore = RestoreDialog(session.folder)
    restore.start()
    found += seen(restore, qtbot, "restore")
    restore.use_recovery.setChecked(True)
    found += seen(restore, qtbot, "restore recovery")
    cancel = CancelDialog(session, person)
    settle(qtbot, session)
    found += seen(cancel, qtbot, "arco cancel")
    oppose = OppositionDialog(session, person)
    found += seen(oppose, qtbot, "arco opposition")
    dialogs += [restore, cancel, oppose]
    for kind in drafts.STANDALONE_KINDS:
        banner = draft_banner(kind)
        found += seen(banner, qtbot, kind)

    assert len(found) > 80
    problems = untranslated(found)
    assert not problems, "shown untranslated:\n" + "\n".join(problems)
    for dialog in dialogs:
        assert not unnamed_inputs(dialog), dialog.objectName()
