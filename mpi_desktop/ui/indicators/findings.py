"""The "Hallazgos" section: the registry of the open-source monitoring (mapeo de agresiones)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop.domain.findings import Finding
from mpi_desktop.i18n import translate
from mpi_desktop.storage import drafts
from mpi_desktop.storage import findings as sf
from mpi_desktop.storage.drafts import Draft
from mpi_desktop.storage.findings import PAGE, FindingFilter, FindingRow, Findings
from mpi_desktop.storage.vault import Vault
from mpi_desktop.ui.cases.fields import ChoiceField, DateField
from mpi_desktop.ui.cases.labels import fmt_date
from mpi_desktop.ui.cases.labels import label as catalog_label
from mpi_desktop.ui.indicators.common import (
    CASES_KEY,
    FINDINGS_KEY,
    Coverable,
    alive,
    confirm,
    heading,
    run,
)
from mpi_desktop.ui.indicators.finding_form import FindingDialog
from mpi_desktop.ui.indicators.form_drafts import SectionDrafts
from mpi_desktop.ui.record_table import RowsModel, record_table
from mpi_desktop.ui.sections import Section, SectionSpec
from mpi_desktop.ui.session import Session

_Index = QModelIndex | QPersistentModelIndex
FILTER_DELAY_MS = 300
SUMMARY_CHARS = 120


class FindingModel(RowsModel):
    COLUMNS = ("found_on", "aggression_type", "alcaldia", "source", "summary", "folio")

    rows: list[FindingRow]

    def titles(self) -> tuple[str, ...]:
        return (translate("Findings", "Date"), translate("Findings", "Aggression"),
                translate("Findings", "Alcaldía"), translate("Findings", "Source"),
                translate("Findings", "Summary"), translate("Findings", "Case"))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            summary = " ".join(row.summary.split())
            if len(summary) > SUMMARY_CHARS:
                summary = summary[:SUMMARY_CHARS - 1] + "…"
            source = catalog_label("finding_sources", row.source)
            values = {
                "found_on": fmt_date(row.found_on),
                "aggression_type": catalog_label("aggression_types", row.aggression_type),
                "alcaldia": catalog_label("alcaldias", row.alcaldia),
                "source": f"{source} · {row.outlet}" if row.outlet else source,
                "summary": summary,
                "folio": row.folio or "",
            }
            return values[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == "summary":
            return row.summary
        return None


class FindingsSection(Section):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("findingsSection")
        self.ops = Findings(session.vault)
        self.dialog: FindingDialog | None = None
        self.title = heading(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.text = QLineEdit(self)
        self.text.setObjectName("findingsText")
        self.text.setClearButtonEnabled(True)
        self.first = DateField("first", translate("Findings", "From"), self)
        self.last = DateField("last", translate("Findings", "To"), self)
        self.aggression = ChoiceField("aggression_type", translate("Findings", "Aggression"),
                                      catalog="aggression_types",
                                      blank=translate("Findings", "Every aggression"),
                                      parent=self)
        self.alcaldia = ChoiceField("alcaldia", translate("Findings", "Alcaldía"),
                                    catalog="alcaldias",
                                    blank=translate("Findings", "Every alcaldía"), parent=self)
        for f in (self.first, self.last, self.aggression, self.alcaldia):
            f.apply_names("findingsFilter_")
        self.linked_only = QCheckBox(self)
        self.linked_only.setObjectName("findingsLinkedOnly")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("findingsCount")
        self.model = FindingModel(self)
        self.table = record_table(self, name="findingsTable", model=self.model,
                                  stretch="summary", on_activated=self.edit_selected,
                                  wrap=False)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("findingNew")
        self.new_button.clicked.connect(self.new)
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("findingEdit")
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("findingDelete")
        self.delete_button.clicked.connect(self.delete_selected)
        self.open_case_button = QPushButton(self)
        self.open_case_button.setObjectName("findingOpenCase")
        self.open_case_button.clicked.connect(self.open_case)
        QShortcut(QKeySequence.StandardKey.New, self, self.new,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        vault = session.vault
        self.form_drafts = SectionDrafts(
            session, kind=drafts.EDIT_FINDING, owner=self,
            load_record=lambda fid: _find(vault, fid), open_editor=self._open_draft)

        filters = QHBoxLayout()
        filters.addWidget(self.text, 2)
        self.from_label = QLabel(self)
        self.to_label = QLabel(self)
        filters.addWidget(self.from_label)
        filters.addWidget(self.first.widget)
        filters.addWidget(self.to_label)
        filters.addWidget(self.last.widget)
        filters.addWidget(self.aggression.widget, 1)
        filters.addWidget(self.alcaldia.widget, 1)
        filters.addWidget(self.linked_only)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.open_case_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        content = QWidget(self)
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.form_drafts.banner)
        inner.addLayout(filters)
        inner.addLayout(buttons)
        inner.addWidget(self.table, 1)
        self.cover = Coverable(content, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(self.cover, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        for f in (self.first, self.last, self.aggression, self.alcaldia):
            f.changed.connect(self._timer.start)
        self.text.textChanged.connect(lambda _t: self._timer.start())
        self.linked_only.toggled.connect(lambda _c: self.refresh())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.retranslate()
        self._update_buttons()
        self.refresh()

    def retranslate(self) -> None:
        self.title.setText(translate("Findings", "Mapping of aggressions: open-source findings"))
        self.intro.setText(translate(
            "Findings", "What the monitoring of open sources found about aggressions against "
            "journalists and human-rights defenders. A finding may be linked to a case; it "
            "counts for indicator III.III of the annual plan."))
        self.text.setPlaceholderText(translate("Findings", "Search in summary, outlet or URL"))
        self.text.setAccessibleName(translate("Findings", "Search findings"))
        self.from_label.setText(translate("Findings", "From"))
        self.to_label.setText(translate("Findings", "to"))
        self.linked_only.setText(translate("Findings", "Linked to a case"))
        self.new_button.setText(translate("Findings", "&New finding"))
        self.edit_button.setText(translate("Findings", "&Edit"))
        self.delete_button.setText(translate("Findings", "&Delete"))
        self.open_case_button.setText(translate("Findings", "&Open case"))
        self.table.setAccessibleName(translate("Findings", "Findings"))
        self.cover.retranslate()

    def current_filter(self) -> FindingFilter:
        return FindingFilter(first=self.first.value(), last=self.last.value(),
                             aggression_type=self.aggression.value() or None,
                             alcaldia=self.alcaldia.value() or None,
                             text=self.text.text().strip(),
                             linked_only=self.linked_only.isChecked())

    def refresh(self) -> None:
        f = self.current_filter()
        run(self.session, self, lambda: self.ops.rows(f), on_done=self._loaded)
        self.form_drafts.refresh()

    def _loaded(self, result: object) -> None:
        assert isinstance(result, tuple)
        rows: list[FindingRow] = result[0]
        total: int = result[1]
        self.model.set_rows(rows)
        if total > len(rows):
            text = translate("Findings", "{total} findings; the newest {shown} are shown.")
        else:
            text = translate("Findings", "{total} findings.")
        self.count_label.setText(text.format(total=total, shown=min(total, PAGE)))
        self._update_buttons()

    def selected(self) -> FindingRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        row = self.selected()
        self.edit_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None)
        self.open_case_button.setEnabled(row is not None and row.case_id is not None)

    # -- actions --------------------------------------------------------------------------------
    def new(self) -> None:
        self._open(None)

    def edit_selected(self) -> None:
        row = self.selected()
        if row is not None:
            run(self.session, self, lambda: self.ops.get(row.id), on_done=self._open)

    def _open(self, finding: object, draft: Draft | None = None) -> None:
        if self.cover.covered:
            return
        if alive(self.dialog) and self.dialog is not None:
            if self.dialog.isVisible():
                self.dialog.raise_()
                return
            self.dialog.deleteLater()  # the previous editor, closed: keep one at most
        dialog = FindingDialog(self.session, finding if isinstance(finding, Finding) else None,
                               self)
        if draft is not None:
            dialog.restore(draft)
        dialog.saved.connect(self._saved)
        dialog.finished.connect(lambda _r: self.form_drafts.refresh())
        self.dialog = dialog
        dialog.open()

    def _open_draft(self, finding: object, draft: Draft) -> None:
        self._open(finding, draft)

    def _saved(self, _finding: object) -> None:
        self.status_message.emit(translate("Findings", "Finding saved."))
        self.refresh()

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        confirm(self, title=translate("Findings", "Delete finding"),
                text=translate("Findings", "Delete the finding of {date}? This cannot be "
                               "undone.").format(date=fmt_date(row.found_on)),
                object_name="findingDeleteConfirm", on_yes=lambda: self.delete(row.id))

    def delete(self, finding_id: str) -> None:
        run(self.session, self, lambda: self.ops.delete(finding_id), on_done=self._deleted)

    def _deleted(self, _result: object) -> None:
        self.status_message.emit(translate("Findings", "Finding deleted."))
        self.refresh()

    def open_case(self) -> None:
        row = self.selected()
        if row is not None and row.case_id:
            self.navigate.emit(CASES_KEY, row.case_id)

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


def _find(vault: Vault, finding_id: str) -> Finding | None:
    """The finding a draft edits, or None if it was deleted since."""
    with vault.read() as conn:
        return sf.get(conn, finding_id)


def _title() -> str:
    return translate("Sections", "Findings")


SPEC = SectionSpec(key=FINDINGS_KEY, title=_title, factory=FindingsSection, order=50,
                   shortcut="Ctrl+8")
