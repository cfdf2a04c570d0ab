"""Acuerdos of a held CEM session, applied to the cases' measures.

Recording an acuerdo applies its measure decisions (approve, ratify, modify,
suspend, resume, retire, conclude) through the protection plan's own
:func:`~mpi_desktop.storage.plans.transition_measure`, each citing the session
(``cem_session_id`` plus the text references the plan keeps), all inside the
caller's one transaction: if any decision is refused, nothing of the acuerdo
is saved and no measure moves.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from typing import Any

from mpi_desktop.domain import cem as dc
from mpi_desktop.domain import validation as v
from mpi_desktop.domain.cem import Acuerdo, MeasureDecision
from mpi_desktop.domain.timeutil import iso_utc, today_local
from mpi_desktop.errors import MpiError
from mpi_desktop.storage import audit, cem, plans
from mpi_desktop.storage.connection import Connection
from mpi_desktop.storage.records import RecordNotFound

_COLUMNS = ("id", "session_id", "case_id", "agenda_item_id", "number", "text", "decisions",
            "created_at", "created_by")


def _decisions_json(decisions: tuple[MeasureDecision, ...]) -> str:
    return json.dumps([{"measure_id": d.measure_id, "action": d.action, "reason": d.reason,
                        "new_details": d.new_details} for d in decisions], ensure_ascii=False)


def _acuerdo(r: Any) -> Acuerdo:
    decisions = tuple(MeasureDecision(str(d["measure_id"]), str(d["action"]),
                                      str(d.get("reason", "")), str(d.get("new_details", "")))
                      for d in json.loads(r[6] or "[]"))
    return Acuerdo(id=r[0], session_id=r[1], case_id=r[2], agenda_item_id=r[3], number=r[4],
                   text=r[5], decisions=decisions, created_at=r[7], created_by=r[8])


def for_session(conn: Connection, session_id: str) -> list[Acuerdo]:
    rows = conn.execute(f"SELECT {', '.join(_COLUMNS)} FROM cem_acuerdo WHERE session_id = ?"
                        " ORDER BY number", (session_id,)).fetchall()
    return [_acuerdo(r) for r in rows]


def for_case(conn: Connection, case_id: str) -> list[Acuerdo]:
    rows = conn.execute(f"SELECT {', '.join(_COLUMNS)} FROM cem_acuerdo WHERE case_id = ?"
                        " ORDER BY created_at", (case_id,)).fetchall()
    return [_acuerdo(r) for r in rows]


def get(conn: Connection, acuerdo_id: str) -> Acuerdo:
    row = conn.execute(f"SELECT {', '.join(_COLUMNS)} FROM cem_acuerdo WHERE id = ?",
                       (acuerdo_id,)).fetchone()
    if row is None:
        raise RecordNotFound("cem_acuerdo", acuerdo_id)
    return _acuerdo(row)


def next_number(conn: Connection, session_id: str) -> str:
    session = cem.get_session(conn, session_id)
    existing = [r[0] for r in conn.execute("SELECT number FROM cem_acuerdo")]
    return dc.next_acuerdo_number(session, existing)


def _require_held(session: dc.CemSession) -> None:
    if session.status == dc.CLOSED:
        raise dc.SessionClosed(session.id)
    if session.status != dc.HELD:
        raise dc.AcuerdosNeedHeldSession(session.status)


def record(conn: Connection, acuerdo: Acuerdo, *, actor: str,
           today: date | None = None) -> Acuerdo:
    """Save an acuerdo and apply its decisions; all or nothing (caller's transaction)."""
    session = cem.get_session(conn, acuerdo.session_id)
    _require_held(session)
    if conn.execute("SELECT 1 FROM case_file WHERE id = ?",
                    (acuerdo.case_id,)).fetchone() is None:
        raise RecordNotFound("case", acuerdo.case_id)
    if acuerdo.agenda_item_id is not None:
        item = cem.get_item(conn, acuerdo.agenda_item_id)
        if item.session_id != session.id or item.case_id != acuerdo.case_id:
            raise RecordNotFound("cem_agenda_item", acuerdo.agenda_item_id)
    if not acuerdo.number.strip():
        acuerdo = replace(acuerdo, number=next_number(conn, session.id))
    acuerdo = replace(acuerdo, number=acuerdo.number.strip(), text=acuerdo.text.strip())
    v.ensure_valid("cem_acuerdo", dc.validate_acuerdo(acuerdo))
    if conn.execute("SELECT 1 FROM cem_acuerdo WHERE number = ?",
                    (acuerdo.number,)).fetchone():
        raise dc.AcuerdoNumberTaken(acuerdo.number)
    today = today or today_local()
    effective = min(session.held_on, today)
    reference = dc.session_reference(session)
    for decision in acuerdo.decisions:
        owner = conn.execute("SELECT case_id FROM measure WHERE id = ?",
                             (decision.measure_id,)).fetchone()
        if owner is None or owner[0] != acuerdo.case_id:
            raise dc.MeasureNotInCase(decision.measure_id)
        try:
            plans.transition_measure(
                conn, measure_id=decision.measure_id, action=decision.action, actor=actor,
                effective_on=effective, reason=decision.reason.strip() or acuerdo.text,
                cem_session_ref=reference, cem_agreement_ref=acuerdo.number,
                cem_session_id=session.id,
                new_details=decision.new_details if decision.action == "modify" else None,
                today=today)
        except MpiError as exc:
            raise dc.DecisionFailed(decision.measure_id, decision.action, exc) from exc
    acuerdo = replace(acuerdo, created_at=iso_utc(), created_by=actor)
    conn.execute(f"INSERT INTO cem_acuerdo ({', '.join(_COLUMNS)})"
                 f" VALUES ({', '.join('?' * len(_COLUMNS))})",
                 (acuerdo.id, acuerdo.session_id, acuerdo.case_id, acuerdo.agenda_item_id,
                  acuerdo.number, acuerdo.text, _decisions_json(acuerdo.decisions),
                  acuerdo.created_at, actor))
    audit.append(conn, actor=actor, action="cem.acuerdo_record", entity=cem.SESSION,
                 entity_id=session.id, details={
                     "acuerdo": acuerdo.id, "number": acuerdo.number, "case": acuerdo.case_id,
                     "measures": [d.measure_id for d in acuerdo.decisions],
                     "actions": [d.action for d in acuerdo.decisions]})
    return acuerdo


def update_text(conn: Connection, acuerdo_id: str, text: str, *, actor: str) -> Acuerdo:
    """Correct an acuerdo's wording while the session is not closed (decisions stay)."""
    old = get(conn, acuerdo_id)
    _require_held(cem.get_session(conn, old.session_id))
    new = replace(old, text=text.strip())
    v.ensure_valid("cem_acuerdo", dc.validate_acuerdo(new))
    if new.text == old.text:
        return old
    conn.execute("UPDATE cem_acuerdo SET text = ? WHERE id = ?", (new.text, acuerdo_id))
    audit.append(conn, actor=actor, action="cem.acuerdo_update", entity=cem.SESSION,
                 entity_id=old.session_id, details={"acuerdo": acuerdo_id, "fields": ["text"]})
    return new


def delete(conn: Connection, acuerdo_id: str, *, actor: str) -> None:
    """Only an acuerdo that moved no measure can be deleted (transitions are permanent)."""
    old = get(conn, acuerdo_id)
    _require_held(cem.get_session(conn, old.session_id))
    if old.decisions:
        raise dc.AcuerdoHasDecisions(old.number)
    conn.execute("DELETE FROM cem_acuerdo WHERE id = ?", (acuerdo_id,))
    audit.append(conn, actor=actor, action="cem.acuerdo_delete", entity=cem.SESSION,
                 entity_id=old.session_id, details={"acuerdo": acuerdo_id})
