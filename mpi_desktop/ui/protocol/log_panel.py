"""Follow-up date, the review's own notes, and what happened around the checklist."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop.domain import catalogs
from mpi_desktop.domain import dv_review as dr
from mpi_desktop.domain.dv_review import Review
from mpi_desktop.domain.timeutil import today_local
from mpi_desktop.i18n import current_language, translate
from mpi_desktop.texts.protocol import event_label
from mpi_desktop.ui.protocol.evidence_panel import local_time
from mpi_desktop.ui.protocol.notes import NotesEdit


class FollowUpPanel(QWidget):
    #: Keyword changes for ``set_details`` (follow_up_on=…, notes=…).
    changed = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpPanel")
        self.has_date = QCheckBox(translate("Protocol", "Follow-up agreed for"))
        self.has_date.setObjectName("followUpSet")
        self.date = QDateEdit()
        self.date.setObjectName("followUpDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setEnabled(False)
        self.notes = NotesEdit(self, max_height=160)
        self.notes.setObjectName("reviewNotes")
        self.notes.setPlaceholderText(translate(
            "Protocol", "Summary of the session, agreements, pending tasks (saved "
            "automatically)"))
        self.events = QListWidget()
        self.events.setObjectName("reviewEventsList")
        self.has_date.toggled.connect(self._date_toggled)
        self.date.dateChanged.connect(lambda _d: self._emit_date())
        self.notes.committed.connect(lambda text: self.changed.emit({"notes": text}))
        row = QHBoxLayout()
        row.addWidget(self.has_date)
        row.addWidget(self.date)
        row.addStretch(1)
        form = QFormLayout()
        form.addRow(row)
        form.addRow(translate("Protocol", "Notes"), self.notes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(translate("Protocol", "Record of the review")))
        layout.addWidget(self.events, 1)

    def _date_toggled(self, on: bool) -> None:
        self.date.setEnabled(on)
        today = today_local()
        if on and self.date.date() < QDate(today.year, today.month, today.day):
            self.date.blockSignals(True)
            self.date.setDate(QDate(today.year, today.month, today.day))
            self.date.blockSignals(False)
        self._emit_date()

    def _emit_date(self) -> None:
        value: date | None = None
        if self.has_date.isChecked():
            d = self.date.date()
            value = date(d.year(), d.month(), d.day())
        self.changed.emit({"follow_up_on": value})

    def set_follow_up(self, value: date | None) -> None:
        """Choose a date as the user would (keyboard and tests)."""
        if value is None:
            self.has_date.setChecked(False)
            return
        self.date.blockSignals(True)
        self.date.setDate(QDate(value.year, value.month, value.day))
        self.date.blockSignals(False)
        if self.has_date.isChecked():
            self._emit_date()
        else:
            self.has_date.setChecked(True)

    def show_review(self, review: Review) -> None:
        self.has_date.blockSignals(True)
        self.date.blockSignals(True)
        self.has_date.setChecked(review.follow_up_on is not None)
        self.date.setEnabled(review.follow_up_on is not None)
        if review.follow_up_on is not None:
            f = review.follow_up_on
            self.date.setDate(QDate(f.year, f.month, f.day))
        self.has_date.blockSignals(False)
        self.date.blockSignals(False)
        self.notes.set_saved_text(review.notes)
        self.show_events(review)

    def show_events(self, review: Review) -> None:
        self.events.clear()
        lang = current_language()
        measures = catalogs.get("measures")
        for event in review.events:
            parts = [local_time(event.at), event.actor, event_label(event.kind)]
            if event.codes:
                parts.append(", ".join(measures.label(c, lang) for c in event.codes))
            if event.kind == dr.GATE_DISMISSED and event.notes:
                parts.append(event.notes)
            self.events.addItem(" — ".join(parts))
        if not review.events:
            self.events.addItem(translate("Protocol", "Nothing recorded yet."))
