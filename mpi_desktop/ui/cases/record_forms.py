"""The forms of the case records: which fields, in which order, with which labels.

Labels carry mnemonics (``&``) so every field is one Alt+letter away; the Spanish
translation chooses its own letters.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFormLayout, QGroupBox, QVBoxLayout, QWidget

from mpi_desktop.domain.cases import DATE_PRECISIONS
from mpi_desktop.i18n import translate
from mpi_desktop.ui.cases import labels
from mpi_desktop.ui.cases.fields import (
    CheckField,
    ChoiceField,
    DateField,
    ListTextField,
    MultiChoiceField,
    MultilineField,
    TextField,
)
from mpi_desktop.ui.cases.form import Form
from mpi_desktop.ui.cases.row_fields import ContactsField, DocumentsField

MAX_NAME = 120


def record_values(record: object, form: Form) -> dict[str, Any]:
    """The attributes of a record that the form edits."""
    names = {f.name for f in dataclasses.fields(record)}  # type: ignore[arg-type]
    return {n: getattr(record, n) for n in form.fields if n in names}


def form_layout() -> QFormLayout:
    layout = QFormLayout()
    layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return layout


def group(title: str, form: Form, rows: list[str], *, required: tuple[str, ...] = ()
          ) -> QGroupBox:
    box = QGroupBox(title)
    layout = form_layout()
    for name in rows:
        form.row(layout, name, required=name in required)
    box.setLayout(layout)
    return box


# --- people ---------------------------------------------------------------------------


def add_name_fields(form: Form) -> None:
    form.add(TextField("given_names", translate("PersonForm", "&Given names"),
                       max_length=MAX_NAME))
    form.add(TextField("first_surname", translate("PersonForm", "&First surname"),
                       max_length=MAX_NAME))
    form.add(TextField("second_surname", translate("PersonForm", "Second surname"),
                       max_length=MAX_NAME))


def person_form(prefix: str, *, copy_buttons: bool = False,
                parent: QObject | None = None) -> Form:
    form = Form(prefix, parent)
    add_name_fields(form)
    form.add(ListTextField("aliases", translate("PersonForm", "A&liases"),
                           placeholder=translate("PersonForm", "Separate with semicolons")))
    form.add(ChoiceField("profile", translate("PersonForm", "&Profile"), catalog="profiles",
                         blank=None))
    form.add(ChoiceField("sex", translate("PersonForm", "Sex"), catalog="sexes"))
    form.add(ChoiceField("gender_identity", translate("PersonForm", "Gender identity"),
                         catalog="gender_identities"))
    form.add(DateField("birth_date", translate("PersonForm", "Date of &birth")))
    form.add(ChoiceField("nationality", translate("PersonForm", "Nationality"),
                         catalog="nationalities"))
    form.add(ContactsField("contacts", translate("PersonForm", "&Contact channels"),
                           copy_buttons=copy_buttons))
    form.add(DocumentsField("documents", translate("PersonForm", "Identity &documents")))
    form.add(TextField("address", translate("PersonForm", "Address")))
    form.add(TextField("postal_code", translate("PersonForm", "Postal code"), max_length=5))
    form.add(ChoiceField("alcaldia", translate("PersonForm", "Alcal&día"), catalog="alcaldias"))
    form.add(TextField("organization", translate("PersonForm", "&Organisation or media outlet")))
    form.add(ChoiceField("organization_category", translate("PersonForm", "Type of organisation"),
                         catalog="organization_categories"))
    form.add(MultiChoiceField("defence_topics",
                              translate("PersonForm", "Topics of defence or coverage"),
                              catalog="defence_topics"))
    form.add(MultiChoiceField("intersectional_factors",
                              translate("PersonForm", "Intersectional factors"),
                              catalog="intersectional_factors"))
    form.add(CheckField("consent", translate(
        "PersonForm", "Heard the privacy notice and consents to the processing of their data")))
    form.add(DateField("consent_date", translate("PersonForm", "Date of consent")))
    form.add(CheckField("arco_opposition", translate(
        "PersonForm", "Opposes the use of their data in statistics and exports (ARCO)")))
    form.add(DateField("opposition_date", translate("PersonForm", "Date of opposition")))
    form.add(MultilineField("notes", translate("PersonForm", "&Notes"), lines=3))
    return form


def person_layout(form: Form, *, extra_top: QWidget | None = None) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(form.general)
    if extra_top is not None:
        layout.addWidget(extra_top)
    layout.addWidget(group(translate("PersonForm", "Identity"), form,
                           ["given_names", "first_surname", "second_surname", "aliases",
                            "profile", "sex", "gender_identity", "birth_date", "nationality"],
                           required=("given_names", "profile")))
    layout.addWidget(group(translate("PersonForm", "Contact and address"), form,
                           ["contacts", "address", "postal_code", "alcaldia"]))
    layout.addWidget(group(translate("PersonForm", "Work"), form,
                           ["organization", "organization_category", "defence_topics",
                            "intersectional_factors"]))
    layout.addWidget(group(translate("PersonForm", "Documents and privacy"), form,
                           ["documents", "consent", "consent_date", "arco_opposition",
                            "opposition_date"]))
    layout.addWidget(group(translate("PersonForm", "Notes"), form, ["notes"]))
    layout.addStretch(1)
    return page


# --- cases -------------------------------------------------------------------------------


def case_form(prefix: str, parent: QObject | None = None) -> Form:
    form = Form(prefix, parent)
    form.add(ChoiceField("status", translate("CaseForm", "&Status"), catalog="case_statuses",
                         blank=None))
    form.add(ChoiceField("procedure", translate("CaseForm", "&Procedure"), catalog="procedures"))
    form.add(ChoiceField("origin", translate("CaseForm", "&Origin"), catalog="case_origins",
                         blank=None))
    form.add(TextField("federal_folio", translate("CaseForm", "&Federal folio"),
                       placeholder=translate("CaseForm", "Only for Ciudad refugio cases")))
    form.add(TextField("caseworker", translate("CaseForm", "Case&worker"), max_length=MAX_NAME))
    form.add(DateField("opened_on", translate("CaseForm", "Date of &request")))
    form.add(DateField("incorporated_on", translate("CaseForm", "Date of &incorporation")))
    form.add(DateField("closed_on", translate("CaseForm", "Date of &conclusion")))
    form.add(ChoiceField("closing_reason", translate("CaseForm", "Reason for conc&lusion"),
                         catalog="closing_reasons"))
    form.add(MultilineField("closing_notes", translate("CaseForm", "Notes on conclusion"),
                            lines=2))
    form.add(MultilineField("narrative", translate("CaseForm", "&Account of the facts"),
                            lines=8))
    return form


def case_layout(form: Form) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(form.general)
    layout.addWidget(group(translate("CaseForm", "Case file"), form,
                           ["status", "procedure", "origin", "federal_folio", "caseworker",
                            "opened_on", "incorporated_on"],
                           required=("status", "origin", "opened_on")))
    layout.addWidget(group(translate("CaseForm", "Conclusion"), form,
                           ["closed_on", "closing_reason", "closing_notes"]))
    layout.addWidget(group(translate("CaseForm", "Facts"), form, ["narrative"]))
    layout.addStretch(1)
    return page


# --- events -------------------------------------------------------------------------------


def aggression_form(prefix: str, parent: QObject | None = None) -> Form:
    form = Form(prefix, parent)
    form.add(DateField("occurred_on", translate("AggressionForm", "&Date")))
    form.add(ChoiceField("date_precision", translate("AggressionForm", "Date &precision"),
                         choices=[(p, labels.date_precision(p)) for p in DATE_PRECISIONS],
                         blank=None))
    form.add(MultiChoiceField("types", translate("AggressionForm", "&Types of aggression"),
                              catalog="aggression_types", rows=6))
    form.add(ChoiceField("aggressor_type", translate("AggressionForm", "Alleged a&ggressor"),
                         catalog="aggressor_types"))
    form.add(ChoiceField("alcaldia", translate("AggressionForm", "Alcal&día"),
                         catalog="alcaldias"))
    form.add(TextField("place", translate("AggressionForm", "P&lace")))
    form.add(MultilineField("description", translate("AggressionForm", "D&escription"),
                            lines=4))
    return form


AGGRESSION_ROWS = ["occurred_on", "date_precision", "types", "aggressor_type", "alcaldia",
                   "place", "description"]
AGGRESSION_REQUIRED = ("occurred_on", "types", "aggressor_type")


def attention_form(prefix: str, parent: QObject | None = None) -> Form:
    form = Form(prefix, parent)
    form.add(ChoiceField("kind", translate("AttentionForm", "&Type of attention"),
                         catalog="attention_types", blank=None))
    form.add(DateField("occurred_on", translate("AttentionForm", "&Date")))
    form.add(ChoiceField("institution", translate("AttentionForm", "&Institution"),
                         catalog="institutions"))
    form.add(MultilineField("notes", translate("AttentionForm", "&Notes"), lines=5))
    return form


ATTENTION_ROWS = ["kind", "occurred_on", "institution", "notes"]
ATTENTION_REQUIRED = ("kind", "occurred_on")
