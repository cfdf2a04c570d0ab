"""Field history made readable: catalog codes as labels, lists joined, dates local.

History rows store JSON values as the record held them (codes, ISO dates, lists of
dicts).  This turns them into what a caseworker reads: "Incorporado", "03/02/2026",
"Teléfono móvil: 55 1234 5678 (seguro)".
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from mpi_desktop.domain import dv_protocol
from mpi_desktop.i18n import current_language, translate
from mpi_desktop.storage.history import HistoryRow
from mpi_desktop.texts import protocol as protocol_texts
from mpi_desktop.texts import risk as risk_texts
from mpi_desktop.texts.validation import field_label
from mpi_desktop.ui.cases import labels

#: A case's history also holds its risk assessments, measures and digital-violence
#: reviews (and, after an ARCO cancellation, redactions): their fields, actions and
#: values are worded by their own feature's texts.
RISK_ENTITIES = {"risk_assessment", "risk_threat", "measure", "measure_transition"}
PROTOCOL_ENTITIES = {"dv_review", "evidence"}

#: Field → catalog, per entity where the same name means different things.
CATALOG_FIELDS: dict[str, str] = {
    "profile": "profiles", "sex": "sexes", "gender_identity": "gender_identities",
    "nationality": "nationalities", "alcaldia": "alcaldias",
    "organization_category": "organization_categories", "defence_topics": "defence_topics",
    "intersectional_factors": "intersectional_factors", "status": "case_statuses",
    "procedure": "procedures", "origin": "case_origins", "closing_reason": "closing_reasons",
    "types": "aggression_types", "aggressor_type": "aggressor_types",
    "institution": "institutions",
}
ENTITY_CATALOG_FIELDS: dict[tuple[str, str], str] = {
    ("attention", "kind"): "attention_types",
}
DATE_FIELDS = {"birth_date", "consent_date", "opposition_date", "opened_on",
               "incorporated_on", "closed_on", "occurred_on", "proposed_on", "approved_on",
               "implemented_on", "ended_on", "next_review_on", "assessed_on", "review_due_on",
               "started_on"}
BOOL_FIELDS = {"consent", "arco_opposition"}


@dataclass(frozen=True)
class HistoryLine:
    when: str
    who: str
    what: str
    field: str
    before: str
    after: str
    action: str


def _load(text: str | None) -> Any:
    if text is None:
        return None
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text


def _date(value: Any) -> str:
    try:
        return labels.fmt_date(date.fromisoformat(str(value)))
    except ValueError:
        return str(value)


def _protocol_value(field: str, value: Any) -> str | None:
    """Digital-violence types, platforms and aggravating factors, from the protocol."""
    protocol = dv_protocol.library().latest()
    catalog = {"types": protocol.types, "platforms": protocol.platforms,
               "aggravating": protocol.aggravating}.get(field)
    if catalog is None:
        return None
    codes = value if isinstance(value, list) else [value]
    return ", ".join(catalog.label(str(c), current_language()) for c in codes)


def render_value(entity: str, field: str, value: Any, names: dict[str, str]) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if entity == "measure" and field == "state":
        return risk_texts.state_label(str(value))
    if entity == "measure" and field == "code":
        return risk_texts.measure_label(str(value))
    if entity in PROTOCOL_ENTITIES:
        text = _protocol_value(field, value)
        if text is not None:
            return text
    catalog = ENTITY_CATALOG_FIELDS.get((entity, field)) or CATALOG_FIELDS.get(field)
    if catalog is not None:
        if isinstance(value, list):
            return labels.labels(catalog, [str(v) for v in value])
        return labels.label(catalog, str(value))
    if field in DATE_FIELDS:
        return _date(value)
    if field in BOOL_FIELDS or isinstance(value, bool):
        return labels.yes_no(value)
    if field == "date_precision":
        return labels.date_precision(str(value))
    if field == "contacts" and isinstance(value, list):
        return "; ".join(_contact(c) for c in value if isinstance(c, dict))
    if field == "documents" and isinstance(value, list):
        return "; ".join(f"{labels.document_kind(str(d.get('kind', '')))}: {d.get('number', '')}"
                         for d in value if isinstance(d, dict))
    if field == "participants" and isinstance(value, list):
        return "; ".join(_participant(p, names) for p in value if isinstance(p, dict))
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def _contact(c: dict[str, Any]) -> str:
    text = f"{labels.label('contact_channel_types', str(c.get('kind', '')))}: {c.get('value', '')}"
    if c.get("safe"):
        text += " " + translate("History", "(safe)")
    return text


def _participant(p: dict[str, Any], names: dict[str, str]) -> str:
    name = names.get(str(p.get("person_id")),
                     translate("History", "(person no longer on the case)"))
    text = f"{name} — {labels.label('link_roles', str(p.get('role', '')))}"
    if p.get("is_primary"):
        text += " " + translate("History", "(main)")
    return text


def action_text(action: str) -> str:
    texts = {
        "create": lambda: translate("History", "Created"),
        "update": lambda: translate("History", "Changed"),
        "delete": lambda: translate("History", "Deleted"),
        "sign": lambda: translate("History", "Signed"),
        "status": lambda: translate("History", "Status changed"),
        "redact": lambda: translate("History", "Name removed (ARCO cancellation)"),
    }
    text = texts.get(action)
    # Otherwise a step of a measure's life cycle (approve, activate, conclude…).
    return text() if text else risk_texts.action_label(action)


def history_field_label(entity: str, field: str) -> str:
    if entity in RISK_ENTITIES:
        return risk_texts.field_label(field)
    if entity in PROTOCOL_ENTITIES:
        label = protocol_texts.FIELD_LABELS.get(field.split(".", 1)[0])
        if label is not None:
            return label()
    return field_label(field)


def what_text(row: HistoryRow, names: dict[str, str]) -> str:
    what = labels.entity(row.entity)
    if row.entity == "person" and row.entity_id in names:
        return f"{what}: {names[row.entity_id]}"
    return what


def render(row: HistoryRow, names: dict[str, str]) -> HistoryLine:
    if row.field == "*":
        field = translate("History", "(record created)")
        before, after = "", ""
    else:
        field = history_field_label(row.entity, row.field)
        before = render_value(row.entity, row.field, _load(row.before), names)
        after = render_value(row.entity, row.field, _load(row.after), names)
    return HistoryLine(when=labels.fmt_instant(row.at), who=row.actor,
                       what=what_text(row, names), field=field, before=before, after=after,
                       action=action_text(row.action))
