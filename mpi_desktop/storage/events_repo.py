"""Aggressions and attentions of a case: rows ↔ domain objects."""

from __future__ import annotations

from typing import Any

from mpi_desktop.domain.cases import Aggression, Attention
from mpi_desktop.storage.codec import d2s, dump_list, load_list, s2d
from mpi_desktop.storage.connection import Connection

AGG_COLUMNS = ("id", "case_id", "occurred_on", "date_precision", "place", "alcaldia", "types",
               "aggressor_type", "description", "created_at", "updated_at")
ATT_COLUMNS = ("id", "case_id", "kind", "occurred_on", "institution", "notes", "created_at",
               "updated_at")


def _agg_row(a: Aggression) -> tuple[Any, ...]:
    return (a.id, a.case_id, d2s(a.occurred_on), a.date_precision, a.place, a.alcaldia,
            dump_list(a.types), a.aggressor_type, a.description, a.created_at, a.updated_at)


def _agg(r: Any) -> Aggression:
    return Aggression(id=r[0], case_id=r[1], occurred_on=s2d(r[2]),  # type: ignore[arg-type]
                      date_precision=r[3], place=r[4], alcaldia=r[5],
                      types=tuple(load_list(r[6])), aggressor_type=r[7], description=r[8],
                      created_at=r[9], updated_at=r[10])


def _att_row(a: Attention) -> tuple[Any, ...]:
    return (a.id, a.case_id, a.kind, d2s(a.occurred_on), a.institution, a.notes, a.created_at,
            a.updated_at)


def _att(r: Any) -> Attention:
    return Attention(id=r[0], case_id=r[1], kind=r[2], occurred_on=s2d(r[3]),  # type: ignore[arg-type]
                     institution=r[4], notes=r[5], created_at=r[6], updated_at=r[7])


def _upsert(conn: Connection, table: str, columns: tuple[str, ...], row: tuple[Any, ...]) -> None:
    cols = ", ".join(columns)
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns[1:] if c != "created_at")
    conn.execute(f"INSERT INTO {table} ({cols}) VALUES ({', '.join('?' * len(columns))})"
                 f" ON CONFLICT(id) DO UPDATE SET {updates}", row)


def get_aggression(conn: Connection, agg_id: str) -> Aggression | None:
    row = conn.execute(f"SELECT {', '.join(AGG_COLUMNS)} FROM aggression WHERE id = ?",
                       (agg_id,)).fetchone()
    return _agg(row) if row else None


def aggressions(conn: Connection, case_id: str) -> list[Aggression]:
    rows = conn.execute(f"SELECT {', '.join(AGG_COLUMNS)} FROM aggression WHERE case_id = ?"
                        " ORDER BY occurred_on, created_at", (case_id,)).fetchall()
    return [_agg(r) for r in rows]


def save_aggression(conn: Connection, a: Aggression) -> None:
    _upsert(conn, "aggression", AGG_COLUMNS, _agg_row(a))


def delete_aggression(conn: Connection, agg_id: str) -> None:
    conn.execute("DELETE FROM aggression WHERE id = ?", (agg_id,))


def get_attention(conn: Connection, att_id: str) -> Attention | None:
    row = conn.execute(f"SELECT {', '.join(ATT_COLUMNS)} FROM attention WHERE id = ?",
                       (att_id,)).fetchone()
    return _att(row) if row else None


def attentions(conn: Connection, case_id: str) -> list[Attention]:
    rows = conn.execute(f"SELECT {', '.join(ATT_COLUMNS)} FROM attention WHERE case_id = ?"
                        " ORDER BY occurred_on, created_at", (case_id,)).fetchall()
    return [_att(r) for r in rows]


def save_attention(conn: Connection, a: Attention) -> None:
    _upsert(conn, "attention", ATT_COLUMNS, _att_row(a))


def delete_attention(conn: Connection, att_id: str) -> None:
    conn.execute("DELETE FROM attention WHERE id = ?", (att_id,))
