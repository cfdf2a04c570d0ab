"""Validation issues and field names of the case records, in the user's language."""

from __future__ import annotations

from collections.abc import Callable

from mpi_desktop.domain.validation import Issue
from mpi_desktop.i18n import translate

FIELD_LABELS: dict[str, Callable[[], str]] = {
    "given_names": lambda: translate("Fields", "Given names"),
    "first_surname": lambda: translate("Fields", "First surname"),
    "second_surname": lambda: translate("Fields", "Second surname"),
    "profile": lambda: translate("Fields", "Profile"),
    "aliases": lambda: translate("Fields", "Aliases"),
    "sex": lambda: translate("Fields", "Sex"),
    "gender_identity": lambda: translate("Fields", "Gender identity"),
    "birth_date": lambda: translate("Fields", "Date of birth"),
    "nationality": lambda: translate("Fields", "Nationality"),
    "contacts": lambda: translate("Fields", "Contact channels"),
    "documents": lambda: translate("Fields", "Identity documents"),
    "address": lambda: translate("Fields", "Address"),
    "postal_code": lambda: translate("Fields", "Postal code"),
    "alcaldia": lambda: translate("Fields", "Alcaldía"),
    "organization": lambda: translate("Fields", "Organisation or media outlet"),
    "organization_category": lambda: translate("Fields", "Type of organisation"),
    "defence_topics": lambda: translate("Fields", "Topics of defence or coverage"),
    "intersectional_factors": lambda: translate("Fields", "Intersectional factors"),
    "consent": lambda: translate("Fields", "Privacy notice accepted"),
    "consent_date": lambda: translate("Fields", "Date of consent"),
    "arco_opposition": lambda: translate("Fields", "ARCO opposition"),
    "opposition_date": lambda: translate("Fields", "Date of opposition"),
    "notes": lambda: translate("Fields", "Notes"),
    "folio": lambda: translate("Fields", "Folio"),
    "status": lambda: translate("Fields", "Status"),
    "procedure": lambda: translate("Fields", "Procedure"),
    "origin": lambda: translate("Fields", "Origin"),
    "federal_folio": lambda: translate("Fields", "Federal folio"),
    "participants": lambda: translate("Fields", "People on the case"),
    "caseworker": lambda: translate("Fields", "Caseworker"),
    "opened_on": lambda: translate("Fields", "Date of request"),
    "incorporated_on": lambda: translate("Fields", "Date of incorporation"),
    "closed_on": lambda: translate("Fields", "Date of conclusion"),
    "closing_reason": lambda: translate("Fields", "Reason for conclusion"),
    "closing_notes": lambda: translate("Fields", "Notes on conclusion"),
    "narrative": lambda: translate("Fields", "Account of the facts"),
    "occurred_on": lambda: translate("Fields", "Date"),
    "date_precision": lambda: translate("Fields", "Date precision"),
    "place": lambda: translate("Fields", "Place"),
    "types": lambda: translate("Fields", "Types"),
    "aggressor_type": lambda: translate("Fields", "Alleged aggressor"),
    "description": lambda: translate("Fields", "Description"),
    "kind": lambda: translate("Fields", "Type"),
    "institution": lambda: translate("Fields", "Institution"),
    "case_id": lambda: translate("Fields", "Case"),
}


def field_label(field: str) -> str:
    """'contacts.1.value' → 'Contact channels'; unknown fields show as themselves."""
    head = field.split(".", 1)[0]
    label = FIELD_LABELS.get(head)
    return label() if label else field


def describe_issue(issue: Issue) -> str:
    p = issue.params
    texts: dict[str, Callable[[], str]] = {
        "required": lambda: translate("Validation", "This field is required."),
        "too_long": lambda: translate("Validation", "Too long: at most {limit} characters."
                                      ).format(limit=p.get("limit", "")),
        "unknown_code": lambda: translate("Validation", "Unknown value “{code}”.").format(
            code=p.get("code", "")),
        "duplicate": lambda: translate("Validation", "Listed twice."),
        "future_date": lambda: translate("Validation", "The date is in the future."),
        "implausible_date": lambda: translate("Validation", "The date is not plausible."),
        "invalid_postal_code": lambda: translate("Validation",
                                                 "A postal code has 5 digits."),
        "invalid_email": lambda: translate("Validation", "This is not an e-mail address."),
        "invalid_phone": lambda: translate("Validation",
                                           "A phone number has 8 to 15 digits."),
        "invalid_curp": lambda: translate("Validation", "This is not a valid CURP."),
        "invalid_rfc": lambda: translate("Validation", "This is not a valid RFC."),
        "invalid_ine": lambda: translate("Validation",
                                         "This is not a valid INE key or CIC number."),
        "invalid_folio": lambda: translate("Validation",
                                           "A folio looks like MPI-2026-0042."),
        "required_for_refugio": lambda: translate(
            "Validation", "Ciudad refugio cases need the federal mechanism's folio."),
        "required_for_incorporation": lambda: translate(
            "Validation", "Needed to mark the case as incorporated."),
        "required_for_closing": lambda: translate(
            "Validation", "Needed to conclude the case."),
        "only_when_closed": lambda: translate(
            "Validation", "Only for concluded cases."),
        "before_opening": lambda: translate(
            "Validation", "Earlier than the date of request."),
        "one_primary": lambda: translate(
            "Validation", "A case has exactly one main beneficiary."),
        "unknown_person": lambda: translate("Validation", "A person on the case does not exist."),
        "required_for_referral": lambda: translate(
            "Validation", "A referral needs the institution it was made to."),
        "immutable": lambda: translate("Validation", "This cannot be changed."),
    }
    text = texts.get(issue.code)
    return text() if text else issue.code


def describe_issues(issues: list[Issue]) -> str:
    return "\n".join(f"{field_label(i.field)}: {describe_issue(i)}" for i in issues)
