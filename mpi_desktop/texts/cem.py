"""Words of the CEM sessions feature, in the user's language: labels and error sentences.

Shared by the session screens, the packet PDF and the ``packet`` command, so a
status or an age band reads the same everywhere.
"""

from __future__ import annotations

from collections.abc import Callable

from mpi_desktop.domain import catalogs
from mpi_desktop.domain import cem as dc
from mpi_desktop.domain import validation as v
from mpi_desktop.domain.anonymize import MonthYear
from mpi_desktop.domain.cem import CemSession
from mpi_desktop.i18n import current_language, translate


def lang() -> str:
    return current_language() if current_language() in catalogs.LANGS else "es"


# --- sessions --------------------------------------------------------------------------------


def status_label(code: str) -> str:
    texts: dict[str, Callable[[], str]] = {
        dc.PREPARING: lambda: translate("CemTexts", "In preparation"),
        dc.HELD: lambda: translate("CemTexts", "Held"),
        dc.CLOSED: lambda: translate("CemTexts", "Closed"),
    }
    return texts[code]() if code in texts else code


def status_action(target: str) -> str:
    """Button text for moving a session to ``target``."""
    texts: dict[str, Callable[[], str]] = {
        dc.PREPARING: lambda: translate("CemTexts", "Back to preparation"),
        dc.HELD: lambda: translate("CemTexts", "Mark as held"),
        dc.CLOSED: lambda: translate("CemTexts", "Close the session"),
    }
    return texts[target]() if target in texts else target


def session_title(s: CemSession) -> str:
    """"Sesión ordinaria 3/2026"."""
    kind = catalogs.get("cem_session_types").label(s.kind, lang())
    return translate("CemTexts", "{kind} {number}/{year}").format(
        kind=kind, number=s.number, year=s.year)


def granularity_label(code: str) -> str:
    if code == "zona":
        return translate("CemTexts", "Zone of the city")
    return translate("CemTexts", "Alcaldía")


def pseudonym_style_label(code: str) -> str:
    if code == "codes":
        return translate("CemTexts", "Random codes (Persona 7K3Q)")
    return translate("CemTexts", "Letters (Persona A, Persona B…)")


def reason_label(code: str) -> str:
    texts: dict[str, Callable[[], str]] = {
        "overdue_review": lambda: translate("CemTexts", "Overdue review"),
        "urgent_pending_ratification": lambda: translate(
            "CemTexts", "Urgent measure pending ratification"),
        "new_incorporation": lambda: translate("CemTexts", "New incorporation"),
        "rising_risk": lambda: translate("CemTexts", "Risk increased"),
        "manual": lambda: translate("CemTexts", "Added by hand"),
    }
    return texts[code]() if code in texts else code


def decision_label(code: str) -> str:
    texts: dict[str, Callable[[], str]] = {
        "approve": lambda: translate("CemTexts", "Approve"),
        "ratify": lambda: translate("CemTexts", "Ratify"),
        "modify": lambda: translate("CemTexts", "Modify"),
        "suspend": lambda: translate("CemTexts", "Suspend"),
        "resume": lambda: translate("CemTexts", "Resume"),
        "retire": lambda: translate("CemTexts", "Withdraw"),
        "conclude": lambda: translate("CemTexts", "Conclude"),
    }
    return texts[code]() if code in texts else code


# --- generalized values -------------------------------------------------------------------------


def age_band_label(code: str) -> str:
    texts: dict[str, Callable[[], str]] = {
        "under_18": lambda: translate("CemTexts", "Under 18"),
        "18_29": lambda: translate("CemTexts", "18 to 29 years"),
        "30_44": lambda: translate("CemTexts", "30 to 44 years"),
        "45_59": lambda: translate("CemTexts", "45 to 59 years"),
        "60_plus": lambda: translate("CemTexts", "60 years or more"),
    }
    return texts[code]() if code in texts else translate("CemTexts", "Not recorded")


def month_name(month: int) -> str:
    names = (
        lambda: translate("CemTexts", "January"), lambda: translate("CemTexts", "February"),
        lambda: translate("CemTexts", "March"), lambda: translate("CemTexts", "April"),
        lambda: translate("CemTexts", "May"), lambda: translate("CemTexts", "June"),
        lambda: translate("CemTexts", "July"), lambda: translate("CemTexts", "August"),
        lambda: translate("CemTexts", "September"), lambda: translate("CemTexts", "October"),
        lambda: translate("CemTexts", "November"), lambda: translate("CemTexts", "December"),
    )
    return names[month - 1]()


def month_year_label(when: MonthYear) -> str:
    if when.month is None:
        return str(when.year)
    return translate("CemTexts", "{month} {year}").format(month=month_name(when.month),
                                                          year=when.year)


def trend_label(code: str | None) -> str:
    texts: dict[str, Callable[[], str]] = {
        "rising": lambda: translate("CemTexts", "Rising"),
        "falling": lambda: translate("CemTexts", "Falling"),
        "stable": lambda: translate("CemTexts", "Unchanged"),
    }
    return texts[code]() if code in texts else translate("CemTexts", "First assessment")


def measure_state_label(code: str) -> str:
    texts: dict[str, Callable[[], str]] = {
        "propuesta": lambda: translate("CemTexts", "Proposed"),
        "aprobada": lambda: translate("CemTexts", "Approved"),
        "en_implementacion": lambda: translate("CemTexts", "Being implemented"),
        "vigente": lambda: translate("CemTexts", "In force"),
        "en_evaluacion": lambda: translate("CemTexts", "Under evaluation"),
        "modificada": lambda: translate("CemTexts", "Modified"),
        "suspendida": lambda: translate("CemTexts", "Suspended"),
        "retirada": lambda: translate("CemTexts", "Withdrawn"),
        "concluida": lambda: translate("CemTexts", "Concluded"),
    }
    return texts[code]() if code in texts else code


# --- leak findings ------------------------------------------------------------------------------


def finding_kind_label(kind: str) -> str:
    texts: dict[str, Callable[[], str]] = {
        "document": lambda: translate("CemTexts", "Identity document of a person in the packet"),
        "phone": lambda: translate("CemTexts", "Phone number of a person in the packet"),
        "email": lambda: translate("CemTexts", "E-mail of a person in the packet"),
        "handle": lambda: translate("CemTexts", "Account or handle of a person in the packet"),
        "birth_date": lambda: translate("CemTexts", "Birth date of a person in the packet"),
        "folio": lambda: translate("CemTexts", "Case folio"),
        "address": lambda: translate("CemTexts", "Address of a person in the packet"),
        "postal_code": lambda: translate("CemTexts", "Postal code of a person in the packet"),
        "name": lambda: translate("CemTexts", "Name of a person in the packet"),
        "alias": lambda: translate("CemTexts", "Alias of a person in the packet"),
        "organization": lambda: translate(
            "CemTexts", "Organisation or outlet of a person in the packet"),
        "curp": lambda: translate("CemTexts", "Looks like a CURP"),
        "rfc": lambda: translate("CemTexts", "Looks like an RFC"),
        "ine": lambda: translate("CemTexts", "Looks like an INE/CIC number"),
        "phone_pattern": lambda: translate("CemTexts", "Looks like a phone number"),
        "email_pattern": lambda: translate("CemTexts", "Looks like an e-mail address"),
        "url": lambda: translate("CemTexts", "Web address"),
        "handle_pattern": lambda: translate("CemTexts", "Looks like a social-media handle"),
        "postal_code_pattern": lambda: translate("CemTexts", "Postal code"),
        "folio_pattern": lambda: translate("CemTexts", "Looks like a case folio"),
        "exact_date": lambda: translate(
            "CemTexts", "Exact date (the packet uses month and year)"),
    }
    return texts[kind]() if kind in texts else kind


def field_label(field: str) -> str:
    """Where in the packet a finding is: the last meaningful part of the field id."""
    key = field.split(".")[-1] if field.startswith("case.measure.") else field
    texts: dict[str, Callable[[], str]] = {
        "case.summary": lambda: translate("CemTexts", "Summary for CEM"),
        "details": lambda: translate("CemTexts", "Measure details"),
        "copy.recipient": lambda: translate("CemTexts", "Recipient"),
        "case.heading": lambda: translate("CemTexts", "Case heading"),
        "case.profile": lambda: translate("CemTexts", "Profile"),
        "case.place": lambda: translate("CemTexts", "Place"),
        "case.organization": lambda: translate("CemTexts", "Type of organisation"),
        "case.linked": lambda: translate("CemTexts", "Linked persons"),
    }
    if key in texts:
        return texts[key]()
    return translate("CemTexts", "Packet text ({field})").format(field=field)


# --- errors ---------------------------------------------------------------------------------

_ISSUES: dict[str, Callable[[], str]] = {
    "required": lambda: translate("CemTexts", "required"),
    "out_of_range": lambda: translate("CemTexts", "out of range"),
    "unknown_code": lambda: translate("CemTexts", "not in the catalog"),
    "duplicate": lambda: translate("CemTexts", "repeated"),
    "year_mismatch": lambda: translate("CemTexts", "the date does not match the year"),
    "too_long": lambda: translate("CemTexts", "too long"),
    "invalid_acuerdo_number": lambda: translate(
        "CemTexts", "use the form CEM/2026/03/07 (year, session, number)"),
}


_FIELDS: dict[str, Callable[[], str]] = {
    "number": lambda: translate("CemTexts", "Number"),
    "year": lambda: translate("CemTexts", "Year"),
    "kind": lambda: translate("CemTexts", "Type of session"),
    "held_on": lambda: translate("CemTexts", "Date"),
    "status": lambda: translate("CemTexts", "Status"),
    "institutions": lambda: translate("CemTexts", "Attending institutions"),
    "place_granularity": lambda: translate("CemTexts", "Places shown as"),
    "pseudonym_style": lambda: translate("CemTexts", "Pseudonyms"),
    "notes": lambda: translate("CemTexts", "Notes"),
    "topic": lambda: translate("CemTexts", "Matter"),
    "text": lambda: translate("CemTexts", "Text"),
    "decisions": lambda: translate("CemTexts", "Decisions on measures"),
}


def issue_text(issue: v.Issue) -> str:
    problem = _ISSUES.get(issue.code)
    head = issue.field.split(".", 1)[0]
    where = _FIELDS[head]() if head in _FIELDS else issue.field
    return translate("CemTexts", "{field}: {problem}").format(
        field=where, problem=problem() if problem else issue.code)


def describe(exc: BaseException) -> str | None:
    """The sentence for an error of this feature, or None if it is not one."""
    if isinstance(exc, v.ValidationFailed) and exc.entity.startswith("cem_"):
        return translate("CemTexts", "Not saved: {issues}.").format(
            issues="; ".join(issue_text(i) for i in exc.issues))
    if isinstance(exc, dc.SessionClosed):
        return translate("CemTexts", "The session is closed: its agenda and acuerdos no longer "
                         "change.")
    if isinstance(exc, dc.StatusChangeRefused):
        return translate("CemTexts", "A session that is “{current}” cannot become “{target}”."
                         ).format(current=status_label(exc.current),
                                  target=status_label(exc.target))
    if isinstance(exc, dc.SessionNumberTaken):
        return translate("CemTexts", "There is already a session of that type with number "
                         "{number} in {year}.").format(number=exc.number, year=exc.year)
    if isinstance(exc, dc.SessionHasAcuerdos):
        return translate("CemTexts", "The session has {count} acuerdos recorded and cannot be "
                         "deleted.").format(count=exc.count)
    if isinstance(exc, dc.AcuerdosNeedHeldSession):
        return translate("CemTexts", "Acuerdos are recorded once the session is marked as "
                         "held.")
    if isinstance(exc, dc.AcuerdoNumberTaken):
        return translate("CemTexts", "The acuerdo number {number} is already in use."
                         ).format(number=exc.number)
    if isinstance(exc, dc.AcuerdoHasDecisions):
        return translate("CemTexts", "Acuerdo {number} already changed measures; it cannot be "
                         "deleted.").format(number=exc.number)
    if isinstance(exc, dc.DecisionFailed):
        from mpi_desktop.messages import describe as general

        return translate("CemTexts", "“{action}” could not be applied to a measure, so nothing "
                         "of the acuerdo was saved: {reason}").format(
            action=decision_label(exc.action), reason=general(exc.cause))
    if isinstance(exc, dc.MeasureNotInCase):
        return translate("CemTexts", "That measure belongs to another case.")
    if isinstance(exc, dc.EmptyPacket):
        return translate("CemTexts", "The packet has no cases: add items to the agenda first.")
    if isinstance(exc, dc.UnknownFolios):
        return translate("CemTexts", "Unknown folios: {folios}.").format(
            folios=", ".join(exc.folios))
    if isinstance(exc, dc.LeaksFound):
        return translate("CemTexts", "The packet was not written: {count} possible identifiers "
                         "found. Fix each one or dismiss it explicitly.").format(
            count=len(exc.findings))
    if isinstance(exc, dc.PacketCancelled):
        return translate("CemTexts", "Packet generation cancelled; nothing was written.")
    if isinstance(exc, dc.AgendaItemExists):
        return translate("CemTexts", "That case is already on the agenda with the same topic.")
    return None
