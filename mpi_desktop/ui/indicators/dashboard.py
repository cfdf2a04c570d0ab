"""The first screen after unlock: how the bimester is going and what needs attention.

Key figures of the current bimester (compared with the same days of the
previous one), progress towards the yearly workshop goal, overdue reviews,
urgent measures still waiting for the CEM's ratification and the next CEM
session.  Every item opens what it is about (``navigate``).  Lists show folios,
never names: this screen is on display whenever the vault is unlocked.
Numbers load off the UI thread, again each time the screen is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop.domain import catalogs
from mpi_desktop.domain.timeutil import today_local
from mpi_desktop.i18n import translate
from mpi_desktop.storage import indicator_queries as iq
from mpi_desktop.storage.indicator_queries import DashboardData, FollowUp
from mpi_desktop.texts import indicators as t
from mpi_desktop.ui.cases.labels import fmt_date
from mpi_desktop.ui.indicators.common import (
    CASES_KEY,
    CEM_KEY,
    DASHBOARD_KEY,
    FINDINGS_KEY,
    REPORTS_KEY,
    WORKSHOPS_KEY,
    Coverable,
    heading,
    run,
)
from mpi_desktop.ui.sections import Section, SectionSpec
from mpi_desktop.ui.session import Session

#: Where each key figure leads.
FIGURE_TARGETS = {
    "attentions": CASES_KEY, "cases_attended": CASES_KEY, "new_requests": CASES_KEY,
    "incorporations": CASES_KEY, "findings": FINDINGS_KEY, "workshops": WORKSHOPS_KEY,
}


def load(session: Session, today: date) -> DashboardData:
    with session.vault.read() as conn:
        return iq.dashboard(conn, today)


def follow_up_text(item: FollowUp) -> str:
    due = fmt_date(item.due_on)
    if item.kind == "measure_review":
        from mpi_desktop.texts import risk as risk_texts

        return translate("Dashboard", "{folio} · review of measure: {measure} · due {date}"
                         ).format(folio=item.folio, measure=risk_texts.measure_label(item.code),
                                  date=due)
    if item.kind == "assessment_review":
        level = t.category_label("risk_level", item.code)
        return translate("Dashboard", "{folio} · risk re-assessment (level {level}) · due {date}"
                         ).format(folio=item.folio, level=level, date=due)
    from mpi_desktop.texts import risk as risk_texts

    return translate("Dashboard", "{folio} · {measure} · started {date}, not ratified yet"
                     ).format(folio=item.folio, measure=risk_texts.measure_label(item.code),
                              date=due)


class FigureCard(QPushButton):
    """A key figure: the number, what it counts, and the change; click to open."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"dashboardFigure_{key}")
        self.setMinimumHeight(96)
        self.value = 0
        self.previous = 0
        self.number = QLabel(self)
        self.number.setObjectName(f"dashboardFigureValue_{key}")
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 2.2)
        big.setBold(True)
        self.number.setFont(big)
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.delta = QLabel(self)
        self.delta.setObjectName(f"dashboardFigureDelta_{key}")
        layout = QVBoxLayout(self)
        for label in (self.number, self.caption, self.delta):
            # Clicks go to the button underneath.
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)

    def show_figure(self, value: int, previous: int) -> None:
        self.value, self.previous = value, previous
        delta = value - previous
        self.number.setText(str(value))
        self.caption.setText(t.headline_label(self.key))
        self.delta.setText(translate("Dashboard", "no change") if delta == 0 else
                           translate("Dashboard", "{delta} vs. the same days before").format(
                               delta=f"{delta:+d}"))
        self.setAccessibleName(f"{t.headline_label(self.key)}: {value}")

    def summary(self) -> str:
        """What the card says, line by line."""
        return "\n".join((self.number.text(), self.caption.text(), self.delta.text()))


class DashboardSection(Section):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("dashboardSection")
        self.data: DashboardData | None = None
        #: Today in Mexico City (replaceable, so tests can stand on a fixed day).
        self.clock: Callable[[], date] = today_local
        self.title = heading(self, 1.6)
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("dashboardSubtitle")
        self.subtitle.setWordWrap(True)

        content = QWidget(self)
        self.cards = {key: FigureCard(key, content) for key in iq.DASHBOARD_FIGURES}
        grid = QGridLayout()
        for i, card in enumerate(self.cards.values()):
            card.clicked.connect(lambda _c=False, key=card.key: self._open_figure(key))
            grid.addWidget(card, i // 3, i % 3)

        self.workshop_box = QGroupBox(content)
        self.workshop_bar = QProgressBar(self.workshop_box)
        self.workshop_bar.setObjectName("dashboardWorkshopProgress")
        self.workshop_label = QLabel(self.workshop_box)
        self.workshop_label.setObjectName("dashboardWorkshopLabel")
        self.workshop_label.setWordWrap(True)
        w_layout = QHBoxLayout(self.workshop_box)
        w_layout.addWidget(self.workshop_bar, 2)
        w_layout.addWidget(self.workshop_label, 1)

        self.overdue_box = QGroupBox(content)
        self.overdue = QListWidget(self.overdue_box)
        self.overdue.setObjectName("dashboardOverdue")
        self.overdue_more = QLabel(self.overdue_box)
        self.overdue_more.setObjectName("dashboardOverdueMore")
        self.ratify_box = QGroupBox(content)
        self.ratify = QListWidget(self.ratify_box)
        self.ratify.setObjectName("dashboardRatifications")
        self.ratify_more = QLabel(self.ratify_box)
        self.ratify_more.setObjectName("dashboardRatificationsMore")
        for box, widget, more in ((self.overdue_box, self.overdue, self.overdue_more),
                                  (self.ratify_box, self.ratify, self.ratify_more)):
            inner = QVBoxLayout(box)
            inner.addWidget(widget)
            inner.addWidget(more)
            widget.setMaximumHeight(170)
            widget.itemActivated.connect(self._open_item)

        self.session_button = QPushButton(content)
        self.session_button.setObjectName("dashboardNextSession")
        self.session_button.clicked.connect(lambda: self.navigate.emit(CEM_KEY, ""))
        self.report_button = QPushButton(content)
        self.report_button.setObjectName("dashboardReport")
        self.report_button.clicked.connect(lambda: self.navigate.emit(REPORTS_KEY, ""))
        self.unavailable = QLabel(content)
        self.unavailable.setObjectName("dashboardUnavailable")
        self.unavailable.setWordWrap(True)

        lists = QHBoxLayout()
        lists.addWidget(self.overdue_box, 1)
        lists.addWidget(self.ratify_box, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.session_button, 2)
        bottom.addWidget(self.report_button, 1)
        inner_layout = QVBoxLayout(content)
        inner_layout.setContentsMargins(0, 0, 0, 0)
        inner_layout.addLayout(grid)
        inner_layout.addWidget(self.workshop_box)
        inner_layout.addLayout(lists)
        inner_layout.addLayout(bottom)
        inner_layout.addWidget(self.unavailable)
        inner_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        self.cover = Coverable(scroll, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.cover, 1)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.title.setText(translate("Dashboard", "Overview"))
        self.workshop_box.setTitle(translate("Dashboard", "Self-protection workshops this year"))
        self.overdue_box.setTitle(translate("Dashboard", "Overdue reviews"))
        self.ratify_box.setTitle(translate(
            "Dashboard", "Urgent measures waiting for the CEM's ratification"))
        self.report_button.setText(translate("Dashboard", "Indicator &report…"))
        self.cover.retranslate()
        if self.data is not None:
            self.show_data(self.data)

    # -- data ------------------------------------------------------------------------------
    def refresh(self) -> None:
        session = self.session
        today = self.clock()
        run(session, self, lambda: load(session, today), on_done=self._loaded)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Figures change whenever anything is saved elsewhere; showing is cheap.
        if self.data is not None:
            self.refresh()

    def _loaded(self, data: object) -> None:
        assert isinstance(data, DashboardData)
        self.show_data(data)

    def show_data(self, data: DashboardData) -> None:
        self.data = data
        self.subtitle.setText(translate(
            "Dashboard", "{period}, up to {today}. Changes compare with the same days of the "
            "previous bimester.").format(period=t.period_title(data.bimester),
                                         today=t.date_label(data.today)))
        for key, card in self.cards.items():
            card.show_figure(data.figures.get(key, 0), data.previous.get(key, 0))
        progress = data.workshops
        self.workshop_bar.setRange(0, progress.goal)
        self.workshop_bar.setValue(min(progress.held, progress.goal))
        self.workshop_bar.setFormat(f"{progress.held} / {progress.goal}")
        text = translate("Dashboard", "{held} of {goal} held in {year}").format(
            held=progress.held, goal=progress.goal, year=progress.year)
        if progress.scheduled:
            text += " · " + translate("Dashboard", "{n} scheduled").format(n=progress.scheduled)
        self.workshop_label.setText(text)
        self._fill(self.overdue, self.overdue_more, data.overdue, data.overdue_total,
                   translate("Dashboard", "No review is overdue."))
        self._fill(self.ratify, self.ratify_more, data.ratifications, data.ratifications_total,
                   translate("Dashboard", "No urgent measure is waiting for ratification."))
        session = data.next_session
        if session is None:
            self.session_button.setText(translate("Dashboard", "No CEM session scheduled. "
                                                  "Open CEM sessions…"))
        else:
            kind = catalogs.get("cem_session_types").label(session.kind, t.lang())
            days = (session.held_on - data.today).days
            when = (translate("Dashboard", "today") if days == 0 else
                    translate("Dashboard", "in {n} days").format(n=days))
            self.session_button.setText(translate(
                "Dashboard", "Next CEM session: {kind} {number} · {date} ({when})").format(
                    kind=kind, number=session.number, date=t.date_label(session.held_on),
                    when=when))
        self.session_button.setEnabled("cem" not in data.unavailable)
        self.unavailable.setText(
            translate("Dashboard", "Not available in this vault: {parts}.").format(
                parts=", ".join(t.unavailable_label(p) for p in data.unavailable))
            if data.unavailable else "")

    @staticmethod
    def _fill(widget: QListWidget, more: QLabel, items: list[FollowUp], total: int,
              empty: str) -> None:
        widget.clear()
        for follow_up in items:
            item = QListWidgetItem(follow_up_text(follow_up))
            item.setData(Qt.ItemDataRole.UserRole, follow_up.case_id)
            widget.addItem(item)
        if not items:
            item = QListWidgetItem(empty)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            widget.addItem(item)
        more.setText(translate("Dashboard", "and {n} more").format(n=total - len(items))
                     if total > len(items) else "")

    # -- navigation ------------------------------------------------------------------------------
    def _open_figure(self, key: str) -> None:
        self.navigate.emit(FIGURE_TARGETS.get(key, CASES_KEY), "")

    def _open_item(self, item: QListWidgetItem) -> None:
        case_id = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(case_id, str) and case_id:
            self.navigate.emit(CASES_KEY, case_id)

    def set_interview_mode(self, on: bool) -> None:
        self.cover.set_covered(on)


def _title() -> str:
    return translate("Sections", "Overview")


SPEC = SectionSpec(key=DASHBOARD_KEY, title=_title, factory=DashboardSection, order=0,
                   shortcut="Ctrl+0")
