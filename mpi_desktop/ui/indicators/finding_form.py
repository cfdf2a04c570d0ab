"""The finding editor: one open-source item about an aggression, optionally linked to a case.

What is typed is kept as a draft in the vault while the editor is open (every
few seconds, and at once before a lock); the Hallazgos section offers it back.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop.domain import findings as df
from mpi_desktop.domain.findings import Finding
from mpi_desktop.domain.timeutil import today_local
from mpi_desktop.domain.validation import Issue
from mpi_desktop.i18n import translate
from mpi_desktop.storage import drafts
from mpi_desktop.storage.drafts import Draft
from mpi_desktop.storage.findings import Findings
from mpi_desktop.texts import indicators as t
from mpi_desktop.ui.cases.fields import (
    ChoiceField,
    DateField,
    Field,
    MultilineField,
    TextField,
    mark,
)
from mpi_desktop.ui.cases.labels import label as catalog_label
from mpi_desktop.ui.indicators.case_picker import CasePicker
from mpi_desktop.ui.indicators.common import buddy, run
from mpi_desktop.ui.indicators.form_drafts import (
    DraftedDialog,
    EditorDrafts,
    save_finding,
)
from mpi_desktop.ui.session import Session


class FindingDialog(DraftedDialog):
    def __init__(self, session: Session, finding: Finding | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findingDialog")
        self.setModal(True)
        self.session = session
        self.ops = Findings(session.vault)
        self.original = finding
        #: The linked case as last chosen (the picker looks its folio up later).
        self._linked: str | None = None
        self.drafts = EditorDrafts(
            session, kind=drafts.EDIT_FINDING, title=self._draft_title,
            target=lambda: self.original.id if self.original else "", values=self.values,
            case_id=lambda: self._linked, parent=self)
        self.setWindowTitle(translate("Findings", "Edit finding") if finding
                            else translate("Findings", "New finding"))
        self.found_on = DateField("found_on", translate("Findings", "&Date found"))
        self.occurred_on = DateField("occurred_on", translate("Findings",
                                                              "Date of the aggr&ession"))
        self.source = ChoiceField("source", translate("Findings", "&Type of source"),
                                  catalog="finding_sources", blank=None)
        self.outlet = TextField("outlet", translate("Findings", "&Outlet or account"),
                                max_length=300)
        self.url = TextField("url", translate("Findings", "Address (&URL)"),
                             max_length=df.MAX_URL, placeholder="https://")
        self.aggression_type = ChoiceField("aggression_type",
                                           translate("Findings", "Type of a&ggression"),
                                           catalog="aggression_types", blank=None)
        self.alcaldia = ChoiceField("alcaldia", translate("Findings", "&Alcaldía"),
                                    catalog="alcaldias")
        self.profile = ChoiceField("profile", translate("Findings", "&Profile of the person "
                                                        "attacked"), catalog="profiles")
        self.summary = MultilineField("summary", translate("Findings", "&Summary"), lines=4,
                                      placeholder=translate(
                                          "Findings", "What happened, to whom (profile, not "
                                          "necessarily the name), where and by whom."))
        self.fields: list[Field] = [self.found_on, self.occurred_on, self.source, self.outlet,
                                    self.url, self.aggression_type, self.alcaldia,
                                    self.profile, self.summary]
        for f in self.fields:
            f.apply_names("finding_")
        self.case = CasePicker(session, self)
        self.case.setObjectName("finding_case")
        self.case.changed.connect(self._case_changed)

        form = QFormLayout()
        dates = QHBoxLayout()
        dates.addWidget(self.found_on.widget)
        dates.addWidget(buddy(self.occurred_on))
        dates.addWidget(self.occurred_on.widget)
        dates.addStretch(1)
        form.addRow(buddy(self.found_on), dates)
        source = QHBoxLayout()
        source.addWidget(self.source.widget, 1)
        source.addWidget(buddy(self.outlet))
        source.addWidget(self.outlet.widget, 1)
        form.addRow(buddy(self.source), source)
        form.addRow(self.url.label, self.url.widget)
        what = QHBoxLayout()
        what.addWidget(self.aggression_type.widget, 1)
        what.addWidget(buddy(self.alcaldia))
        what.addWidget(self.alcaldia.widget)
        form.addRow(buddy(self.aggression_type), what)
        form.addRow(self.profile.label, self.profile.widget)
        form.addRow(self.summary.label, self.summary.widget)
        form.addRow(translate("Findings", "Case"), self.case)
        self.issues_label = QLabel(self)
        self.issues_label.setObjectName("findingIssues")
        self.issues_label.setWordWrap(True)
        self.issues_label.setStyleSheet("color: #a93226;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("findingSave")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.notice = QLabel(self)
        self.notice.setObjectName("findingDraftNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.drafts.notice.connect(self._show_notice)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.issues_label)
        layout.addWidget(self.notice)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)
        for f in self.fields:
            f.changed.connect(self.drafts.touched)
        self.load(finding)

    def load(self, f: Finding | None) -> None:
        self.found_on.set_value(f.found_on if f else today_local())
        self.occurred_on.set_value(f.occurred_on if f else None)
        self.source.set_value(f.source if f else "medio_local")
        self.outlet.set_value(f.outlet if f else "")
        self.url.set_value(f.url if f else "")
        self.aggression_type.set_value(f.aggression_type if f else "amenazas")
        self.alcaldia.set_value(f.alcaldia if f else None)
        self.profile.set_value(f.profile if f else None)
        self.summary.set_value(f.summary if f else "")
        self._linked = f.case_id if f else None
        self.case.load(self._linked)
        self.drafts.loaded()
        self.found_on.focus_widget.setFocus()

    # -- drafts -----------------------------------------------------------------------------------
    def _case_changed(self) -> None:
        self._linked = self.case.case_id()
        self.drafts.touched()

    def _draft_title(self) -> str:
        # Never the summary: it may name the person attacked.  Type and date only.
        kind = catalog_label("aggression_types", self.aggression_type.value())
        return " · ".join(x for x in (kind, self.found_on.plain()) if x)

    def values(self) -> dict[str, Any]:
        return {f.name: f.plain() for f in self.fields} | {"case_id": self._linked}

    def set_values(self, values: dict[str, Any]) -> None:
        for f in self.fields:
            value = values.get(f.name)
            if isinstance(f, DateField | TextField | MultilineField):
                f.set_plain(value if isinstance(value, str) else "")
            else:
                f.set_value(value if isinstance(value, str) else None)
        linked = values.get("case_id")
        self._linked = linked if isinstance(linked, str) else None
        self.case.load(self._linked)
        self.drafts.touched()

    def restore(self, draft: Draft) -> None:
        values = self.drafts.adopt(draft)
        if values is not None:
            self.set_values(values)

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def finding(self) -> Finding:
        base = self.original or Finding(found_on=today_local(), source="", summary="",
                                        aggression_type="")
        return replace(base, found_on=self.found_on.value() or date.min,
                       occurred_on=self.occurred_on.value(), source=self.source.value() or "",
                       outlet=self.outlet.value(), url=self.url.value(),
                       aggression_type=self.aggression_type.value() or "",
                       alcaldia=self.alcaldia.value(), profile=self.profile.value(),
                       summary=self.summary.value(), case_id=self._linked)

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
        f = self.finding()
        issues = df.validate_finding(f)
        for fld, required in ((self.found_on, True), (self.occurred_on, False)):
            if fld.value() is not None:
                continue
            # Not typed, or not a date: say that, not "implausible date".
            issues = [i for i in issues if i.field != fld.name]
            problems = fld.parse_issues()
            if not problems and required:
                problems = [Issue(fld.name, "required")]
            issues[:0] = problems
        if issues:
            self.show_issues(issues)
            return
        self.save_button.setEnabled(False)
        vault, draft_id = self.session.vault, self.drafts.draft_id_for_save()
        run(self.session, self, lambda: save_finding(vault, f, draft_id), on_done=self._saved,
            on_error=self._failed)


