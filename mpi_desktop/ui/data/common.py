"""What the data dialogs share: a busy line, section names, file filters.

File choosers come from ``mpi_desktop.ui.files`` (Qt's own dialog, no "recent
files" trace, never blocking); they are re-exported here for the data dialogs.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from mpi_desktop.i18n import translate
from mpi_desktop.ui.files import choose_open, choose_save

__all__ = ["BusyLine", "backup_filters", "choose_open", "choose_save", "export_filters",
           "ordered", "section_label"]

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


def export_filters() -> list[str]:
    return [translate("DataCommon", "Encrypted exports (*.mpiexp)"),
            translate("DataCommon", "JSON files (*.json)"),
            translate("DataCommon", "All files (*)")]


def backup_filters() -> list[str]:
    return [translate("DataCommon", "MPI Desktop backups (*.mpibak)"),
            translate("DataCommon", "All files (*)")]
