"""Cases and their participants: rows ↔ :class:`Case`."""

from __future__ import annotations

from typing import Any

from mpi_desktop.domain.cases import Case, CaseParticipant
from mpi_desktop.domain.ids import format_folio, parse_folio
from mpi_desktop.storage.codec import d2s, s2d
from mpi_desktop.storage.connection import Connection

COLUMNS = (
    "id", "folio", "status", "procedure", "origin", "federal_folio", "caseworker",
    "opened_on", "incorporated_on", "closed_on", "closing_reason", "closing_notes",
    "narrative", "created_at", "updated_at",
)
_SELECT = f"SELECT {', '.join(COLUMNS)} FROM case_file"


def _to_row(c: Case) -> tuple[Any, ...]:
    return (c.id, c.folio, c.status, c.procedure, c.origin, c.federal_folio, c.caseworker,
            d2s(c.opened_on), d2s(c.incorporated_on), d2s(c.closed_on), c.closing_reason,
            c.closing_notes, c.narrative, c.created_at, c.updated_at)


def _from_row(r: Any, participants: tuple[CaseParticipant, ...]) -> Case:
    return Case(id=r[0], folio=r[1], status=r[2], procedure=r[3], origin=r[4],
                federal_folio=r[5], caseworker=r[6], opened_on=s2d(r[7]),  # type: ignore[arg-type]
                incorporated_on=s2d(r[8]), closed_on=s2d(r[9]), closing_reason=r[10],
                closing_notes=r[11], narrative=r[12], created_at=r[13], updated_at=r[14],
                participants=participants)


def participants(conn: Connection, case_id: str) -> tuple[CaseParticipant, ...]:
    rows = conn.execute(
        "SELECT person_id, role, is_primary FROM case_person WHERE case_id = ?"
        " ORDER BY is_primary DESC, position", (case_id,)).fetchall()
    return tuple(CaseParticipant(r[0], r[1], bool(r[2])) for r in rows)


def get(conn: Connection, case_id: str) -> Case | None:
    row = conn.execute(_SELECT + " WHERE id = ?", (case_id,)).fetchone()
    return _from_row(row, participants(conn, case_id)) if row else None


def get_by_folio(conn: Connection, folio: str) -> Case | None:
    row = conn.execute(_SELECT + " WHERE folio = ?", (folio.strip().upper(),)).fetchone()
    return _from_row(row, participants(conn, row[0])) if row else None


def id_of_num(conn: Connection, num: int) -> str | None:
    row = conn.execute("SELECT id FROM case_file WHERE num = ?", (num,)).fetchone()
    return row[0] if row else None


def next_folio(conn: Connection, year: int) -> str:
    row = conn.execute("SELECT max(folio_seq) FROM case_file WHERE folio_year = ?",
                       (year,)).fetchone()
    return format_folio(year, (row[0] or 0) + 1)


def folio_taken(conn: Connection, folio: str, *, except_id: str | None = None) -> bool:
    row = conn.execute("SELECT id FROM case_file WHERE folio = ?", (folio,)).fetchone()
    return row is not None and row[0] != except_id


def insert(conn: Connection, c: Case) -> None:
    parsed = parse_folio(c.folio)
    assert parsed is not None, "folio validated before insert"
    cols = (*COLUMNS, "folio_year", "folio_seq")
    conn.execute(f"INSERT INTO case_file ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                 (*_to_row(c), *parsed))
    _write_participants(conn, c)


def update(conn: Connection, c: Case) -> None:
    parsed = parse_folio(c.folio)
    assert parsed is not None
    sets = ", ".join(f"{col} = ?" for col in (*COLUMNS[1:], "folio_year", "folio_seq"))
    row = _to_row(c)
    conn.execute(f"UPDATE case_file SET {sets} WHERE id = ?", (*row[1:], *parsed, row[0]))
    conn.execute("DELETE FROM case_person WHERE case_id = ?", (c.id,))
    _write_participants(conn, c)


def _write_participants(conn: Connection, c: Case) -> None:
    conn.executemany(
        "INSERT INTO case_person (case_id, person_id, role, is_primary, position)"
        " VALUES (?, ?, ?, ?, ?)",
        [(c.id, p.person_id, p.role, int(p.is_primary), i) for i, p in enumerate(c.participants)])


def delete(conn: Connection, case_id: str) -> None:
    conn.execute("DELETE FROM case_file WHERE id = ?", (case_id,))


def all_ids(conn: Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT id FROM case_file ORDER BY num")]
