"""CEM sessions: the Consejo de Evaluación de Medidas, its agenda and its acuerdos.

A session is prepared (agenda, summaries, packet), held (acuerdos recorded and
applied to the cases' measures) and closed (its acuerdos become read-only).
Pure rules here; storage lives in ``storage/cem*.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from mpi_desktop.domain import catalogs
from mpi_desktop.domain.ids import new_id
from mpi_desktop.domain.leak_scanner import Finding
from mpi_desktop.domain.validation import MAX_TEXT, Issue
from mpi_desktop.errors import ExitCode, MpiError

# --- statuses ---------------------------------------------------------------------------

PREPARING = "en_preparacion"
HELD = "celebrada"
CLOSED = "cerrada"
STATUSES = (PREPARING, HELD, CLOSED)

#: Allowed moves.  "Held" can go back to "preparing" (marked by mistake, or the
#: session was postponed); a closed session is final: its acuerdos are the
#: record the measures cite, so they never change after closing.
TRANSITIONS: dict[str, frozenset[str]] = {
    PREPARING: frozenset({HELD}),
    HELD: frozenset({PREPARING, CLOSED}),
    CLOSED: frozenset(),
}

PLACE_GRANULARITIES = ("alcaldia", "zona")
PSEUDONYM_STYLES = ("letters", "codes")

#: Measure decisions an acuerdo can carry: the protection plan's actions that
#: the CEM decides (``domain/measures.py``), applied by storage/cem_acuerdos.py.
DECISIONS = ("approve", "ratify", "modify", "suspend", "resume", "retire", "conclude")
#: Decisions whose measure action needs a written reason (the plan refuses them without).
NEEDS_REASON = frozenset({"modify", "suspend", "resume", "retire", "conclude"})

ACUERDO_RE = re.compile(r"^CEM/(\d{4})/(\d{2})/(\d{2,3})$")
MAX_NUMBER = 99


def can_move(current: str, target: str) -> bool:
    return target in TRANSITIONS.get(current, frozenset())


# --- errors (sentences in texts/cem.py) ------------------------------------------------------


class CemError(MpiError):
    exit_code = ExitCode.REFUSED


class SessionClosed(CemError):
    """A closed session is the record its acuerdos cite: it no longer changes."""

    def __init__(self, session_id: str) -> None:
        super().__init__(f"CEM session {session_id} is closed")
        self.session_id = session_id


class StatusChangeRefused(CemError):
    def __init__(self, current: str, target: str) -> None:
        super().__init__(f"cannot move a CEM session from {current} to {target}")
        self.current = current
        self.target = target
        self.allowed = sorted(TRANSITIONS.get(current, frozenset()))


class SessionNumberTaken(CemError):
    exit_code = ExitCode.INVALID_INPUT

    def __init__(self, year: int, kind: str, number: int) -> None:
        super().__init__(f"there is already a {kind} session number {number} in {year}")
        self.year = year
        self.kind = kind
        self.number = number


class AgendaItemExists(CemError):
    exit_code = ExitCode.INVALID_INPUT

    def __init__(self, case_id: str, topic: str) -> None:
        super().__init__(f"the agenda already has {topic} for case {case_id}")
        self.case_id = case_id
        self.topic = topic


class SessionHasAcuerdos(CemError):
    def __init__(self, count: int) -> None:
        super().__init__(f"the session has {count} acuerdos and cannot be deleted")
        self.count = count


class AcuerdosNeedHeldSession(CemError):
    def __init__(self, status: str) -> None:
        super().__init__(f"acuerdos are recorded once the session is held (now {status})")
        self.status = status


class AcuerdoNumberTaken(CemError):
    exit_code = ExitCode.INVALID_INPUT

    def __init__(self, number: str) -> None:
        super().__init__(f"acuerdo number already used: {number}")
        self.number = number


class AcuerdoHasDecisions(CemError):
    def __init__(self, number: str) -> None:
        super().__init__(f"acuerdo {number} already moved measures and cannot be deleted")
        self.number = number


class DecisionFailed(CemError):
    """One measure decision of an acuerdo was refused: nothing of the acuerdo was saved."""

    def __init__(self, measure_id: str, action: str, cause: MpiError) -> None:
        super().__init__(f"{action} on measure {measure_id}: {cause}")
        self.measure_id = measure_id
        self.action = action
        self.cause = cause
        self.exit_code = cause.exit_code


class MeasureNotInCase(CemError):
    exit_code = ExitCode.INVALID_INPUT

    def __init__(self, measure_id: str) -> None:
        super().__init__(f"measure {measure_id} does not belong to the acuerdo's case")
        self.measure_id = measure_id


class EmptyPacket(CemError):
    exit_code = ExitCode.INVALID_INPUT

    def __init__(self) -> None:
        super().__init__("the packet has no cases: add agenda items first")


class UnknownFolios(CemError):
    exit_code = ExitCode.INVALID_INPUT

    def __init__(self, folios: list[str]) -> None:
        super().__init__("unknown folios: " + ", ".join(folios))
        self.folios = folios


class LeaksFound(CemError):
    """The leak scanner found identifying text: the packet is not written."""

    def __init__(self, findings: list[Finding], scope: str) -> None:
        super().__init__(f"{len(findings)} possible identifiers in the packet")
        self.findings = findings
        self.scope = scope


class PacketCancelled(CemError):
    """The caseworker cancelled generation; nothing was written or recorded."""

    def __init__(self) -> None:
        super().__init__("packet generation cancelled")


# --- records -------------------------------------------------------------------------------


@dataclass(frozen=True)
class CemSession:
    number: int
    year: int
    kind: str  # cem_session_types catalog
    held_on: date
    id: str = field(default_factory=new_id)
    status: str = PREPARING
    #: Attending institutions (institutions catalog codes).
    institutions: tuple[str, ...] = ()
    #: How the packet generalizes places: "alcaldia" or "zona" (docs/ANONYMIZATION.md).
    place_granularity: str = "alcaldia"
    pseudonym_style: str = "letters"
    notes: str = ""
    created_at: str = ""
    updated_at: str = ""

    @property
    def editable(self) -> bool:
        return self.status != CLOSED


@dataclass(frozen=True)
class AgendaItem:
    session_id: str
    case_id: str
    topic: str  # cem_topics catalog
    id: str = field(default_factory=new_id)
    #: Optional: the measure this item is about (ratification, modification…).
    measure_id: str | None = None
    position: int = 0
    #: Where it came from: "manual" or a suggestion reason (overdue_review, …).
    source: str = "manual"
    created_at: str = ""
    updated_at: str = ""


@dataclass(frozen=True)
class MeasureDecision:
    measure_id: str
    action: str  # one of DECISIONS
    #: Why (the plan requires it for modify, suspend, resume, retire, conclude);
    #: empty: the acuerdo's text is the reason.
    reason: str = ""
    #: For "modify": the measure as modified (kept in the vault only).
    new_details: str = ""


@dataclass(frozen=True)
class Acuerdo:
    session_id: str
    case_id: str
    number: str  # "CEM/2026/03/07"
    text: str
    id: str = field(default_factory=new_id)
    agenda_item_id: str | None = None
    decisions: tuple[MeasureDecision, ...] = ()
    created_at: str = ""
    created_by: str = ""


@dataclass(frozen=True)
class Suggestion:
    """A proposed agenda item, shown for the caseworker to accept or ignore."""

    case_id: str
    topic: str
    reason: str  # overdue_review | urgent_pending_ratification | new_incorporation | rising_risk
    measure_id: str | None = None
    #: Display details: folio is shown to the caseworker (never in the packet).
    folio: str = ""
    detail: str = ""

    @property
    def key(self) -> tuple[str, str, str | None]:
        return (self.case_id, self.topic, self.measure_id)


REASONS = ("overdue_review", "urgent_pending_ratification", "new_incorporation",
           "rising_risk")
#: Topic each suggestion reason proposes.
REASON_TOPIC = {
    "overdue_review": "evaluacion_plan",
    "urgent_pending_ratification": "ratificacion",
    "new_incorporation": "incorporacion",
    "rising_risk": "evaluacion_plan",
}


def default_institutions() -> tuple[str, ...]:
    """Institutions that sit in the CEM (catalog attribute ``in_cem``)."""
    cat = catalogs.get("institutions")
    return tuple(e.code for e in cat.entries if e.active and e.get("in_cem"))


def session_reference(s: CemSession) -> str:
    """How measure transitions cite the session: "Sesión ordinaria 3/2026" (Spanish,
    the mechanism's language of record, whatever the interface language)."""
    return f"{catalogs.get('cem_session_types').label(s.kind, 'es')} {s.number}/{s.year}"


def acuerdo_number(year: int, session_number: int, seq: int) -> str:
    """``CEM/2026/03/07``: year, session number, acuerdo number within the session."""
    return f"CEM/{year:04d}/{session_number:02d}/{seq:02d}"


def next_acuerdo_number(session: CemSession, existing: list[str]) -> str:
    seqs = [int(m.group(3)) for n in existing if (m := ACUERDO_RE.match(n))
            and int(m.group(1)) == session.year and int(m.group(2)) == session.number]
    return acuerdo_number(session.year, session.number, (max(seqs) if seqs else 0) + 1)


def pending_suggestions(suggestions: list[Suggestion], agenda: list[AgendaItem]
                        ) -> list[Suggestion]:
    """Suggestions not yet on the agenda, first occurrence of each (case, topic, measure)."""
    taken = {(a.case_id, a.topic, a.measure_id) for a in agenda}
    out: list[Suggestion] = []
    for s in suggestions:
        if s.key in taken:
            continue
        taken.add(s.key)
        out.append(s)
    return out


def packet_case_order(agenda: list[AgendaItem]) -> list[str]:
    """Cases of the packet in agenda order, each once."""
    seen: dict[str, None] = {}
    for item in sorted(agenda, key=lambda a: a.position):
        seen.setdefault(item.case_id, None)
    return list(seen)


# --- validation ------------------------------------------------------------------------------


def validate_session(s: CemSession) -> list[Issue]:
    issues: list[Issue] = []
    if not 1 <= s.number <= MAX_NUMBER:
        issues.append(Issue("number", "out_of_range", {"low": 1, "high": MAX_NUMBER}))
    if not 2000 <= s.year <= 2100:
        issues.append(Issue("year", "out_of_range", {"low": 2000, "high": 2100}))
    if s.kind not in catalogs.get("cem_session_types"):
        issues.append(Issue("kind", "unknown_code", {"code": s.kind,
                                                     "catalog": "cem_session_types"}))
    if s.status not in STATUSES:
        issues.append(Issue("status", "unknown_code", {"code": s.status, "catalog": "status"}))
    if s.place_granularity not in PLACE_GRANULARITIES:
        issues.append(Issue("place_granularity", "unknown_code",
                            {"code": s.place_granularity, "catalog": "place"}))
    if s.pseudonym_style not in PSEUDONYM_STYLES:
        issues.append(Issue("pseudonym_style", "unknown_code",
                            {"code": s.pseudonym_style, "catalog": "pseudonyms"}))
    institutions = catalogs.get("institutions")
    seen: set[str] = set()
    for i, code in enumerate(s.institutions):
        if code not in institutions:
            issues.append(Issue(f"institutions.{i}", "unknown_code",
                                {"code": code, "catalog": "institutions"}))
        if code in seen:
            issues.append(Issue(f"institutions.{i}", "duplicate", {"code": code}))
        seen.add(code)
    if s.held_on.year not in (s.year - 1, s.year, s.year + 1):
        issues.append(Issue("held_on", "year_mismatch", {"year": s.year}))
    if len(s.notes) > MAX_TEXT:
        issues.append(Issue("notes", "too_long", {"limit": MAX_TEXT}))
    return issues


def validate_agenda_item(item: AgendaItem) -> list[Issue]:
    issues: list[Issue] = []
    if item.topic not in catalogs.get("cem_topics"):
        issues.append(Issue("topic", "unknown_code", {"code": item.topic,
                                                      "catalog": "cem_topics"}))
    if item.source != "manual" and item.source not in REASONS:
        issues.append(Issue("source", "unknown_code", {"code": item.source,
                                                       "catalog": "reasons"}))
    return issues


def validate_acuerdo(a: Acuerdo) -> list[Issue]:
    issues: list[Issue] = []
    if not ACUERDO_RE.match(a.number):
        issues.append(Issue("number", "invalid_acuerdo_number"))
    if not a.text.strip():
        issues.append(Issue("text", "required"))
    if len(a.text) > MAX_TEXT:
        issues.append(Issue("text", "too_long", {"limit": MAX_TEXT}))
    seen: set[str] = set()
    for i, d in enumerate(a.decisions):
        if d.action not in DECISIONS:
            issues.append(Issue(f"decisions.{i}.action", "unknown_code",
                                {"code": d.action, "catalog": "decisions"}))
        if d.measure_id in seen:
            issues.append(Issue(f"decisions.{i}", "duplicate", {"code": d.measure_id}))
        seen.add(d.measure_id)
        if d.action == "modify" and not d.new_details.strip():
            issues.append(Issue(f"decisions.{i}.new_details", "required"))
        for name in ("reason", "new_details"):
            if len(getattr(d, name)) > MAX_TEXT:
                issues.append(Issue(f"decisions.{i}.{name}", "too_long", {"limit": MAX_TEXT}))
    return issues
