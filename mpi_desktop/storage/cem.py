"""CEM sessions in the vault: sessions, attendance, agenda, summaries for CEM, dismissals.

Functions here run inside the caller's transaction (``conn``); each user action
is wrapped in one transaction by :class:`mpi_desktop.storage.cem_ops.CemOps`.
Every change is validated in the domain (``domain/cem.py``) and audited with
ids and field names only — never a summary's text or a finding's text.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from mpi_desktop.domain import cem as dc
from mpi_desktop.domain import validation as v
from mpi_desktop.domain.cem import AgendaItem, CemSession
from mpi_desktop.domain.history import diff
from mpi_desktop.domain.ids import new_id
from mpi_desktop.domain.leak_scanner import Finding
from mpi_desktop.domain.timeutil import iso_utc
from mpi_desktop.storage import audit, history
from mpi_desktop.storage.codec import d2s, s2d
from mpi_desktop.storage.connection import Connection
from mpi_desktop.storage.records import RecordNotFound

SESSION = "cem_session"
_S_COLUMNS = ("id", "number", "year", "kind", "held_on", "status", "place_granularity",
              "pseudonym_style", "notes", "created_at", "updated_at")
_A_COLUMNS = ("id", "session_id", "case_id", "topic", "measure_id", "position", "source",
              "created_at", "updated_at")


# --- sessions -------------------------------------------------------------------------------


def _session(conn: Connection, r: Any) -> CemSession:
    institutions = tuple(x[0] for x in conn.execute(
        "SELECT institution FROM cem_attendance WHERE session_id = ? ORDER BY position",
        (r[0],)))
    return CemSession(id=r[0], number=int(r[1]), year=int(r[2]), kind=r[3],
                      held_on=s2d(r[4]) or date.min, status=r[5], place_granularity=r[6],
                      pseudonym_style=r[7], notes=r[8], created_at=r[9], updated_at=r[10],
                      institutions=institutions)


def get_session(conn: Connection, session_id: str) -> CemSession:
    row = conn.execute(f"SELECT {', '.join(_S_COLUMNS)} FROM cem_session WHERE id = ?",
                       (session_id,)).fetchone()
    if row is None:
        raise RecordNotFound(SESSION, session_id)
    return _session(conn, row)


@dataclass(frozen=True)
class SessionRow:
    """A session in the list, with its counts."""

    session: CemSession
    agenda_items: int
    cases: int
    acuerdos: int
    packets: int


def list_sessions(conn: Connection, *, year: int | None = None) -> list[SessionRow]:
    where, params = ("WHERE s.year = ?", (year,)) if year is not None else ("", ())
    rows = conn.execute(
        f"SELECT {', '.join('s.' + c for c in _S_COLUMNS)},"
        " (SELECT count(*) FROM cem_agenda_item a WHERE a.session_id = s.id),"
        " (SELECT count(DISTINCT case_id) FROM cem_agenda_item a WHERE a.session_id = s.id),"
        " (SELECT count(*) FROM cem_acuerdo k WHERE k.session_id = s.id),"
        " (SELECT count(*) FROM cem_packet p WHERE p.session_id = s.id)"
        f" FROM cem_session s {where} ORDER BY s.held_on DESC, s.number DESC", params).fetchall()
    n = len(_S_COLUMNS)
    return [SessionRow(_session(conn, r[:n]), int(r[n]), int(r[n + 1]), int(r[n + 2]),
                       int(r[n + 3])) for r in rows]


def next_number(conn: Connection, year: int, kind: str) -> int:
    row = conn.execute("SELECT max(number) FROM cem_session WHERE year = ? AND kind = ?",
                       (year, kind)).fetchone()
    return int(row[0] or 0) + 1


def previous_session(conn: Connection, session: CemSession) -> CemSession | None:
    """The latest session held before this one (for 'new since the last session')."""
    row = conn.execute(
        f"SELECT {', '.join(_S_COLUMNS)} FROM cem_session WHERE held_on < ? AND id <> ?"
        " AND status IN (?, ?) ORDER BY held_on DESC LIMIT 1",
        (d2s(session.held_on), session.id, dc.HELD, dc.CLOSED)).fetchone()
    return _session(conn, row) if row else None


def _require_editable(session: CemSession) -> None:
    if not session.editable:
        raise dc.SessionClosed(session.id)


def _number_free(conn: Connection, s: CemSession) -> None:
    row = conn.execute("SELECT id FROM cem_session WHERE year = ? AND kind = ? AND number = ?",
                       (s.year, s.kind, s.number)).fetchone()
    if row is not None and row[0] != s.id:
        raise dc.SessionNumberTaken(s.year, s.kind, s.number)


def _write_attendance(conn: Connection, s: CemSession) -> None:
    conn.execute("DELETE FROM cem_attendance WHERE session_id = ?", (s.id,))
    conn.executemany("INSERT INTO cem_attendance (session_id, institution, position)"
                     " VALUES (?, ?, ?)", [(s.id, code, i) for i, code in
                                           enumerate(s.institutions)])


def _row(s: CemSession) -> tuple[Any, ...]:
    return (s.id, s.number, s.year, s.kind, d2s(s.held_on), s.status, s.place_granularity,
            s.pseudonym_style, s.notes, s.created_at, s.updated_at)


def create_session(conn: Connection, session: CemSession, *, actor: str) -> CemSession:
    if session.status != dc.PREPARING:
        session = replace(session, status=dc.PREPARING)
    v.ensure_valid(SESSION, dc.validate_session(session))
    _number_free(conn, session)
    now = iso_utc()
    session = replace(session, created_at=now, updated_at=now)
    conn.execute(f"INSERT INTO cem_session ({', '.join(_S_COLUMNS)})"
                 f" VALUES ({', '.join('?' * len(_S_COLUMNS))})", _row(session))
    _write_attendance(conn, session)
    history.record(conn, actor=actor, action="create", entity=SESSION, entity_id=session.id,
                   changes=diff(None, session))
    audit.append(conn, actor=actor, action="cem.session_create", entity=SESSION,
                 entity_id=session.id, details={"kind": session.kind, "year": session.year,
                                                "number": session.number})
    return session


def update_session(conn: Connection, session: CemSession, *, actor: str) -> CemSession:
    """Save the session's header (everything but its status, see :func:`set_status`)."""
    old = get_session(conn, session.id)
    _require_editable(old)
    session = replace(session, status=old.status, created_at=old.created_at)
    v.ensure_valid(SESSION, dc.validate_session(session))
    _number_free(conn, session)
    changes = diff(old, session)
    if not changes:
        return old
    session = replace(session, updated_at=iso_utc())
    sets = ", ".join(f"{c} = ?" for c in _S_COLUMNS[1:])
    row = _row(session)
    conn.execute(f"UPDATE cem_session SET {sets} WHERE id = ?", (*row[1:], row[0]))
    _write_attendance(conn, session)
    history.record(conn, actor=actor, action="update", entity=SESSION, entity_id=session.id,
                   changes=changes)
    audit.append(conn, actor=actor, action="cem.session_update", entity=SESSION,
                 entity_id=session.id, details={"fields": [c.field for c in changes]})
    return session


def set_status(conn: Connection, session_id: str, target: str, *, actor: str) -> CemSession:
    old = get_session(conn, session_id)
    if not dc.can_move(old.status, target):
        raise dc.StatusChangeRefused(old.status, target)
    new = replace(old, status=target, updated_at=iso_utc())
    conn.execute("UPDATE cem_session SET status = ?, updated_at = ? WHERE id = ?",
                 (target, new.updated_at, session_id))
    history.record(conn, actor=actor, action="status", entity=SESSION, entity_id=session_id,
                   changes=diff(old, new))
    audit.append(conn, actor=actor, action="cem.session_status", entity=SESSION,
                 entity_id=session_id, details={"from": old.status, "to": target})
    return new


def delete_session(conn: Connection, session_id: str, *, actor: str) -> None:
    """Only a session without acuerdos can go (a mistaken or cancelled one)."""
    session = get_session(conn, session_id)
    _require_editable(session)
    count = int(conn.execute("SELECT count(*) FROM cem_acuerdo WHERE session_id = ?",
                             (session_id,)).fetchone()[0])
    if count:
        raise dc.SessionHasAcuerdos(count)
    conn.execute("DELETE FROM cem_session WHERE id = ?", (session_id,))
    audit.append(conn, actor=actor, action="cem.session_delete", entity=SESSION,
                 entity_id=session_id)


# --- agenda -----------------------------------------------------------------------------------


def _item(r: Any) -> AgendaItem:
    return AgendaItem(id=r[0], session_id=r[1], case_id=r[2], topic=r[3], measure_id=r[4],
                      position=int(r[5]), source=r[6], created_at=r[7], updated_at=r[8])


def agenda(conn: Connection, session_id: str) -> list[AgendaItem]:
    rows = conn.execute(f"SELECT {', '.join(_A_COLUMNS)} FROM cem_agenda_item"
                        " WHERE session_id = ? ORDER BY position, created_at",
                        (session_id,)).fetchall()
    return [_item(r) for r in rows]


def get_item(conn: Connection, item_id: str) -> AgendaItem:
    row = conn.execute(f"SELECT {', '.join(_A_COLUMNS)} FROM cem_agenda_item WHERE id = ?",
                       (item_id,)).fetchone()
    if row is None:
        raise RecordNotFound("cem_agenda_item", item_id)
    return _item(row)


@dataclass(frozen=True)
class AgendaRow:
    """An agenda item as the caseworker sees it (folio and name: never in the packet)."""

    item: AgendaItem
    folio: str
    primary_name: str
    case_status: str
    measure_code: str | None
    measure_state: str | None
    has_summary: bool


def agenda_rows(conn: Connection, session_id: str) -> list[AgendaRow]:
    out: list[AgendaRow] = []
    for item in agenda(conn, session_id):
        case = conn.execute("SELECT folio, primary_name, status FROM case_file WHERE id = ?",
                            (item.case_id,)).fetchone()
        measure = conn.execute("SELECT code, state FROM measure WHERE id = ?",
                               (item.measure_id,)).fetchone() if item.measure_id else None
        summary = conn.execute("SELECT 1 FROM cem_summary WHERE case_id = ? AND text <> ''"
                               " LIMIT 1", (item.case_id,)).fetchone()
        out.append(AgendaRow(item, case[0], case[1], case[2],
                             measure[0] if measure else None, measure[1] if measure else None,
                             summary is not None))
    return out


def _check_measure(conn: Connection, case_id: str, measure_id: str | None) -> None:
    if measure_id is None:
        return
    row = conn.execute("SELECT case_id FROM measure WHERE id = ?", (measure_id,)).fetchone()
    if row is None:
        raise RecordNotFound("measure", measure_id)
    if row[0] != case_id:
        raise dc.MeasureNotInCase(measure_id)


def add_item(conn: Connection, item: AgendaItem, *, actor: str) -> AgendaItem:
    session = get_session(conn, item.session_id)
    _require_editable(session)
    v.ensure_valid("cem_agenda_item", dc.validate_agenda_item(item))
    if conn.execute("SELECT 1 FROM case_file WHERE id = ?", (item.case_id,)).fetchone() is None:
        raise RecordNotFound("case", item.case_id)
    _check_measure(conn, item.case_id, item.measure_id)
    for existing in agenda(conn, item.session_id):
        if (existing.case_id, existing.topic, existing.measure_id) == (
                item.case_id, item.topic, item.measure_id):
            raise dc.AgendaItemExists(item.case_id, item.topic)
    row = conn.execute("SELECT max(position) FROM cem_agenda_item WHERE session_id = ?",
                       (item.session_id,)).fetchone()
    now = iso_utc()
    item = replace(item, position=int(row[0] or 0) + 1, created_at=now, updated_at=now)
    conn.execute(f"INSERT INTO cem_agenda_item ({', '.join(_A_COLUMNS)})"
                 f" VALUES ({', '.join('?' * len(_A_COLUMNS))})",
                 (item.id, item.session_id, item.case_id, item.topic, item.measure_id,
                  item.position, item.source, item.created_at, item.updated_at))
    audit.append(conn, actor=actor, action="cem.agenda_add", entity=SESSION,
                 entity_id=item.session_id, details={"item": item.id, "case": item.case_id,
                                                     "topic": item.topic,
                                                     "measure": item.measure_id,
                                                     "source": item.source})
    return item


def accept_suggestions(conn: Connection, session_id: str, suggestions: list[dc.Suggestion],
                       *, actor: str) -> list[AgendaItem]:
    """Add suggestions to the agenda (skipping any already there), all or nothing."""
    pending = dc.pending_suggestions(suggestions, agenda(conn, session_id))
    return [add_item(conn, AgendaItem(session_id=session_id, case_id=s.case_id, topic=s.topic,
                                      measure_id=s.measure_id, source=s.reason), actor=actor)
            for s in pending]


def remove_item(conn: Connection, item_id: str, *, actor: str) -> None:
    item = get_item(conn, item_id)
    _require_editable(get_session(conn, item.session_id))
    conn.execute("DELETE FROM cem_agenda_item WHERE id = ?", (item_id,))
    audit.append(conn, actor=actor, action="cem.agenda_remove", entity=SESSION,
                 entity_id=item.session_id, details={"item": item_id, "case": item.case_id})


def move_item(conn: Connection, item_id: str, delta: int, *, actor: str) -> list[AgendaItem]:
    """Move an item up (delta < 0) or down; positions are renumbered 1..n."""
    item = get_item(conn, item_id)
    _require_editable(get_session(conn, item.session_id))
    items = agenda(conn, item.session_id)
    index = next(i for i, it in enumerate(items) if it.id == item_id)
    target = max(0, min(len(items) - 1, index + delta))
    if target == index:
        return items
    items.insert(target, items.pop(index))
    now = iso_utc()
    conn.executemany("UPDATE cem_agenda_item SET position = ?, updated_at = ? WHERE id = ?",
                     [(i + 1, now, it.id) for i, it in enumerate(items)])
    audit.append(conn, actor=actor, action="cem.agenda_reorder", entity=SESSION,
                 entity_id=item.session_id, details={"item": item_id, "to": target + 1})
    return agenda(conn, item.session_id)


# --- summaries for CEM ------------------------------------------------------------------------


@dataclass(frozen=True)
class Summary:
    case_id: str
    version: int
    text: str
    saved_at: str
    saved_by: str
    session_id: str | None = None


_SUM = "SELECT case_id, version, text, saved_at, saved_by, session_id FROM cem_summary"


def current_summary(conn: Connection, case_id: str) -> Summary | None:
    row = conn.execute(_SUM + " WHERE case_id = ? ORDER BY version DESC LIMIT 1",
                       (case_id,)).fetchone()
    return Summary(*row) if row else None


def summary_history(conn: Connection, case_id: str) -> list[Summary]:
    """Every saved version, newest first."""
    return [Summary(*r) for r in conn.execute(_SUM + " WHERE case_id = ? ORDER BY version DESC",
                                              (case_id,))]


def summaries_for(conn: Connection, case_ids: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for case_id in case_ids:
        current = current_summary(conn, case_id)
        if current is not None:
            out[case_id] = current.text
    return out


def save_summary(conn: Connection, case_id: str, text: str, *, actor: str,
                 session_id: str | None = None) -> Summary:
    """A new version when the text changed; the same one otherwise."""
    if conn.execute("SELECT 1 FROM case_file WHERE id = ?", (case_id,)).fetchone() is None:
        raise RecordNotFound("case", case_id)
    if len(text) > v.MAX_TEXT:
        raise v.ValidationFailed("cem_summary", [v.Issue("text", "too_long",
                                                         {"limit": v.MAX_TEXT})])
    current = current_summary(conn, case_id)
    if current is not None and current.text == text:
        return current
    if current is None and not text.strip():
        return Summary(case_id, 0, "", "", "")
    summary = Summary(case_id, (current.version if current else 0) + 1, text, iso_utc(), actor,
                      session_id)
    conn.execute("INSERT INTO cem_summary (case_id, version, text, saved_at, saved_by,"
                 " session_id) VALUES (?, ?, ?, ?, ?, ?)",
                 (case_id, summary.version, text, summary.saved_at, actor, session_id))
    audit.append(conn, actor=actor, action="cem.summary_save", entity="case", entity_id=case_id,
                 details={"version": summary.version, "session": session_id,
                          "chars": len(text)})
    return summary


# --- dismissed findings ------------------------------------------------------------------------

ADHOC_SCOPE = "adhoc"


@dataclass(frozen=True)
class Dismissal:
    id: str
    scope: str
    case_id: str | None
    field: str
    text: str
    kind: str
    code: str
    reason: str
    created_at: str
    created_by: str


def dismissed_codes(conn: Connection, scope: str) -> set[str]:
    return {r[0] for r in conn.execute("SELECT code FROM cem_dismissal WHERE scope = ?",
                                       (scope,))}


def dismissals(conn: Connection, scope: str) -> list[Dismissal]:
    return [Dismissal(*r) for r in conn.execute(
        "SELECT id, scope, case_id, field, text, kind, code, reason, created_at, created_by"
        " FROM cem_dismissal WHERE scope = ? ORDER BY created_at", (scope,))]


def dismiss(conn: Connection, scope: str, finding: Finding, *, actor: str,
            reason: str = "") -> Dismissal:
    """The caseworker says this exact text in this field is not identifying (audited)."""
    code = finding.code(scope)
    existing = conn.execute("SELECT id FROM cem_dismissal WHERE scope = ? AND code = ?",
                            (scope, code)).fetchone()
    now = iso_utc()
    dismissal = Dismissal(existing[0] if existing else new_id(), scope, finding.case_id,
                          finding.field, finding.text, finding.kind, code, reason.strip(), now,
                          actor)
    if existing is None:
        person = finding.person_id if finding.person_id and conn.execute(
            "SELECT 1 FROM person WHERE id = ?", (finding.person_id,)).fetchone() else None
        conn.execute(
            "INSERT INTO cem_dismissal (id, scope, case_id, person_id, field, text, kind, code,"
            " reason, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (dismissal.id, scope, finding.case_id, person, finding.field, finding.text,
             finding.kind, code, dismissal.reason, now, actor))
        audit.append(conn, actor=actor, action="cem.finding_dismiss", entity=SESSION,
                     entity_id=scope, details={"case": finding.case_id, "field": finding.field,
                                               "kind": finding.kind, "code": code})
    return dismissal


def revoke_dismissal(conn: Connection, scope: str, code: str, *, actor: str) -> bool:
    gone = conn.execute("DELETE FROM cem_dismissal WHERE scope = ? AND code = ?",
                        (scope, code)).rowcount
    if gone:
        audit.append(conn, actor=actor, action="cem.finding_undismiss", entity=SESSION,
                     entity_id=scope, details={"code": code})
    return bool(gone)
