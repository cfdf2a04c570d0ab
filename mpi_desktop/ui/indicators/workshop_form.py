"""The workshop editor: what, when, who attended, and a one-minute learning evaluation.

Attendance is two things that add up: people already in the vault (searched by
name or folio, so their gender and profile come from their record) and
anonymous attendees counted by gender.  The evaluation asks only how many
answered, the average score before and after (0–10) and one sentence.

What is typed is kept as a draft in the vault while the editor is open (every
few seconds, and at once before a lock); the Talleres section offers it back.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop.domain import workshops as dw
from mpi_desktop.domain.timeutil import today_local
from mpi_desktop.domain.validation import Issue
from mpi_desktop.domain.workshops import AnonymousAttendance, LearningEvaluation, Workshop
from mpi_desktop.i18n import translate
from mpi_desktop.storage import drafts
from mpi_desktop.storage.drafts import Draft
from mpi_desktop.storage.workshops import PersonChoice, Workshops
from mpi_desktop.texts import indicators as t
from mpi_desktop.ui.cases.fields import (
    ChoiceField,
    DateField,
    Field,
    MultiChoiceField,
    MultilineField,
    TextField,
    mark,
)
from mpi_desktop.ui.cases.labels import label as catalog_label
from mpi_desktop.ui.indicators.common import SearchLine, buddy, fmt_score, run
from mpi_desktop.ui.indicators.form_drafts import (
    DraftedDialog,
    EditorDrafts,
    save_workshop,
)
from mpi_desktop.ui.session import Session

SEARCH_DELAY_MS = 250
NO_SCORE = -1.0


def _score_box(name: str) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setObjectName(name)
    box.setRange(NO_SCORE, dw.MAX_SCORE)
    box.setDecimals(1)
    box.setSingleStep(0.5)
    # The lowest value means "not recorded", shown as a dash.
    box.setSpecialValueText("—")
    box.setValue(NO_SCORE)
    return box


def _count_box(name: str, maximum: int = dw.MAX_ATTENDEES) -> QSpinBox:
    box = QSpinBox()
    box.setObjectName(name)
    box.setRange(0, maximum)
    return box


class WorkshopDialog(DraftedDialog):
    """Create or edit one workshop.  ``saved`` carries the stored workshop."""

    def __init__(self, session: Session, workshop: Workshop | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workshopDialog")
        self.setModal(True)
        self.session = session
        self.ops = Workshops(session.vault)
        self.original = workshop
        self.people: dict[str, PersonChoice] = {}
        self._attendee_ids: list[str] = []
        self.drafts = EditorDrafts(
            session, kind=drafts.EDIT_WORKSHOP, title=lambda: self.title_field.value(),
            target=lambda: self.original.id if self.original else "", values=self.values,
            parent=self)
        self.setWindowTitle(translate("Workshops", "Edit workshop") if workshop
                            else translate("Workshops", "New workshop"))

        self.held_on = DateField("held_on", translate("Workshops", "&Date"))
        self.status = ChoiceField("status", translate("Workshops", "&Status"), blank=None,
                                  choices=[(s, t.workshop_status_label(s)) for s in dw.STATUSES])
        self.modality = ChoiceField("modality", translate("Workshops", "&Modality"), blank=None,
                                    choices=[(m, t.modality_label(m)) for m in dw.MODALITIES])
        self.title_field = TextField("title", translate("Workshops", "&Title"),
                                     max_length=300, placeholder=translate(
                                         "Workshops", "e.g. Digital security for reporters"))
        self.topics = MultiChoiceField("topics", translate("Workshops", "To&pics"),
                                       catalog="workshop_topics", rows=5)
        self.place = TextField("place", translate("Workshops", "P&lace"), max_length=300)
        self.alcaldia = ChoiceField("alcaldia", translate("Workshops", "&Alcaldía"),
                                    catalog="alcaldias")
        self.facilitator = TextField("facilitator", translate("Workshops", "&Facilitator"),
                                     max_length=120)
        self.notes = MultilineField("notes", translate("Workshops", "&Notes"), lines=2)
        self.fields: list[Field] = [self.held_on, self.status, self.modality, self.title_field,
                                    self.topics, self.place, self.alcaldia, self.facilitator,
                                    self.notes]
        for f in self.fields:
            f.apply_names("workshop_")
        self.duration = _count_box("workshop_duration", dw.MAX_MINUTES)
        self.duration.setSuffix(translate("Workshops", " min"))
        self.duration.setSpecialValueText("—")
        self.duration.setSingleStep(30)
        self.duration.setAccessibleName(translate("Workshops", "Duration"))

        details = QFormLayout()
        top = QHBoxLayout()
        top.addWidget(self.held_on.widget)
        top.addWidget(buddy(self.status))
        top.addWidget(self.status.widget)
        top.addWidget(buddy(self.modality))
        top.addWidget(self.modality.widget)
        top.addStretch(1)
        details.addRow(buddy(self.held_on), top)
        details.addRow(self.title_field.label, self.title_field.widget)
        details.addRow(self.topics.label, self.topics.widget)
        place_row = QHBoxLayout()
        place_row.addWidget(self.place.widget, 2)
        place_row.addWidget(buddy(self.alcaldia))
        place_row.addWidget(self.alcaldia.widget, 1)
        details.addRow(buddy(self.place), place_row)
        who_row = QHBoxLayout()
        who_row.addWidget(self.facilitator.widget, 2)
        duration_label = QLabel(translate("Workshops", "Duration"))
        duration_label.setBuddy(self.duration)
        who_row.addWidget(duration_label)
        who_row.addWidget(self.duration)
        details.addRow(buddy(self.facilitator), who_row)

        layout = QVBoxLayout(self)
        layout.addLayout(details)
        layout.addWidget(self._attendance_box())
        layout.addWidget(self._evaluation_box())
        notes_form = QFormLayout()
        notes_form.addRow(self.notes.label, self.notes.widget)
        layout.addLayout(notes_form)
        self.issues_label = QLabel(self)
        self.issues_label.setObjectName("workshopIssues")
        self.issues_label.setWordWrap(True)
        self.issues_label.setStyleSheet("color: #a93226;")
        layout.addWidget(self.issues_label)
        self.notice = QLabel(self)
        self.notice.setObjectName("workshopDraftNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.drafts.notice.connect(self._show_notice)
        layout.addWidget(self.notice)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.setObjectName("workshopButtons")
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("workshopSave")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        for count in (*self.anon_boxes.values(), self.evaluated):
            count.valueChanged.connect(self._update_totals)
        for score in (self.pre, self.post):
            score.valueChanged.connect(self._update_totals)
        self.status.changed.connect(self._status_changed)
        for f in self.fields:
            f.changed.connect(self.drafts.touched)
        for box in (self.duration, *self.anon_boxes.values(), self.evaluated):
            box.valueChanged.connect(self.drafts.touched)
        for score in (self.pre, self.post):
            score.valueChanged.connect(self.drafts.touched)
        self.eval_note.textChanged.connect(self.drafts.touched)
        self.load(workshop)

    # -- layout pieces ------------------------------------------------------------------------
    def _attendance_box(self) -> QGroupBox:
        box = QGroupBox(translate("Workshops", "Attendance"), self)
        self.search = SearchLine(box)
        self.search.setObjectName("workshopPersonSearch")
        self.search.setPlaceholderText(translate(
            "Workshops", "Add a registered person: type a name or a folio"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(translate("Workshops", "Search a registered person"))
        self.search.returnPressed.connect(self._add_first_result)
        self.results = QListWidget(box)
        self.results.setObjectName("workshopPersonResults")
        self.results.setMaximumHeight(90)
        self.results.itemActivated.connect(self._add_result)
        self.attendees = QListWidget(box)
        self.attendees.setObjectName("workshopAttendees")
        self.attendees.setMaximumHeight(110)
        self.remove_button = QPushButton(translate("Workshops", "&Remove from the list"), box)
        self.remove_button.setObjectName("workshopRemoveAttendee")
        self.remove_button.clicked.connect(self._remove_selected)
        self.anon_boxes = {
            "women": _count_box("workshop_anon_women"),
            "men": _count_box("workshop_anon_men"),
            "non_binary": _count_box("workshop_anon_non_binary"),
            "unspecified": _count_box("workshop_anon_unspecified"),
        }
        anon = QGridLayout()
        for col, (key, text) in enumerate((
                ("women", t.gender_label("mujeres")), ("men", t.gender_label("hombres")),
                ("non_binary", t.gender_label("no_binarias")),
                ("unspecified", t.gender_label("otra_no_especificada")))):
            caption = QLabel(text, box)
            caption.setBuddy(self.anon_boxes[key])
            anon.addWidget(caption, 0, col)
            anon.addWidget(self.anon_boxes[key], 1, col)
            self.anon_boxes[key].setAccessibleName(
                translate("Workshops", "Anonymous attendees: {group}").format(group=text))
        self.total_label = QLabel(box)
        self.total_label.setObjectName("workshopTotal")
        layout = QVBoxLayout(box)
        registered = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(QLabel(translate("Workshops", "Registered people"), box))
        left.addWidget(self.search)
        left.addWidget(self.results)
        right = QVBoxLayout()
        right.addWidget(QLabel(translate("Workshops", "Attended"), box))
        right.addWidget(self.attendees)
        right.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignRight)
        registered.addLayout(left, 1)
        registered.addLayout(right, 1)
        layout.addLayout(registered)
        layout.addWidget(QLabel(translate(
            "Workshops", "Anonymous attendees (not registered in the vault), by gender:"), box))
        layout.addLayout(anon)
        layout.addWidget(self.total_label)
        return box

    def _evaluation_box(self) -> QGroupBox:
        box = QGroupBox(translate("Workshops", "Learning evaluation"), self)
        self.evaluation_box = box
        self.evaluated = _count_box("workshop_evaluated")
        self.pre = _score_box("workshop_pre")
        self.post = _score_box("workshop_post")
        self.eval_note = QLineEdit(box)
        self.eval_note.setObjectName("workshop_eval_note")
        self.eval_note.setMaxLength(2000)
        self.eval_note.setPlaceholderText(translate(
            "Workshops", "What did people learn? What should change next time?"))
        self.gain_label = QLabel(box)
        self.gain_label.setObjectName("workshopGain")
        grid = QGridLayout(box)
        for col, (text, widget) in enumerate((
                (translate("Workshops", "People who answered"), self.evaluated),
                (translate("Workshops", "Average before (0–10)"), self.pre),
                (translate("Workshops", "Average after (0–10)"), self.post))):
            caption = QLabel(text, box)
            caption.setBuddy(widget)
            widget.setAccessibleName(text)
            grid.addWidget(caption, 0, col)
            grid.addWidget(widget, 1, col)
        grid.addWidget(self.gain_label, 1, 3)
        note_caption = QLabel(translate("Workshops", "In one sentence"), box)
        note_caption.setBuddy(self.eval_note)
        self.eval_note.setAccessibleName(translate("Workshops", "What was learnt, in one sentence"))
        grid.addWidget(note_caption, 2, 0)
        grid.addWidget(self.eval_note, 2, 1, 1, 3)
        return box

    # -- values ---------------------------------------------------------------------------------
    def load(self, w: Workshop | None) -> None:
        w = w or Workshop(held_on=today_local(), topics=())
        self.attendees.clear()
        self._attendee_ids = []
        self.held_on.set_value(w.held_on)
        self.status.set_value(w.status)
        self.modality.set_value(w.modality)
        self.title_field.set_value(w.title)
        self.topics.set_value(w.topics)
        self.place.set_value(w.place)
        self.alcaldia.set_value(w.alcaldia)
        self.facilitator.set_value(w.facilitator)
        self.duration.setValue(w.duration_minutes or 0)
        self.notes.set_value(w.notes)
        for key, box in self.anon_boxes.items():
            box.setValue(getattr(w.anonymous, key))
        ev = w.evaluation
        self.evaluated.setValue(ev.evaluated)
        self.pre.setValue(NO_SCORE if ev.pre_score is None else ev.pre_score)
        self.post.setValue(NO_SCORE if ev.post_score is None else ev.post_score)
        self.eval_note.setText(ev.note)
        self._set_attendees(tuple(w.participant_ids))
        self._status_changed()
        self._update_totals()
        self.drafts.loaded()
        self.held_on.focus_widget.setFocus()

    def _set_attendees(self, ids: tuple[str, ...]) -> None:
        self.attendees.clear()
        self._attendee_ids = []
        for pid in ids:
            known = self.people.get(pid)
            self._append_attendee(known or PersonChoice(pid, "…", "", ()))
        if ids:
            run(self.session, self, lambda: self.ops.people(ids), on_done=self._named)

    # -- drafts -----------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """The editor as plain JSON values (what a draft keeps)."""
        return {
            "held_on": self.held_on.plain(), "status": self.status.value(),
            "modality": self.modality.value(), "title": self.title_field.plain(),
            "topics": self.topics.plain(), "place": self.place.plain(),
            "alcaldia": self.alcaldia.value(), "facilitator": self.facilitator.plain(),
            "duration": self.duration.value(), "notes": self.notes.plain(),
            "participant_ids": list(self._attendee_ids),
            "anonymous": {k: b.value() for k, b in self.anon_boxes.items()},
            "evaluated": self.evaluated.value(), "pre": self.pre.value(),
            "post": self.post.value(), "eval_note": self.eval_note.text(),
        }

    def set_values(self, values: dict[str, Any]) -> None:
        def number(key: str, default: float = 0) -> float:
            value = values.get(key, default)
            return float(value) if isinstance(value, int | float) else default

        def text(key: str) -> str:
            value = values.get(key)
            return value if isinstance(value, str) else ""

        self.held_on.set_plain(text("held_on"))
        for f in (self.status, self.modality, self.alcaldia):
            f.set_value(values.get(f.name) or None)
        self.title_field.set_value(text("title"))
        topics = values.get("topics")
        self.topics.set_value(tuple(t for t in topics if isinstance(t, str))
                              if isinstance(topics, list) else ())
        self.place.set_value(text("place"))
        self.facilitator.set_value(text("facilitator"))
        self.notes.set_value(text("notes"))
        self.duration.setValue(int(number("duration")))
        anonymous = values.get("anonymous")
        for key, box in self.anon_boxes.items():
            value = anonymous.get(key) if isinstance(anonymous, dict) else 0
            box.setValue(value if isinstance(value, int) else 0)
        self.evaluated.setValue(int(number("evaluated")))
        self.pre.setValue(number("pre", NO_SCORE))
        self.post.setValue(number("post", NO_SCORE))
        self.eval_note.setText(text("eval_note"))
        ids = values.get("participant_ids")
        self._set_attendees(tuple(i for i in ids if isinstance(i, str))
                            if isinstance(ids, list) else ())
        self._status_changed()
        self._update_totals()
        self.drafts.touched()

    def restore(self, draft: Draft) -> None:
        """Put a recovered draft's text back (after loading its workshop, if any)."""
        values = self.drafts.adopt(draft)
        if values is not None:
            self.set_values(values)

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _named(self, found: object) -> None:
        assert isinstance(found, dict)
        for i, pid in enumerate(self._attendee_ids):
            choice = found.get(pid)
            if choice is not None:
                self.people[pid] = choice
                self.attendees.item(i).setText(self._person_text(choice))

    def workshop(self) -> Workshop:
        """The workshop as the form shows it (not validated yet)."""
        base = self.original or Workshop(held_on=today_local())
        pre, post = self.pre.value(), self.post.value()
        return replace(
            base, held_on=self.held_on.value() or date.min,
            status=self.status.value() or dw.HELD, modality=self.modality.value() or "",
            title=self.title_field.value(), topics=self.topics.value(),
            place=self.place.value(), alcaldia=self.alcaldia.value(),
            facilitator=self.facilitator.value(),
            duration_minutes=self.duration.value() or None,
            participant_ids=tuple(self._attendee_ids),
            anonymous=AnonymousAttendance(**{k: b.value() for k, b in self.anon_boxes.items()}),
            evaluation=LearningEvaluation(
                evaluated=self.evaluated.value(),
                pre_score=None if pre <= NO_SCORE else round(pre, 1),
                post_score=None if post <= NO_SCORE else round(post, 1),
                note=self.eval_note.text().strip()),
            notes=self.notes.value())

    # -- attendance -------------------------------------------------------------------------------
    @staticmethod
    def _person_text(p: PersonChoice) -> str:
        folios = ", ".join(p.folios[:3])
        profile = catalog_label("profiles", p.profile) if p.profile else ""
        return " · ".join(x for x in (p.name, profile, folios) if x)

    def _search(self) -> None:
        text = self.search.text().strip()
        if len(text) < 2:
            self.results.clear()
            return
        run(self.session, self, lambda: self.ops.search_people(text), on_done=self._show_results)

    def _show_results(self, found: object) -> None:
        assert isinstance(found, list)
        self.results.clear()
        for p in found:
            item = QListWidgetItem(self._person_text(p))
            item.setData(Qt.ItemDataRole.UserRole, p)
            if p.id in self._attendee_ids:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.results.addItem(item)

    def _add_first_result(self) -> None:
        for i in range(self.results.count()):
            item = self.results.item(i)
            if item.flags() & Qt.ItemFlag.ItemIsEnabled:
                self._add_result(item)
                return

    def _add_result(self, item: QListWidgetItem) -> None:
        choice = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(choice, PersonChoice):
            self.add_person(choice)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)

    def add_person(self, choice: PersonChoice) -> None:
        if choice.id in self._attendee_ids:
            return
        self.people[choice.id] = choice
        self._append_attendee(choice)
        self._update_totals()
        self.drafts.touched()

    def _append_attendee(self, choice: PersonChoice) -> None:
        self._attendee_ids.append(choice.id)
        item = QListWidgetItem(self._person_text(choice))
        item.setData(Qt.ItemDataRole.UserRole, choice.id)
        self.attendees.addItem(item)

    def _remove_selected(self) -> None:
        row = self.attendees.currentRow()
        if row < 0:
            return
        self.attendees.takeItem(row)
        del self._attendee_ids[row]
        self._update_totals()
        self.drafts.touched()

    def _status_changed(self) -> None:
        held = self.status.value() == dw.HELD
        self.evaluation_box.setEnabled(held)

    def _update_totals(self) -> None:
        total = len(self._attendee_ids) + sum(b.value() for b in self.anon_boxes.values())
        self.total_label.setText(translate("Workshops", "Total attendance: {n}").format(n=total))
        pre, post = self.pre.value(), self.post.value()
        if pre > NO_SCORE and post > NO_SCORE:
            self.gain_label.setText(translate("Workshops", "Gain: {gain}").format(
                gain=f"{post - pre:+.1f}"))
        else:
            self.gain_label.setText(translate("Workshops", "Before {pre} → after {post}").format(
                pre=fmt_score(None if pre <= NO_SCORE else pre),
                post=fmt_score(None if post <= NO_SCORE else post)))

    # -- saving ------------------------------------------------------------------------------
    def show_issues(self, issues: list[Issue]) -> None:
        for f in self.fields:
            f.clear_marks()
        by_name = {f.name: f for f in self.fields}
        for issue in issues:
            target = by_name.get(issue.field.split(".", 1)[0])
            if target is not None:
                mark(target.focus_widget, t.describe_issue(issue))
        self.issues_label.setText(t.describe_issues(issues))

    def save(self) -> None:
        w = self.workshop()
        issues = dw.validate_workshop(w)
        if self.held_on.value() is None:
            # Not typed, or not a date: say that, not "implausible date".
            issues = [i for i in issues if i.field != "held_on"]
            issues[:0] = self.held_on.parse_issues() or [Issue("held_on", "required")]
        if issues:
            self.show_issues(issues)
            return
        self.save_button.setEnabled(False)
        vault, draft_id = self.session.vault, self.drafts.draft_id_for_save()
        run(self.session, self, lambda: save_workshop(vault, w, draft_id), on_done=self._saved,
            on_error=self._failed)


