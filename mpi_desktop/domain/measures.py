"""Protection-plan measures and their life cycle, enforced here (pure, no SQL).

States: propuesta → aprobada → en implementación → vigente → en evaluación →
modificada | suspendida | retirada | concluida.  Each change is an *action*
with a fixed origin and target (the table :data:`ACTIONS`, printed in
docs/RISK.md).  An action that the table does not allow is refused naming the
allowed ones.  Actions that the CEM decides (approve, modify, suspend, resume,
retire, ratify) need the CEM session and *acuerdo* references.

Extraordinary procedure: an urgent measure of a case in the extraordinary
procedure may start before the CEM approves it (``urgent_implement`` /
``urgent_activate``); it is then *pending ratification by the CEM* until a
``ratify`` action (or a ``retire``, when the CEM does not ratify it).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from mpi_desktop.domain import catalogs
from mpi_desktop.domain.catalogs import Catalog, CatalogError, Entry, parse_entries, read_json
from mpi_desktop.domain.ids import new_id
from mpi_desktop.domain.timeutil import today_local
from mpi_desktop.domain.validation import EARLIEST, MAX_SHORT, MAX_TEXT, Issue
from mpi_desktop.errors import ExitCode, MpiError
from mpi_desktop.paths import resource_path

# --- states ----------------------------------------------------------------------------------

PROPUESTA = "propuesta"
APROBADA = "aprobada"
EN_IMPLEMENTACION = "en_implementacion"
VIGENTE = "vigente"
EN_EVALUACION = "en_evaluacion"
MODIFICADA = "modificada"
SUSPENDIDA = "suspendida"
RETIRADA = "retirada"
CONCLUIDA = "concluida"
STATES = (PROPUESTA, APROBADA, EN_IMPLEMENTACION, VIGENTE, EN_EVALUACION, MODIFICADA,
          SUSPENDIDA, RETIRADA, CONCLUIDA)
TERMINAL = (RETIRADA, CONCLUIDA)
#: States whose next-review date is followed up (overdue reviews).
REVIEWED = (APROBADA, EN_IMPLEMENTACION, VIGENTE, EN_EVALUACION, MODIFICADA, SUSPENDIDA)
#: States in which a measure protects the person (shown as "in force" in packets).
IN_FORCE = (EN_IMPLEMENTACION, VIGENTE, EN_EVALUACION, MODIFICADA)

URGENT_CATEGORY = "urgente"
EXTRAORDINARY = "extraordinario"

PROPOSE = "propose"


@dataclass(frozen=True)
class Action:
    code: str
    sources: tuple[str, ...]
    #: None: the state does not change (ratification).
    target: str | None
    needs_cem: bool = False
    needs_reason: bool = False
    #: Only urgent measures of cases in the extraordinary procedure.
    urgent_only: bool = False
    #: Only while the measure is pending ratification.
    pending_only: bool = False


#: Where a measure started before approval can be: everywhere after propuesta
#: except retirada (withdrawing it is the CEM's "no").
_AFTER_URGENT_START = (EN_IMPLEMENTACION, VIGENTE, EN_EVALUACION, MODIFICADA, SUSPENDIDA,
                       CONCLUIDA)

#: The allowed-transition table.  Order is the order actions are offered in.
ACTIONS: dict[str, Action] = {a.code: a for a in (
    Action("approve", (PROPUESTA,), APROBADA, needs_cem=True),
    Action("urgent_implement", (PROPUESTA,), EN_IMPLEMENTACION, needs_reason=True,
           urgent_only=True),
    Action("urgent_activate", (PROPUESTA,), VIGENTE, needs_reason=True, urgent_only=True),
    Action("implement", (APROBADA, MODIFICADA), EN_IMPLEMENTACION),
    Action("activate", (APROBADA, EN_IMPLEMENTACION, MODIFICADA), VIGENTE),
    Action("evaluate", (VIGENTE,), EN_EVALUACION),
    Action("confirm", (EN_EVALUACION,), VIGENTE),
    Action("modify", (VIGENTE, EN_EVALUACION), MODIFICADA, needs_cem=True, needs_reason=True),
    Action("suspend", (EN_IMPLEMENTACION, VIGENTE, EN_EVALUACION, MODIFICADA), SUSPENDIDA,
           needs_cem=True, needs_reason=True),
    Action("resume", (SUSPENDIDA,), VIGENTE, needs_cem=True, needs_reason=True),
    Action("retire", (PROPUESTA, APROBADA, EN_IMPLEMENTACION, VIGENTE, EN_EVALUACION,
                      MODIFICADA, SUSPENDIDA), RETIRADA, needs_cem=True, needs_reason=True),
    Action("conclude", (VIGENTE, EN_EVALUACION, MODIFICADA, SUSPENDIDA), CONCLUIDA,
           needs_reason=True),
    Action("ratify", _AFTER_URGENT_START, None, needs_cem=True, pending_only=True),
)}


# --- errors ----------------------------------------------------------------------------------


class MeasureError(MpiError):
    """Base of the measures' expected failures (texts in texts/risk.py)."""

    exit_code = ExitCode.REFUSED


class InvalidTransition(MeasureError):
    def __init__(self, state: str, action: str, allowed: list[str]) -> None:
        super().__init__(f"cannot {action} a measure in state {state}; allowed: "
                         + (", ".join(allowed) or "none"))
        self.state = state
        self.action = action
        self.allowed = allowed


class UrgentStartNotAllowed(MeasureError):
    """Only urgent measures of extraordinary-procedure cases start before approval."""

    def __init__(self, problem: str) -> None:
        super().__init__(f"urgent start not allowed: {problem}")
        #: 'not_urgent' (category) or 'not_extraordinary' (case procedure).
        self.problem = problem


class TransitionIncomplete(MeasureError):
    exit_code = ExitCode.INVALID_INPUT

    def __init__(self, action: str, issues: list[Issue]) -> None:
        super().__init__(f"{action}: " + "; ".join(f"{i.field}: {i.code}" for i in issues))
        self.action = action
        self.issues = issues


class MeasureInvalid(MeasureError):
    exit_code = ExitCode.INVALID_INPUT

    def __init__(self, issues: list[Issue]) -> None:
        super().__init__("measure: " + "; ".join(f"{i.field}: {i.code}" for i in issues))
        self.issues = issues


class MeasureNotEditable(MeasureError):
    """Only a proposal can be edited freely or discarded; later, changes are CEM actions."""

    def __init__(self, state: str, fields: list[str]) -> None:
        super().__init__(f"fields {fields} cannot change in state {state}")
        self.state = state
        self.fields = fields


# --- the measure catalog ---------------------------------------------------------------------


@dataclass(frozen=True)
class MeasureCatalog:
    path: str
    version: int
    categories: Catalog
    entries: Catalog

    def entry(self, code: str) -> Entry | None:
        return self.entries.get(code)

    def category_of(self, code: str) -> str | None:
        entry = self.entries.get(code)
        return str(entry.get("category")) if entry else None

    def codes_in(self, category: str) -> list[str]:
        return [e.code for e in self.entries.entries
                if e.active and e.get("category") == category]


def load_catalog(path: Path) -> MeasureCatalog:
    doc = read_json(path)
    if not isinstance(doc, dict) or doc.get("catalog") != "measures":
        raise CatalogError(path, None, "'catalog' must be 'measures'")
    version = doc.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise CatalogError(path, None, "'version' must be a positive integer")
    categories = Catalog("measure_categories", version,
                         parse_entries(doc.get("categories"), path, "categories"))
    entries = Catalog("measures", version, parse_entries(doc.get("entries"), path))
    institutions = catalogs.get("institutions")
    for entry in entries.entries:
        if entry.get("category") not in categories:
            raise CatalogError(path, entry.code, "'category' must name one of the categories")
        default = entry.get("default_institution")
        if default is not None and default not in institutions:
            raise CatalogError(path, entry.code,
                               f"'default_institution' refers to unknown institution '{default}'")
        for flag in ("locating", "digital"):
            if not isinstance(entry.get(flag, False), bool):
                raise CatalogError(path, entry.code, f"'{flag}' must be true or false")
    return MeasureCatalog(path=str(path), version=version, categories=categories,
                          entries=entries)


@cache
def catalog() -> MeasureCatalog:
    return load_catalog(resource_path("catalogs", "measures.json"))


# --- the record -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Transition:
    """One change of a measure: who, when, why, and on which CEM decision."""

    measure_id: str
    seq: int
    action: str
    from_state: str | None
    to_state: str
    effective_on: date
    actor: str
    at: str = ""
    reason: str = ""
    #: e.g. "3a Sesión Ordinaria 2026".
    cem_session_ref: str = ""
    #: e.g. "CEM/2026/03/07".
    cem_agreement_ref: str = ""
    #: Filled by the CEM sessions feature when the session is recorded in the app.
    cem_session_id: str | None = None
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class Measure:
    case_id: str
    code: str
    category: str
    proposed_on: date
    id: str = field(default_factory=new_id)
    institution: str | None = None
    details: str = ""
    state: str = PROPUESTA
    #: Grows by one with every modification.
    version: int = 1
    pending_ratification: bool = False
    #: Started before approval (extraordinary procedure).
    urgent_start: bool = False
    approved_on: date | None = None
    implemented_on: date | None = None
    next_review_on: date | None = None
    ended_on: date | None = None
    evaluation_notes: str = ""
    #: Did the beneficiary accept it?  None: not recorded yet.
    accepted: bool | None = None
    transitions: tuple[Transition, ...] = ()
    created_at: str = ""
    updated_at: str = ""

    @property
    def is_terminal(self) -> bool:
        return self.state in TERMINAL

    def review_overdue(self, today: date) -> bool:
        return (self.state in REVIEWED and self.next_review_on is not None
                and self.next_review_on < today)


# --- rules -----------------------------------------------------------------------------------


def urgent_start_problem(category: str, procedure: str | None) -> str | None:
    if category != URGENT_CATEGORY:
        return "not_urgent"
    if procedure != EXTRAORDINARY:
        return "not_extraordinary"
    return None


def allowed_actions(measure: Measure, *, procedure: str | None) -> list[str]:
    """Actions offered for this measure now, in table order."""
    out = []
    for action in ACTIONS.values():
        if measure.state not in action.sources:
            continue
        if action.urgent_only and urgent_start_problem(measure.category, procedure):
            continue
        if action.pending_only and not measure.pending_ratification:
            continue
        out.append(action.code)
    return out


def check_action(measure: Measure, action: str, *, procedure: str | None) -> Action:
    """The action's spec, or InvalidTransition / UrgentStartNotAllowed naming why not."""
    spec = ACTIONS.get(action)
    allowed = allowed_actions(measure, procedure=procedure)
    if spec is None or measure.state not in spec.sources or (
            spec.pending_only and not measure.pending_ratification):
        raise InvalidTransition(measure.state, action, allowed)
    if spec.urgent_only:
        problem = urgent_start_problem(measure.category, procedure)
        if problem:
            raise UrgentStartNotAllowed(problem)
    return spec


@dataclass(frozen=True)
class TransitionRequest:
    action: str
    actor: str
    effective_on: date | None = None
    reason: str = ""
    cem_session_ref: str = ""
    cem_agreement_ref: str = ""
    cem_session_id: str | None = None
    #: Only for ``modify``: the measure as modified.
    new_details: str | None = None
    new_institution: str | None = None
    #: Optional for any action that leaves the measure under follow-up.
    next_review_on: date | None = None


def apply(measure: Measure, request: TransitionRequest, *, procedure: str | None,
          today: date | None = None, at: str = "") -> Measure:
    """The measure after ``request``, with the transition appended.

    Raises InvalidTransition (naming the allowed actions), UrgentStartNotAllowed
    or TransitionIncomplete (missing CEM references, reason, details; bad dates).
    """
    spec = check_action(measure, request.action, procedure=procedure)
    today = today or today_local()
    effective = request.effective_on or today
    issues: list[Issue] = []
    if spec.needs_cem:
        if not request.cem_session_ref.strip():
            issues.append(Issue("cem_session_ref", "required"))
        if not request.cem_agreement_ref.strip():
            issues.append(Issue("cem_agreement_ref", "required"))
    if spec.needs_reason and not request.reason.strip():
        issues.append(Issue("reason", "required"))
    if effective > today:
        issues.append(Issue("effective_on", "future_date"))
    last = measure.transitions[-1].effective_on if measure.transitions else measure.proposed_on
    if effective < last:
        issues.append(Issue("effective_on", "before_previous", {"date": last.isoformat()}))
    for name, limit in (("reason", MAX_TEXT), ("cem_session_ref", MAX_SHORT),
                        ("cem_agreement_ref", MAX_SHORT)):
        if len(getattr(request, name)) > limit:
            issues.append(Issue(name, "too_long", {"limit": limit}))
    changes: dict[str, Any] = {}
    if spec.code == "modify":
        details = (request.new_details or "").strip()
        if not details:
            issues.append(Issue("new_details", "required"))
        elif len(details) > MAX_TEXT:
            issues.append(Issue("new_details", "too_long", {"limit": MAX_TEXT}))
        institution = request.new_institution or measure.institution
        if institution is not None and institution not in catalogs.get("institutions"):
            issues.append(Issue("new_institution", "unknown_code", {"code": institution}))
        changes.update(details=details, institution=institution, version=measure.version + 1)
    if request.next_review_on is not None:
        if request.next_review_on < effective:
            issues.append(Issue("next_review_on", "before_effective"))
        changes["next_review_on"] = request.next_review_on
    if issues:
        raise TransitionIncomplete(spec.code, issues)

    target = spec.target or measure.state
    if spec.code == "approve":
        changes["approved_on"] = effective
    if target == VIGENTE and measure.implemented_on is None:
        changes["implemented_on"] = effective
    if spec.urgent_only:
        changes.update(pending_ratification=True, urgent_start=True)
    if spec.code in ("ratify", "retire"):
        changes["pending_ratification"] = False
    if target in TERMINAL:
        changes.update(ended_on=effective, next_review_on=None)
    transition = Transition(
        measure_id=measure.id, seq=len(measure.transitions) + 1, action=spec.code,
        from_state=measure.state, to_state=target, effective_on=effective, actor=request.actor,
        at=at, reason=request.reason.strip(), cem_session_ref=request.cem_session_ref.strip(),
        cem_agreement_ref=request.cem_agreement_ref.strip(),
        cem_session_id=request.cem_session_id)
    return replace(measure, state=target, transitions=(*measure.transitions, transition),
                   **changes)


def new_measure(*, case_id: str, code: str, actor: str, details: str = "",
                institution: str | None = None, proposed_on: date | None = None,
                next_review_on: date | None = None, reason: str = "", at: str = "",
                measure_catalog: MeasureCatalog | None = None) -> Measure:
    """A proposal from the catalog, its institution defaulting to the catalog's."""
    cat = measure_catalog or catalog()
    entry = cat.entry(code)
    category = str(entry.get("category")) if entry else ""
    if institution is None and entry is not None:
        institution = entry.get("default_institution")
    proposed = proposed_on or today_local()
    measure = Measure(case_id=case_id, code=code, category=category, proposed_on=proposed,
                      institution=institution, details=details.strip(),
                      next_review_on=next_review_on)
    first = Transition(measure_id=measure.id, seq=1, action=PROPOSE, from_state=None,
                       to_state=PROPUESTA, effective_on=proposed, actor=actor, at=at,
                       reason=reason.strip())
    return replace(measure, transitions=(first,))


def validate(measure: Measure, *, today: date | None = None, is_new: bool = False,
             measure_catalog: MeasureCatalog | None = None) -> list[Issue]:
    today = today or today_local()
    cat = measure_catalog or catalog()
    issues: list[Issue] = []
    entry = cat.entry(measure.code)
    if entry is None:
        issues.append(Issue("code", "unknown_code", {"code": measure.code}))
    elif is_new and not entry.active:
        issues.append(Issue("code", "retired_code", {"code": measure.code}))
    elif measure.category != entry.get("category"):
        issues.append(Issue("category", "category_mismatch", {"code": measure.category}))
    if measure.institution is not None and \
            measure.institution not in catalogs.get("institutions"):
        issues.append(Issue("institution", "unknown_code", {"code": measure.institution}))
    if measure.state not in STATES:
        issues.append(Issue("state", "unknown_code", {"code": measure.state}))
    if measure.proposed_on > today:
        issues.append(Issue("proposed_on", "future_date"))
    elif measure.proposed_on < EARLIEST:
        issues.append(Issue("proposed_on", "implausible_date"))
    if measure.next_review_on is not None and measure.next_review_on < measure.proposed_on:
        issues.append(Issue("next_review_on", "before_proposal"))
    for name in ("details", "evaluation_notes"):
        if len(getattr(measure, name)) > MAX_TEXT:
            issues.append(Issue(name, "too_long", {"limit": MAX_TEXT}))
    return issues


#: Fields a plain edit may change, by state.  After approval the measure itself
#: (what, who) changes only through a CEM ``modify``.
FOLLOW_UP_FIELDS = ("next_review_on", "evaluation_notes", "accepted")
PROPOSAL_FIELDS = ("details", "institution", "proposed_on", *FOLLOW_UP_FIELDS)


def editable_fields(state: str) -> tuple[str, ...]:
    if state == PROPUESTA:
        return PROPOSAL_FIELDS
    if state in TERMINAL:
        return ("evaluation_notes", "accepted")
    return FOLLOW_UP_FIELDS


def edit(measure: Measure, **changes: Any) -> Measure:
    """Apply a plain edit (no state change); refuse fields the state does not allow."""
    allowed = editable_fields(measure.state)
    refused = sorted(k for k, v in changes.items()
                     if k not in allowed and getattr(measure, k) != v)
    if refused:
        raise MeasureNotEditable(measure.state, refused)
    return replace(measure, **changes)


def replay(measure: Measure) -> list[Issue]:
    """Check that the transitions lead, step by step by the table, to the stored state.

    Used on import: a document cannot hand us a measure whose history breaks
    the life cycle.  The procedure rule is not re-checked (the case's procedure
    may have changed since), only the table and the pending flag.
    """
    issues: list[Issue] = []
    if not measure.transitions or measure.transitions[0].action != PROPOSE:
        return [Issue("transitions", "must_start_with_proposal")]
    state = PROPUESTA
    pending = False
    for i, t in enumerate(measure.transitions[1:], start=1):
        spec = ACTIONS.get(t.action)
        if spec is None or state not in spec.sources or (spec.pending_only and not pending) \
                or t.from_state != state or t.to_state != (spec.target or state):
            issues.append(Issue(f"transitions.{i}", "breaks_life_cycle", {"action": t.action}))
            return issues
        if spec.needs_cem and not (t.cem_session_ref and t.cem_agreement_ref):
            issues.append(Issue(f"transitions.{i}", "cem_refs_missing", {"action": t.action}))
        if spec.urgent_only:
            pending = True
        if spec.code in ("ratify", "retire"):
            pending = False
        state = t.to_state
    if [t.seq for t in measure.transitions] != list(range(1, len(measure.transitions) + 1)):
        issues.append(Issue("transitions", "bad_sequence"))
    if state != measure.state:
        issues.append(Issue("state", "does_not_match_history", {"code": measure.state}))
    if pending != measure.pending_ratification:
        issues.append(Issue("pending_ratification", "does_not_match_history"))
    return issues
