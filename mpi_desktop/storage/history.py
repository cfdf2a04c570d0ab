"""Field-level history rows: written in the same transaction as the change."""

from __future__ import annotations

from dataclasses import dataclass

from mpi_desktop.domain.history import FieldChange, dumps
from mpi_desktop.domain.timeutil import iso_utc
from mpi_desktop.storage.connection import Connection


@dataclass(frozen=True)
class HistoryRow:
    seq: int
    at: str
    actor: str
    action: str
    entity: str
    entity_id: str
    field: str
    before: str | None
    after: str | None


def record(conn: Connection, *, actor: str, action: str, entity: str, entity_id: str,
           changes: list[FieldChange], case_id: str | None = None,
           person_id: str | None = None) -> None:
    if not changes:
        return
    at = iso_utc()
    conn.executemany(
        "INSERT INTO field_history (at, actor, action, entity, entity_id, case_id, person_id,"
        " field, before, after) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(at, actor, action, entity, entity_id, case_id, person_id, c.field,
          None if c.before is None else dumps(c.before),
          None if c.after is None else dumps(c.after)) for c in changes])


def for_case(conn: Connection, case_id: str, *, limit: int = 1000) -> list[HistoryRow]:
    """Changes to the case, its events and the people on it, newest first."""
    rows = conn.execute(
        "SELECT seq, at, actor, action, entity, entity_id, field, before, after"
        " FROM field_history WHERE case_id = ?"
        " UNION ALL"
        " SELECT seq, at, actor, action, entity, entity_id, field, before, after"
        " FROM field_history WHERE person_id IN"
        "   (SELECT person_id FROM case_person WHERE case_id = ?) AND case_id IS NULL"
        " ORDER BY seq DESC LIMIT ?", (case_id, case_id, limit)).fetchall()
    return [HistoryRow(*r) for r in rows]


def for_entity(conn: Connection, entity: str, entity_id: str) -> list[HistoryRow]:
    rows = conn.execute(
        "SELECT seq, at, actor, action, entity, entity_id, field, before, after"
        " FROM field_history WHERE entity = ? AND entity_id = ? ORDER BY seq DESC",
        (entity, entity_id)).fetchall()
    return [HistoryRow(*r) for r in rows]
