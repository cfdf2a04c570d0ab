"""Dialogs of the protection plan: add a measure, change its state, follow it up.

Each dialog collects values and hands them to ``on_submit``; the tab runs the
storage operation and closes the dialog only when it succeeded, so a refused
change (missing CEM references, say) leaves what was typed in place.
Dialogs open with ``open()``: no nested event loops.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop.domain import catalogs
from mpi_desktop.domain import measures as dm
from mpi_desktop.i18n import translate
from mpi_desktop.texts import risk as texts
from mpi_desktop.ui.risk.common import DateInput
from mpi_desktop.ui.risk.threats_editor import combo_value, fill_combo, set_combo

Submit = Callable[[dict[str, Any]], None]


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                           QDialogButtonBox.StandardButton.Cancel, dialog)
    box.setObjectName("dialogButtons")
    box.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    box.button(QDialogButtonBox.StandardButton.Ok).setObjectName("dialogOk")
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(
        translate("PlanDialogs", "Cancel"))
    box.rejected.connect(dialog.reject)
    return box


def _text(name: str, parent: QWidget, height: int = 80) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setMaximumHeight(height)
    return edit


def narrow(combo: QComboBox) -> None:
    """Long catalog labels must not stretch the dialog across the screen."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(40)


def institution_choices() -> list[tuple[str, str]]:
    return catalogs.get("institutions").choices(texts.lang())


class AddMeasureDialog(QDialog):
    def __init__(self, *, procedure: str | None, on_submit: Submit,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addMeasureDialog")
        self.setWindowTitle(translate("PlanDialogs", "Add a measure to the plan"))
        self.procedure = procedure
        self.on_submit = on_submit
        cat = dm.catalog()
        lg = texts.lang()
        self.category = QComboBox(self)
        self.category.setObjectName("measureCategory")
        fill_combo(self.category, cat.categories.choices(lg))
        self.code = QComboBox(self)
        self.code.setObjectName("measureCode")
        self.description = QLabel(self)
        self.description.setObjectName("measureDescription")
        self.description.setWordWrap(True)
        self.institution = QComboBox(self)
        self.institution.setObjectName("measureInstitution")
        narrow(self.institution)
        fill_combo(self.institution, institution_choices(),
                   empty=translate("PlanDialogs", "— not assigned —"))
        self.details = _text("measureDetails", self)
        self.details.setPlaceholderText(translate(
            "PlanDialogs", "What exactly, where, how often, for whom"))
        self.proposed_on = DateInput("measureProposedOn", parent=self)
        self.next_review = DateInput("measureNextReview", optional=True, parent=self)
        self.urgent = QCheckBox(translate(
            "PlanDialogs", "Start now, before the CEM approves it (extraordinary procedure)"),
            self)
        self.urgent.setObjectName("urgentStart")
        self.urgent_reason = _text("urgentReason", self)
        self.urgent_reason.setPlaceholderText(translate(
            "PlanDialogs", "Why it cannot wait for the CEM (required)"))
        self.urgent_note = QLabel(self)
        self.urgent_note.setObjectName("urgentNote")
        self.urgent_note.setWordWrap(True)

        form = QFormLayout()
        form.addRow(translate("PlanDialogs", "Category"), self.category)
        form.addRow(translate("PlanDialogs", "Measure"), self.code)
        form.addRow("", self.description)
        form.addRow(translate("PlanDialogs", "Responsible institution"), self.institution)
        form.addRow(translate("PlanDialogs", "Details"), self.details)
        form.addRow(translate("PlanDialogs", "Date proposed"), self.proposed_on)
        form.addRow(translate("PlanDialogs", "Next review"), self.next_review)
        form.addRow("", self.urgent)
        form.addRow("", self.urgent_note)
        form.addRow(translate("PlanDialogs", "Reason for starting now"), self.urgent_reason)
        # Starting before approval exists only in the extraordinary procedure.
        extraordinary = procedure == dm.EXTRAORDINARY
        for widget in (self.urgent, self.urgent_note, self.urgent_reason):
            form.setRowVisible(widget, extraordinary)
        self.form = form
        self.buttons = _buttons(self, translate("PlanDialogs", "Add to the plan"))
        self.buttons.accepted.connect(self._submit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.category.currentIndexChanged.connect(self._category_changed)
        self.code.currentIndexChanged.connect(self._code_changed)
        self.urgent.toggled.connect(self._urgent_toggled)
        self._category_changed()

    def _category_changed(self) -> None:
        cat = dm.catalog()
        category = combo_value(self.category) or ""
        fill_combo(self.code, [(c, cat.entries.label(c, texts.lang()))
                               for c in cat.codes_in(category)])
        self._code_changed()
        problem = dm.urgent_start_problem(category, self.procedure)
        self.urgent.setEnabled(problem is None)
        if problem is not None:
            self.urgent.setChecked(False)
        self.urgent_note.setText(
            "" if problem is None else
            translate("PlanDialogs", "Only urgent measures start before approval.")
            if problem == "not_urgent" else
            translate("PlanDialogs", "Only cases under the extraordinary procedure can start "
                                     "urgent measures before approval."))
        self._urgent_toggled(self.urgent.isChecked())

    def _code_changed(self) -> None:
        code = combo_value(self.code)
        entry = dm.catalog().entry(code) if code else None
        self.description.setText(entry.description(texts.lang()) if entry else "")
        if entry is not None:
            set_combo(self.institution, entry.get("default_institution"))

    def _urgent_toggled(self, on: bool) -> None:
        self.urgent_reason.setEnabled(on)

    def values(self) -> dict[str, Any]:
        return {"measure_code": combo_value(self.code) or "",
                "institution": combo_value(self.institution),
                "details": self.details.toPlainText().strip(),
                "proposed_on": self.proposed_on.value(),
                "next_review_on": self.next_review.value(),
                "urgent_start": self.urgent.isChecked(),
                "reason": self.urgent_reason.toPlainText().strip()
                if self.urgent.isChecked() else ""}

    def _submit(self) -> None:
        self.on_submit(self.values())


class TransitionDialog(QDialog):
    """Only the actions the life cycle allows now are offered; CEM references appear
    (and are required) for the actions the CEM decides."""

    def __init__(self, measure: dm.Measure, *, procedure: str | None, on_submit: Submit,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transitionDialog")
        self.setWindowTitle(translate("PlanDialogs", "Change the state of a measure"))
        self.measure = measure
        self.on_submit = on_submit
        self.allowed = dm.allowed_actions(measure, procedure=procedure)
        heading = QLabel(translate("PlanDialogs", "{measure} — now: {state}").format(
            measure=texts.measure_label(measure.code), state=texts.state_label(measure.state)),
            self)
        heading.setObjectName("transitionHeading")
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: bold;")
        self.action = QComboBox(self)
        self.action.setObjectName("transitionAction")
        fill_combo(self.action, [(a, texts.action_label(a)) for a in self.allowed])
        self.help = QLabel(self)
        self.help.setObjectName("transitionHelp")
        self.help.setWordWrap(True)
        self.effective_on = DateInput("transitionDate", parent=self)
        self.reason = _text("transitionReason", self)
        self.reason_label = QLabel(self)
        self.cem_box = QGroupBox(translate("PlanDialogs", "CEM decision (required)"), self)
        self.cem_box.setObjectName("cemBox")
        self.cem_session = QLineEdit(self.cem_box)
        self.cem_session.setObjectName("cemSessionRef")
        self.cem_session.setPlaceholderText(translate("PlanDialogs",
                                                      "e.g. 3a Sesión Ordinaria 2026"))
        self.cem_agreement = QLineEdit(self.cem_box)
        self.cem_agreement.setObjectName("cemAgreementRef")
        self.cem_agreement.setPlaceholderText(translate("PlanDialogs", "e.g. CEM/2026/03/07"))
        cem_form = QFormLayout(self.cem_box)
        cem_form.addRow(translate("PlanDialogs", "Session"), self.cem_session)
        cem_form.addRow(translate("PlanDialogs", "Acuerdo"), self.cem_agreement)
        self.modify_box = QGroupBox(translate("PlanDialogs", "The measure as modified"), self)
        self.modify_box.setObjectName("modifyBox")
        self.new_details = _text("newDetails", self.modify_box, 100)
        self.new_details.setPlainText(measure.details)
        self.new_institution = QComboBox(self.modify_box)
        self.new_institution.setObjectName("newInstitution")
        narrow(self.new_institution)
        fill_combo(self.new_institution, institution_choices(),
                   empty=translate("PlanDialogs", "— not assigned —"))
        set_combo(self.new_institution, measure.institution)
        mod_form = QFormLayout(self.modify_box)
        mod_form.addRow(translate("PlanDialogs", "Details"), self.new_details)
        mod_form.addRow(translate("PlanDialogs", "Responsible institution"),
                        self.new_institution)
        self.next_review = DateInput("transitionNextReview", optional=True, parent=self)
        self.next_review.set_value(measure.next_review_on)
        self.next_review_label = QLabel(translate("PlanDialogs", "Next review"), self)

        form = QFormLayout()
        form.addRow(translate("PlanDialogs", "Change"), self.action)
        form.addRow("", self.help)
        form.addRow(translate("PlanDialogs", "Date"), self.effective_on)
        form.addRow(self.reason_label, self.reason)
        form.addRow(self.next_review_label, self.next_review)
        self.buttons = _buttons(self, translate("PlanDialogs", "Record the change"))
        self.buttons.accepted.connect(self._submit)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.cem_box)
        layout.addWidget(self.modify_box)
        layout.addWidget(self.buttons)
        self.action.currentIndexChanged.connect(self._action_changed)
        self._action_changed()

    def select(self, action: str) -> None:
        set_combo(self.action, action)
        self._action_changed()

    def _action_changed(self) -> None:
        code = combo_value(self.action)
        spec = dm.ACTIONS.get(code or "")
        self.help.setText(texts.action_help(code or ""))
        self.cem_box.setVisible(bool(spec and spec.needs_cem))
        self.modify_box.setVisible(code == "modify")
        self.reason_label.setText(translate("PlanDialogs", "Reason (required)")
                                  if spec and spec.needs_reason
                                  else translate("PlanDialogs", "Reason or notes"))
        keeps_review = bool(spec and (spec.target or self.measure.state) not in dm.TERMINAL)
        self.next_review.setVisible(keeps_review)
        self.next_review_label.setVisible(keeps_review)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(spec is not None)

    def values(self) -> dict[str, Any]:
        code = combo_value(self.action) or ""
        spec = dm.ACTIONS.get(code)
        out: dict[str, Any] = {"action": code, "effective_on": self.effective_on.value(),
                               "reason": self.reason.toPlainText().strip()}
        if spec and spec.needs_cem:
            out["cem_session_ref"] = self.cem_session.text().strip()
            out["cem_agreement_ref"] = self.cem_agreement.text().strip()
        if code == "modify":
            out["new_details"] = self.new_details.toPlainText().strip()
            out["new_institution"] = combo_value(self.new_institution)
        if spec is not None and (spec.target or self.measure.state) not in dm.TERMINAL:
            review = self.next_review.value()
            if review is not None and review != self.measure.next_review_on:
                out["next_review_on"] = review
        return out

    def _submit(self) -> None:
        self.on_submit(self.values())


class FollowUpDialog(QDialog):
    """Next review, evaluation notes and acceptance; details too while proposed."""

    def __init__(self, measure: dm.Measure, *, on_submit: Submit,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("measureFollowUpDialog")
        self.setWindowTitle(translate("PlanDialogs", "Follow-up of a measure"))
        self.measure = measure
        self.on_submit = on_submit
        editable = dm.editable_fields(measure.state)
        heading = QLabel(texts.measure_label(measure.code), self)
        heading.setStyleSheet("font-weight: bold;")
        self.details = _text("followUpDetails", self, 100)
        self.details.setPlainText(measure.details)
        self.institution = QComboBox(self)
        self.institution.setObjectName("followUpInstitution")
        narrow(self.institution)
        fill_combo(self.institution, institution_choices(),
                   empty=translate("PlanDialogs", "— not assigned —"))
        set_combo(self.institution, measure.institution)
        self.next_review = DateInput("followUpNextReview", optional=True, parent=self)
        self.next_review.set_value(measure.next_review_on)
        self.notes = _text("evaluationNotes", self, 120)
        self.notes.setPlainText(measure.evaluation_notes)
        self.notes.setPlaceholderText(translate(
            "PlanDialogs", "Does it work? Problems, the beneficiary's view, the "
            "institution's response"))
        self.accepted_combo = QComboBox(self)
        self.accepted_combo.setObjectName("measureAccepted")
        self.accepted_combo.addItem(translate("PlanDialogs", "Not recorded"), None)
        self.accepted_combo.addItem(translate("PlanDialogs", "Yes, accepted"), True)
        self.accepted_combo.addItem(translate("PlanDialogs", "No, declined"), False)
        self.accepted_combo.setCurrentIndex(
            {None: 0, True: 1, False: 2}[measure.accepted])
        form = QFormLayout()
        rows: list[tuple[str, str, QWidget]] = [
            ("details", translate("PlanDialogs", "Details"), self.details),
            ("institution", translate("PlanDialogs", "Responsible institution"),
             self.institution),
            ("next_review_on", translate("PlanDialogs", "Next review"), self.next_review),
            ("evaluation_notes", translate("PlanDialogs", "Evaluation notes"), self.notes),
            ("accepted", translate("PlanDialogs", "Accepted by the beneficiary"),
             self.accepted_combo),
        ]
        for key, label, widget in rows:
            if key in editable:
                form.addRow(label, widget)
            else:
                widget.hide()
        self.buttons = _buttons(self, translate("PlanDialogs", "Save"))
        self.buttons.accepted.connect(self._submit)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def values(self) -> dict[str, Any]:
        editable = dm.editable_fields(self.measure.state)
        out: dict[str, Any] = {
            "details": self.details.toPlainText().strip(),
            "institution": combo_value(self.institution),
            "next_review_on": self.next_review.value(),
            "evaluation_notes": self.notes.toPlainText().strip(),
            "accepted": self.accepted_combo.currentData(),
        }
        return {k: v for k, v in out.items() if k in editable}

    def _submit(self) -> None:
        self.on_submit(self.values())

