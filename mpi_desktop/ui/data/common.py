"""What the data dialogs share: a busy line, section names, private file choosers.

File choosers are Qt's own dialog, not the platform's: a platform dialog may add
the chosen file to the desktop's "recent files", which would leave the name of
an export or a backup outside the vault.  Qt's dialog keeps its history in its
own settings; both history and folder are reset before it goes.  Tests call the
callbacks directly (``open()``, never ``exec()``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDir
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QProgressBar, QWidget

from mpi_desktop.i18n import translate

#: Interchange sections in the order people think of them.
SECTION_ORDER = ("people", "cases", "aggressions", "attentions", "risk_assessments",
                 "measures", "dv_reviews", "evidence", "cem_sessions", "cem_agenda_items",
                 "cem_acuerdos", "cem_summaries", "workshops", "findings")


def section_label(name: str) -> str:
    labels = {
        "people": lambda: translate("DataSections", "People"),
        "cases": lambda: translate("DataSections", "Case files"),
        "aggressions": lambda: translate("DataSections", "Aggressions"),
        "attentions": lambda: translate("DataSections", "Attentions"),
        "risk_assessments": lambda: translate("DataSections", "Risk assessments"),
        "measures": lambda: translate("DataSections", "Protection measures"),
        "dv_reviews": lambda: translate("DataSections", "Digital-violence reviews"),
        "evidence": lambda: translate("DataSections", "Evidence files"),
        "cem_sessions": lambda: translate("DataSections", "CEM sessions"),
        "cem_agenda_items": lambda: translate("DataSections", "CEM agenda items"),
        "cem_acuerdos": lambda: translate("DataSections", "CEM agreements"),
        "cem_summaries": lambda: translate("DataSections", "Summaries for the CEM"),
        "workshops": lambda: translate("DataSections", "Workshops"),
        "findings": lambda: translate("DataSections", "Findings"),
    }
    text = labels.get(name)
    return text() if text else name


def ordered(names: list[str]) -> list[str]:
    known = [n for n in SECTION_ORDER if n in names]
    return known + sorted(n for n in names if n not in SECTION_ORDER)


class BusyLine(QWidget):
    """An indeterminate bar and what is happening; hidden while idle."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        self.bar.setAccessibleName(translate("DataCommon", "Working"))
        self.label = QLabel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 1)
        self.hide()

    def start(self, text: str) -> None:
        self.label.setText(text)
        self.show()

    def stop(self) -> None:
        self.hide()

    @property
    def running(self) -> bool:
        return not self.isHidden()


def _private(dialog: QFileDialog, name: str) -> QFileDialog:
    dialog.setObjectName(name)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setDirectory(QDir.homePath())
    dialog.setHistory([])

    def forget(_result: int) -> None:
        dialog.setHistory([])
        dialog.setDirectory(QDir.homePath())
        dialog.deleteLater()

    dialog.finished.connect(forget)
    return dialog


def choose_save(parent: QWidget | None, *, name: str, title: str, suggested: str,
                filters: list[str], on_chosen: Callable[[Path], None]) -> QFileDialog:
    """Where to write a new file; Qt asks before replacing an existing one."""
    dialog = _private(QFileDialog(parent, title), name)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setNameFilters(filters)
    dialog.selectFile(suggested)
    dialog.fileSelected.connect(lambda chosen: on_chosen(Path(chosen)))
    dialog.open()
    return dialog


def choose_open(parent: QWidget | None, *, name: str, title: str, filters: list[str],
                on_chosen: Callable[[Path], None]) -> QFileDialog:
    dialog = _private(QFileDialog(parent, title), name)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setNameFilters(filters)
    dialog.fileSelected.connect(lambda chosen: on_chosen(Path(chosen)))
    dialog.open()
    return dialog


def export_filters() -> list[str]:
    return [translate("DataCommon", "Encrypted exports (*.mpiexp)"),
            translate("DataCommon", "JSON files (*.json)"),
            translate("DataCommon", "All files (*)")]


def backup_filters() -> list[str]:
    return [translate("DataCommon", "MPI Desktop backups (*.mpibak)"),
            translate("DataCommon", "All files (*)")]
