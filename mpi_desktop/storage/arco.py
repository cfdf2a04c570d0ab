"""ARCO rights of one person: access, (rectification), cancellation, opposition.

* **Access**: the person export (interchange scope ``person``) written to a
  file, audited as ``export.person`` and ``arco.access``.
* **Rectification** is the normal edit path (field history keeps before/after).
* **Cancellation** erases the person and every trace: their record, the cases
  where they are the main beneficiary with all their data, their participation
  in other cases, field-history rows, search-index rows, drafts, and whatever
  later features registered an eraser for; values naming them in the history of
  records that stay (e.g. a narrative rectified before the cancellation) are
  replaced by ``"[ARCO]"``.  Then the search index is merged
  (deleted terms leave the FTS segments), the database is rebuilt (``VACUUM``:
  B-tree interior pages can keep copies of deleted index keys such as a folded
  name) and the WAL truncated, so no page of ``vault.db`` still holds them.
  The report names the *other* cases whose free text still mentions them.
* **Opposition** sets the flag with its date: excluded from statistics and exports.

Each right is one function, one transaction, one audit entry (ids only).

Erasers: data that references a person or a case outside the foreign-key
cascades registers a function with :func:`register_eraser`; list the module in
``ERASER_MODULES`` so it is imported (and registers) before any cancellation.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

from mpi_desktop.domain.people import Person
from mpi_desktop.domain.timeutil import today_local
from mpi_desktop.errors import MpiError
from mpi_desktop.interchange.errors import UnknownPerson
from mpi_desktop.storage import audit, case_index, people_repo, records
from mpi_desktop.storage.connection import Connection
from mpi_desktop.storage.vault import Vault

if TYPE_CHECKING:
    from mpi_desktop.interchange.export import ExportResult
    from mpi_desktop.storage import crypto


# --- erasers registry --------------------------------------------------------------------


@dataclass(frozen=True)
class ErasureContext:
    """What an eraser needs; called inside the cancellation's transaction, before
    the core records are deleted (so it can still join through them)."""

    person: Person
    #: Cases where the person is the main beneficiary: erased entirely.
    erased_case_ids: tuple[str, ...]
    #: Other cases the person is on: only their participation goes.
    unlinked_case_ids: tuple[str, ...]
    actor: str


#: An eraser deletes what it owns and returns how many rows it removed.
Eraser = Callable[[Connection, ErasureContext], int]
_ERASERS: dict[str, Eraser] = {}
#: Modules that call :func:`register_eraser` when imported.  Features append here.
ERASER_MODULES: tuple[str, ...] = (
    "mpi_desktop.storage.workshops",
    "mpi_desktop.storage.findings",
)


def register_eraser(name: str, eraser: Eraser) -> None:
    """Register (or replace) the eraser called ``name`` (an audit detail key)."""
    if not name.isidentifier():
        raise ValueError("eraser names are identifiers")
    _ERASERS[name] = eraser


def erasers() -> dict[str, Eraser]:
    for module in ERASER_MODULES:
        import_module(module)
    return dict(_ERASERS)


def _erase_drafts(conn: Connection, ctx: ErasureContext) -> int:
    """Unsaved edits of the erased cases, and drafts that mention the person's id."""
    from mpi_desktop.storage import drafts

    ids = {r[0] for r in conn.execute("SELECT id FROM draft WHERE instr(payload, ?) > 0",
                                      (ctx.person.id,))}
    for start in range(0, len(ctx.erased_case_ids), 500):
        chunk = ctx.erased_case_ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        ids.update(r[0] for r in conn.execute(
            f"SELECT id FROM draft WHERE case_id IN ({marks})", chunk))
    for draft_id in sorted(ids):
        drafts.remove(conn, draft_id, actor=ctx.actor, reason="arco_cancellation")
    return len(ids)


register_eraser("drafts", _erase_drafts)


# --- what was erased before (an import must not bring it back) ----------------------------


@dataclass(frozen=True)
class ErasedIds:
    people: frozenset[str] = frozenset()
    cases: frozenset[str] = frozenset()


def erased_ids(conn: Connection) -> ErasedIds:
    """UUIDs erased by ARCO cancellation, read from the (append-only) audit log."""
    people: set[str] = set()
    cases: set[str] = set()
    for entity_id, details in conn.execute(
            "SELECT entity_id, details FROM audit_log"
            " WHERE entity = 'person' AND action = 'arco.cancel'"):
        people.add(entity_id)
        with contextlib.suppress(ValueError, TypeError, AttributeError):
            cases.update(str(c) for c in json.loads(details).get("cases_erased", []))
    return ErasedIds(frozenset(people), frozenset(cases))


# --- cancellation ----------------------------------------------------------------------------


@dataclass(frozen=True)
class CancelPlan:
    """What a cancellation would erase: shown before asking for confirmation."""

    person: Person
    erased_folios: tuple[str, ...]
    unlinked_folios: tuple[str, ...]
    #: Other cases whose free text names them: rectify these *before* cancelling,
    #: and the cancellation also removes the old text from their history.
    mentions: tuple[str, ...] = ()


@dataclass(frozen=True)
class CancelReport:
    person_id: str
    erased_folios: tuple[str, ...]
    unlinked_folios: tuple[str, ...]
    history_rows: int
    erased_by: dict[str, int] = field(default_factory=dict)
    #: History values of other records that named them, replaced by ``"[ARCO]"``.
    history_values_redacted: int = 0
    #: Remaining cases whose free text still mentions the person: rectify them.
    mentions: tuple[str, ...] = ()
    #: People of the erased cases who are now on no case (ids): review them.
    orphans: tuple[str, ...] = ()
    #: False if the final rebuild failed (e.g. disk full): erased, not yet compacted.
    compacted: bool = True
    #: The person had been erased before; this run only compacted the vault again.
    already_erased: bool = False


def _cases_of(conn: Connection, person_id: str, *, primary: bool) -> list[tuple[str, str, int]]:
    return [(r[0], r[1], r[2]) for r in conn.execute(
        "SELECT c.id, c.folio, c.num FROM case_person cp JOIN case_file c ON c.id = cp.case_id"
        " WHERE cp.person_id = ? AND cp.is_primary = ? ORDER BY c.folio_year, c.folio_seq",
        (person_id, int(primary)))]


def _require_person(conn: Connection, person_id: str) -> Person:
    person = people_repo.get(conn, person_id.strip().lower())
    if person is None:
        raise UnknownPerson(person_id)
    return person


def plan_cancellation(vault: Vault, person_id: str) -> CancelPlan:
    with vault.read() as conn:
        person = _require_person(conn, person_id)
        erased = tuple(f for _, f, _ in _cases_of(conn, person.id, primary=True))
        return CancelPlan(person, erased,
                          tuple(f for _, f, _ in _cases_of(conn, person.id, primary=False)),
                          tuple(f for f in mentions(conn, person) if f not in erased))


#: How far apart a given name and a surname may be and still name the person
#: ("María … Cruz"), in words.
NEAR_WORDS = 4


@dataclass(frozen=True)
class MentionPattern:
    """A way free text could name the person: a phrase, or two words close together."""

    terms: tuple[str, ...]
    near: bool = False


def mention_patterns(person: Person) -> list[MentionPattern]:
    """The full name, the first given name near the first surname, each alias,
    contact value and document number — as folded search terms."""
    phrases = [person.full_name, *person.aliases, *(c.value for c in person.contacts),
               *(d.number for d in person.documents)]
    found = [MentionPattern(tuple(case_index.search_terms(p))) for p in phrases]
    given = case_index.search_terms(person.given_names)
    surnames = [t for t in case_index.search_terms(
        f"{person.first_surname} {person.second_surname}") if t not in case_index.PARTICLES]
    if given and surnames:
        found.append(MentionPattern((given[0], surnames[0]), near=True))
    return [p for p in dict.fromkeys(found) if p.terms]


def _occurs(pattern: MentionPattern, words: list[str]) -> bool:
    first, rest = pattern.terms[0], pattern.terms[1:]
    for i, word in enumerate(words):
        if word != first:
            continue
        if pattern.near:
            window = words[i + 1: i + 2 + NEAR_WORDS]
            if rest[0] in window:
                return True
        elif tuple(words[i + 1: i + 1 + len(rest)]) == rest:
            return True
    return False


def _case_words(conn: Connection, case_id: str, narrative: str) -> list[str]:
    texts = [narrative]
    for place, description in conn.execute(
            "SELECT place, description FROM aggression WHERE case_id = ?", (case_id,)):
        texts.extend((place, description))
    texts.extend(r[0] for r in conn.execute("SELECT notes FROM attention WHERE case_id = ?",
                                            (case_id,)))
    return case_index.search_terms("\n".join(texts))


def mentions(conn: Connection, person: Person) -> list[str]:
    """Folios whose searchable free text (narrative, aggressions, attentions) names them.

    The index (no word positions kept) narrows the candidates to cases holding
    every word; the exact phrase or nearness is then checked on the text itself.
    """
    folios: set[str] = set()
    for pattern in mention_patterns(person):
        query = " AND ".join(f'"{t}"' for t in pattern.terms)
        candidates = conn.execute(
            "SELECT c.id, c.folio, c.narrative FROM case_search s"
            " JOIN case_file c ON c.num = s.rowid WHERE case_search MATCH ?",
            (f"narrative : ({query})",)).fetchall()
        for case_id, folio, narrative in candidates:
            if folio not in folios and _occurs(pattern, _case_words(conn, case_id, narrative)):
                folios.add(folio)
    return sorted(folios)


#: Shorter strings would match unrelated text ("Ana" in "mañana").
MIN_REDACT_CHARS = 6
REDACTED = json.dumps("[ARCO]")


def redaction_needles(person: Person) -> list[str]:
    """Strings whose presence in a history value means it names the person (casefolded)."""
    given = person.given_names.split()
    surnames = [w for w in f"{person.first_surname} {person.second_surname}".split()
                if w.casefold() not in case_index.PARTICLES]
    found = [person.full_name, f"{person.given_names} {person.first_surname}",
             f"{given[0]} {surnames[0]}" if given and surnames else "",
             *person.aliases, *(c.value for c in person.contacts),
             *(d.number for d in person.documents), person.address]
    return sorted({n.strip().casefold() for n in found
                   if len(n.replace(" ", "")) >= MIN_REDACT_CHARS})


def _redact_history(conn: Connection, person: Person) -> int:
    """Remove values naming the person from the history of records that stay.

    A rectified narrative keeps its old text in the field history; this is what
    takes it out.  The row (who changed which field, when) stays.  One pass over
    the table, compared case-insensitively in Python (SQL ``LIKE`` folds ASCII only).
    """
    needles = redaction_needles(person)
    if not needles:
        return 0
    hits: dict[str, list[int]] = {"before": [], "after": []}
    for seq, before, after in conn.execute(
            "SELECT seq, before, after FROM field_history"
            " WHERE before IS NOT NULL OR after IS NOT NULL"):
        for column, value in (("before", before), ("after", after)):
            if value and value != REDACTED:
                folded = value.casefold()
                if any(n in folded for n in needles):
                    hits[column].append(seq)
    for column, seqs in hits.items():
        conn.executemany(f"UPDATE field_history SET {column} = ? WHERE seq = ?",
                         [(REDACTED, s) for s in seqs])
    return sum(len(s) for s in hits.values())


def was_erased(vault: Vault, person_id: str) -> bool:
    with vault.read() as conn:
        return person_id.strip().lower() in erased_ids(conn).people


def cancel(vault: Vault, person_id: str) -> CancelReport:
    """Erase the person and every trace of them (ARCO cancellation).

    Asking again for a person already erased only compacts the vault again (the
    way to finish a cancellation whose compaction failed for lack of space).
    """
    pid = person_id.strip().lower()
    with vault.read() as conn:
        missing = people_repo.get(conn, pid) is None
    if missing:
        if not was_erased(vault, pid):
            raise UnknownPerson(person_id)
        return CancelReport(person_id=pid, erased_folios=(), unlinked_folios=(),
                            history_rows=0, compacted=compact(vault), already_erased=True)
    with vault.write() as conn:
        person = _require_person(conn, person_id)
        erased = _cases_of(conn, person.id, primary=True)
        unlinked = _cases_of(conn, person.id, primary=False)
        erased_ids_ = tuple(c[0] for c in erased)
        others = {r[0] for cid in erased_ids_ for r in conn.execute(
            "SELECT person_id FROM case_person WHERE case_id = ? AND person_id <> ?",
            (cid, person.id))}
        ctx = ErasureContext(person=person, erased_case_ids=erased_ids_,
                             unlinked_case_ids=tuple(c[0] for c in unlinked), actor=vault.actor)
        erased_by = {name: eraser(conn, ctx) for name, eraser in sorted(erasers().items())}
        history_rows = conn.execute("DELETE FROM field_history WHERE person_id = ?",
                                    (person.id,)).rowcount
        for case_id, _folio, _num in erased:
            history_rows += conn.execute("SELECT count(*) FROM field_history WHERE case_id = ?",
                                         (case_id,)).fetchone()[0]
            # Drops the search row, cascades to participants and events, deletes the
            # case's history rows; audited as case.delete.
            records.delete_case(conn, case_id, actor=vault.actor)
        people_repo.delete(conn, person.id)  # cascades to the remaining participations
        redacted = _redact_history(conn, person)
        for case_id, _folio, _num in unlinked:
            case_index.refresh(conn, case_id)
        orphans = sorted(pid for pid in others if not conn.execute(
            "SELECT 1 FROM case_person WHERE person_id = ? LIMIT 1", (pid,)).fetchone())
        found = mentions(conn, person)
        case_index.optimize(conn)
        audit.append(conn, actor=vault.actor, action="arco.cancel", entity="person",
                     entity_id=person.id, details={
                         "cases_erased": list(erased_ids_),
                         "cases_unlinked": list(ctx.unlinked_case_ids),
                         "history_rows": history_rows, "history_values_redacted": redacted,
                         "mentions": len(found),
                         **{f"erased_{name}": n for name, n in erased_by.items()}})
    report = CancelReport(person_id=person.id, erased_folios=tuple(c[1] for c in erased),
                          unlinked_folios=tuple(c[1] for c in unlinked),
                          history_rows=history_rows, erased_by=erased_by,
                          history_values_redacted=redacted, mentions=tuple(found),
                          orphans=tuple(orphans))
    return replace(report, compacted=compact(vault))


def compact(vault: Vault) -> bool:
    """Rebuild every page and empty the WAL, so erased bytes are on no page any more.

    ``secure_delete`` already zeroes freed space; the rebuild also removes copies
    of deleted keys that B-tree interior pages may keep.  Outside any transaction.
    """
    with vault._mutex:
        conn = vault._require_conn()
        try:
            conn.execute("VACUUM")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except MpiError:
            raise
        except Exception:
            # The erasure itself is committed; a failed rebuild (disk full) only
            # delays compaction, which the caller reports.
            with contextlib.suppress(Exception):
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            return False
    return True


# --- opposition and access --------------------------------------------------------------------


def oppose(vault: Vault, person_id: str, *, on: date | None = None) -> bool:
    """Record the person's opposition; False if it was already recorded."""
    with vault.write() as conn:
        person = _require_person(conn, person_id)
        if person.arco_opposition:
            return False
        updated = replace(person, arco_opposition=True, opposition_date=on or today_local())
        records.put_person(conn, updated, actor=vault.actor, log=False)
        audit.append(conn, actor=vault.actor, action="arco.oppose", entity="person",
                     entity_id=person.id, details={"fields": ["arco_opposition",
                                                              "opposition_date"]})
    return True


def access(vault: Vault, person_id: str, out: Path, *, passphrase: str | None,
           plaintext: bool = False, kdf_params: crypto.KdfParams | None = None,
           ) -> ExportResult:
    """ARCO access: everything about the person, written to ``out`` (encrypted by default)."""
    from mpi_desktop.interchange.export import export
    from mpi_desktop.interchange.scope import ExportRequest

    def also(conn: Connection, result: ExportResult) -> None:
        audit.append(conn, actor=vault.actor, action="arco.access", entity="person",
                     entity_id=person_id.strip().lower(),
                     details={"encrypted": result.encrypted, "cases": len(result.case_ids)})

    return export(vault, ExportRequest("person", person_id=person_id), out,
                  passphrase=passphrase, plaintext=plaintext, kdf_params=kdf_params,
                  purpose="arco_access", also_in_transaction=also)
