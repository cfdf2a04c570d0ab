"""Digital-violence reviews in the vault: one small transaction per change.

The checklist is filled in during an interview, so every answer, note or
selection is saved on its own (pause and resume anywhere; a crash loses at
most the keystroke in flight).  Each change is validated against the protocol
version the review was started with, written with its field-level history,
and audited with ids and field names only.

Links out of the review: :func:`risk_item_hints` feeds the risk editor, and the
triage gate and the suggested-measures panel call the protection plan and risk
modules (imported lazily: they are separate features with their own steps).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from mpi_desktop.domain import catalogs, dv_protocol
from mpi_desktop.domain import dv_review as dr
from mpi_desktop.domain import validation as v
from mpi_desktop.domain.dv_protocol import Protocol
from mpi_desktop.domain.dv_review import ItemState, Review, ReviewEvent
from mpi_desktop.domain.history import FieldChange, diff
from mpi_desktop.domain.timeutil import iso_utc, today_local
from mpi_desktop.errors import ExitCode, MpiError
from mpi_desktop.storage import audit, history
from mpi_desktop.storage.codec import d2s, dump_list, load_list, s2d
from mpi_desktop.storage.connection import Connection
from mpi_desktop.storage.records import RecordNotFound
from mpi_desktop.storage.vault import Vault

ENTITY = "dv_review"
_KEEP: Any = dr.KEEP
COLUMNS = ("id", "case_id", "protocol_version", "status", "started_on", "current_step",
           "types", "platforms", "aggravating", "aggressor_type", "aggressor_notes",
           "follow_up_on", "notes", "completed_at", "created_by", "created_at", "updated_at")


class NothingToEscalate(MpiError):
    """The caseworker asked to act on the gate but chose no action."""

    exit_code = ExitCode.USAGE


class NotAnUrgentMeasure(MpiError):
    exit_code = ExitCode.INVALID_INPUT

    def __init__(self, code: str) -> None:
        super().__init__(f"not an urgent protection measure: {code}")
        self.code = code


# --- rows ↔ objects ---------------------------------------------------------------------


def _review_row(r: Review) -> tuple[Any, ...]:
    return (r.id, r.case_id, r.protocol_version, r.status, d2s(r.started_on), r.current_step,
            dump_list(r.types), dump_list(r.platforms), dump_list(r.aggravating),
            r.aggressor_type, r.aggressor_notes, d2s(r.follow_up_on), r.notes, r.completed_at,
            r.created_by, r.created_at, r.updated_at)


def _items(conn: Connection, review_id: str) -> tuple[ItemState, ...]:
    rows = conn.execute(
        "SELECT item_code, status, answer, notes, updated_at, updated_by FROM dv_review_item"
        " WHERE review_id = ? ORDER BY item_code", (review_id,)).fetchall()
    return tuple(ItemState(code=r[0], status=r[1], answer=None if r[2] is None else bool(r[2]),
                           notes=r[3], updated_at=r[4], updated_by=r[5]) for r in rows)


def _events(conn: Connection, review_id: str) -> tuple[ReviewEvent, ...]:
    rows = conn.execute(
        "SELECT id, kind, at, actor, item_code, gate, codes, refs, notes FROM dv_review_event"
        " WHERE review_id = ? ORDER BY seq", (review_id,)).fetchall()
    return tuple(ReviewEvent(id=r[0], kind=r[1], at=r[2], actor=r[3], item_code=r[4], gate=r[5],
                             codes=tuple(load_list(r[6])), refs=tuple(load_list(r[7])),
                             notes=r[8]) for r in rows)


def _from_row(conn: Connection, r: Any) -> Review:
    return Review(id=r[0], case_id=r[1], protocol_version=int(r[2]), status=r[3],
                  started_on=s2d(r[4]) or date.min, current_step=r[5],
                  types=tuple(load_list(r[6])), platforms=tuple(load_list(r[7])),
                  aggravating=tuple(load_list(r[8])), aggressor_type=r[9],
                  aggressor_notes=r[10], follow_up_on=s2d(r[11]), notes=r[12],
                  completed_at=r[13], created_by=r[14], created_at=r[15], updated_at=r[16],
                  items=_items(conn, r[0]), events=_events(conn, r[0]))


def get(conn: Connection, review_id: str) -> Review:
    row = conn.execute(f"SELECT {', '.join(COLUMNS)} FROM dv_review WHERE id = ?",
                       (review_id,)).fetchone()
    if row is None:
        raise RecordNotFound(ENTITY, review_id)
    return _from_row(conn, row)


def for_case(conn: Connection, case_id: str) -> list[Review]:
    """Reviews of a case, newest first."""
    rows = conn.execute(
        f"SELECT {', '.join(COLUMNS)} FROM dv_review WHERE case_id = ?"
        " ORDER BY started_on DESC, created_at DESC", (case_id,)).fetchall()
    return [_from_row(conn, r) for r in rows]


def latest_for_case(conn: Connection, case_id: str) -> Review | None:
    row = conn.execute(
        f"SELECT {', '.join(COLUMNS)} FROM dv_review WHERE case_id = ?"
        " ORDER BY started_on DESC, created_at DESC LIMIT 1", (case_id,)).fetchone()
    return _from_row(conn, row) if row else None


def protocol_of(review: Review) -> Protocol:
    """The protocol version the review was made with (never silently the latest)."""
    return dv_protocol.get(review.protocol_version)


def _write_review(conn: Connection, review: Review, *, insert: bool) -> None:
    if insert:
        conn.execute(f"INSERT INTO dv_review ({', '.join(COLUMNS)}) VALUES "
                     f"({', '.join('?' * len(COLUMNS))})", _review_row(review))
    else:
        sets = ", ".join(f"{c} = ?" for c in COLUMNS[1:])
        conn.execute(f"UPDATE dv_review SET {sets} WHERE id = ?",
                     (*_review_row(review)[1:], review.id))


def _write_item(conn: Connection, review_id: str, state: ItemState) -> None:
    conn.execute(
        "INSERT INTO dv_review_item (review_id, item_code, status, answer, notes, updated_at,"
        " updated_by) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (review_id, item_code) DO UPDATE"
        " SET status = excluded.status, answer = excluded.answer, notes = excluded.notes,"
        " updated_at = excluded.updated_at, updated_by = excluded.updated_by",
        (review_id, state.code, state.status, None if state.answer is None else int(state.answer),
         state.notes, state.updated_at, state.updated_by))


def _write_event(conn: Connection, review_id: str, event: ReviewEvent) -> None:
    conn.execute(
        "INSERT INTO dv_review_event (id, review_id, kind, at, actor, item_code, gate, codes,"
        " refs, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (event.id, review_id, event.kind, event.at, event.actor, event.item_code, event.gate,
         dump_list(event.codes), dump_list(event.refs), event.notes))


def _require_case(conn: Connection, case_id: str) -> None:
    if conn.execute("SELECT 1 FROM case_file WHERE id = ?", (case_id,)).fetchone() is None:
        raise RecordNotFound("case", case_id)


# --- operations (inside a caller's transaction) -------------------------------------------------


def put_review(conn: Connection, review: Review, *, actor: str, log: bool = True,
               keep_times: bool = False) -> Review:
    """Insert or replace a whole review (import); the UI uses the small operations below."""
    protocol = dv_protocol.get(review.protocol_version)
    v.ensure_valid(ENTITY, dr.validate(protocol, review))
    _require_case(conn, review.case_id)
    exists = conn.execute("SELECT 1 FROM dv_review WHERE id = ?", (review.id,)).fetchone()
    if not keep_times:
        now = iso_utc()
        review = replace(review, created_at=review.created_at or now, updated_at=now)
    _write_review(conn, review, insert=exists is None)
    conn.execute("DELETE FROM dv_review_item WHERE review_id = ?", (review.id,))
    conn.execute("DELETE FROM dv_review_event WHERE review_id = ?", (review.id,))
    for state in review.items:
        _write_item(conn, review.id, state)
    for event in review.events:
        _write_event(conn, review.id, event)
    action = "create" if exists is None else "update"
    history.record(conn, actor=actor, action=action, entity=ENTITY, entity_id=review.id,
                   case_id=review.case_id, changes=[FieldChange("*", None, None)])
    if log:
        audit.append(conn, actor=actor, action=f"{ENTITY}.{action}", entity=ENTITY,
                     entity_id=review.id, details={"case": review.case_id})
    return review


def start_review(conn: Connection, *, case_id: str, actor: str,
                 started_on: date | None = None, protocol: Protocol | None = None) -> Review:
    _require_case(conn, case_id)
    protocol = protocol or dv_protocol.latest()
    now = iso_utc()
    review = replace(dr.start(protocol, case_id=case_id, started_on=started_on or today_local(),
                              actor=actor), created_at=now, updated_at=now)
    _write_review(conn, review, insert=True)
    history.record(conn, actor=actor, action="create", entity=ENTITY, entity_id=review.id,
                   case_id=case_id, changes=[FieldChange("*", None, None)])
    audit.append(conn, actor=actor, action=f"{ENTITY}.create", entity=ENTITY,
                 entity_id=review.id, details={"case": case_id,
                                               "protocol_version": protocol.version})
    return review


def _save_fields(conn: Connection, old: Review, new: Review, *, actor: str) -> Review:
    protocol = protocol_of(old)
    v.ensure_valid(ENTITY, dr.validate(protocol, new))
    changes = [c for c in diff(old, new) if c.field not in ("items", "events")]
    if not changes:
        return old
    new = replace(new, updated_at=iso_utc())
    _write_review(conn, new, insert=False)
    history.record(conn, actor=actor, action="update", entity=ENTITY, entity_id=new.id,
                   case_id=new.case_id, changes=changes)
    audit.append(conn, actor=actor, action=f"{ENTITY}.update", entity=ENTITY, entity_id=new.id,
                 details={"case": new.case_id, "fields": [c.field for c in changes]})
    return new


@dataclass(frozen=True)
class ItemChange:
    review: Review
    #: The gate this change fired ("physical_risk"), or None.
    gate_fired: str | None


def set_item(conn: Connection, *, review_id: str, item_code: str, actor: str,
             status: str | None = None, answer: bool | Any | None = _KEEP,
             notes: str | None = None) -> ItemChange:
    """Change one checklist item; fire its gate when a gate question turns "yes"."""
    review = get(conn, review_id)
    protocol = protocol_of(review)
    before = review.item(item_code)
    now = iso_utc()
    after = dr.change_item(before, status=status, answer=answer, notes=notes, at=now,
                           actor=actor)
    updated = replace(review.with_item(after), updated_at=now)
    v.ensure_valid(ENTITY, dr.validate(protocol, updated))
    if (after.status, after.answer, after.notes) == (before.status, before.answer,
                                                      before.notes):
        return ItemChange(review, None)
    _write_item(conn, review_id, after)
    conn.execute("UPDATE dv_review SET updated_at = ? WHERE id = ?", (now, review_id))
    changes = [FieldChange(f"items.{item_code}.{name}", old, new)
               for name, old, new in (("status", before.status, after.status),
                                      ("answer", before.answer, after.answer),
                                      ("notes", before.notes, after.notes)) if old != new]
    history.record(conn, actor=actor, action="update", entity=ENTITY, entity_id=review_id,
                   case_id=review.case_id, changes=changes)
    gate = dr.fires_gate(protocol, before, after)
    details: dict[str, Any] = {"case": review.case_id, "fields": [c.field for c in changes]}
    if gate is not None:
        event = ReviewEvent(kind=dr.GATE_FIRED, at=now, actor=actor, item_code=item_code,
                            gate=gate)
        _write_event(conn, review_id, event)
        updated = replace(updated, events=(*updated.events, event))
        details["gate"] = gate
    audit.append(conn, actor=actor, action=f"{ENTITY}.item", entity=ENTITY,
                 entity_id=review_id, details=details)
    return ItemChange(updated, gate)


def set_findings(conn: Connection, *, review_id: str, actor: str,
                 types: Iterable[str] | None = None, platforms: Iterable[str] | None = None,
                 aggravating: Iterable[str] | None = None,
                 aggressor_type: str | Any | None = _KEEP,
                 aggressor_notes: str | None = None) -> Review:
    """Types present, platforms, aggravating factors and aggressor (only what is given)."""
    old = get(conn, review_id)
    new = old
    if types is not None:
        new = replace(new, types=_in_protocol_order(protocol_of(old).types, types))
    if platforms is not None:
        new = replace(new, platforms=_in_protocol_order(protocol_of(old).platforms, platforms))
    if aggravating is not None:
        new = replace(new, aggravating=_in_protocol_order(protocol_of(old).aggravating,
                                                          aggravating))
    if aggressor_type is not _KEEP:
        new = replace(new, aggressor_type=aggressor_type or None)
    if aggressor_notes is not None:
        new = replace(new, aggressor_notes=aggressor_notes)
    return _save_fields(conn, old, new, actor=actor)


def _in_protocol_order(catalog: catalogs.Catalog, codes: Iterable[str]) -> tuple[str, ...]:
    """Stable order (the protocol's), duplicates dropped; unknown codes kept for validation."""
    wanted = list(dict.fromkeys(codes))
    known = [c for c in catalog.codes(active_only=False) if c in wanted]
    return (*known, *(c for c in wanted if c not in catalog))


def set_details(conn: Connection, *, review_id: str, actor: str,
                follow_up_on: date | Any | None = _KEEP, notes: str | None = None) -> Review:
    old = get(conn, review_id)
    new = old
    if follow_up_on is not _KEEP:
        new = replace(new, follow_up_on=follow_up_on)
    if notes is not None:
        new = replace(new, notes=notes)
    return _save_fields(conn, old, new, actor=actor)


def set_position(conn: Connection, *, review_id: str, step_code: str) -> None:
    """Remember where to resume.  Not audited: it records where the screen was, not a fact."""
    review = get(conn, review_id)
    if protocol_of(review).step(step_code) is None:
        raise v.ValidationFailed(ENTITY, [v.Issue("current_step", "unknown_code",
                                                  {"code": step_code, "catalog": "steps"})])
    conn.execute("UPDATE dv_review SET current_step = ? WHERE id = ?", (step_code, review_id))


def set_completed(conn: Connection, *, review_id: str, actor: str, completed: bool) -> Review:
    old = get(conn, review_id)
    new = replace(old, status=dr.COMPLETED if completed else dr.IN_PROGRESS,
                  completed_at=iso_utc() if completed else "")
    return _save_fields(conn, old, new, actor=actor)


# --- the triage gate and the protection plan ------------------------------------------------


def _plans() -> Any:
    # Separate feature (risk assessments and protection plans): imported when used.
    return importlib.import_module("mpi_desktop.storage.plans")


def _risk() -> Any:
    return importlib.import_module("mpi_desktop.storage.risk")


def urgent_measure_codes() -> list[str]:
    """Active measures of the catalog's urgent category, in catalog order."""
    measures = catalogs.get("measures")
    return [e.code for e in measures.entries if e.active and e.get("category") == "urgente"]


def case_procedure(conn: Connection, case_id: str) -> str | None:
    row = conn.execute("SELECT procedure FROM case_file WHERE id = ?", (case_id,)).fetchone()
    if row is None:
        raise RecordNotFound("case", case_id)
    return str(row[0]) if row[0] else None


@dataclass(frozen=True)
class Escalation:
    review: Review
    measure_ids: tuple[str, ...]
    assessment_id: str | None
    urgent_start: bool


def escalate(conn: Connection, *, review_id: str, actor: str, measure_codes: Iterable[str],
             start_assessment: bool, reason: str = "",
             gate: str = "physical_risk") -> Escalation:
    """Act on a fired gate: propose urgent measures and/or start a risk assessment.

    All or nothing, in the caller's transaction.  Measures start at once
    (``urgent_start``) only under the extraordinary procedure, where the law
    puts urgent measures before the study; otherwise they go to the CEM as
    proposals.
    """
    review = get(conn, review_id)
    codes = list(dict.fromkeys(measure_codes))
    if not codes and not start_assessment:
        raise NothingToEscalate("choose an urgent measure or a new risk assessment")
    reason = reason.strip()
    if not reason:
        # The measure and the assessment each carry it: why they were started.
        raise v.ValidationFailed(ENTITY, [v.Issue("reason", "required")])
    urgent = set(urgent_measure_codes())
    for code in codes:
        if code not in urgent:
            raise NotAnUrgentMeasure(code)
    urgent_start = case_procedure(conn, review.case_id) == "extraordinario"
    now = iso_utc()
    measure_ids: list[str] = []
    events: list[ReviewEvent] = []
    if codes:
        plans = _plans()
        for code in codes:
            measure = plans.propose_measure(conn, case_id=review.case_id, measure_code=code,
                                            actor=actor, urgent_start=urgent_start,
                                            reason=reason)
            measure_ids.append(str(measure.id))
        events.append(ReviewEvent(kind=dr.URGENT_MEASURE_PROPOSED, at=now, actor=actor,
                                  gate=gate, codes=tuple(codes), refs=tuple(measure_ids),
                                  notes="urgent_start" if urgent_start else ""))
    assessment_id: str | None = None
    if start_assessment:
        assessment = _risk().start_assessment(conn, case_id=review.case_id, actor=actor,
                                              reason=reason)
        assessment_id = str(assessment.id)
        events.append(ReviewEvent(kind=dr.RISK_ASSESSMENT_STARTED, at=now, actor=actor,
                                  gate=gate, refs=(assessment_id,)))
    for event in events:
        _write_event(conn, review_id, event)
    conn.execute("UPDATE dv_review SET updated_at = ? WHERE id = ?", (now, review_id))
    audit.append(conn, actor=actor, action=f"{ENTITY}.escalate", entity=ENTITY,
                 entity_id=review_id, details={
                     "case": review.case_id, "gate": gate, "measures": measure_ids,
                     "assessment": assessment_id, "urgent_start": urgent_start})
    return Escalation(replace(review, events=(*review.events, *events)), tuple(measure_ids),
                      assessment_id, urgent_start)


def dismiss_gate(conn: Connection, *, review_id: str, actor: str, reason: str,
                 gate: str = "physical_risk") -> Review:
    """The caseworker decided not to escalate; the reason is kept with the review."""
    review = get(conn, review_id)
    if not reason.strip():
        raise v.ValidationFailed(ENTITY, [v.Issue("reason", "required")])
    if len(reason) > v.MAX_TEXT:
        raise v.ValidationFailed(ENTITY, [v.Issue("reason", "too_long", {"limit": v.MAX_TEXT})])
    event = ReviewEvent(kind=dr.GATE_DISMISSED, at=iso_utc(), actor=actor, gate=gate,
                        notes=reason.strip())
    _write_event(conn, review_id, event)
    audit.append(conn, actor=actor, action=f"{ENTITY}.gate_dismissed", entity=ENTITY,
                 entity_id=review_id, details={"case": review.case_id, "gate": gate})
    return replace(review, events=(*review.events, event))


def propose_suggested(conn: Connection, *, review_id: str, actor: str,
                      measure_codes: Iterable[str], reason: str = "") -> tuple[str, ...]:
    """Add the ticked suggested measures to the protection plan, all in one transaction."""
    review = get(conn, review_id)
    codes = list(dict.fromkeys(measure_codes))
    if not codes:
        return ()
    suggested = {code for code, _ in protocol_of(review).suggested_measures(review.types)}
    known = catalogs.get("measures")
    for code in codes:
        if code not in known:
            raise v.ValidationFailed(ENTITY, [v.Issue("measures", "unknown_code",
                                                      {"code": code, "catalog": "measures"})])
    plans = _plans()
    ids = tuple(str(plans.propose_measure(conn, case_id=review.case_id, measure_code=code,
                                          actor=actor, reason=reason).id) for code in codes)
    now = iso_utc()
    _write_event(conn, review_id, ReviewEvent(
        kind=dr.MEASURES_PROPOSED, at=now, actor=actor, codes=tuple(codes), refs=ids,
        notes="" if set(codes) <= suggested else "includes_unsuggested"))
    conn.execute("UPDATE dv_review SET updated_at = ? WHERE id = ?", (now, review_id))
    audit.append(conn, actor=actor, action=f"{ENTITY}.measures_proposed", entity=ENTITY,
                 entity_id=review_id, details={"case": review.case_id, "measures": list(ids)})
    return ids


def plan_measure_codes(conn: Connection, case_id: str) -> set[str]:
    """Codes of the case's measures that are still open (not withdrawn or concluded)."""
    return {m.code for m in _plans().measures_for_case(conn, case_id) if not m.is_terminal}


def already_proposed(review: Review) -> set[str]:
    """Measure codes this review already sent to the plan (shown as such in the panel)."""
    done: set[str] = set()
    for event in review.events:
        if event.kind in (dr.MEASURES_PROPOSED, dr.URGENT_MEASURE_PROPOSED):
            done.update(event.codes)
    return done


# --- what other features read --------------------------------------------------------------


def risk_item_hints(conn: Connection, case_id: str) -> dict[str, list[str]]:
    """Risk item code → DV type codes of the latest review that make it relevant.

    Called by the risk editor to flag digital factors worth scoring.  Empty when
    the case has no review.
    """
    review = latest_for_case(conn, case_id)
    if review is None:
        return {}
    return dr.risk_item_hints(protocol_of(review), review)


def types_by_case(conn: Connection, case_ids: Iterable[str]) -> dict[str, list[str]]:
    """DV types of each case's latest review (for packets and indicators)."""
    out: dict[str, list[str]] = {}
    for case_id in case_ids:
        review = latest_for_case(conn, case_id)
        if review is not None:
            out[case_id] = list(review.types)
    return out


# --- one transaction per user action --------------------------------------------------------


class DvReviews:
    """The operations the UI and CLI call: each is one transaction."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    @property
    def actor(self) -> str:
        return self.vault.actor

    def for_case(self, case_id: str) -> list[Review]:
        with self.vault.read() as conn:
            return for_case(conn, case_id)

    def get(self, review_id: str) -> Review:
        with self.vault.read() as conn:
            return get(conn, review_id)

    def start(self, case_id: str) -> Review:
        with self.vault.write() as conn:
            return start_review(conn, case_id=case_id, actor=self.actor)

    def set_item(self, review_id: str, item_code: str, *, status: str | None = None,
                 answer: bool | Any | None = _KEEP, notes: str | None = None) -> ItemChange:
        with self.vault.write() as conn:
            return set_item(conn, review_id=review_id, item_code=item_code, actor=self.actor,
                            status=status, answer=answer, notes=notes)

    def set_findings(self, review_id: str, **changes: Any) -> Review:
        with self.vault.write() as conn:
            return set_findings(conn, review_id=review_id, actor=self.actor, **changes)

    def set_details(self, review_id: str, **changes: Any) -> Review:
        with self.vault.write() as conn:
            return set_details(conn, review_id=review_id, actor=self.actor, **changes)

    def set_position(self, review_id: str, step_code: str) -> None:
        with self.vault.write() as conn:
            set_position(conn, review_id=review_id, step_code=step_code)

    def set_completed(self, review_id: str, completed: bool) -> Review:
        with self.vault.write() as conn:
            return set_completed(conn, review_id=review_id, actor=self.actor,
                                 completed=completed)

    def escalate(self, review_id: str, *, measure_codes: Iterable[str], start_assessment: bool,
                 reason: str = "") -> Escalation:
        with self.vault.write() as conn:
            return escalate(conn, review_id=review_id, actor=self.actor,
                            measure_codes=measure_codes, start_assessment=start_assessment,
                            reason=reason)

    def dismiss_gate(self, review_id: str, reason: str) -> Review:
        with self.vault.write() as conn:
            return dismiss_gate(conn, review_id=review_id, actor=self.actor, reason=reason)

    def propose_suggested(self, review_id: str, measure_codes: Iterable[str],
                          reason: str = "") -> tuple[str, ...]:
        with self.vault.write() as conn:
            return propose_suggested(conn, review_id=review_id, actor=self.actor,
                                     measure_codes=measure_codes, reason=reason)

    def risk_item_hints(self, case_id: str) -> dict[str, list[str]]:
        with self.vault.read() as conn:
            return risk_item_hints(conn, case_id)

    def plan_measure_codes(self, case_id: str) -> set[str]:
        with self.vault.read() as conn:
            return plan_measure_codes(conn, case_id)

    def case_procedure(self, case_id: str) -> str | None:
        with self.vault.read() as conn:
            return case_procedure(conn, case_id)
