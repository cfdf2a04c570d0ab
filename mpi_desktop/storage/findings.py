"""Findings of the open-source monitoring: rows ↔ :class:`Finding`, one transaction per action.

A finding may link to a case.  When the case is erased (ARCO cancellation) the
finding stays — it is public information — and loses the link: the foreign key
says ON DELETE SET NULL, and the eraser below does it first so the audit log
records which findings were unlinked.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from mpi_desktop.domain import findings as df
from mpi_desktop.domain import validation as v
from mpi_desktop.domain.findings import Finding
from mpi_desktop.domain.history import diff
from mpi_desktop.domain.timeutil import iso_utc
from mpi_desktop.storage import audit, case_query
from mpi_desktop.storage.arco import ErasureContext, register_eraser
from mpi_desktop.storage.codec import d2s, escape_like, s2d
from mpi_desktop.storage.connection import Connection
from mpi_desktop.storage.records import RecordNotFound
from mpi_desktop.storage.vault import Vault

COLUMNS = ("id", "found_on", "source", "outlet", "url", "summary", "aggression_type",
           "occurred_on", "alcaldia", "profile", "case_id", "created_at", "updated_at")
_SELECT = f"SELECT {', '.join(COLUMNS)} FROM finding"
#: The list shows the newest findings first, this many at a time.
PAGE = 500


def _to_row(f: Finding) -> tuple[Any, ...]:
    return (f.id, d2s(f.found_on), f.source, f.outlet, f.url, f.summary, f.aggression_type,
            d2s(f.occurred_on), f.alcaldia, f.profile, f.case_id, f.created_at, f.updated_at)


def _from_row(r: Any) -> Finding:
    return Finding(id=r[0], found_on=s2d(r[1]), source=r[2],  # type: ignore[arg-type]
                   outlet=r[3], url=r[4], summary=r[5], aggression_type=r[6],
                   occurred_on=s2d(r[7]), alcaldia=r[8], profile=r[9], case_id=r[10],
                   created_at=r[11], updated_at=r[12])


def get(conn: Connection, finding_id: str) -> Finding | None:
    row = conn.execute(_SELECT + " WHERE id = ?", (finding_id,)).fetchone()
    return _from_row(row) if row else None


def all_findings(conn: Connection) -> list[Finding]:
    return [_from_row(r) for r in conn.execute(_SELECT + " ORDER BY found_on, id")]


def for_cases(conn: Connection, case_ids: tuple[str, ...]) -> list[Finding]:
    out: list[Finding] = []
    for start in range(0, len(case_ids), 500):
        chunk = case_ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        out.extend(_from_row(r) for r in conn.execute(
            _SELECT + f" WHERE case_id IN ({marks}) ORDER BY found_on, id", chunk))
    return out


def _require_case(conn: Connection, case_id: str | None) -> None:
    if case_id is not None and conn.execute(
            "SELECT 1 FROM case_file WHERE id = ?", (case_id,)).fetchone() is None:
        raise v.ValidationFailed("finding", [v.Issue("case_id", "unknown_case")])


def put_finding(conn: Connection, f: Finding, *, actor: str, log: bool = True,
                keep_times: bool = False) -> Finding:
    v.ensure_valid("finding", df.validate_finding(f))
    _require_case(conn, f.case_id)
    old = get(conn, f.id)
    if not keep_times:
        now = iso_utc()
        f = replace(f, created_at=old.created_at if old else now, updated_at=now)
    changes = diff(old, f)
    if old is not None and not changes:
        return old
    cols = ", ".join(COLUMNS)
    updates = ", ".join(f"{c} = excluded.{c}" for c in COLUMNS[1:] if c != "created_at")
    conn.execute(f"INSERT INTO finding ({cols}) VALUES ({', '.join('?' * len(COLUMNS))})"
                 f" ON CONFLICT(id) DO UPDATE SET {updates}", _to_row(f))
    if log:
        action = "finding.create" if old is None else "finding.update"
        details: dict[str, object] = {"fields": [c.field for c in changes]}
        if f.case_id:
            details["case"] = f.case_id
        audit.append(conn, actor=actor, action=action, entity="finding", entity_id=f.id,
                     details=details)
    return f


def delete_finding(conn: Connection, finding_id: str, *, actor: str) -> None:
    if get(conn, finding_id) is None:
        raise RecordNotFound("finding", finding_id)
    conn.execute("DELETE FROM finding WHERE id = ?", (finding_id,))
    audit.append(conn, actor=actor, action="finding.delete", entity="finding",
                 entity_id=finding_id)


# --- lists and pickers ----------------------------------------------------------------------


@dataclass(frozen=True)
class FindingFilter:
    first: date | None = None
    last: date | None = None
    aggression_type: str | None = None
    alcaldia: str | None = None
    #: Words searched in the summary, the outlet and the URL.
    text: str = ""
    linked_only: bool = False


@dataclass(frozen=True)
class FindingRow:
    id: str
    found_on: date
    source: str
    outlet: str
    summary: str
    aggression_type: str
    alcaldia: str | None
    case_id: str | None
    folio: str | None


def list_rows(conn: Connection, f: FindingFilter, *, limit: int = PAGE
              ) -> tuple[list[FindingRow], int]:
    """(newest ``limit`` rows, how many match in all)."""
    conds: list[str] = []
    params: list[Any] = []
    if f.first is not None:
        conds.append("f.found_on >= ?")
        params.append(f.first.isoformat())
    if f.last is not None:
        conds.append("f.found_on <= ?")
        params.append(f.last.isoformat())
    for column, value in (("aggression_type", f.aggression_type), ("alcaldia", f.alcaldia)):
        if value:
            conds.append(f"f.{column} = ?")
            params.append(value)
    for word in f.text.split():
        like = f"%{escape_like(word)}%"
        conds.append("(f.summary LIKE ? ESCAPE '\\' OR f.outlet LIKE ? ESCAPE '\\'"
                     " OR f.url LIKE ? ESCAPE '\\')")
        params.extend([like, like, like])
    if f.linked_only:
        conds.append("f.case_id IS NOT NULL")
    where = (" WHERE " + " AND ".join(conds)) if conds else ""
    total = int(conn.execute(f"SELECT count(*) FROM finding f{where}", params).fetchone()[0])
    rows = conn.execute(
        "SELECT f.id, f.found_on, f.source, f.outlet, f.summary, f.aggression_type,"
        " f.alcaldia, f.case_id, c.folio FROM finding f"
        f" LEFT JOIN case_file c ON c.id = f.case_id{where}"
        " ORDER BY f.found_on DESC, f.created_at DESC LIMIT ?", [*params, limit]).fetchall()
    return ([FindingRow(r[0], s2d(r[1]), r[2], r[3], r[4], r[5],  # type: ignore[arg-type]
                        r[6], r[7], r[8]) for r in rows], total)


@dataclass(frozen=True)
class CaseChoice:
    id: str
    folio: str
    name: str
    status: str
    opened_on: date


def search_cases(conn: Connection, text: str, *, limit: int = 20) -> list[CaseChoice]:
    """Cases whose folio or people match ``text`` (folio prefixes work: "2026-004")."""
    rows = case_query.page(conn, case_query.CaseFilter(text=text), limit=limit, sort="folio")
    return [CaseChoice(r.id, r.folio, r.primary_name, r.status, r.opened_on) for r in rows]


def case_choice(conn: Connection, case_id: str) -> CaseChoice | None:
    row = conn.execute("SELECT id, folio, primary_name, status, opened_on FROM case_file"
                       " WHERE id = ?", (case_id,)).fetchone()
    if row is None:
        return None
    return CaseChoice(row[0], row[1], row[2], row[3], s2d(row[4]))  # type: ignore[arg-type]


def count_for_case(conn: Connection, case_id: str) -> int:
    return int(conn.execute("SELECT count(*) FROM finding WHERE case_id = ?",
                            (case_id,)).fetchone()[0])


# --- ARCO ----------------------------------------------------------------------------------


def unlink_erased_cases(conn: Connection, ctx: ErasureContext) -> int:
    """ARCO cancellation: findings of the erased cases stay, without the link."""
    unlinked = 0
    for case_id in ctx.erased_case_ids:
        ids = [r[0] for r in conn.execute("SELECT id FROM finding WHERE case_id = ?",
                                          (case_id,))]
        conn.execute("UPDATE finding SET case_id = NULL, updated_at = ? WHERE case_id = ?",
                     (iso_utc(), case_id))
        for finding_id in ids:
            audit.append(conn, actor=ctx.actor, action="finding.unlink_case",
                         entity="finding", entity_id=finding_id,
                         details={"reason": "arco_cancellation"})
        unlinked += len(ids)
    return unlinked


register_eraser("finding_links", unlink_erased_cases)


# --- one transaction per user action ---------------------------------------------------------


class Findings:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def get(self, finding_id: str) -> Finding:
        with self.vault.read() as conn:
            found = get(conn, finding_id)
        if found is None:
            raise RecordNotFound("finding", finding_id)
        return found

    def save(self, finding: Finding) -> Finding:
        with self.vault.write() as conn:
            return put_finding(conn, finding, actor=self.vault.actor)

    def delete(self, finding_id: str) -> None:
        with self.vault.write() as conn:
            delete_finding(conn, finding_id, actor=self.vault.actor)

    def rows(self, f: FindingFilter, *, limit: int = PAGE) -> tuple[list[FindingRow], int]:
        with self.vault.read() as conn:
            return list_rows(conn, f, limit=limit)

    def search_cases(self, text: str) -> list[CaseChoice]:
        with self.vault.read() as conn:
            return search_cases(conn, text)

    def case_choice(self, case_id: str) -> CaseChoice | None:
        with self.vault.read() as conn:
            return case_choice(conn, case_id)
