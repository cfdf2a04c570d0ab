"""One CEM session: its header (type, number, date, institutions, packet settings),
its status, and four tabs — agenda, summaries for CEM, packet, acuerdos."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop.domain import catalogs
from mpi_desktop.domain import cem as dc
from mpi_desktop.domain.cem import CemSession
from mpi_desktop.i18n import translate
from mpi_desktop.storage.cem_ops import CemOps, SessionView
from mpi_desktop.texts import cem as texts
from mpi_desktop.ui.cem.acuerdos_tab import AcuerdosTab
from mpi_desktop.ui.cem.agenda_tab import AgendaTab
from mpi_desktop.ui.cem.common import ID_ROLE, run
from mpi_desktop.ui.cem.packet_tab import PacketTab
from mpi_desktop.ui.cem.summary_tab import SummaryTab
from mpi_desktop.ui.session import Session


class SessionPanel(QWidget):
    changed = Signal()
    deleted = Signal()
    status_message = Signal(str)
    open_case = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cemSessionPanel")
        self.session = session
        self.ops = CemOps(session.vault)
        self.session_id: str | None = None
        self.view: SessionView | None = None
        self.title = QLabel(self)
        self.title.setObjectName("cemSessionTitle")
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.status = QLabel(self)
        self.status.setObjectName("cemStatusLabel")
        self.status_buttons: dict[str, QPushButton] = {}
        status_row = QHBoxLayout()
        status_row.addWidget(self.title, 1)
        status_row.addWidget(self.status)
        for target in dc.STATUSES:
            button = QPushButton(self)
            button.setObjectName(f"cemStatus_{target}")
            button.clicked.connect(lambda _c=False, t=target: self.move_to(t))
            self.status_buttons[target] = button
            status_row.addWidget(button)

        self.kind = QComboBox(self)
        self.kind.setObjectName("cemKind")
        self.number = QSpinBox(self)
        self.number.setObjectName("cemNumber")
        self.number.setRange(1, dc.MAX_NUMBER)
        self.year = QSpinBox(self)
        self.year.setObjectName("cemYear")
        self.year.setRange(2000, 2100)
        self.held_on = QDateEdit(self)
        self.held_on.setObjectName("cemDate")
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat("dd/MM/yyyy")
        self.place = QComboBox(self)
        self.place.setObjectName("cemPlace")
        self.pseudonyms = QComboBox(self)
        self.pseudonyms.setObjectName("cemPseudonyms")
        self.institutions = QListWidget(self)
        self.institutions.setObjectName("cemInstitutions")
        self.institutions.setMaximumHeight(120)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("cemNotes")
        self.notes.setMaximumHeight(60)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("cemSaveSession")
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("cemDeleteSession")
        self.delete_button.clicked.connect(self.ask_delete)
        self.form = QFormLayout()
        numbers = QHBoxLayout()
        numbers.addWidget(self.kind, 2)
        numbers.addWidget(self.number)
        numbers.addWidget(self.year)
        numbers.addWidget(self.held_on)
        self.form.addRow(QLabel(self), numbers)
        settings = QHBoxLayout()
        settings.addWidget(self.place, 1)
        settings.addWidget(self.pseudonyms, 1)
        self.form.addRow(QLabel(self), settings)
        self.form.addRow(QLabel(self), self.institutions)
        self.form.addRow(QLabel(self), self.notes)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)

        self.agenda = AgendaTab(session, self)
        self.summaries = SummaryTab(session, self)
        self.packet = PacketTab(session, self)
        self.acuerdos = AcuerdosTab(session, self)
        for tab in (self.agenda, self.summaries, self.packet, self.acuerdos):
            tab.changed.connect(self.reload)
            tab.status_message.connect(self.status_message)
        self.agenda.open_case.connect(self.open_case)
        self.packet.edit_summary.connect(self._edit_summary)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("cemTabs")
        for tab in (self.agenda, self.summaries, self.packet, self.acuerdos):
            self.tabs.addTab(tab, "")
        layout = QVBoxLayout(self)
        layout.addLayout(status_row)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        layout.addWidget(self.tabs, 1)
        self._confirm: QMessageBox | None = None
        self.retranslate()

    def retranslate(self) -> None:
        lang = texts.lang()
        self.kind.clear()
        for code, text in catalogs.get("cem_session_types").choices(lang):
            self.kind.addItem(text, code)
        self.place.clear()
        for code in dc.PLACE_GRANULARITIES:
            self.place.addItem(texts.granularity_label(code), code)
        self.pseudonyms.clear()
        for code in dc.PSEUDONYM_STYLES:
            self.pseudonyms.addItem(texts.pseudonym_style_label(code), code)
        self.institutions.clear()
        for entry in catalogs.get("institutions").entries:
            if not entry.active:
                continue
            abbr = entry.get("abbr")
            item = QListWidgetItem(f"{abbr} — {entry.label(lang)}" if abbr else entry.label(lang))
            item.setData(ID_ROLE, entry.code)
            item.setCheckState(item.checkState().Unchecked)
            self.institutions.addItem(item)
        labels = (translate("CemSession", "Session"), translate("CemSession", "Packet"),
                  translate("CemSession", "Attending institutions"),
                  translate("CemSession", "Notes"))
        for row, text in enumerate(labels):
            cell = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            widget = cell.widget() if cell is not None else None
            if isinstance(widget, QLabel):
                widget.setText(text)
        self.kind.setToolTip(translate("CemSession", "Type of session"))
        self.number.setToolTip(translate("CemSession", "Session number in the year"))
        self.place.setToolTip(translate(
            "CemSession", "How the packet shows places: the alcaldía, or only the zone of the "
            "city (more protective when few cases come from one alcaldía)."))
        self.pseudonyms.setToolTip(translate("CemSession", "How the packet names people"))
        self.save_button.setText(translate("CemSession", "&Save session"))
        self.delete_button.setText(translate("CemSession", "Delete session"))
        for target, button in self.status_buttons.items():
            button.setText(texts.status_action(target))
        for i, title in enumerate((translate("CemSession", "Agenda"),
                                   translate("CemSession", "Summaries for CEM"),
                                   translate("CemSession", "Packet"),
                                   translate("CemSession", "Acuerdos"))):
            self.tabs.setTabText(i, title)

    # --- loading ---------------------------------------------------------------------------------
    def load(self, session_id: str) -> None:
        if self.session_id and self.session_id != session_id:
            self.summaries.flush()
        self.session_id = session_id
        self.reload()

    def reload(self) -> None:
        if not self.session_id:
            return
        session_id = self.session_id
        run(self.session, self, lambda: self.ops.view(session_id), on_done=self._loaded)

    def _loaded(self, view: SessionView) -> None:
        if view.session.id != self.session_id:
            return
        self.view = view
        s = view.session
        self.title.setText(texts.session_title(s))
        self.status.setText(texts.status_label(s.status))
        allowed = dc.TRANSITIONS.get(s.status, frozenset())
        for target, button in self.status_buttons.items():
            button.setVisible(target in allowed)
        self._set_combo(self.kind, s.kind)
        self.number.setValue(s.number)
        self.year.setValue(s.year)
        self.held_on.setDate(QDate(s.held_on.year, s.held_on.month, s.held_on.day))
        self._set_combo(self.place, s.place_granularity)
        self._set_combo(self.pseudonyms, s.pseudonym_style)
        for i in range(self.institutions.count()):
            item = self.institutions.item(i)
            checked = item.data(ID_ROLE) in s.institutions
            item.setCheckState(item.checkState().Checked if checked
                               else item.checkState().Unchecked)
        self.notes.setPlainText(s.notes)
        editable = s.editable
        for w in (self.kind, self.number, self.year, self.held_on, self.place, self.pseudonyms,
                  self.institutions, self.notes, self.save_button):
            w.setEnabled(editable)
        self.delete_button.setEnabled(editable and not view.acuerdos)
        for tab in (self.agenda, self.summaries, self.packet, self.acuerdos):
            tab.set_view(view)

    @staticmethod
    def _set_combo(combo: QComboBox, code: str) -> None:
        index = combo.findData(code)
        combo.setCurrentIndex(max(index, 0))

    def clear(self) -> None:
        """Interview mode: forget what is shown."""
        self.view = None
        for tab in (self.agenda, self.summaries, self.packet, self.acuerdos):
            tab.clear()

    # --- editing ---------------------------------------------------------------------------------
    def edited_session(self) -> CemSession | None:
        if self.view is None:
            return None
        d = self.held_on.date()
        chosen = tuple(str(self.institutions.item(i).data(ID_ROLE))
                       for i in range(self.institutions.count())
                       if self.institutions.item(i).checkState() ==
                       self.institutions.item(i).checkState().Checked)
        return replace(self.view.session, kind=str(self.kind.currentData()),
                       number=self.number.value(), year=self.year.value(),
                       held_on=date(d.year(), d.month(), d.day()),
                       place_granularity=str(self.place.currentData()),
                       pseudonym_style=str(self.pseudonyms.currentData()),
                       institutions=chosen, notes=self.notes.toPlainText())

    def save(self) -> None:
        edited = self.edited_session()
        if edited is None:
            return
        run(self.session, self, lambda: self.ops.update_session(edited),
            on_done=self._saved)

    def _saved(self, s: CemSession) -> None:
        self.status_message.emit(translate("CemSession", "Session saved."))
        self.reload()
        self.changed.emit()

    def move_to(self, target: str) -> None:
        if not self.session_id:
            return
        session_id = self.session_id
        self.summaries.flush()
        run(self.session, self, lambda: self.ops.set_status(session_id, target),
            on_done=self._moved)

    def _moved(self, _session: CemSession) -> None:
        self.reload()
        self.changed.emit()

    def ask_delete(self) -> None:
        if self.view is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, translate("CemSession", "Delete session"),
                          translate("CemSession", "Delete {title} with its agenda? Summaries "
                                    "for CEM stay with their cases.").format(
                              title=texts.session_title(self.view.session)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("cemConfirmDelete")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(lambda result: self._delete_answered(result))
        self._confirm = box
        box.open()

    def _delete_answered(self, result: int) -> None:
        if result != QMessageBox.StandardButton.Yes or not self.session_id:
            return
        session_id = self.session_id
        run(self.session, self, lambda: self.ops.delete_session(session_id),
            on_done=lambda _r: self.deleted.emit())

    def _edit_summary(self, case_id: str) -> None:
        self.tabs.setCurrentWidget(self.summaries)
        self.summaries.select_case(case_id)

    def prepare_lock(self) -> None:
        self.summaries.flush(synchronous=True)
        self.packet.cancel()
        if self._confirm is not None:
            self._confirm.close()
