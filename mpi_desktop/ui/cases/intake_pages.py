"""The intake wizard's fields and steps: what is asked, and on which step.

The main person's fields and the case's fields live in one form spread over the
steps; the minimum comes first.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from mpi_desktop.i18n import translate
from mpi_desktop.ui.cases.fields import (
    CheckField,
    ChoiceField,
    DateField,
    MultilineField,
    TextField,
)
from mpi_desktop.ui.cases.form import Form
from mpi_desktop.ui.cases.record_forms import person_form

ESSENTIALS, PERSONAL, DOCUMENTS, LINKS, AGGRESSIONS, CONSENT = range(6)


def intake_form(parent: QObject | None = None) -> Form:
    """Every field of the main person and the case, spread over the steps."""
    form = person_form("intake_", parent=parent)
    # Opposition is recorded later through its audited ARCO dialog, never at intake.
    for name in ("arco_opposition", "opposition_date"):
        form.remove(name)
    profile = form["profile"]
    assert isinstance(profile, ChoiceField)
    # No silent default: the profile decides which indicators count the case.
    profile.combo.insertItem(0, translate("Intake", "— choose —"), None)
    form.add(ChoiceField("contact_kind", translate("Intake", "Safe contact: t&ype"),
                         catalog="contact_channel_types", blank=None))
    form.add(TextField("contact_value", translate("Intake", "Safe &contact"),
                       placeholder=translate("Intake", "Number, e-mail or account")))
    form.add(CheckField("contact_safe", translate("Intake", "The person says it is safe")))
    form.add(TextField("contact_notes", translate("Intake", "When and how to use it"),
                       placeholder=translate("Intake", "e.g. only Signal, after 6 pm")))
    form.add(MultilineField("narrative", translate("Intake", "&What happened?"), lines=6,
                            placeholder=translate("Intake", "A few lines in the person's words")))
    form.add(DateField("opened_on", translate("Intake", "Date of re&quest")))
    form.add(ChoiceField("origin", translate("Intake", "&Origin of the case"),
                         catalog="case_origins", blank=None))
    form.add(TextField("federal_folio", translate("Intake", "&Federal folio"),
                       placeholder=translate("Intake", "Only for Ciudad refugio cases")))
    form.add(TextField("caseworker", translate("Intake", "Case&worker")))
    return form


ESSENTIAL_ROWS = ["given_names", "first_surname", "second_surname", "profile", "alcaldia",
                  "contact_kind", "contact_value", "contact_safe", "contact_notes",
                  "narrative", "opened_on"]
PERSONAL_ROWS = ["aliases", "sex", "gender_identity", "birth_date", "nationality",
                 "organization", "organization_category", "defence_topics",
                 "intersectional_factors", "address", "postal_code", "contacts", "notes"]
DOCUMENT_ROWS = ["documents"]
CONSENT_ROWS = ["consent", "consent_date", "origin", "federal_folio", "caseworker"]
REQUIRED = ("given_names", "profile", "opened_on", "origin")


def page(title: str, intro: str, body: QWidget) -> QScrollArea:
    page = QWidget()
    layout = QVBoxLayout(page)
    heading = QLabel(f"<h2>{title}</h2>")
    note = QLabel(intro)
    note.setWordWrap(True)
    layout.addWidget(heading)
    layout.addWidget(note)
    layout.addWidget(body)
    layout.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(page)
    return scroll
