"""How values read on screen: catalog labels, dates, times, initials."""

from __future__ import annotations

from datetime import date

from mpi_desktop.domain import catalogs
from mpi_desktop.domain.people import Person
from mpi_desktop.domain.timeutil import MEXICO_CITY, parse_iso_utc
from mpi_desktop.i18n import current_language, translate


def label(catalog: str, code: str | None) -> str:
    """A catalog code in the user's language; unknown codes show as themselves."""
    if not code:
        return ""
    return catalogs.get(catalog).label(code, current_language())


def labels(catalog: str, codes: tuple[str, ...] | list[str]) -> str:
    return ", ".join(label(catalog, c) for c in codes)


def fmt_date(value: date | None) -> str:
    # Day first, four-digit year: how dates are written in Mexico, unambiguous.
    return value.strftime("%d/%m/%Y") if value is not None else ""


def fmt_instant(iso: str | None) -> str:
    """A stored UTC instant as Mexico City wall-clock time."""
    if not iso:
        return ""
    try:
        local = parse_iso_utc(iso).astimezone(MEXICO_CITY)
    except ValueError:
        return iso
    return local.strftime("%d/%m/%Y %H:%M")


def initials(name: str) -> str:
    """Discreet mode: 'María José de la Cruz Peña' → 'M. J. C. P.' (Person's own rule)."""
    return Person(given_names=name).initials or "—"


def document_kind(kind: str) -> str:
    texts = {
        "curp": translate("CaseLabels", "CURP"),
        "rfc": translate("CaseLabels", "RFC"),
        "ine": translate("CaseLabels", "INE voter ID"),
        "pasaporte": translate("CaseLabels", "Passport"),
        "otro": translate("CaseLabels", "Other document"),
    }
    return texts.get(kind, kind)


def date_precision(code: str) -> str:
    texts = {
        "day": translate("CaseLabels", "Exact day"),
        "month": translate("CaseLabels", "Month only"),
        "year": translate("CaseLabels", "Year only"),
    }
    return texts.get(code, code)


def fmt_event_date(value: date, precision: str) -> str:
    if precision == "year":
        return f"{value.year}"
    if precision == "month":
        return value.strftime("%m/%Y")
    return fmt_date(value)


def entity(name: str) -> str:
    texts = {
        "case": translate("CaseLabels", "Case file"),
        "person": translate("CaseLabels", "Person"),
        "aggression": translate("CaseLabels", "Aggression"),
        "attention": translate("CaseLabels", "Attention"),
        "risk_assessment": translate("CaseLabels", "Risk assessment"),
        "risk_threat": translate("CaseLabels", "Threat in a risk assessment"),
        "measure": translate("CaseLabels", "Protection measure"),
        "measure_transition": translate("CaseLabels", "Step of a protection measure"),
        "dv_review": translate("CaseLabels", "Digital-violence review"),
        "dv_review_event": translate("CaseLabels", "Digital-violence review"),
        "evidence": translate("CaseLabels", "Evidence"),
        "cem_summary": translate("CaseLabels", "Summary for the CEM"),
        "cem_acuerdo": translate("CaseLabels", "CEM acuerdo"),
        "cem_session": translate("CaseLabels", "CEM session"),
        "cem_dismissal": translate("CaseLabels", "Dismissed packet finding"),
        "finding": translate("CaseLabels", "Open-source finding"),
        "workshop": translate("CaseLabels", "Workshop"),
    }
    return texts.get(name, name)


def yes_no(value: object) -> str:
    return translate("CaseLabels", "Yes") if value else translate("CaseLabels", "No")


def person_name(person: Person | None) -> str:
    if person is None:
        return translate("CaseLabels", "(no main beneficiary)")
    return person.full_name or translate("CaseLabels", "(no name)")
