"""Indicators, workshops and findings in the user's language (translation area "indicators").

Category labels come from the catalogs (and the risk instrument, the measure
catalog and the digital-violence protocol) in the current language; the names
of indicators, breakdowns and the report's own words are translated here.
"""

from __future__ import annotations

from collections.abc import Callable

from mpi_desktop.domain import catalogs
from mpi_desktop.domain import indicators as di
from mpi_desktop.domain import validation as v
from mpi_desktop.domain import workshops as dw
from mpi_desktop.i18n import current_language, translate
from mpi_desktop.interchange.errors import ImportIssue


def lang() -> str:
    return current_language() if current_language() in ("es", "en") else "es"


# --- indicators -------------------------------------------------------------------------------


def headline_label(key: str) -> str:
    texts: dict[str, Callable[[], str]] = {
        "attentions": lambda: translate("Indicators", "Attentions and referrals"),
        "cases_attended": lambda: translate("Indicators", "Cases attended"),
        "new_requests": lambda: translate("Indicators", "New requests"),
        "incorporations": lambda: translate("Indicators", "Incorporations to the mechanism"),
        "open_cases": lambda: translate("Indicators", "Case files open in the period"),
        "measures_in_force": lambda: translate("Indicators",
                                               "Measures in force at the end of the period"),
        "refugio_cases": lambda: translate("Indicators", "Ciudad refugio cases assisted"),
        "dv_reviews": lambda: translate("Indicators", "Digital-violence reviews"),
        "workshops": lambda: translate("Indicators", "Self-protection workshops held"),
        "people_trained": lambda: translate("Indicators", "People trained (attendances)"),
        "findings": lambda: translate("Indicators", "Open-source findings recorded"),
        "aggressions": lambda: translate("Indicators", "Aggressions recorded in case files"),
        "referrals": lambda: translate("Indicators", "Referrals"),
        "measures": lambda: translate("Indicators", "Protection measures"),
        "learning_evaluation": lambda: translate("Indicators", "Learning evaluation"),
    }
    text = texts.get(key)
    return text() if text else key


def score_label(key: str) -> str:
    texts: dict[str, Callable[[], str]] = {
        "learning_evaluation": lambda: translate("Indicators", "Learning evaluation"),
        "people_evaluated": lambda: translate("Indicators", "People who answered"),
        "average_before": lambda: translate("Indicators", "Average score before (0–10)"),
        "average_after": lambda: translate("Indicators", "Average score after (0–10)"),
        "gain": lambda: translate("Indicators", "Gain"),
    }
    text = texts.get(key)
    return text() if text else key


def headline_help(key: str) -> str:
    texts: dict[str, Callable[[], str]] = {
        "attentions": lambda: translate(
            "Indicators", "Personalised advice, referrals to other institutions and preventive "
            "actions dated in the period."),
        "cases_attended": lambda: translate(
            "Indicators", "Case files with an attention in the period or opened in it, each "
            "counted once."),
        "new_requests": lambda: translate("Indicators", "Case files opened in the period."),
        "incorporations": lambda: translate(
            "Indicators", "Case files incorporated in the period, by ordinary or extraordinary "
            "procedure."),
        "open_cases": lambda: translate(
            "Indicators", "Case files open at some moment of the period."),
        "measures_in_force": lambda: translate(
            "Indicators", "Measures being implemented, in force, under evaluation or modified "
            "on the last day."),
        "refugio_cases": lambda: translate(
            "Indicators", "Cases of the federal mechanism assisted by the city: open in the "
            "period or with an attention in it."),
        "dv_reviews": lambda: translate(
            "Indicators", "Protocol reviews started or completed in the period."),
        "workshops": lambda: translate(
            "Indicators", "Individual and collective workshops held in the period."),
        "people_trained": lambda: translate(
            "Indicators", "Attendances to the workshops held: registered people plus "
            "anonymous attendees."),
        "findings": lambda: translate(
            "Indicators", "Findings of the open-source monitoring dated in the period."),
        "aggressions": lambda: translate(
            "Indicators", "Aggressions that happened in the period, as recorded in case files."),
    }
    text = texts.get(key)
    return text() if text else ""


def breakdown_label(key: str) -> str:
    texts: dict[str, Callable[[], str]] = {
        "attentions_by_kind": lambda: translate("Indicators", "Attentions by type"),
        "referrals_by_institution": lambda: translate("Indicators",
                                                      "Referrals by institution"),
        "cases_by_profile_gender": lambda: translate(
            "Indicators", "Cases attended by profile and gender of the main beneficiary"),
        "cases_by_alcaldia": lambda: translate("Indicators", "Cases attended by alcaldía"),
        "incorporations_by_procedure": lambda: translate("Indicators",
                                                         "Incorporations by procedure"),
        "open_cases_by_risk_level": lambda: translate(
            "Indicators", "Open case files by risk level at the end of the period"),
        "measures_by_state_category": lambda: translate(
            "Indicators", "Measures by state at the end of the period and category"),
        "dv_types": lambda: translate(
            "Indicators", "Types of digital violence found (one review may show several)"),
        "workshops_by_modality": lambda: translate("Indicators", "Workshops by modality"),
        "workshops_by_topic": lambda: translate(
            "Indicators", "Workshops by topic (one workshop may cover several)"),
        "people_trained_by_gender": lambda: translate("Indicators",
                                                      "People trained by gender"),
        "findings_by_aggression_type": lambda: translate("Indicators",
                                                         "Findings by type of aggression"),
        "findings_by_alcaldia": lambda: translate("Indicators", "Findings by alcaldía"),
        "findings_by_source": lambda: translate("Indicators", "Findings by source"),
        "aggressions_by_type": lambda: translate(
            "Indicators", "Aggressions by type (one aggression may be of several types)"),
        "aggressions_by_aggressor": lambda: translate(
            "Indicators", "Aggressions by alleged aggressor"),
        "aggressions_by_alcaldia": lambda: translate("Indicators", "Aggressions by alcaldía"),
    }
    text = texts.get(key)
    return text() if text else key


def dimension_label(dim: str) -> str:
    texts: dict[str, Callable[[], str]] = {
        "attention_type": lambda: translate("Indicators", "Type of attention"),
        "institution": lambda: translate("Indicators", "Institution"),
        "profile": lambda: translate("Indicators", "Profile"),
        "gender": lambda: translate("Indicators", "Gender"),
        "alcaldia": lambda: translate("Indicators", "Alcaldía"),
        "procedure": lambda: translate("Indicators", "Procedure"),
        "risk_level": lambda: translate("Indicators", "Risk level"),
        "measure_category": lambda: translate("Indicators", "Category"),
        "measure_state": lambda: translate("Indicators", "State"),
        "dv_type": lambda: translate("Indicators", "Type of digital violence"),
        "workshop_modality": lambda: translate("Indicators", "Modality"),
        "workshop_topic": lambda: translate("Indicators", "Topic"),
        "aggression_type": lambda: translate("Indicators", "Type of aggression"),
        "aggressor_type": lambda: translate("Indicators", "Alleged aggressor"),
        "finding_source": lambda: translate("Indicators", "Source"),
    }
    text = texts.get(dim)
    return text() if text else dim


def gender_label(group: str) -> str:
    texts: dict[str, Callable[[], str]] = {
        "mujeres": lambda: translate("Indicators", "Women"),
        "hombres": lambda: translate("Indicators", "Men"),
        "no_binarias": lambda: translate("Indicators", "Non-binary people"),
        "otra_no_especificada": lambda: translate("Indicators", "Other or not recorded"),
    }
    text = texts.get(group)
    return text() if text else group


def modality_label(code: str) -> str:
    if code == dw.INDIVIDUAL:
        return translate("Indicators", "Individual")
    if code == dw.COLLECTIVE:
        return translate("Indicators", "Collective")
    return code


def workshop_status_label(code: str) -> str:
    texts: dict[str, Callable[[], str]] = {
        dw.SCHEDULED: lambda: translate("Workshops", "Scheduled"),
        dw.HELD: lambda: translate("Workshops", "Held"),
        dw.CANCELLED: lambda: translate("Workshops", "Cancelled"),
    }
    text = texts.get(code)
    return text() if text else code


def _catalog_label(name: str, code: str) -> str:
    return catalogs.get(name).label(code, lang())


def category_label(dim: str, code: str) -> str:
    """The label of a breakdown category in the current language."""
    if code == di.UNKNOWN:
        if dim == "risk_level":
            return translate("Indicators", "No signed assessment")
        return translate("Indicators", "Not recorded")
    if code == di.TOTAL:
        return translate("Indicators", "Total")
    by_catalog = {
        "attention_type": "attention_types", "institution": "institutions",
        "profile": "profiles", "alcaldia": "alcaldias", "procedure": "procedures",
        "workshop_topic": "workshop_topics", "aggression_type": "aggression_types",
        "aggressor_type": "aggressor_types", "finding_source": "finding_sources",
    }
    if dim in by_catalog:
        return _catalog_label(by_catalog[dim], code)
    if dim == "gender":
        return gender_label(code)
    if dim == "workshop_modality":
        return modality_label(code)
    if dim == "risk_level":
        from mpi_desktop.domain import risk_instrument

        return risk_instrument.current().level_label(code, lang()) or code
    if dim == "measure_category":
        from mpi_desktop.domain import measures

        return measures.catalog().categories.label(code, lang())
    if dim == "measure_state":
        from mpi_desktop.texts import risk as risk_texts

        return risk_texts.state_label(code)
    if dim == "dv_type":
        from mpi_desktop.domain import dv_protocol

        return dv_protocol.latest().types.label(code, lang())
    return code


def audience_label(audience: str) -> str:
    if audience == di.EXTERNAL:
        return translate("Indicators", "External (small figures suppressed)")
    return translate("Indicators", "Internal (complete figures)")


def unavailable_label(part: str) -> str:
    texts: dict[str, Callable[[], str]] = {
        "risk": lambda: translate("Indicators", "risk levels"),
        "measures": lambda: translate("Indicators", "protection measures"),
        "digital_violence": lambda: translate("Indicators", "digital-violence reviews"),
        "cem": lambda: translate("Indicators", "CEM sessions"),
    }
    text = texts.get(part)
    return text() if text else part


def suppression_legend() -> str:
    return translate(
        "Indicators",
        "* Confidential: fewer than {n} cases or people, or hidden so that such a figure "
        "cannot be worked out from the totals. Totals are exact.").format(n=di.THRESHOLD)


def months_label(period: di.Period) -> str:
    """'1 March 2026 to 30 April 2026', month names in the current language."""
    return translate("Indicators", "{first} to {last}").format(
        first=date_label(period.first), last=date_label(period.last))


def month_name(month: int) -> str:
    names = (
        translate("Months", "January"), translate("Months", "February"),
        translate("Months", "March"), translate("Months", "April"),
        translate("Months", "May"), translate("Months", "June"),
        translate("Months", "July"), translate("Months", "August"),
        translate("Months", "September"), translate("Months", "October"),
        translate("Months", "November"), translate("Months", "December"))
    return names[month - 1]


def date_label(day: object) -> str:
    from datetime import date

    assert isinstance(day, date)
    return translate("Indicators", "{day} {month} {year}").format(
        day=day.day, month=month_name(day.month), year=day.year)


def period_title(period: di.Period) -> str:
    number = period.bimester_number
    if number is not None:
        return translate("Indicators", "Bimester {n} of {year} ({first}–{last})").format(
            n=number, year=period.first.year, first=month_name(period.first.month),
            last=month_name(period.last.month))
    if period.whole_months == 12 and period.first.month == 1:
        return translate("Indicators", "Year {year}").format(year=period.first.year)
    return months_label(period)


# --- validation of workshops and findings -----------------------------------------------------


FIELD_LABELS: dict[str, Callable[[], str]] = {
    "held_on": lambda: translate("Workshops", "Date"),
    "status": lambda: translate("Workshops", "Status"),
    "modality": lambda: translate("Workshops", "Modality"),
    "title": lambda: translate("Workshops", "Title"),
    "topics": lambda: translate("Workshops", "Topics"),
    "place": lambda: translate("Workshops", "Place"),
    "alcaldia": lambda: translate("Workshops", "Alcaldía"),
    "facilitator": lambda: translate("Workshops", "Facilitator"),
    "duration_minutes": lambda: translate("Workshops", "Duration"),
    "participant_ids": lambda: translate("Workshops", "Registered attendees"),
    "participants": lambda: translate("Workshops", "Attendance"),
    "anonymous": lambda: translate("Workshops", "Anonymous attendees"),
    "evaluation": lambda: translate("Workshops", "Learning evaluation"),
    "notes": lambda: translate("Workshops", "Notes"),
    "found_on": lambda: translate("Findings", "Date found"),
    "source": lambda: translate("Findings", "Type of source"),
    "outlet": lambda: translate("Findings", "Outlet or account"),
    "url": lambda: translate("Findings", "Address (URL)"),
    "summary": lambda: translate("Findings", "Summary"),
    "aggression_type": lambda: translate("Findings", "Type of aggression"),
    "occurred_on": lambda: translate("Findings", "Date of the aggression"),
    "profile": lambda: translate("Findings", "Profile of the person attacked"),
    "case_id": lambda: translate("Findings", "Linked case"),
}


def field_label(name: str) -> str:
    head = name.split(".", 1)[0]
    label = FIELD_LABELS.get(head)
    return label() if label else name


def describe_issue(issue: v.Issue) -> str:
    p = issue.params
    texts: dict[str, Callable[[], str]] = {
        "held_in_future": lambda: translate(
            "Workshops", "A workshop marked as held cannot be in the future; mark it as "
            "scheduled."),
        "held_without_participants": lambda: translate(
            "Workshops", "A held workshop needs at least one attendee (registered or "
            "anonymous)."),
        "only_when_held": lambda: translate(
            "Workshops", "The learning evaluation is recorded once the workshop was held."),
        "more_than_participants": lambda: translate(
            "Workshops", "More people evaluated than attended ({participants})."
        ).format(participants=p.get("participants", "")),
        "required_with_scores": lambda: translate(
            "Workshops", "Say how many people answered the evaluation."),
        "out_of_range": lambda: translate("Workshops", "Must be between {low} and {high}."
                                          ).format(low=p.get("low", ""), high=p.get("high", "")),
        "unknown_person": lambda: translate("Workshops",
                                            "A registered attendee does not exist."),
        "after_found": lambda: translate(
            "Findings", "The aggression cannot be later than the date it was found."),
        "invalid_url": lambda: translate(
            "Findings", "Write the full address, starting with https:// or http://."),
        "unknown_case": lambda: translate("Findings", "The linked case does not exist."),
        "invalid_date": lambda: translate("Workshops", "Not a date: write it as dd/mm/yyyy."),
    }
    text = texts.get(issue.code)
    if text is not None:
        return text()
    from mpi_desktop.texts.validation import describe_issue as generic

    return generic(issue)


def describe_issues(issues: list[v.Issue]) -> str:
    return "\n".join(f"{field_label(i.field)}: {describe_issue(i)}" for i in issues)


def describe_import_issue(issue: ImportIssue) -> str | None:
    """Texts for the import codes only the workshop and finding sections report."""
    if issue.code in ("held_in_future", "held_without_participants", "only_when_held",
                      "more_than_participants", "required_with_scores", "after_found",
                      "invalid_url"):
        return describe_issue(v.Issue(issue.path, issue.code, dict(issue.params)))
    if issue.code == "unknown_attendee":
        return translate("Workshops", "The attendee is neither in the file nor in the vault.")
    return None


# --- errors -----------------------------------------------------------------------------------


def describe(exc: BaseException) -> str | None:
    """A sentence for this area's expected failures; None if not ours."""
    if isinstance(exc, v.ValidationFailed) and exc.entity in ("workshop", "finding"):
        head = (translate("Workshops", "The workshop was not saved:") if exc.entity == "workshop"
                else translate("Findings", "The finding was not saved:"))
        return head + "\n" + describe_issues(exc.issues)
    if isinstance(exc, di.UnsupportedReportFormat):
        return translate("Indicators", "The report can be written as .pdf or .csv, not "
                         "“{suffix}”.").format(suffix=exc.suffix)
    if isinstance(exc, di.PeriodError):
        return translate("Indicators", "The first day of the period is after the last one.")
    return None
