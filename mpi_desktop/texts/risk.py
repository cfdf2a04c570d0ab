"""Risk assessments and measures in the user's language: states, actions, problems,
and the explanation of an index as sentences.

Instrument texts (items, ratings, levels) come from the instrument file in the
current language; everything else is translated here (area "risk").
"""

from __future__ import annotations

from collections.abc import Callable

from mpi_desktop.domain import catalogs
from mpi_desktop.domain import measures as dm
from mpi_desktop.domain import risk as dr
from mpi_desktop.domain.risk_instrument import Instrument, UnknownInstrumentVersion
from mpi_desktop.domain.validation import Issue
from mpi_desktop.i18n import current_language, translate
from mpi_desktop.interchange.errors import ImportIssue


def lang() -> str:
    return current_language() if current_language() in ("es", "en") else "es"


def percent(value: float) -> str:
    return f"{round(value * 100)} %"


# --- measures: states and actions ----------------------------------------------------------


def state_label(state: str) -> str:
    texts: dict[str, Callable[[], str]] = {
        dm.PROPUESTA: lambda: translate("MeasureState", "Proposed"),
        dm.APROBADA: lambda: translate("MeasureState", "Approved"),
        dm.EN_IMPLEMENTACION: lambda: translate("MeasureState", "Being implemented"),
        dm.VIGENTE: lambda: translate("MeasureState", "In force"),
        dm.EN_EVALUACION: lambda: translate("MeasureState", "Under evaluation"),
        dm.MODIFICADA: lambda: translate("MeasureState", "Modified"),
        dm.SUSPENDIDA: lambda: translate("MeasureState", "Suspended"),
        dm.RETIRADA: lambda: translate("MeasureState", "Withdrawn"),
        dm.CONCLUIDA: lambda: translate("MeasureState", "Concluded"),
    }
    text = texts.get(state)
    return text() if text else state


def action_label(action: str) -> str:
    texts: dict[str, Callable[[], str]] = {
        dm.PROPOSE: lambda: translate("MeasureAction", "Propose"),
        "approve": lambda: translate("MeasureAction", "Approve (CEM)"),
        "urgent_implement": lambda: translate(
            "MeasureAction", "Start implementing now (urgent, before approval)"),
        "urgent_activate": lambda: translate(
            "MeasureAction", "Put in force now (urgent, before approval)"),
        "implement": lambda: translate("MeasureAction", "Start implementation"),
        "activate": lambda: translate("MeasureAction", "Put in force"),
        "evaluate": lambda: translate("MeasureAction", "Start evaluation"),
        "confirm": lambda: translate("MeasureAction", "Keep in force after evaluation"),
        "modify": lambda: translate("MeasureAction", "Modify (CEM)"),
        "suspend": lambda: translate("MeasureAction", "Suspend (CEM)"),
        "resume": lambda: translate("MeasureAction", "Resume (CEM)"),
        "retire": lambda: translate("MeasureAction", "Withdraw (CEM)"),
        "conclude": lambda: translate("MeasureAction", "Conclude"),
        "ratify": lambda: translate("MeasureAction", "Ratify (CEM)"),
    }
    text = texts.get(action)
    return text() if text else action


def action_help(action: str) -> str:
    texts: dict[str, Callable[[], str]] = {
        "approve": lambda: translate(
            "MeasureAction", "The CEM approved the measure. Cite the session and the acuerdo."),
        "urgent_implement": lambda: translate(
            "MeasureAction", "Extraordinary procedure: the measure starts before the CEM "
            "approves it and stays pending ratification by the CEM."),
        "urgent_activate": lambda: translate(
            "MeasureAction", "Extraordinary procedure: the measure is in force before the CEM "
            "approves it and stays pending ratification by the CEM."),
        "implement": lambda: translate(
            "MeasureAction", "The responsible institution started implementing the measure."),
        "activate": lambda: translate(
            "MeasureAction", "The measure is implemented and protecting the person."),
        "evaluate": lambda: translate(
            "MeasureAction", "Evaluate jointly with the beneficiary whether the measure works."),
        "confirm": lambda: translate(
            "MeasureAction", "The evaluation found the measure adequate; it stays in force."),
        "modify": lambda: translate(
            "MeasureAction", "The CEM changed the measure. Describe the measure as modified; "
            "it must then be implemented again."),
        "suspend": lambda: translate(
            "MeasureAction", "The CEM suspended the measure for now."),
        "resume": lambda: translate(
            "MeasureAction", "The CEM reinstated the suspended measure."),
        "retire": lambda: translate(
            "MeasureAction", "The CEM withdrew the measure (or did not ratify an urgent one)."),
        "conclude": lambda: translate(
            "MeasureAction", "The measure ended: its purpose was met or it is no longer needed."),
        "ratify": lambda: translate(
            "MeasureAction", "The CEM ratified the urgent measure taken before its approval."),
    }
    text = texts.get(action)
    return text() if text else ""


def pending_flag() -> str:
    return translate("Measures", "Pending ratification by the CEM")


def category_label(category: str) -> str:
    return dm.catalog().categories.label(category, lang())


def measure_label(code: str) -> str:
    return dm.catalog().entries.label(code, lang())


def institution_label(code: str | None) -> str:
    return catalogs.get("institutions").label(code, lang()) if code else ""


# --- risk: statuses -------------------------------------------------------------------------


def assessment_status(assessment: dr.RiskAssessment, *, current_id: str | None) -> str:
    if not assessment.is_signed:
        return translate("Risk", "Draft")
    if assessment.id == current_id:
        return translate("Risk", "Signed · in force")
    return translate("Risk", "Signed · superseded")


def threat_label(index: int) -> str:
    return translate("Risk", "Threat {number}").format(number=index + 1)


# --- problems -------------------------------------------------------------------------------


_FIELDS: dict[str, Callable[[], str]] = {
    "assessor": lambda: translate("RiskFields", "Assessor"),
    "assessed_on": lambda: translate("RiskFields", "Date of the assessment"),
    "review_due_on": lambda: translate("RiskFields", "Re-assess by"),
    "reason": lambda: translate("RiskFields", "Reason"),
    "summary": lambda: translate("RiskFields", "Conclusion"),
    "override_level": lambda: translate("RiskFields", "Level set by the assessor"),
    "override_reason": lambda: translate("RiskFields", "Reason for the level set by the assessor"),
    "threats": lambda: translate("RiskFields", "Threats"),
    "facts": lambda: translate("RiskFields", "Facts"),
    "kind": lambda: translate("RiskFields", "Declared or possible"),
    "first_on": lambda: translate("RiskFields", "Date"),
    "last_on": lambda: translate("RiskFields", "Last occurrence"),
    "source_type": lambda: translate("RiskFields", "Source (actor)"),
    "objective": lambda: translate("RiskFields", "Objective"),
    "channel": lambda: translate("RiskFields", "Channel"),
    "pattern": lambda: translate("RiskFields", "Pattern over time"),
    "feasibility_conclusion": lambda: translate("RiskFields",
                                                "Reasoned conclusion on feasibility"),
    "vulnerability": lambda: translate("RiskFields", "Vulnerabilities"),
    "capacity": lambda: translate("RiskFields", "Capacities"),
    "cem_session_ref": lambda: translate("RiskFields", "CEM session"),
    "cem_agreement_ref": lambda: translate("RiskFields", "CEM acuerdo"),
    "effective_on": lambda: translate("RiskFields", "Date"),
    "new_details": lambda: translate("RiskFields", "Measure as modified"),
    "new_institution": lambda: translate("RiskFields", "Responsible institution"),
    "next_review_on": lambda: translate("RiskFields", "Next review"),
    "details": lambda: translate("RiskFields", "Details"),
    "institution": lambda: translate("RiskFields", "Responsible institution"),
    "proposed_on": lambda: translate("RiskFields", "Date proposed"),
    "evaluation_notes": lambda: translate("RiskFields", "Evaluation notes"),
    "code": lambda: translate("RiskFields", "Measure"),
    "state": lambda: translate("RiskFields", "State"),
    "approved_on": lambda: translate("RiskFields", "Date approved"),
    "implemented_on": lambda: translate("RiskFields", "Implementation started"),
    "ended_on": lambda: translate("RiskFields", "Date ended"),
    "accepted": lambda: translate("RiskFields", "Accepted by the beneficiary"),
    "pending_ratification": lambda: translate("RiskFields", "Pending ratification by the CEM"),
    "status": lambda: translate("RiskFields", "Status"),
    "answers": lambda: translate("RiskFields", "Answers"),
}


def field_label(field: str, instrument: Instrument | None = None) -> str:
    """'answers.legal_v_impunity' → the item's text; 'threats.0.facts' → 'Threat 1: Facts'."""
    parts = field.split(".")
    if parts[0] == "answers" and len(parts) > 1:
        item = instrument.item(parts[1]) if instrument else None
        return item.label(lang()) if item else parts[1]
    if parts[0] == "threats" and len(parts) > 2 and parts[1].isdigit():
        head = threat_label(int(parts[1]))
        if parts[2] == "ratings" and len(parts) > 3:
            rating = instrument.rating(parts[3]) if instrument else None
            return f"{head}: {rating.label(lang()) if rating else parts[3]}"
        label = _FIELDS.get(parts[2])
        return f"{head}: {label() if label else parts[2]}"
    label = _FIELDS.get(parts[0])
    return label() if label else field


def describe_issue(issue: Issue) -> str:
    p = issue.params
    texts: dict[str, Callable[[], str]] = {
        "required": lambda: translate("RiskIssue", "Missing."),
        "too_long": lambda: translate("RiskIssue", "Too long: at most {limit} characters."
                                      ).format(limit=p.get("limit", "")),
        "unknown_code": lambda: translate("RiskIssue", "Unknown value “{code}”.").format(
            code=p.get("code", "")),
        "unknown_item": lambda: translate(
            "RiskIssue", "“{code}” is not part of this instrument version.").format(
                code=p.get("code", "")),
        "out_of_scale": lambda: translate("RiskIssue", "Use the 0–3 scale."),
        "future_date": lambda: translate("RiskIssue", "The date is in the future."),
        "implausible_date": lambda: translate("RiskIssue", "The date is not plausible."),
        "before_first": lambda: translate("RiskIssue", "Earlier than the first date."),
        "before_assessment": lambda: translate("RiskIssue",
                                               "Earlier than the date of the assessment."),
        "override_needs_reason": lambda: translate(
            "RiskIssue", "Changing the computed level needs a written reason."),
        "none_evaluated": lambda: translate(
            "RiskIssue", "At least one item of this kind must be evaluated."),
        "duplicate": lambda: translate("RiskIssue", "Listed twice."),
        "immutable": lambda: translate("RiskIssue", "This cannot be changed."),
        "before_previous": lambda: translate(
            "RiskIssue", "Earlier than the previous change ({date}).").format(
                date=p.get("date", "")),
        "before_effective": lambda: translate("RiskIssue", "Earlier than the date of the change."),
        "before_proposal": lambda: translate("RiskIssue", "Earlier than the proposal."),
        "retired_code": lambda: translate("RiskIssue", "This measure is no longer offered."),
        "category_mismatch": lambda: translate(
            "RiskIssue", "The category does not match the measure catalog."),
    }
    text = texts.get(issue.code)
    return text() if text else issue.code


def describe_issues(issues: list[Issue], instrument: Instrument | None = None) -> str:
    return "\n".join(f"• {field_label(i.field, instrument)}: {describe_issue(i)}"
                     for i in issues)


def describe_error(exc: BaseException) -> str | None:
    """The sentence for a risk or measure failure, or None for other exceptions."""
    if isinstance(exc, dr.AssessmentIncomplete):
        return translate(
            "RiskError", "The assessment cannot be signed yet. Missing ({count}):"
        ).format(count=len(exc.issues)) + "\n" + describe_issues(exc.issues, _instrument())
    if isinstance(exc, dr.AssessmentInvalid):
        return translate("RiskError", "The assessment cannot be saved:") + "\n" + \
            describe_issues(exc.issues, _instrument())
    if isinstance(exc, dr.AssessmentSigned):
        return translate(
            "RiskError", "This assessment is signed and cannot change. Start a new assessment "
            "instead; the signed one stays in the history.")
    if isinstance(exc, UnknownInstrumentVersion):
        return translate(
            "RiskError", "This assessment uses version {version} of the risk instrument, which "
            "this installation does not have. Update the app.").format(version=exc.version)
    if isinstance(exc, dm.InvalidTransition):
        allowed = ", ".join(f"«{action_label(a)}»" for a in exc.allowed)
        return translate(
            "RiskError", "A measure in state «{state}» cannot go through «{action}». "
            "Allowed now: {allowed}.").format(
                state=state_label(exc.state), action=action_label(exc.action),
                allowed=allowed or translate("RiskError", "none (the measure is closed)"))
    if isinstance(exc, dm.UrgentStartNotAllowed):
        if exc.problem == "not_urgent":
            return translate(
                "RiskError", "Only urgent protection measures can start before the CEM "
                "approves them.")
        return translate(
            "RiskError", "A measure can start before the CEM approves it only in cases under "
            "the extraordinary procedure.")
    if isinstance(exc, dm.TransitionIncomplete):
        return translate("RiskError", "«{action}» needs:").format(
            action=action_label(exc.action)) + "\n" + describe_issues(exc.issues)
    if isinstance(exc, dm.MeasureInvalid):
        return translate("RiskError", "The measure cannot be saved:") + "\n" + \
            describe_issues(exc.issues)
    if isinstance(exc, dm.MeasureNotEditable):
        if exc.fields == ["*"]:
            return translate(
                "RiskError", "Only a proposed measure can be deleted. Withdraw it instead; "
                "its history stays in the plan.")
        return translate(
            "RiskError", "After approval the measure itself changes only through a CEM "
            "modification.")
    return None


def _instrument() -> Instrument | None:
    from mpi_desktop.domain import risk_instrument

    try:
        return risk_instrument.current()
    except Exception:  # a broken file is reported at start-up, not here
        return None


# --- the explanation as sentences -------------------------------------------------------------


def explanation(result: dr.RiskResult, assessment: dr.RiskAssessment,
                instrument: Instrument) -> list[str]:
    """What drives the index, sentence by sentence (most important first)."""
    e = result.explanation
    lg = lang()
    out: list[str] = []
    threat_pos = next((i for i, t in enumerate(assessment.threats) if t.id == e.threat_id), None)
    if threat_pos is None:
        out.append(translate("Explain", "No threat is registered, so the index is 0."))
    else:
        ratings = ", ".join(f"{_rating(instrument, d.code)} {d.value}" for d in e.threat_ratings)
        out.append(translate(
            "Explain", "Threats {t}: set by threat {number} ({ratings}).").format(
                t=percent(result.threat_score), number=threat_pos + 1, ratings=ratings))
    if e.grave_imminent_threats:
        numbers = ", ".join(str(i + 1) for i, t in enumerate(assessment.threats)
                            if t.id in e.grave_imminent_threats)
        out.append(translate("Explain", "Grave and imminent threat: {numbers}.").format(
            numbers=numbers))
    if e.top_vulnerabilities:
        items = "; ".join(f"{_item(instrument, d.code)} ({d.value})"
                          for d in e.top_vulnerabilities)
        out.append(translate("Explain", "Vulnerabilities {v}, mostly: {items}.").format(
            v=percent(result.vulnerability_score), items=items))
    else:
        out.append(translate("Explain", "Vulnerabilities {v}: none scored 2 or 3.").format(
            v=percent(result.vulnerability_score)))
    if e.missing_capacities:
        items = "; ".join(f"{_item(instrument, d.code)} ({d.value})"
                          for d in e.missing_capacities)
        out.append(translate("Explain", "Capacities {c}; missing or weak: {items}.").format(
            c=percent(result.capacity_score), items=items))
    else:
        out.append(translate("Explain", "Capacities {c}: none scored 0 or 1.").format(
            c=percent(result.capacity_score)))
    out.append(translate(
        "Explain", "Index = {t} × {v} ÷ ({c} + {offset}) = {index} → {band}.").format(
            t=f"{result.threat_score:.2f}", v=f"{result.vulnerability_score:.2f}",
            c=f"{result.capacity_score:.2f}", offset=f"{instrument.capacity_offset:.2f}",
            index=f"{result.index:.2f}", band=instrument.level_label(e.band_level, lg)))
    if e.extremo_withheld:
        out.append(translate(
            "Explain", "The index reaches the extreme band, but no threat is grave and "
            "imminent: the level stays {level}.").format(
                level=instrument.level_label(result.level, lg)))
    if e.floor_applied:
        out.append(translate(
            "Explain", "A grave and imminent threat raises the level to at least {level}."
        ).format(level=instrument.level_label(result.level, lg)))
    if e.not_evaluated:
        out.append(translate("Explain", "Items marked “not evaluated”, left out: {count}."
                             ).format(count=e.not_evaluated))
    return out


def _item(instrument: Instrument, code: str) -> str:
    item = instrument.item(code)
    return item.label(lang()) if item else code


def _rating(instrument: Instrument, code: str) -> str:
    rating = instrument.rating(code)
    return rating.label(lang()) if rating else code


# --- import problems of the risk_assessments and measures sections ---------------------------


def describe_import_issue(issue: ImportIssue) -> str | None:
    """Sentences for this feature's import problems (None: not one of ours)."""
    if not issue.path.startswith(("$.risk_assessments", "$.measures")):
        return None
    p = issue.params
    texts: dict[str, Callable[[], str]] = {
        "unknown_instrument_version": lambda: translate(
            "RiskImport", "Risk instrument version {version} is not installed here; update "
            "MPI Desktop before importing this assessment.").format(
                version=p.get("version", "")),
        "figures_mismatch": lambda: translate(
            "RiskImport", "The signed figures are not what instrument version {version} "
            "computes from these answers and threats: the file was altered.").format(
                version=p.get("version", "")),
        "signed_assessment_immutable": lambda: translate(
            "RiskImport", "A different version of this signed assessment is already in the "
            "vault; signed assessments are never replaced."),
        "override_equals_computed": lambda: translate(
            "RiskImport", "The level set by the assessor equals the computed one."),
        "second_draft_in_file": lambda: translate(
            "RiskImport", "The file has another draft assessment for this case ({first})."
        ).format(first=p.get("first", "")),
        "case_has_draft": lambda: translate(
            "RiskImport", "The case already has a draft assessment in the vault; sign or "
            "discard it first."),
        "invalid_result": lambda: translate("RiskImport", "The computed figures are unreadable."),
        "history_conflict": lambda: translate(
            "RiskImport", "The measure's history in the file differs from the one in the vault; "
            "a history can only grow."),
        "breaks_life_cycle": lambda: translate(
            "RiskImport", "This change («{action}») does not follow the measure life cycle."
        ).format(action=action_label(str(p.get("action", "")))),
        "cem_refs_missing": lambda: translate(
            "RiskImport", "This change («{action}») lacks the CEM session or acuerdo."
        ).format(action=action_label(str(p.get("action", "")))),
        "does_not_match_history": lambda: translate(
            "RiskImport", "This does not match the measure's history of changes."),
        "must_start_with_proposal": lambda: translate(
            "RiskImport", "A measure's history starts with its proposal."),
        "bad_sequence": lambda: translate(
            "RiskImport", "The changes are not numbered 1, 2, 3…"),
        "duplicate_in_file": lambda: translate(
            "RiskImport", "The same UUID appears twice in the file ({first}).").format(
                first=p.get("first", "")),
        "transition_of_another_measure": lambda: translate(
            "RiskImport", "This change belongs to another measure in the vault."),
    }
    text = texts.get(issue.code)
    if text is not None:
        return text()
    if issue.code.startswith("signed_but_"):
        return translate("RiskImport", "A signed assessment must be complete: {problem}").format(
            problem=describe_issue(Issue("", issue.code.removeprefix("signed_but_"), p)))
    if issue.code in _OWN_ISSUES:
        return describe_issue(Issue("", issue.code, p))
    return None


#: Domain issue codes only this feature produces (generic ones stay with texts/validation).
_OWN_ISSUES = {"unknown_item", "out_of_scale", "override_needs_reason", "none_evaluated",
               "before_first", "before_assessment", "before_previous", "before_effective",
               "before_proposal", "retired_code", "category_mismatch"}
