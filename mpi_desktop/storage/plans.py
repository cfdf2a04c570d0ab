"""Protection plans in the vault: measures, their transitions and follow-up queries.

The life cycle is the domain's (``domain/measures.py``); this module loads a
measure, asks the domain for the next state, and writes the result with its
transition, field history and audit entry inside the caller's transaction.
:class:`PlanOps` wraps each operation in its own transaction for the UI and CLI.

Used by other features (keep these stable):

* :func:`propose_measure` — a proposal from the catalog (digital-violence
  protocol, CEM sessions); ``urgent_start`` starts it before approval when the
  rule allows it;
* :func:`transition_measure` — every state change, with the CEM references;
* :func:`link_cem_session` — the CEM feature attaches its session id to the
  transitions it decided;
* :func:`measures_for_case`, :func:`measures_pending_ratification`,
  :func:`overdue_reviews`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from mpi_desktop.domain import catalogs
from mpi_desktop.domain import measures as dm
from mpi_desktop.domain.history import FieldChange, diff
from mpi_desktop.domain.measures import Measure, Transition, TransitionRequest
from mpi_desktop.domain.timeutil import iso_utc, today_local
from mpi_desktop.storage import audit, history
from mpi_desktop.storage.codec import d2s, s2d
from mpi_desktop.storage.connection import Connection
from mpi_desktop.storage.records import RecordNotFound
from mpi_desktop.storage.vault import Vault

ENTITY = "measure"
_COLUMNS = (
    "id", "case_id", "code", "category", "institution", "details", "state", "version",
    "pending_ratification", "urgent_start", "proposed_on", "approved_on", "implemented_on",
    "next_review_on", "ended_on", "evaluation_notes", "accepted", "created_at", "updated_at",
)
_T_COLUMNS = ("id", "measure_id", "seq", "action", "from_state", "to_state", "effective_on",
              "at", "actor", "reason", "cem_session_ref", "cem_agreement_ref", "cem_session_id")
_SELECT = f"SELECT {', '.join(_COLUMNS)} FROM measure"


# --- rows <-> records -------------------------------------------------------------------------


def _row(m: Measure) -> tuple[Any, ...]:
    return (m.id, m.case_id, m.code, m.category, m.institution, m.details, m.state, m.version,
            int(m.pending_ratification), int(m.urgent_start), d2s(m.proposed_on),
            d2s(m.approved_on), d2s(m.implemented_on), d2s(m.next_review_on), d2s(m.ended_on),
            m.evaluation_notes, None if m.accepted is None else int(m.accepted),
            m.created_at, m.updated_at)


def _t_row(t: Transition) -> tuple[Any, ...]:
    return (t.id, t.measure_id, t.seq, t.action, t.from_state, t.to_state, d2s(t.effective_on),
            t.at, t.actor, t.reason, t.cem_session_ref, t.cem_agreement_ref, t.cem_session_id)


def _transition(r: Any) -> Transition:
    return Transition(id=r[0], measure_id=r[1], seq=int(r[2]), action=r[3], from_state=r[4],
                      to_state=r[5], effective_on=s2d(r[6]) or date.min, at=r[7], actor=r[8],
                      reason=r[9], cem_session_ref=r[10], cem_agreement_ref=r[11],
                      cem_session_id=r[12])


def _transitions(conn: Connection, measure_ids: list[str]) -> dict[str, list[Transition]]:
    out: dict[str, list[Transition]] = {mid: [] for mid in measure_ids}
    for start in range(0, len(measure_ids), 500):
        chunk = measure_ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for r in conn.execute(f"SELECT {', '.join(_T_COLUMNS)} FROM measure_transition"
                              f" WHERE measure_id IN ({marks}) ORDER BY measure_id, seq", chunk):
            out[r[1]].append(_transition(r))
    return out


def _measures(conn: Connection, rows: list[Any]) -> list[Measure]:
    transitions = _transitions(conn, [r[0] for r in rows])
    return [Measure(
        id=r[0], case_id=r[1], code=r[2], category=r[3], institution=r[4], details=r[5],
        state=r[6], version=int(r[7]), pending_ratification=bool(r[8]), urgent_start=bool(r[9]),
        proposed_on=s2d(r[10]) or date.min, approved_on=s2d(r[11]), implemented_on=s2d(r[12]),
        next_review_on=s2d(r[13]), ended_on=s2d(r[14]), evaluation_notes=r[15],
        accepted=None if r[16] is None else bool(r[16]), created_at=r[17], updated_at=r[18],
        transitions=tuple(transitions[r[0]])) for r in rows]


def get_measure(conn: Connection, measure_id: str) -> Measure:
    rows = conn.execute(_SELECT + " WHERE id = ?", (measure_id,)).fetchall()
    if not rows:
        raise RecordNotFound(ENTITY, measure_id)
    return _measures(conn, rows)[0]


def measures_for_case(conn: Connection, case_id: str) -> list[Measure]:
    """A case's measures, in the order they were proposed."""
    rows = conn.execute(_SELECT + " WHERE case_id = ? ORDER BY proposed_on, created_at",
                        (case_id,)).fetchall()
    return _measures(conn, rows)


def insert_measure(conn: Connection, m: Measure) -> None:
    """Write a measure and all its transitions (proposal and import)."""
    conn.execute(f"INSERT INTO measure ({', '.join(_COLUMNS)})"
                 f" VALUES ({', '.join('?' * len(_COLUMNS))})", _row(m))
    _append_transitions(conn, m.transitions)


def _append_transitions(conn: Connection, transitions: tuple[Transition, ...] | list[Transition]
                        ) -> None:
    conn.executemany(f"INSERT INTO measure_transition ({', '.join(_T_COLUMNS)})"
                     f" VALUES ({', '.join('?' * len(_T_COLUMNS))})",
                     [_t_row(t) for t in transitions])


def _update_measure_row(conn: Connection, m: Measure) -> None:
    sets = ", ".join(f"{c} = ?" for c in _COLUMNS[1:])
    row = _row(m)
    conn.execute(f"UPDATE measure SET {sets} WHERE id = ?", (*row[1:], row[0]))


def replace_measure(conn: Connection, m: Measure, *,
                    new_transitions: tuple[Transition, ...]) -> None:
    """Overwrite a measure's row and append transitions (import with 'replace').

    Transitions are append-only: the caller checked that the stored ones are a
    prefix of ``m.transitions``.
    """
    _update_measure_row(conn, m)
    _append_transitions(conn, new_transitions)


def case_procedure(conn: Connection, case_id: str) -> str | None:
    row = conn.execute("SELECT procedure FROM case_file WHERE id = ?", (case_id,)).fetchone()
    if row is None:
        raise RecordNotFound("case", case_id)
    return row[0] if row[0] else None


def _history_changes(old: Measure, new: Measure) -> list[FieldChange]:
    return [c for c in diff(old, new) if c.field != "transitions"]


# --- operations -------------------------------------------------------------------------------


def propose_measure(conn: Connection, *, case_id: str, measure_code: str, actor: str,
                    details: str = "", institution: str | None = None,
                    urgent_start: bool = False, reason: str = "",
                    proposed_on: date | None = None, next_review_on: date | None = None,
                    today: date | None = None) -> Measure:
    """Propose a measure from the catalog (institution defaults to the catalog's).

    With ``urgent_start`` the measure goes straight into implementation, flagged
    *pending ratification by the CEM* — only for urgent measures of a case in
    the extraordinary procedure (UrgentStartNotAllowed otherwise), and ``reason``
    is then required.
    """
    procedure = case_procedure(conn, case_id)
    today = today or today_local()
    now = iso_utc()
    measure = dm.new_measure(case_id=case_id, code=measure_code, actor=actor, details=details,
                             institution=institution, proposed_on=proposed_on or today,
                             next_review_on=next_review_on,
                             reason="" if urgent_start else reason, at=now)
    issues = dm.validate(measure, today=today, is_new=True)
    if issues:
        raise dm.MeasureInvalid(issues)
    if urgent_start:
        measure = dm.apply(measure, TransitionRequest(
            action="urgent_implement", actor=actor, effective_on=measure.proposed_on,
            reason=reason), procedure=procedure, today=today, at=now)
    measure = replace(measure, created_at=now, updated_at=now)
    insert_measure(conn, measure)
    history.record(conn, actor=actor, action="create", entity=ENTITY, entity_id=measure.id,
                   case_id=case_id, changes=[FieldChange("*", None, None)])
    audit.append(conn, actor=actor, action="measure.propose", entity=ENTITY,
                 entity_id=measure.id, details={"case": case_id, "urgent_start": urgent_start})
    return measure


def transition_measure(conn: Connection, *, measure_id: str, action: str, actor: str,
                       effective_on: date | None = None, reason: str = "",
                       cem_session_ref: str = "", cem_agreement_ref: str = "",
                       cem_session_id: str | None = None, new_details: str | None = None,
                       new_institution: str | None = None,
                       next_review_on: date | None = None,
                       today: date | None = None) -> Measure:
    """Move a measure through its life cycle (see ``domain.measures.ACTIONS``).

    Refused with InvalidTransition naming the allowed actions, UrgentStartNotAllowed,
    or TransitionIncomplete (missing CEM references, reason or details).
    """
    old = get_measure(conn, measure_id)
    procedure = case_procedure(conn, old.case_id)
    now = iso_utc()
    request = TransitionRequest(action=action, actor=actor, effective_on=effective_on,
                                reason=reason, cem_session_ref=cem_session_ref,
                                cem_agreement_ref=cem_agreement_ref,
                                cem_session_id=cem_session_id, new_details=new_details,
                                new_institution=new_institution, next_review_on=next_review_on)
    new = dm.apply(old, request, procedure=procedure, today=today, at=now)
    new = replace(new, updated_at=now)
    _update_measure_row(conn, new)
    added = new.transitions[-1]
    _append_transitions(conn, [added])
    history.record(conn, actor=actor, action=added.action, entity=ENTITY, entity_id=new.id,
                   case_id=new.case_id, changes=_history_changes(old, new))
    audit.append(conn, actor=actor, action=f"measure.{added.action}", entity=ENTITY,
                 entity_id=new.id,
                 details={"case": new.case_id, "from": added.from_state, "to": added.to_state,
                          "transition": added.id, "cem_session": cem_session_id})
    return new


def update_measure(conn: Connection, *, measure_id: str, actor: str,
                   today: date | None = None, **changes: Any) -> Measure:
    """Edit fields that need no CEM decision (follow-up, or anything while proposed)."""
    old = get_measure(conn, measure_id)
    new = dm.edit(old, **changes)
    issues = dm.validate(new, today=today)
    if issues:
        raise dm.MeasureInvalid(issues)
    field_changes = _history_changes(old, new)
    if not field_changes:
        return old
    new = replace(new, updated_at=iso_utc())
    _update_measure_row(conn, new)
    history.record(conn, actor=actor, action="update", entity=ENTITY, entity_id=new.id,
                   case_id=new.case_id, changes=field_changes)
    audit.append(conn, actor=actor, action="measure.update", entity=ENTITY, entity_id=new.id,
                 details={"case": new.case_id, "fields": [c.field for c in field_changes]})
    return new


def delete_proposal(conn: Connection, *, measure_id: str, actor: str) -> str:
    """Discard a measure still in *propuesta* (proposed by mistake); return its case id.

    Anything later is part of the plan's record: it is retired, never deleted.
    """
    old = get_measure(conn, measure_id)
    if old.state != dm.PROPUESTA:
        raise dm.MeasureNotEditable(old.state, ["*"])
    conn.execute("DELETE FROM measure WHERE id = ?", (measure_id,))
    history.record(conn, actor=actor, action="delete", entity=ENTITY, entity_id=measure_id,
                   case_id=old.case_id, changes=[FieldChange("*", None, None)])
    audit.append(conn, actor=actor, action="measure.delete", entity=ENTITY,
                 entity_id=measure_id, details={"case": old.case_id})
    return old.case_id


def link_cem_session(conn: Connection, *, transition_id: str, cem_session_id: str,
                     actor: str) -> None:
    """Attach a recorded CEM session to a transition (the only column that may change)."""
    row = conn.execute("SELECT measure_id FROM measure_transition WHERE id = ?",
                       (transition_id,)).fetchone()
    if row is None:
        raise RecordNotFound("measure_transition", transition_id)
    conn.execute("UPDATE measure_transition SET cem_session_id = ? WHERE id = ?",
                 (cem_session_id, transition_id))
    audit.append(conn, actor=actor, action="measure.link_cem_session", entity=ENTITY,
                 entity_id=row[0], details={"transition": transition_id,
                                            "cem_session": cem_session_id})


# --- follow-up queries ------------------------------------------------------------------------


@dataclass(frozen=True)
class MeasureRow:
    """A measure in a follow-up list, with what is needed to open its case."""

    measure_id: str
    case_id: str
    folio: str
    primary_name: str
    code: str
    category: str
    state: str
    institution: str | None
    proposed_on: date
    next_review_on: date | None


@dataclass(frozen=True)
class OverdueReview:
    """A review that should have happened: a measure's, or the case's risk re-assessment."""

    kind: str  # "measure" | "assessment"
    case_id: str
    folio: str
    primary_name: str
    due_on: date
    #: The measure id, or the assessment id for kind "assessment".
    item_id: str
    #: The measure's catalog code, or the level in force for kind "assessment".
    code: str
    state: str


def _open_statuses() -> list[str]:
    return [e.code for e in catalogs.get("case_statuses").entries if e.get("open", True)]


def measures_pending_ratification(conn: Connection) -> list[MeasureRow]:
    """Measures started before approval and not yet ratified by the CEM (open cases)."""
    statuses = _open_statuses()
    rows = conn.execute(
        "SELECT m.id, m.case_id, c.folio, c.primary_name, m.code, m.category, m.state,"
        " m.institution, m.proposed_on, m.next_review_on FROM measure m"
        " JOIN case_file c ON c.id = m.case_id"
        f" WHERE m.pending_ratification = 1 AND c.status IN ({','.join('?' * len(statuses))})"
        " ORDER BY m.proposed_on, c.folio", statuses).fetchall()
    return [MeasureRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], s2d(r[8]) or date.min,
                       s2d(r[9])) for r in rows]


def overdue_reviews(conn: Connection, today: date) -> list[OverdueReview]:
    """Measure reviews and risk re-assessments due before ``today`` (open cases), oldest first."""
    statuses = _open_statuses()
    smarks = ",".join("?" * len(statuses))
    reviewed = dm.REVIEWED
    rmarks = ",".join("?" * len(reviewed))
    rows = conn.execute(
        "SELECT 'measure', m.case_id, c.folio, c.primary_name, m.next_review_on, m.id, m.code,"
        " m.state FROM measure m JOIN case_file c ON c.id = m.case_id"
        f" WHERE m.next_review_on < ? AND m.state IN ({rmarks}) AND c.status IN ({smarks})"
        " UNION ALL"
        " SELECT 'assessment', r.case_id, c.folio, c.primary_name, r.review_due_on,"
        " r.assessment_id, r.level, '' FROM case_risk r JOIN case_file c ON c.id = r.case_id"
        f" WHERE r.review_due_on < ? AND c.status IN ({smarks})"
        " ORDER BY 5, 3",
        (today.isoformat(), *reviewed, *statuses, today.isoformat(), *statuses)).fetchall()
    return [OverdueReview(r[0], r[1], r[2], r[3], s2d(r[4]) or date.min, r[5], r[6], r[7])
            for r in rows]


# --- one transaction per user action ----------------------------------------------------------


@dataclass(frozen=True)
class PlanView:
    """What the protection-plan tab shows for one case."""

    case_id: str
    procedure: str | None
    measures: list[Measure]


class PlanOps:
    """The operations the UI and CLI call: each is one transaction."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    @property
    def actor(self) -> str:
        return self.vault.actor

    def view(self, case_id: str) -> PlanView:
        with self.vault.read() as conn:
            return PlanView(case_id, case_procedure(conn, case_id),
                            measures_for_case(conn, case_id))

    def propose(self, case_id: str, measure_code: str, **kw: Any) -> Measure:
        with self.vault.write() as conn:
            return propose_measure(conn, case_id=case_id, measure_code=measure_code,
                                   actor=self.actor, **kw)

    def transition(self, measure_id: str, action: str, **kw: Any) -> Measure:
        with self.vault.write() as conn:
            return transition_measure(conn, measure_id=measure_id, action=action,
                                      actor=self.actor, **kw)

    def update(self, measure_id: str, **changes: Any) -> Measure:
        with self.vault.write() as conn:
            return update_measure(conn, measure_id=measure_id, actor=self.actor, **changes)

    def delete_proposal(self, measure_id: str) -> str:
        with self.vault.write() as conn:
            return delete_proposal(conn, measure_id=measure_id, actor=self.actor)
