"""ARCO rights of one person: access, (rectification), cancellation, opposition.

* **Access**: the person export (interchange scope ``person``) written to a
  file, audited as ``export.person`` and ``arco.access``.
* **Rectification** is the normal edit path (field history keeps before/after).
* **Cancellation** erases the person and every trace: their record, the cases
  where they are the main beneficiary with all their data, their participation
  in other cases, field-history rows, search-index rows, drafts, and whatever
  later features registered an eraser for; values naming them in the history of
  records that stay (e.g. a narrative rectified before the cancellation) are
  replaced by ``"[ARCO]"``; so are their identifiers inside the free text the app
  never lets anyone change (signed risk assessments and their threats, measure
  transition reasons, CEM summary versions, acuerdos, dismissals, DV review
  events, evidence file names — :data:`IMMUTABLE_TEXT`) and in the registers no
  folio leads to (workshops, findings — :data:`REGISTER_TEXT`): only the substring, the
  rest of the text, scores, levels, dates and states stay as they were, behind
  the ``arco_redaction`` gate the immutability triggers honour (migration step 4).
  Then the search index is merged
  (deleted terms leave the FTS segments), the database is rebuilt (``VACUUM``:
  B-tree interior pages can keep copies of deleted index keys such as a folded
  name) and the WAL truncated, so no page of ``vault.db`` still holds them.
  The report names the *other* cases whose editable free text still mentions
  them (:func:`mentions`).
* **Opposition** sets the flag with its date: excluded from statistics and exports.

Each right is one function, one transaction, one audit entry (ids only).

Erasers: data that references a person or a case outside the foreign-key
cascades registers a function with :func:`register_eraser`; list the module in
``ERASER_MODULES`` so it is imported (and registers) before any cancellation.
"""

from __future__ import annotations

import contextlib
import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

from mpi_desktop.domain.history import FieldChange
from mpi_desktop.domain.people import Person, fold
from mpi_desktop.domain.timeutil import today_local
from mpi_desktop.errors import MpiError
from mpi_desktop.interchange.errors import UnknownPerson
from mpi_desktop.storage import audit, case_index, history, people_repo, records
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
    #: Records of other cases whose immutable free text named them, per table:
    #: the identifiers were replaced by ``[ARCO]`` (see :data:`IMMUTABLE_TEXT`).
    texts_redacted: dict[str, int] = field(default_factory=dict)
    #: People of the erased cases who are now on no case (ids): review them.
    orphans: tuple[str, ...] = ()
    #: False if the final rebuild failed (e.g. disk full): erased, not yet compacted.
    compacted: bool = True
    #: The person had been erased before; this run only compacted the vault again.
    already_erased: bool = False

    @property
    def texts_redacted_total(self) -> int:
        return sum(self.texts_redacted.values())


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


#: Free text of a case the app lets a caseworker change, outside the search
#: index: ``SELECT case_id, text``.  Each is scanned (no index) for :func:`mentions`.
EDITABLE_TEXT: tuple[str, ...] = (
    "SELECT case_id, details || char(10) || evaluation_notes FROM measure",
    "SELECT case_id, reason || char(10) || summary || char(10) || override_reason"
    " FROM risk_assessment WHERE status = 'draft'",
    "SELECT a.case_id, t.facts || char(10) || t.feasibility_conclusion FROM risk_threat t"
    " JOIN risk_assessment a ON a.id = t.assessment_id WHERE a.status = 'draft'",
    "SELECT case_id, notes || char(10) || aggressor_notes FROM dv_review",
    "SELECT r.case_id, i.notes FROM dv_review_item i JOIN dv_review r ON r.id = i.review_id",
    "SELECT case_id, notes || char(10) || source_url || char(10) || source_handle"
    " FROM evidence",
    "SELECT case_id, summary FROM finding WHERE case_id IS NOT NULL",
)


def _editable_mentions(conn: Connection, patterns: list[MentionPattern]) -> set[str]:
    """Case ids whose :data:`EDITABLE_TEXT` names the person (a cheap substring
    test on the folded text first, the word check only on those)."""
    firsts = {p.terms[0] for p in patterns}
    found: set[str] = set()
    for sql in EDITABLE_TEXT:
        for case_id, text in conn.execute(sql):
            if case_id in found or not text:
                continue
            folded = fold(text)
            if not any(t in folded for t in firsts):
                continue
            words = case_index.search_terms(text)
            if any(_occurs(p, words) for p in patterns):
                found.add(case_id)
    return found


def mentions(conn: Connection, person: Person) -> list[str]:
    """Folios whose editable free text names them: narrative, aggressions and
    attentions (through the search index), and :data:`EDITABLE_TEXT`.

    The index (no word positions kept) narrows the candidates to cases holding
    every word; the exact phrase or nearness is then checked on the text itself.
    Text the app cannot change is not listed: cancellation redacts it.
    """
    folios: set[str] = set()
    patterns = mention_patterns(person)
    for pattern in patterns:
        query = " AND ".join(f'"{t}"' for t in pattern.terms)
        candidates = conn.execute(
            "SELECT c.id, c.folio, c.narrative FROM case_search s"
            " JOIN case_file c ON c.num = s.rowid WHERE case_search MATCH ?",
            (f"narrative : ({query})",)).fetchall()
        for case_id, folio, narrative in candidates:
            if folio not in folios and _occurs(pattern, _case_words(conn, case_id, narrative)):
                folios.add(folio)
    if patterns:
        for case_id in _editable_mentions(conn, patterns):
            row = conn.execute("SELECT folio FROM case_file WHERE id = ?",
                               (case_id,)).fetchone()
            if row is not None:
                folios.add(row[0])
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


@dataclass(frozen=True)
class ImmutableText:
    """Free-text columns of a table the app never lets anyone change."""

    table: str
    key: tuple[str, ...]
    columns: tuple[str, ...]
    #: SQL for the row's case (``t`` is the table).
    case_id: str = "t.case_id"
    join: str = ""
    where: str = ""


#: Where a cancelled person's identifiers are replaced by ``[ARCO]`` in the
#: records that stay.  Editable text is not here: :func:`mentions` lists it for
#: the caseworker to rectify.  Signed assessments, their threats and transition
#: reasons are guarded by triggers that open for these columns only while
#: ``arco_redaction`` holds a row (migration step 4).
IMMUTABLE_TEXT: tuple[ImmutableText, ...] = (
    ImmutableText("risk_assessment", ("id",), ("reason", "summary", "override_reason"),
                  where="t.status = 'signed'"),
    ImmutableText("risk_threat", ("id",), ("facts", "feasibility_conclusion"), "a.case_id",
                  "JOIN risk_assessment a ON a.id = t.assessment_id", "a.status = 'signed'"),
    ImmutableText("measure_transition", ("id",), ("reason",), "m.case_id",
                  "JOIN measure m ON m.id = t.measure_id"),
    ImmutableText("cem_summary", ("case_id", "version"), ("text",)),
    ImmutableText("cem_acuerdo", ("id",), ("text",)),
    ImmutableText("cem_dismissal", ("id",), ("text", "reason")),
    ImmutableText("dv_review_event", ("id",), ("notes",), "r.case_id",
                  "JOIN dv_review r ON r.id = t.review_id"),
    ImmutableText("evidence", ("id",), ("original_name",)),
)
#: Registers outside any case file (workshops, the open-source findings registry):
#: their text is editable, but no folio leads a caseworker to it, so cancellation
#: redacts it too instead of listing it.  Findings linked to an erased case are
#: unlinked by their eraser first and land here as well.
REGISTER_TEXT: tuple[ImmutableText, ...] = (
    ImmutableText("workshop", ("id",), ("title", "place", "facilitator", "eval_note", "notes"),
                  case_id="NULL"),
    ImmutableText("finding", ("id",), ("summary", "url", "outlet")),
)
MARKER = "[ARCO]"


def _fold_char(c: str) -> str:
    return "".join(x for x in unicodedata.normalize("NFKD", c.casefold())
                   if not unicodedata.combining(x))


def _needle_regex(needles: list[str]) -> re.Pattern[str] | None:
    """One pattern over folded text; any run of spaces in a needle matches any run."""
    words = [[re.escape("".join(map(_fold_char, w))) for w in n.split()] for n in needles]
    alternatives = [r"\s+".join(w) for w in words if w]
    if not alternatives:
        return None
    alternatives.sort(key=len, reverse=True)
    return re.compile("|".join(alternatives))


def redact_text(text: str, pattern: re.Pattern[str]) -> str:
    """``text`` with every match of ``pattern`` replaced by ``[ARCO]``, compared
    case- and accent-insensitively; everything else stays as written."""
    folded: list[str] = []
    origin: list[int] = []
    for i, c in enumerate(text):
        for f in _fold_char(c):
            folded.append(f)
            origin.append(i)
    spans: list[tuple[int, int]] = []
    for m in pattern.finditer("".join(folded)):
        if m.end() == m.start():
            continue
        start, end = origin[m.start()], origin[m.end() - 1] + 1
        while end < len(text) and unicodedata.combining(text[end]):
            end += 1  # a decomposed accent belongs to the letter before it
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    for start, end in reversed(spans):
        text = text[:start] + MARKER + text[end:]
    return text


def _redact_kept_text(conn: Connection, person: Person, actor: str) -> dict[str, int]:
    """Replace the person's identifiers in :data:`IMMUTABLE_TEXT` and
    :data:`REGISTER_TEXT`; rows changed per table.

    Opens the triggers' gate for this transaction only (a rollback empties it
    too); one ``redact`` history row per changed column, without values.
    """
    pattern = _needle_regex(redaction_needles(person))
    counts: dict[str, int] = {}
    if pattern is None:
        return counts
    conn.execute("INSERT INTO arco_redaction (id) VALUES (1)")
    for spec in IMMUTABLE_TEXT + REGISTER_TEXT:
        keys = ", ".join(f"t.{k}" for k in spec.key)
        cols = ", ".join(f"t.{c}" for c in spec.columns)
        where = f" WHERE {spec.where}" if spec.where else ""
        rows = conn.execute(f"SELECT {keys}, {spec.case_id}, {cols} FROM {spec.table} t"
                            f" {spec.join}{where}").fetchall()
        n_keys = len(spec.key)
        changed = 0
        for row in rows:
            key, case_id, texts = row[:n_keys], row[n_keys], row[n_keys + 1:]
            new = {c: redact_text(t, pattern) for c, t in zip(spec.columns, texts, strict=True)
                   if t}
            new = {c: t for c, t in new.items()
                   if t != texts[spec.columns.index(c)]}
            if not new:
                continue
            sets = ", ".join(f"{c} = ?" for c in new)
            match = " AND ".join(f"{k} = ?" for k in spec.key)
            conn.execute(f"UPDATE {spec.table} SET {sets} WHERE {match}",
                         (*new.values(), *key))
            history.record(conn, actor=actor, action="redact", entity=spec.table,
                           entity_id="/".join(str(k) for k in key), case_id=case_id,
                           changes=[FieldChange(c, None, None) for c in new])
            changed += 1
        if changed:
            counts[spec.table] = changed
    conn.execute("DELETE FROM arco_redaction")
    return counts


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
        texts = _redact_kept_text(conn, person, vault.actor)
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
                         **{f"redacted_{table}": n for table, n in texts.items()},
                         **{f"erased_{name}": n for name, n in erased_by.items()}})
    report = CancelReport(person_id=person.id, erased_folios=tuple(c[1] for c in erased),
                          unlinked_folios=tuple(c[1] for c in unlinked),
                          history_rows=history_rows, erased_by=erased_by,
                          history_values_redacted=redacted, mentions=tuple(found),
                          texts_redacted=texts,
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
