"""The "Sesiones CEM" section: the list of sessions and the open session.

Creating a session is one click (type ordinary, next number, today, the
institutions that sit in the CEM); everything is then edited in place.  In
interview mode the section shows nothing: only the case in front of the
caseworker may be on screen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop.domain.cem import CemSession, default_institutions
from mpi_desktop.domain.timeutil import today_local
from mpi_desktop.i18n import translate
from mpi_desktop.storage import cem
from mpi_desktop.storage.cem_ops import CemOps
from mpi_desktop.texts import cem as texts
from mpi_desktop.ui.cem.common import ID_ROLE, run, tree
from mpi_desktop.ui.cem.session_panel import SessionPanel
from mpi_desktop.ui.sections import Section, SectionSpec
from mpi_desktop.ui.session import Session


class CemSection(Section):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("cemSection")
        self.ops = CemOps(session.vault)
        self.interview = False
        self.rows: list[cem.SessionRow] = []
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("cemNewSessionButton")
        self.new_button.clicked.connect(self.new_session)
        self.list = tree("cemSessionList", self)
        self.list.currentItemChanged.connect(self._selected)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.new_button)
        left_layout.addLayout(top)
        left_layout.addWidget(self.list, 1)
        self.panel = SessionPanel(session, self)
        self.panel.changed.connect(self.refresh)
        self.panel.deleted.connect(self._deleted)
        self.panel.status_message.connect(self.status_message)
        self.panel.open_case.connect(lambda case_id: self.navigate.emit("cases", case_id))
        self.empty = QLabel(self)
        self.empty.setObjectName("cemEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        # The open session (header, form and tabs) is taller than a 1280×720 laptop
        # screen leaves: it scrolls instead of forcing the main window taller.
        self.session_scroll = QScrollArea(self)
        self.session_scroll.setObjectName("cemSessionScroll")
        self.session_scroll.setWidgetResizable(True)
        self.session_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.session_scroll.setWidget(self.panel)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("cemStack")
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.session_scroll)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 3)
        self.hidden = QLabel(self)
        self.hidden.setObjectName("cemInterviewHidden")
        self.hidden.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.outer = QStackedWidget(self)
        self.outer.addWidget(self.splitter)
        self.outer.addWidget(self.hidden)
        layout = QVBoxLayout(self)
        layout.addWidget(self.outer)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(translate("CemSection", "CEM sessions"))
        self.new_button.setText(translate("CemSection", "&New session"))
        self.new_button.setToolTip(translate(
            "CemSection", "An ordinary session with the next number, today's date and the "
            "institutions that sit in the CEM; change anything afterwards."))
        self.list.setHeaderLabels([translate("CemSection", "Date"),
                                   translate("CemSection", "Session"),
                                   translate("CemSection", "Status"),
                                   translate("CemSection", "Cases")])
        self.empty.setText(translate(
            "CemSection", "Choose a session, or create one to prepare its agenda and packet."))
        self.hidden.setText(translate("CemSection", "Interview mode: CEM sessions are hidden."))

    # --- data --------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        if self.interview:
            return
        run(self.session, self, self.ops.sessions, on_done=self._loaded)

    def _loaded(self, rows: list[cem.SessionRow]) -> None:
        if self.interview:
            return
        self.rows = rows
        current = self.panel.session_id
        self.list.blockSignals(True)
        self.list.clear()
        for r in rows:
            s = r.session
            item = QTreeWidgetItem([s.held_on.strftime("%d/%m/%Y"), texts.session_title(s),
                                    texts.status_label(s.status), str(r.cases)])
            item.setData(0, ID_ROLE, s.id)
            self.list.addTopLevelItem(item)
            if s.id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if current and not any(r.session.id == current for r in rows):
            self.stack.setCurrentWidget(self.empty)

    def _selected(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None
                  ) -> None:
        if item is None:
            return
        self.open_session(str(item.data(0, ID_ROLE)))

    def open_session(self, session_id: str) -> None:
        self.stack.setCurrentWidget(self.session_scroll)
        self.panel.load(session_id)

    def new_session(self) -> None:
        today = today_local()

        def create() -> CemSession:
            number = self.ops.next_number(today.year, "ordinaria")
            return self.ops.create_session(CemSession(
                number=number, year=today.year, kind="ordinaria", held_on=today,
                institutions=default_institutions()))

        run(self.session, self, create, on_done=self._created)

    def _created(self, s: CemSession) -> None:
        self.status_message.emit(translate("CemSection", "Session {title} created.").format(
            title=texts.session_title(s)))
        self.panel.session_id = s.id
        self.open_session(s.id)
        self.refresh()

    def _deleted(self) -> None:
        self.panel.session_id = None
        self.stack.setCurrentWidget(self.empty)
        self.refresh()

    # --- hooks -----------------------------------------------------------------------------------
    def set_interview_mode(self, on: bool) -> None:
        self.interview = on
        if on:
            self.panel.prepare_lock()
            self.list.clear()
            self.panel.clear()
            self.outer.setCurrentWidget(self.hidden)
        else:
            self.outer.setCurrentWidget(self.splitter)
            if self.panel.session_id:
                self.panel.load(self.panel.session_id)
            self.refresh()

    def prepare_lock(self) -> None:
        self.panel.prepare_lock()


def _title() -> str:
    return translate("CemSection", "CEM sessions")


SPEC = SectionSpec(key="cem", title=_title, factory=CemSection, order=30, shortcut="Ctrl+3")
