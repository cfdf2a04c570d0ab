"""ARCO rights of one person, from the "Persona y vínculos" tab.

* **Cancelación**: the plan first (cases erased with everything in them, cases
  that only lose the person, other cases whose texts still name them — rectify
  those first), then the person's full name typed as confirmation, then the
  erasure (``storage.arco.cancel``) off the UI thread, and its report.
* **Oposición**: what it changes (statistics and exports leave the person and
  their cases out), the date, and the toggle.  Recording it is audited as
  ``arco.oppose``; withdrawing it is an ordinary edit with its field history.
"""

from __future__ import annotations

import unicodedata
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop.domain.people import Person
from mpi_desktop.domain.timeutil import today_local
from mpi_desktop.i18n import translate
from mpi_desktop.storage.arco import CancelPlan, CancelReport
from mpi_desktop.ui.cases import asyncops
from mpi_desktop.ui.cases.fields import DateField
from mpi_desktop.ui.cases.labels import fmt_date
from mpi_desktop.ui.data import ops
from mpi_desktop.ui.data.common import BusyLine
from mpi_desktop.ui.errors import show_error
from mpi_desktop.ui.look import ERROR_STYLE, WARNING_STYLE, heading
from mpi_desktop.ui.session import Session


def normalized(text: str) -> str:
    """For comparing a typed name: case, accents as typed, spacing do not matter."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def folios(values: tuple[str, ...]) -> str:
    return ", ".join(values) if values else translate("DataArco", "none")


class CancelDialog(QDialog):
    """Erase a person for good.  ``erased`` carries the :class:`CancelReport`."""

    erased = Signal(object)

    def __init__(self, session: Session, person: Person, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("arcoCancelDialog")
        self.setWindowTitle(translate("DataArco", "ARCO cancellation"))
        self.session = session
        self.person = person
        self.plan: CancelPlan | None = None
        self.report: CancelReport | None = None

        title = heading(self, 1.3)
        title.setText(translate("DataArco", "Erase {name} and every trace of them").format(
            name=person.full_name))
        title.setObjectName("arcoCancelTitle")
        intro = QLabel(translate(
            "DataArco", "ARCO cancellation erases the person for good: their record, the case "
            "files where they are the main beneficiary with everything in them, their "
            "participation in other case files, their history, drafts and search terms. It "
            "cannot be undone, and an old export cannot bring them back."), self)
        intro.setWordWrap(True)
        self.plan_text = QLabel(translate("DataArco", "Working out what would be erased…"), self)
        self.plan_text.setObjectName("arcoCancelPlan")
        self.plan_text.setWordWrap(True)
        self.plan_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.mentions = QLabel(self)
        self.mentions.setObjectName("arcoCancelMentions")
        self.mentions.setWordWrap(True)
        self.mentions.setStyleSheet(WARNING_STYLE)
        self.mentions.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.mentions.hide()
        self.confirm_label = QLabel(translate(
            "DataArco", "To confirm, type the person's full name: {name}").format(
                name=person.full_name), self)
        self.confirm_label.setWordWrap(True)
        self.confirm = QLineEdit(self)
        self.confirm.setObjectName("arcoCancelConfirm")
        self.confirm.setAccessibleName(translate("DataArco", "Full name, to confirm"))
        self.confirm.textChanged.connect(self._update)
        self.confirm_label.setBuddy(self.confirm)
        self.busy = BusyLine("arcoCancelBusy", self)
        self.outcome = QLabel(self)
        self.outcome.setObjectName("arcoCancelResult")
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome.hide()
        self.erase_button = QPushButton(translate("DataArco", "&Erase for good"), self)
        self.erase_button.setObjectName("arcoCancelErase")
        self.erase_button.setStyleSheet("QPushButton:enabled { color: #a93226; "
                                        "font-weight: bold; }")
        self.erase_button.clicked.connect(self.start)
        self.close_button = QPushButton(translate("DataArco", "Cancel"), self)
        self.close_button.setObjectName("arcoCancelClose")
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.reject)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)

        layout = QVBoxLayout(self)
        for widget in (title, intro, self.plan_text, self.mentions, self.confirm_label,
                       self.confirm, self.busy, self.outcome):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(620, 480)
        self._update()
        vault, person_id = session.vault, person.id
        asyncops.run(session, self, lambda: ops.cancel_plan(vault, person_id),
                     on_done=self._planned, on_error=self._plan_failed)

    # --- the plan ----------------------------------------------------------------------------
    def _planned(self, plan: CancelPlan) -> None:
        self.plan = plan
        self.plan_text.setText("\n".join([
            translate("DataArco", "Case files erased with all their data (main beneficiary): "
                      "{folios}").format(folios=folios(plan.erased_folios)),
            translate("DataArco", "Case files that only lose this person: {folios}").format(
                folios=folios(plan.unlinked_folios)),
            translate("DataArco", "Their names in signed records of other case files (risk "
                      "assessments, measure transitions, CEM summaries and acuerdos) and in "
                      "the workshop and findings registers will be replaced by [ARCO]; the "
                      "rest of those records stays as it is."),
        ]))
        if plan.mentions:
            self.mentions.setText(translate(
                "DataArco", "Other case files name them in their texts: {folios}. Rectify "
                "those first (close this window, correct the texts and save): the "
                "cancellation then also removes the old text from their history.").format(
                    folios=", ".join(plan.mentions)))
            self.mentions.show()
        self._update()
        self.confirm.setFocus()

    def _plan_failed(self, exc: BaseException) -> None:
        self.plan_text.setText("")
        show_error(self, exc)
        self._update()

    def _update(self) -> None:
        typed = normalized(self.confirm.text()) == normalized(self.person.full_name)
        self.erase_button.setEnabled(self.plan is not None and typed and self.report is None
                                     and not self.busy.running)

    # --- erasing -----------------------------------------------------------------------------
    def start(self) -> None:
        if not self.erase_button.isEnabled():
            return
        self.busy.start(translate("DataArco", "Erasing and compacting the vault…"))
        self.confirm.setEnabled(False)
        self.close_button.setEnabled(False)
        self._update()
        vault, person_id = self.session.vault, self.person.id
        asyncops.run(self.session, self, lambda: ops.cancel_person(vault, person_id),
                     on_done=self._done, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.busy.stop()
        self.confirm.setEnabled(True)
        self.close_button.setEnabled(True)
        self._update()
        show_error(self, exc, title=translate("DataArco", "The person was not erased"))

    def _done(self, report: CancelReport) -> None:
        self.report = report
        self.busy.stop()
        lines = [translate("DataArco", "{name} was erased.").format(
                     name=self.person.full_name),
                 translate("DataArco", "Case files erased: {folios}").format(
                     folios=folios(report.erased_folios)),
                 translate("DataArco", "Case files that no longer list them: {folios}").format(
                     folios=folios(report.unlinked_folios))]
        if report.texts_redacted:
            lines.append(translate(
                "DataArco", "Signed records of other case files where their names were "
                "replaced by [ARCO]: {n}.").format(n=report.texts_redacted_total))
        if report.mentions:
            lines.append(translate(
                "DataArco", "These case files still name them in their texts; rectify them: "
                "{folios}.").format(folios=", ".join(report.mentions)))
        if report.orphans:
            lines.append(translate(
                "DataArco", "{n} people of the erased case files are now on no case file; "
                "review them.").format(n=len(report.orphans)))
        if not report.compacted:
            lines.append(translate(
                "DataArco", "The vault could not be compacted (is the disk full?): erased bytes "
                "may remain in unused space of the encrypted file until it is. Free some space "
                "and ask for the cancellation again from the command line to compact it."))
        self.outcome.setText("\n".join(lines))
        self.outcome.show()
        self.plan_text.hide()
        self.mentions.hide()
        self.confirm_label.hide()
        self.confirm.hide()
        self.erase_button.hide()
        self.close_button.setText(translate("DataArco", "&Close"))
        self.close_button.setEnabled(True)
        self.close_button.setFocus()
        self.erased.emit(report)

    def reject(self) -> None:
        if self.busy.running:
            return  # one transaction, then the rebuild: let it finish
        super().reject()


class OppositionDialog(QDialog):
    """Record (or withdraw) the person's opposition.  ``changed`` after either."""

    changed = Signal()

    def __init__(self, session: Session, person: Person, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("arcoOppositionDialog")
        self.setWindowTitle(translate("DataArco", "ARCO opposition"))
        self.session = session
        self.person = person
        opposed = person.arco_opposition

        title = heading(self, 1.3)
        title.setText(translate("DataArco", "Opposition of {name}").format(
            name=person.full_name))
        effect = QLabel(translate(
            "DataArco", "With an opposition recorded, this person and every case file they "
            "are on are left out of statistics, indicator reports and exports. Their own ARCO "
            "access export still works. The case files stay in the vault and can be worked on "
            "as usual; they still go, anonymized, into CEM packets, because the council "
            "decides on the person's protection."), self)
        effect.setObjectName("arcoOppositionEffect")
        effect.setWordWrap(True)
        self.state = QLabel(self)
        self.state.setObjectName("arcoOppositionState")
        self.state.setWordWrap(True)
        self.date = DateField("opposition_on", translate("DataArco", "&Date of the request"),
                              self)
        self.date.apply_names("arco_")
        self.date.set_value(today_local())
        date_label = QLabel(self.date.label, self)
        date_label.setBuddy(self.date.focus_widget)
        self.error = QLabel(self)
        self.error.setObjectName("arcoOppositionError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.busy = BusyLine("arcoOppositionBusy", self)
        self.apply_button = QPushButton(self)
        self.apply_button.setObjectName("arcoOppositionApply")
        self.apply_button.clicked.connect(self.apply)
        close = QPushButton(translate("DataArco", "Cancel"), self)
        close.setObjectName("arcoOppositionClose")
        close.clicked.connect(self.reject)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        if opposed:
            when = fmt_date(person.opposition_date) if person.opposition_date else "—"
            self.state.setText(translate(
                "DataArco", "Opposition recorded on {date}.").format(date=when))
            self.apply_button.setText(translate("DataArco", "&Withdraw the opposition"))
            date_label.hide()
            self.date.widget.hide()
        else:
            self.state.setText(translate("DataArco", "No opposition recorded."))
            self.apply_button.setText(translate("DataArco", "&Record the opposition"))
            self.apply_button.setDefault(True)

        layout = QVBoxLayout(self)
        for widget in (title, effect, self.state, date_label, self.date.widget, self.error,
                       self.busy):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(560, 340)

    def apply(self) -> None:
        if self.busy.running:
            return
        records, person_id = self.session.records, self.person.id
        on: date | None = self.date.value()
        withdraw = self.person.arco_opposition
        if not withdraw and (on is None or on > today_local()):
            self.error.setText(translate("DataArco", "Type the date of the request "
                                         "(not in the future)."))
            self.error.show()
            self.date.focus_widget.setFocus()
            return

        def job() -> object:
            if withdraw:
                ops.withdraw_opposition(records, person_id)
                return False
            return ops.oppose(records.vault, person_id, on or today_local())

        self.error.hide()
        self.busy.start(translate("DataArco", "Saving…"))
        self.apply_button.setEnabled(False)
        asyncops.run(self.session, self, job, on_done=self._done, on_error=self._failed)

    def _done(self, _result: object) -> None:
        self.busy.stop()
        self.changed.emit()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.busy.stop()
        self.apply_button.setEnabled(True)
        show_error(self, exc)
