"""The case list: filters, sorting and paging that stay fast at 50,000 cases.

The list model asks for the ordered ids of every matching case once (integers,
cheap), then loads display rows a page at a time.

A search that matches thousands of cases ("denuncia" matches two thirds of a
demo vault) is the expensive case: joining every hit to its row and sorting
them costs more than the full-text lookup itself.  For those, the ordered list of
*all* cases (kept per connection until the next write) is filtered by the set of
hits in Python, which is several times faster.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from mpi_desktop.storage.case_index import match_expression
from mpi_desktop.storage.codec import s2d
from mpi_desktop.storage.connection import Connection

SORTS = {
    "folio": "c.folio_year {dir}, c.folio_seq {dir}",
    "opened_on": "c.opened_on {dir}, c.num {dir}",
    "status": "c.status {dir}, c.opened_on DESC",
    "name": "c.sort_name {dir}, c.num",
    "alcaldia": "c.alcaldia {dir}, c.opened_on DESC",
    "updated": "c.updated_at {dir}",
}


@dataclass(frozen=True)
class CaseFilter:
    text: str = ""
    statuses: tuple[str, ...] = ()
    procedures: tuple[str, ...] = ()
    alcaldias: tuple[str, ...] = ()
    profiles: tuple[str, ...] = ()
    opened_from: date | None = None
    opened_to: date | None = None
    #: Extra SQL conditions contributed by later features (risk level, overdue
    #: reviews): each is (sql over alias ``c``, params).
    extra: tuple[tuple[str, tuple[Any, ...]], ...] = field(default=())

    @property
    def is_empty(self) -> bool:
        return self == CaseFilter()


@dataclass(frozen=True)
class CaseRow:
    num: int
    id: str
    folio: str
    status: str
    procedure: str | None
    opened_on: date
    primary_name: str
    profile: str | None
    alcaldia: str | None
    updated_at: str
    #: Level in force (latest signed risk assessment), ``None`` before the first one.
    risk_level: str | None = None


def _where(f: CaseFilter) -> tuple[str, list[Any], str]:
    conds: list[str] = []
    params: list[Any] = []
    join = ""
    expr = match_expression(f.text)
    if expr is not None:
        join = "JOIN case_search s ON s.rowid = c.num"
        conds.append("case_search MATCH ?")
        params.append(expr)
    for column, values in (("status", f.statuses), ("procedure", f.procedures),
                           ("alcaldia", f.alcaldias), ("profile", f.profiles)):
        if values:
            conds.append(f"c.{column} IN ({', '.join('?' * len(values))})")
            params.extend(values)
    if f.opened_from is not None:
        conds.append("c.opened_on >= ?")
        params.append(f.opened_from.isoformat())
    if f.opened_to is not None:
        conds.append("c.opened_on <= ?")
        params.append(f.opened_to.isoformat())
    for sql, extra_params in f.extra:
        conds.append(f"({sql})")
        params.extend(extra_params)
    where = (" WHERE " + " AND ".join(conds)) if conds else ""
    return join, params, where


#: Above this many hits, filter a cached ordering instead of joining and sorting.
BIG_RESULT = 2000
#: id(conn) → (conn, state, {(sort, descending): nums}).  Holding the connection
#: object keeps its id from being reused by another connection.
_orderings: dict[int, tuple[Connection, tuple[int, int], dict[tuple[str, bool], list[int]]]] = {}


def _state(conn: Connection) -> tuple[int, int]:
    """Changes by this connection and commits by others: any write invalidates."""
    return conn.total_changes, int(conn.execute("PRAGMA data_version").fetchone()[0])


def _all_ordered(conn: Connection, sort: str, descending: bool) -> list[int]:
    state = _state(conn)
    entry = _orderings.get(id(conn))
    if entry is None or entry[0] is not conn or entry[1] != state:
        if len(_orderings) >= 4:
            _orderings.clear()
        entry = (conn, state, {})
        _orderings[id(conn)] = entry
    cached = entry[2].get((sort, descending))
    if cached is None:
        cached = _list_sql(conn, CaseFilter(), sort=sort, descending=descending, limit=None)
        entry[2][(sort, descending)] = cached
    return cached


def list_nums(conn: Connection, f: CaseFilter, *, sort: str = "opened_on",
              descending: bool = True, limit: int | None = None) -> list[int]:
    expr = match_expression(f.text)
    if expr is not None:
        hits = {r[0] for r in conn.execute(
            "SELECT rowid FROM case_search WHERE case_search MATCH ?", (expr,))}
        if not hits:
            return []
        if len(hits) > BIG_RESULT:
            rest = replace(f, text="")
            base = (_all_ordered(conn, sort, descending) if rest.is_empty
                    else _list_sql(conn, rest, sort=sort, descending=descending, limit=None))
            found = [n for n in base if n in hits]
            return found[:limit] if limit is not None else found
    return _list_sql(conn, f, sort=sort, descending=descending, limit=limit)


def _list_sql(conn: Connection, f: CaseFilter, *, sort: str, descending: bool,
              limit: int | None) -> list[int]:
    join, params, where = _where(f)
    order = SORTS.get(sort, SORTS["opened_on"]).format(dir="DESC" if descending else "ASC")
    sql = f"SELECT c.num FROM case_file c {join}{where} ORDER BY {order}"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [r[0] for r in conn.execute(sql, params)]


def count(conn: Connection, f: CaseFilter) -> int:
    join, params, where = _where(f)
    return int(conn.execute(f"SELECT count(*) FROM case_file c {join}{where}",
                            params).fetchone()[0])


def rows(conn: Connection, nums: list[int]) -> dict[int, CaseRow]:
    if not nums:
        return {}
    marks = ",".join("?" * len(nums))
    out = {}
    # case_risk is keyed by case id: one index probe per row of the page.
    for r in conn.execute(
            "SELECT c.num, c.id, c.folio, c.status, c.procedure, c.opened_on, c.primary_name,"
            " c.profile, c.alcaldia, c.updated_at, k.level FROM case_file c"
            f" LEFT JOIN case_risk k ON k.case_id = c.id WHERE c.num IN ({marks})", nums):
        out[r[0]] = CaseRow(r[0], r[1], r[2], r[3], r[4], s2d(r[5]),  # type: ignore[arg-type]
                            r[6], r[7], r[8], r[9], r[10])
    return out


def page(conn: Connection, f: CaseFilter, *, offset: int = 0, limit: int = 50,
         sort: str = "opened_on", descending: bool = True) -> list[CaseRow]:
    """One page in order (the CLI and reports use this; the GUI model pages by ids)."""
    join, params, where = _where(f)
    order = SORTS.get(sort, SORTS["opened_on"]).format(dir="DESC" if descending else "ASC")
    sql = (f"SELECT c.num FROM case_file c {join}{where} ORDER BY {order} LIMIT ? OFFSET ?")
    nums = [r[0] for r in conn.execute(sql, [*params, limit, offset])]
    found = rows(conn, nums)
    return [found[n] for n in nums if n in found]
