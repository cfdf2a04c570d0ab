"""Keeps each case's list columns and its search row in step with its data.

Called in the same transaction as every change to a case, its events or a person
on it, so the list and the search never show stale or erased text.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from mpi_desktop.domain.people import Person, fold
from mpi_desktop.storage import people_repo
from mpi_desktop.storage.codec import load_list
from mpi_desktop.storage.connection import Connection

#: Connections inside :func:`deferred`: case ids waiting for one refresh each.
_pending: dict[int, set[str]] = {}


@contextlib.contextmanager
def deferred(conn: Connection) -> Iterator[None]:
    """Bulk writes (import, demo data): refresh each touched case once, at the end.

    A case with five events would otherwise rebuild its search row six times.
    Use inside the caller's transaction; on an exception nothing is refreshed
    (the transaction rolls back anyway).
    """
    key = id(conn)
    if key in _pending:  # nested: the outermost block refreshes
        yield
        return
    _pending[key] = set()
    try:
        yield
    finally:
        touched = _pending.pop(key, set())
    for case_id in sorted(touched):
        _refresh_now(conn, case_id)


def refresh(conn: Connection, case_id: str) -> None:
    pending = _pending.get(id(conn))
    if pending is not None:
        pending.add(case_id)
        return
    _refresh_now(conn, case_id)


def _refresh_now(conn: Connection, case_id: str) -> None:
    row = conn.execute("SELECT num, folio, narrative FROM case_file WHERE id = ?",
                       (case_id,)).fetchone()
    if row is None:
        return
    num, folio, narrative = row
    parts = conn.execute("SELECT person_id, is_primary FROM case_person WHERE case_id = ?"
                         " ORDER BY is_primary DESC, position", (case_id,)).fetchall()
    people = _listed_people(conn, [p[0] for p in parts])
    primary = next((people.get(p[0]) for p in parts if p[1]), None)
    conn.execute(
        "UPDATE case_file SET primary_person_id = ?, primary_name = ?, sort_name = ?,"
        " profile = ?, alcaldia = ?, opposition = ? WHERE id = ?",
        (primary.id if primary else None, primary.full_name if primary else "",
         primary.sort_name if primary else "", primary.profile if primary else None,
         primary.alcaldia if primary else None,
         int(any(p.arco_opposition for p in people.values())), case_id))
    names = " ".join(p.full_name for p in people.values())
    aliases = " ".join(a for p in people.values() for a in p.aliases)
    texts = [narrative]
    for place, description in conn.execute(
            "SELECT place, description FROM aggression WHERE case_id = ?", (case_id,)):
        texts.extend((place, description))
    for (notes,) in conn.execute("SELECT notes FROM attention WHERE case_id = ?", (case_id,)):
        texts.append(notes)
    conn.execute("DELETE FROM case_search WHERE rowid = ?", (num,))
    conn.execute("INSERT INTO case_search (rowid, folio, names, aliases, narrative)"
                 " VALUES (?, ?, ?, ?, ?)", (num, folio, names, aliases, "\n".join(texts)))


def _listed_people(conn: Connection, ids: list[str]) -> dict[str, Person]:
    """Only the columns the list and the search row use.

    Decoding whole people (contacts, documents: JSON each) was a third of the
    cost of rebuilding a case's row during imports and demo generation.
    """
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    out: dict[str, Person] = {}
    for pid, given, first, second, profile, aliases, alcaldia, opposed in conn.execute(
            "SELECT id, given_names, first_surname, second_surname, profile, aliases,"
            f" alcaldia, arco_opposition FROM person WHERE id IN ({marks})", ids):
        out[pid] = Person(id=pid, given_names=given, first_surname=first,
                          second_surname=second, profile=profile,
                          aliases=tuple(load_list(aliases)), alcaldia=alcaldia,
                          arco_opposition=bool(opposed))
    return out


def refresh_for_person(conn: Connection, person_id: str) -> None:
    for case_id in people_repo.case_ids_of(conn, person_id):
        refresh(conn, case_id)


def drop(conn: Connection, num: int) -> None:
    conn.execute("DELETE FROM case_search WHERE rowid = ?", (num,))


def optimize(conn: Connection) -> None:
    """Merge the index so deleted rows' terms are really gone (ARCO cancellation)."""
    conn.execute("INSERT INTO case_search (case_search) VALUES ('optimize')")


def vocabulary(conn: Connection) -> set[str]:
    """Every term in the search index (tests use it to prove erasure)."""
    conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.case_search_vocab"
                 " USING fts5vocab(main, case_search, 'row')")
    return {r[0] for r in conn.execute("SELECT term FROM temp.case_search_vocab")}


#: Particles of Spanish names and connectors: as prefixes ("de*", "la*") they
#: match nearly every case and only slow the search down.
PARTICLES = frozenset({"de", "del", "la", "las", "los", "el", "y", "e", "da", "do", "van",
                       "von"})


def search_terms(text: str) -> list[str]:
    """Split user text into safe terms (FTS syntax characters are dropped)."""
    cleaned = "".join(ch if ch.isalnum() else " " for ch in fold(text))
    terms = [t for t in cleaned.split() if t]
    meaningful = [t for t in terms if t not in PARTICLES]
    return meaningful or terms


def match_expression(text: str) -> str | None:
    """Every term must match; terms of two or more characters match as prefixes
    (typing "hern" finds "Hernández"), a single character only as a whole word."""
    terms = search_terms(text)
    if not terms:
        return None
    return " AND ".join(f'"{t}"*' if len(t) > 1 else f'"{t}"' for t in terms)


__all__ = ["deferred", "drop", "load_list", "match_expression", "optimize", "refresh",
           "refresh_for_person", "search_terms", "vocabulary"]
