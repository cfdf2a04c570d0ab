"""The "Talleres" section: self-protection workshops of a year and progress to the goal."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop.domain import workshops as dw
from mpi_desktop.domain.timeutil import today_local
from mpi_desktop.i18n import translate
from mpi_desktop.storage import drafts
from mpi_desktop.storage import workshops as sw
from mpi_desktop.storage.drafts import Draft
from mpi_desktop.storage.vault import Vault
from mpi_desktop.storage.workshops import WorkshopRow, Workshops
from mpi_desktop.texts import indicators as t
from mpi_desktop.ui.cases.labels import fmt_date
from mpi_desktop.ui.cases.labels import label as catalog_label
from mpi_desktop.ui.indicators.common import (
    WORKSHOPS_KEY,
    Coverable,
    alive,
    confirm,
    fmt_score,
    heading,
    run,
)
from mpi_desktop.ui.indicators.form_drafts import SectionDrafts
from mpi_desktop.ui.indicators.workshop_form import WorkshopDialog
from mpi_desktop.ui.record_table import RowsModel, record_table
from mpi_desktop.ui.sections import Section, SectionSpec
from mpi_desktop.ui.session import Session

_Index = QModelIndex | QPersistentModelIndex


class WorkshopModel(RowsModel):
    COLUMNS = ("held_on", "status", "modality", "title", "alcaldia", "attendees", "evaluation")

    rows: list[WorkshopRow]

    def titles(self) -> tuple[str, ...]:
        return (translate("Workshops", "Date"), translate("Workshops", "Status"),
                translate("Workshops", "Modality"), translate("Workshops", "Workshop"),
                translate("Workshops", "Alcaldía"), translate("Workshops", "Attendance"),
                translate("Workshops", "Evaluation (before → after)"))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            topics = ", ".join(catalog_label("workshop_topics", c) for c in row.topics)
            values = {
                "held_on": fmt_date(row.held_on),
                "status": t.workshop_status_label(row.status),
                "modality": t.modality_label(row.modality),
                "title": row.title or topics,
                "alcaldia": catalog_label("alcaldias", row.alcaldia),
                "attendees": str(row.attendees),
                "evaluation": (f"{fmt_score(row.pre_score)} → {fmt_score(row.post_score)}"
                               if row.pre_score is not None or row.post_score is not None
                               else ""),
            }
            return values[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == "title":
            return ", ".join(catalog_label("workshop_topics", c) for c in row.topics)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "attendees":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class WorkshopsSection(Section):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("workshopsSection")
        self.ops = Workshops(session.vault)
        self.dialog: WorkshopDialog | None = None
        self.title = heading(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.year = QComboBox(self)
        self.year.setObjectName("workshopsYear")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("workshopsProgress")
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("workshopsProgressLabel")
        self.model = WorkshopModel(self)
        self.table = record_table(self, name="workshopsTable", model=self.model,
                                  stretch="title", on_activated=self.edit_selected)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("workshopNew")
        self.new_button.clicked.connect(self.new)
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("workshopEdit")
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("workshopDelete")
        self.delete_button.clicked.connect(self.delete_selected)
        self.empty = QLabel(self)
        self.empty.setObjectName("workshopsEmpty")
        QShortcut(QKeySequence.StandardKey.New, self, self.new,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        vault = session.vault
        self.form_drafts = SectionDrafts(
            session, kind=drafts.EDIT_WORKSHOP, owner=self,
            load_record=lambda wid: _find(vault, wid),
            open_editor=self._open_draft)

        content = QWidget(self)
        top = QHBoxLayout()
        top.addWidget(self.year)
        top.addWidget(self.progress, 1)
        top.addWidget(self.progress_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.form_drafts.banner)
        inner.addLayout(top)
        inner.addLayout(buttons)
        inner.addWidget(self.table, 1)
        inner.addWidget(self.empty)
        self.cover = Coverable(content, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(self.cover, 1)

        self._year = today_local().year
        self._fill_years([])
        self.year.currentIndexChanged.connect(self._year_changed)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.retranslate()
        self._update_buttons()
        self.refresh()

    def retranslate(self) -> None:
        self.title.setText(translate("Workshops", "Self-protection workshops"))
        self.intro.setText(translate(
            "Workshops", "Individual and collective workshops, their attendance and a short "
            "learning evaluation. The annual plan's goal is at least {goal} workshops a year."
        ).format(goal=dw.YEARLY_GOAL))
        self.year.setAccessibleName(translate("Workshops", "Year"))
        self.new_button.setText(translate("Workshops", "&New workshop"))
        self.edit_button.setText(translate("Workshops", "&Edit"))
        self.delete_button.setText(translate("Workshops", "&Delete"))
        self.table.setAccessibleName(translate("Workshops", "Workshops of the year"))
        self.cover.retranslate()

    # -- data -----------------------------------------------------------------------------
    def refresh(self) -> None:
        year = self._year
        ops = self.ops

        def load() -> tuple[list[WorkshopRow], dw.YearProgress, list[int]]:
            with ops.vault.read() as conn:
                return (sw.list_rows(conn, year=year), sw.year_progress(conn, year),
                        sw.years(conn))

        run(self.session, self, load, on_done=self._loaded)
        self.form_drafts.refresh()

    def _loaded(self, result: object) -> None:
        assert isinstance(result, tuple)
        rows: list[WorkshopRow] = result[0]
        progress: dw.YearProgress = result[1]
        years: list[int] = result[2]
        self._fill_years(years)
        self.model.set_rows(rows)
        self.show_progress(progress)
        self.empty.setVisible(not rows)
        self.empty.setText(translate("Workshops", "No workshops recorded in {year}.").format(
            year=self._year))
        self._update_buttons()

    def show_progress(self, progress: dw.YearProgress) -> None:
        self.progress.setRange(0, progress.goal)
        self.progress.setValue(min(progress.held, progress.goal))
        self.progress.setFormat(f"{progress.held} / {progress.goal}")
        if progress.reached:
            text = translate("Workshops", "{year}: {held} workshops held — the goal of {goal} "
                             "is reached.")
        else:
            text = translate("Workshops", "{year}: {held} of {goal} workshops held; "
                             "{remaining} to go.")
        text = text.format(year=progress.year, held=progress.held, goal=progress.goal,
                           remaining=progress.remaining)
        if progress.scheduled:
            text += " " + translate("Workshops", "{n} scheduled.").format(n=progress.scheduled)
        self.progress_label.setText(text)

    def _fill_years(self, years: list[int]) -> None:
        wanted = sorted({*years, today_local().year, self._year}, reverse=True)
        current = [self.year.itemData(i) for i in range(self.year.count())]
        if current == wanted:
            return
        self.year.blockSignals(True)
        self.year.clear()
        for y in wanted:
            self.year.addItem(str(y), y)
        self.year.setCurrentIndex(self.year.findData(self._year))
        self.year.blockSignals(False)

    def _year_changed(self) -> None:
        data = self.year.currentData()
        if isinstance(data, int):
            self._year = data
            self.refresh()

    def selected(self) -> WorkshopRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    # -- actions --------------------------------------------------------------------------------
    def new(self) -> None:
        self._open(None)

    def edit_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        run(self.session, self, lambda: self.ops.get(row.id), on_done=self._open)

    def _open(self, workshop: object, draft: Draft | None = None) -> None:
        if self.cover.covered:
            return
        if alive(self.dialog) and self.dialog is not None:
            if self.dialog.isVisible():
                self.dialog.raise_()
                return
            self.dialog.deleteLater()  # the previous editor, closed: keep one at most
        dialog = WorkshopDialog(self.session,
                                workshop if isinstance(workshop, dw.Workshop) else None, self)
        if draft is not None:
            dialog.restore(draft)
        dialog.saved.connect(self._saved)
        dialog.finished.connect(lambda _r: self.form_drafts.refresh())
        self.dialog = dialog
        dialog.open()

    def _open_draft(self, workshop: object, draft: Draft) -> None:
        self._open(workshop, draft)

    def _saved(self, workshop: object) -> None:
        assert isinstance(workshop, dw.Workshop)
        self._year = workshop.held_on.year
        self.status_message.emit(translate("Workshops", "Workshop saved."))
        self.refresh()

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        confirm(self, title=translate("Workshops", "Delete workshop"),
                text=translate("Workshops", "Delete the workshop of {date} and its attendance "
                               "list? This cannot be undone.").format(date=fmt_date(row.held_on)),
                object_name="workshopDeleteConfirm", on_yes=lambda: self.delete(row.id))

    def delete(self, workshop_id: str) -> None:
        run(self.session, self, lambda: self.ops.delete(workshop_id), on_done=self._deleted)

    def _deleted(self, _result: object) -> None:
        self.status_message.emit(translate("Workshops", "Workshop deleted."))
        self.refresh()

    # -- hooks ----------------------------------------------------------------------------------
    def prepare_lock(self) -> None:
        """What the editor holds becomes a draft, offered back after unlocking."""
        if alive(self.dialog) and self.dialog is not None:
            self.dialog.prepare_lock()

    def set_interview_mode(self, on: bool) -> None:
        if on:
            self.prepare_lock()  # kept as a draft, offered back afterwards
        self.cover.set_covered(on)
        if not on:
            self.form_drafts.refresh()


def _find(vault: Vault, workshop_id: str) -> dw.Workshop | None:
    """The workshop a draft edits, or None if it was deleted since."""
    with vault.read() as conn:
        return sw.get(conn, workshop_id)


def _title() -> str:
    return translate("Sections", "Workshops")


SPEC = SectionSpec(key=WORKSHOPS_KEY, title=_title, factory=WorkshopsSection, order=40,
                   shortcut="Ctrl+7")
