"""Risk assessments in the vault: drafts, signing, history and the level per case.

Operations take the caller's connection and work inside its transaction (one
user action = one transaction; :class:`RiskOps` opens it for the UI and CLI).
Every operation is audited with ids only and writes field-level history.

Used by other features (keep these stable):

* :func:`start_assessment` — a draft on the current instrument version,
  pre-filled from the case's latest signed assessment (returns the open draft
  if the case already has one: one draft per case at a time);
* :func:`current_level`, :func:`current_levels`, :func:`level_history`;
* :func:`cases_with_rising_risk`, :func:`overdue_reassessments`.

A signed assessment never changes: its figures were computed with its own
instrument version and are read back as stored.  The database refuses an UPDATE
of a signed row too (triggers in migration 4).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from mpi_desktop.domain import catalogs, risk_instrument
from mpi_desktop.domain.history import FieldChange, to_plain
from mpi_desktop.domain.risk import (
    DRAFT,
    SIGNED,
    AssessmentInvalid,
    AssessmentSigned,
    RiskAssessment,
    Threat,
    TrendPoint,
    check_signable,
    new_draft,
    normalized,
    result_from_dict,
    result_to_dict,
    score,
    sort_key,
    validate,
)
from mpi_desktop.domain.timeutil import iso_utc, today_local
from mpi_desktop.domain.validation import Issue
from mpi_desktop.storage import audit, history
from mpi_desktop.storage.codec import d2s, s2d
from mpi_desktop.storage.connection import Connection
from mpi_desktop.storage.records import RecordNotFound
from mpi_desktop.storage.vault import Vault

ENTITY = "risk_assessment"
_COLUMNS = (
    "id", "case_id", "instrument_version", "status", "assessed_on", "assessor", "reason",
    "summary", "review_due_on", "override_level", "override_reason", "threat_score",
    "vulnerability_score", "capacity_score", "index_value", "computed_level", "level",
    "grave_imminent", "result", "supersedes_id", "signed_at", "signed_by", "created_at",
    "updated_at",
)
_THREAT_COLUMNS = ("id", "facts", "kind", "first_on", "last_on", "source_type", "objective",
                   "channel", "pattern", "ratings", "feasibility_conclusion")
#: Scalar fields whose edits go to the field history one by one.
_TRACKED = ("assessed_on", "assessor", "reason", "summary", "review_due_on", "override_level",
            "override_reason")


# --- rows <-> records --------------------------------------------------------------------------


def _row(a: RiskAssessment) -> tuple[Any, ...]:
    r = a.result
    return (a.id, a.case_id, a.instrument_version, a.status, d2s(a.assessed_on), a.assessor,
            a.reason, a.summary, d2s(a.review_due_on), a.override_level, a.override_reason,
            r.threat_score if r else None, r.vulnerability_score if r else None,
            r.capacity_score if r else None, r.index if r else None, r.level if r else None,
            a.level, int(r.grave_imminent) if r else None,
            json.dumps(result_to_dict(r), ensure_ascii=False, sort_keys=True) if r else None,
            a.supersedes_id, a.signed_at, a.signed_by, a.created_at, a.updated_at)


def _threat_row(assessment_id: str, position: int, t: Threat) -> tuple[Any, ...]:
    return (t.id, assessment_id, position, t.facts, t.kind, d2s(t.first_on), d2s(t.last_on),
            t.source_type, t.objective, t.channel, t.pattern,
            json.dumps(dict(t.ratings), sort_keys=True), t.feasibility_conclusion)


def _threats(conn: Connection, assessment_id: str) -> tuple[Threat, ...]:
    rows = conn.execute(
        f"SELECT {', '.join(_THREAT_COLUMNS)} FROM risk_threat WHERE assessment_id = ?"
        " ORDER BY position", (assessment_id,)).fetchall()
    return tuple(Threat(id=r[0], facts=r[1], kind=r[2], first_on=s2d(r[3]), last_on=s2d(r[4]),
                        source_type=r[5], objective=r[6], channel=r[7], pattern=r[8],
                        ratings={str(k): int(v) for k, v in json.loads(r[9]).items()},
                        feasibility_conclusion=r[10]) for r in rows)


def _answers(conn: Connection, assessment_id: str) -> dict[str, int]:
    return {r[0]: int(r[1]) for r in conn.execute(
        "SELECT item, value FROM risk_answer WHERE assessment_id = ?", (assessment_id,))}


def _from_row(conn: Connection, r: Any) -> RiskAssessment:
    result = result_from_dict(json.loads(r[18])) if r[18] else None
    return RiskAssessment(
        id=r[0], case_id=r[1], instrument_version=int(r[2]), status=r[3],
        assessed_on=s2d(r[4]) or date.min, assessor=r[5], reason=r[6], summary=r[7],
        review_due_on=s2d(r[8]), override_level=r[9], override_reason=r[10], result=result,
        supersedes_id=r[19], signed_at=r[20], signed_by=r[21], created_at=r[22],
        updated_at=r[23], threats=_threats(conn, r[0]), answers=_answers(conn, r[0]))


_SELECT = f"SELECT {', '.join(_COLUMNS)} FROM risk_assessment"


def get(conn: Connection, assessment_id: str) -> RiskAssessment | None:
    row = conn.execute(_SELECT + " WHERE id = ?", (assessment_id,)).fetchone()
    return _from_row(conn, row) if row else None


def require(conn: Connection, assessment_id: str) -> RiskAssessment:
    found = get(conn, assessment_id)
    if found is None:
        raise RecordNotFound(ENTITY, assessment_id)
    return found


def for_case(conn: Connection, case_id: str) -> list[RiskAssessment]:
    """Every assessment of a case, newest first (the draft, if any, on top)."""
    rows = conn.execute(_SELECT + " WHERE case_id = ?", (case_id,)).fetchall()
    found = [_from_row(conn, r) for r in rows]
    return sorted(found, key=lambda a: (a.status == DRAFT, *sort_key(a)), reverse=True)


def draft_for_case(conn: Connection, case_id: str) -> RiskAssessment | None:
    row = conn.execute(_SELECT + " WHERE case_id = ? AND status = 'draft'"
                       " ORDER BY created_at DESC LIMIT 1", (case_id,)).fetchone()
    return _from_row(conn, row) if row else None


def latest_signed(conn: Connection, case_id: str) -> RiskAssessment | None:
    row = conn.execute("SELECT assessment_id FROM case_risk WHERE case_id = ?",
                       (case_id,)).fetchone()
    return get(conn, row[0]) if row else None


def insert_row(conn: Connection, a: RiskAssessment) -> None:
    """Insert an assessment with its threats and answers, signed or not.

    A signed one is written as a draft first and then flipped to signed with one
    UPDATE, the only path the immutability triggers leave open.
    """
    row = list(_row(a))
    if a.is_signed:
        row[3] = DRAFT
    conn.execute(f"INSERT INTO risk_assessment ({', '.join(_COLUMNS)})"
                 f" VALUES ({', '.join('?' * len(_COLUMNS))})", row)
    _write_children(conn, a)
    if a.is_signed:
        conn.execute("UPDATE risk_assessment SET status = 'signed' WHERE id = ?", (a.id,))


def _write_children(conn: Connection, a: RiskAssessment) -> None:
    conn.execute("DELETE FROM risk_threat WHERE assessment_id = ?", (a.id,))
    conn.execute("DELETE FROM risk_answer WHERE assessment_id = ?", (a.id,))
    conn.executemany(
        "INSERT INTO risk_threat (id, assessment_id, position, facts, kind, first_on, last_on,"
        " source_type, objective, channel, pattern, ratings, feasibility_conclusion)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [_threat_row(a.id, i, t) for i, t in enumerate(a.threats)])
    conn.executemany("INSERT INTO risk_answer (assessment_id, item, value) VALUES (?, ?, ?)",
                     [(a.id, k, v) for k, v in sorted(a.answers.items())])


def _update_row(conn: Connection, a: RiskAssessment) -> None:
    sets = ", ".join(f"{c} = ?" for c in _COLUMNS[1:])
    row = _row(a)
    conn.execute(f"UPDATE risk_assessment SET {sets} WHERE id = ?", (*row[1:], row[0]))


# --- field history -------------------------------------------------------------------------------


def changes_between(old: RiskAssessment, new: RiskAssessment) -> list[FieldChange]:
    """Per-field changes: scalars, each answer (``answers.<item>``), each threat."""
    out = [FieldChange(name, to_plain(getattr(old, name)), to_plain(getattr(new, name)))
           for name in _TRACKED if getattr(old, name) != getattr(new, name)]
    for code in sorted(set(old.answers) | set(new.answers)):
        before, after = old.answers.get(code), new.answers.get(code)
        if before != after:
            out.append(FieldChange(f"answers.{code}", before, after))
    old_threats = {t.id: t for t in old.threats}
    new_threats = {t.id: t for t in new.threats}
    for tid in [*old_threats, *(t for t in new_threats if t not in old_threats)]:
        before_t, after_t = old_threats.get(tid), new_threats.get(tid)
        if before_t != after_t:
            out.append(FieldChange(f"threats.{tid}",
                                   _plain_threat(before_t), _plain_threat(after_t)))
    return out


def _plain_threat(t: Threat | None) -> Any:
    if t is None:
        return None
    plain = to_plain(t)
    plain["ratings"] = dict(t.ratings)
    return plain


# --- operations ----------------------------------------------------------------------------------


def start_assessment(conn: Connection, *, case_id: str, actor: str, reason: str = "",
                     today: date | None = None) -> RiskAssessment:
    """A draft on the current instrument version, pre-filled from the previous signed one.

    If the case already has a draft, that draft is returned unchanged: a case has
    at most one assessment in progress.
    """
    if conn.execute("SELECT 1 FROM case_file WHERE id = ?", (case_id,)).fetchone() is None:
        raise RecordNotFound("case", case_id)
    existing = draft_for_case(conn, case_id)
    if existing is not None:
        return existing
    today = today or today_local()
    instrument = risk_instrument.current(today)
    previous = latest_signed(conn, case_id)
    draft = new_draft(case_id=case_id, instrument=instrument, assessor=actor,
                      reason=reason.strip(), previous=previous, today=today)
    issues = validate(draft, instrument, today=today)
    if issues:
        raise AssessmentInvalid(issues)
    now = iso_utc()
    draft = replace(draft, created_at=now, updated_at=now)
    insert_row(conn, draft)
    history.record(conn, actor=actor, action="create", entity=ENTITY, entity_id=draft.id,
                   case_id=case_id, changes=[FieldChange("*", None, None)])
    audit.append(conn, actor=actor, action="risk.start", entity=ENTITY, entity_id=draft.id,
                 details={"case": case_id, "instrument_version": instrument.version,
                          "prefilled_from": previous.id if previous else None})
    return draft


def save_draft(conn: Connection, assessment: RiskAssessment, *, actor: str,
               autosave: bool = False, today: date | None = None) -> RiskAssessment:
    """Save edits to a draft (missing items are fine; wrong values are not).

    An override needs its written reason even in a draft.  Autosaves write the
    field history but no audit entry, so a long interview does not bury the
    bitácora; explicit saves are audited with the names of the changed fields.
    """
    old = require(conn, assessment.id)
    if old.is_signed:
        raise AssessmentSigned(old.id)
    if (assessment.case_id, assessment.instrument_version, assessment.status) != \
            (old.case_id, old.instrument_version, DRAFT):
        raise AssessmentInvalid([Issue("case_id", "immutable")])
    instrument = risk_instrument.get(old.instrument_version)
    issues = validate(assessment, instrument, today=today)
    if issues:
        raise AssessmentInvalid(issues)
    updated = normalized(replace(assessment, signed_at=None, signed_by=None,
                                 created_at=old.created_at, supersedes_id=old.supersedes_id),
                         instrument)
    changes = changes_between(old, updated)
    if not changes:
        return old
    updated = replace(updated, updated_at=iso_utc())
    _update_row(conn, updated)
    _write_children(conn, updated)
    history.record(conn, actor=actor, action="update", entity=ENTITY, entity_id=updated.id,
                   case_id=updated.case_id, changes=changes)
    if not autosave:
        audit.append(conn, actor=actor, action="risk.save", entity=ENTITY,
                     entity_id=updated.id,
                     details={"case": updated.case_id,
                              "fields": sorted({c.field.split(".")[0] for c in changes}),
                              "changes": len(changes)})
    return updated


def sign_assessment(conn: Connection, assessment_id: str, *, actor: str,
                    today: date | None = None) -> RiskAssessment:
    """Sign a complete draft: figures frozen, row immutable, previous one superseded."""
    draft = require(conn, assessment_id)
    instrument = risk_instrument.get(draft.instrument_version)
    check_signable(draft, instrument, today=today)
    draft = normalized(draft, instrument)
    # Superseded: the latest signed one dated on or before this one.
    earlier = [h for h in _signed_headers(conn, draft.case_id)
               if h.assessed_on <= draft.assessed_on]
    supersedes = earlier[-1].id if earlier else None
    now = iso_utc()
    signed = replace(draft, status=SIGNED, signed_at=now, signed_by=actor, updated_at=now,
                     supersedes_id=supersedes)
    _update_row(conn, signed)
    history.record(conn, actor=actor, action="sign", entity=ENTITY, entity_id=signed.id,
                   case_id=signed.case_id, changes=[FieldChange("status", DRAFT, SIGNED)])
    refresh_case_risk(conn, signed.case_id)
    audit.append(conn, actor=actor, action="risk.sign", entity=ENTITY, entity_id=signed.id,
                 details={"case": signed.case_id, "instrument_version": instrument.version,
                          "supersedes": supersedes,
                          "overridden": signed.override_level is not None})
    return signed


def discard_draft(conn: Connection, assessment_id: str, *, actor: str) -> str:
    """Delete a draft (never a signed assessment); return its case id."""
    draft = require(conn, assessment_id)
    if draft.is_signed:
        raise AssessmentSigned(draft.id)
    conn.execute("DELETE FROM risk_assessment WHERE id = ?", (draft.id,))
    history.record(conn, actor=actor, action="delete", entity=ENTITY, entity_id=draft.id,
                   case_id=draft.case_id, changes=[FieldChange("*", None, None)])
    audit.append(conn, actor=actor, action="risk.discard", entity=ENTITY, entity_id=draft.id,
                 details={"case": draft.case_id})
    return draft.case_id


def rescore(assessment: RiskAssessment) -> RiskAssessment:
    """Recompute with the assessment's *own* instrument version (never the current one)."""
    instrument = risk_instrument.get(assessment.instrument_version)
    return replace(assessment, result=score(assessment, instrument))


# --- the level per case ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Header:
    id: str
    instrument_version: int
    assessed_on: date
    signed_at: str
    level: str
    index: float
    overridden: bool
    review_due_on: date | None

    @property
    def sort(self) -> tuple[date, str]:
        return (self.assessed_on, self.signed_at)


def _signed_headers(conn: Connection, case_id: str) -> list[_Header]:
    rows = conn.execute(
        "SELECT id, instrument_version, assessed_on, signed_at, level, index_value,"
        " override_level IS NOT NULL, review_due_on FROM risk_assessment"
        " WHERE case_id = ? AND status = 'signed'", (case_id,)).fetchall()
    headers = [_Header(r[0], int(r[1]), s2d(r[2]) or date.min, r[3] or "", r[4],
                       float(r[5] or 0.0), bool(r[6]), s2d(r[7])) for r in rows]
    return sorted(headers, key=lambda h: h.sort)


def _rank(level: str, version: int) -> int:
    reg = risk_instrument.registry()
    instrument = reg.get(version) if reg.has(version) else reg.current()
    return instrument.level_rank(level)


def refresh_case_risk(conn: Connection, case_id: str) -> None:
    """Recompute the case's level in force from its signed assessments."""
    headers = _signed_headers(conn, case_id)
    conn.execute("DELETE FROM case_risk WHERE case_id = ?", (case_id,))
    if not headers:
        return
    last = headers[-1]
    before = headers[-2] if len(headers) > 1 else None
    conn.execute(
        "INSERT INTO case_risk (case_id, assessment_id, level, rank, assessed_on, review_due_on,"
        " previous_level, previous_rank) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (case_id, last.id, last.level, _rank(last.level, last.instrument_version),
         d2s(last.assessed_on), d2s(last.review_due_on), before.level if before else None,
         _rank(before.level, before.instrument_version) if before else None))


@dataclass(frozen=True)
class CaseLevel:
    case_id: str
    assessment_id: str
    level: str
    rank: int
    assessed_on: date
    review_due_on: date | None
    previous_level: str | None
    previous_rank: int | None

    @property
    def rose(self) -> bool:
        return self.previous_rank is not None and self.rank > self.previous_rank


_CASE_RISK = ("SELECT case_id, assessment_id, level, rank, assessed_on, review_due_on,"
              " previous_level, previous_rank FROM case_risk")


def _case_level(r: Any) -> CaseLevel:
    return CaseLevel(r[0], r[1], r[2], int(r[3]), s2d(r[4]) or date.min, s2d(r[5]), r[6],
                     None if r[7] is None else int(r[7]))


def current_level(conn: Connection, case_id: str) -> CaseLevel | None:
    """The level in force (latest signed assessment, override included), or None."""
    row = conn.execute(_CASE_RISK + " WHERE case_id = ?", (case_id,)).fetchone()
    return _case_level(row) if row else None


def current_levels(conn: Connection, case_ids: Iterable[str] | None = None
                   ) -> dict[str, CaseLevel]:
    """Level in force per case (all cases with a signed assessment, or those given)."""
    if case_ids is None:
        return {r[0]: _case_level(r) for r in conn.execute(_CASE_RISK)}
    ids = list(case_ids)
    out: dict[str, CaseLevel] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for r in conn.execute(_CASE_RISK + f" WHERE case_id IN ({marks})", chunk):
            out[r[0]] = _case_level(r)
    return out


def level_history(conn: Connection, case_id: str) -> list[TrendPoint]:
    """Signed assessments of a case, oldest first: the trend."""
    return [TrendPoint(h.id, h.assessed_on, h.level, _rank(h.level, h.instrument_version),
                       h.index, h.overridden) for h in _signed_headers(conn, case_id)]


@dataclass(frozen=True)
class CaseRiskRow:
    """A case in a follow-up list."""

    case_id: str
    folio: str
    primary_name: str
    level: str
    previous_level: str | None
    assessed_on: date
    review_due_on: date | None


def _open_statuses() -> list[str]:
    return [e.code for e in catalogs.get("case_statuses").entries if e.get("open", True)]


def _case_rows(conn: Connection, where: str, params: tuple[Any, ...]) -> list[CaseRiskRow]:
    statuses = _open_statuses()
    marks = ",".join("?" * len(statuses))
    rows = conn.execute(
        "SELECT r.case_id, c.folio, c.primary_name, r.level, r.previous_level, r.assessed_on,"
        " r.review_due_on FROM case_risk r JOIN case_file c ON c.id = r.case_id"
        f" WHERE c.status IN ({marks}) AND {where}"
        " ORDER BY r.rank DESC, r.assessed_on DESC, c.folio", (*statuses, *params)).fetchall()
    return [CaseRiskRow(r[0], r[1], r[2], r[3], r[4], s2d(r[5]) or date.min, s2d(r[6]))
            for r in rows]


def cases_with_rising_risk(conn: Connection) -> list[CaseRiskRow]:
    """Open cases whose latest signed level is higher than the one before it."""
    return _case_rows(conn, "r.previous_rank IS NOT NULL AND r.rank > r.previous_rank", ())


def overdue_reassessments(conn: Connection, today: date) -> list[CaseRiskRow]:
    """Open cases whose assessment in force asked for a re-assessment before ``today``."""
    return _case_rows(conn, "r.review_due_on IS NOT NULL AND r.review_due_on < ?",
                      (today.isoformat(),))


# --- one transaction per user action -------------------------------------------------------------


class RiskOps:
    """The operations the UI and CLI call: each is one transaction."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    @property
    def actor(self) -> str:
        return self.vault.actor

    def for_case(self, case_id: str) -> list[RiskAssessment]:
        with self.vault.read() as conn:
            return for_case(conn, case_id)

    def get(self, assessment_id: str) -> RiskAssessment:
        with self.vault.read() as conn:
            return require(conn, assessment_id)

    def start(self, case_id: str, reason: str = "") -> RiskAssessment:
        with self.vault.write() as conn:
            return start_assessment(conn, case_id=case_id, actor=self.actor, reason=reason)

    def save(self, assessment: RiskAssessment, *, autosave: bool = False) -> RiskAssessment:
        with self.vault.write() as conn:
            return save_draft(conn, assessment, actor=self.actor, autosave=autosave)

    def save_and_sign(self, assessment: RiskAssessment) -> RiskAssessment:
        """Save the editor's last edits and sign, together or not at all."""
        with self.vault.write() as conn:
            save_draft(conn, assessment, actor=self.actor, autosave=True)
            return sign_assessment(conn, assessment.id, actor=self.actor)

    def discard(self, assessment_id: str) -> str:
        with self.vault.write() as conn:
            return discard_draft(conn, assessment_id, actor=self.actor)
