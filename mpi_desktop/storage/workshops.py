"""Workshops in the vault: rows ↔ :class:`Workshop`, one transaction per user action.

``put_workshop``/``delete_workshop`` work inside a caller's transaction (import
composes them); :class:`Workshops` wraps each in its own for the UI and CLI.
The audit log gets ids, field names and counts — never names or notes.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from mpi_desktop.domain import validation as v
from mpi_desktop.domain import workshops as dw
from mpi_desktop.domain.history import diff
from mpi_desktop.domain.timeutil import iso_utc
from mpi_desktop.domain.workshops import (
    AnonymousAttendance,
    LearningEvaluation,
    Workshop,
    YearProgress,
)
from mpi_desktop.storage import audit, people_repo
from mpi_desktop.storage.arco import ErasureContext, register_eraser
from mpi_desktop.storage.codec import d2s, dump_list, load_list, s2d
from mpi_desktop.storage.connection import Connection
from mpi_desktop.storage.records import RecordNotFound
from mpi_desktop.storage.vault import Vault

COLUMNS = (
    "id", "held_on", "status", "modality", "title", "topics", "place", "alcaldia",
    "facilitator", "duration_minutes", "anon_women", "anon_men", "anon_non_binary",
    "anon_unspecified", "eval_people", "eval_pre", "eval_post", "eval_note", "notes",
    "created_at", "updated_at",
)
_SELECT = f"SELECT {', '.join(COLUMNS)} FROM workshop"


def _to_row(w: Workshop) -> tuple[Any, ...]:
    a, e = w.anonymous, w.evaluation
    return (w.id, d2s(w.held_on), w.status, w.modality, w.title, dump_list(w.topics), w.place,
            w.alcaldia, w.facilitator, w.duration_minutes, a.women, a.men, a.non_binary,
            a.unspecified, e.evaluated, e.pre_score, e.post_score, e.note, w.notes,
            w.created_at, w.updated_at)


def _from_row(r: Any, participants: tuple[str, ...]) -> Workshop:
    return Workshop(
        id=r[0], held_on=s2d(r[1]), status=r[2], modality=r[3],  # type: ignore[arg-type]
        title=r[4], topics=tuple(load_list(r[5])), place=r[6], alcaldia=r[7], facilitator=r[8],
        duration_minutes=r[9],
        anonymous=AnonymousAttendance(women=r[10], men=r[11], non_binary=r[12],
                                      unspecified=r[13]),
        evaluation=LearningEvaluation(evaluated=r[14], pre_score=r[15], post_score=r[16],
                                      note=r[17]),
        notes=r[18], created_at=r[19], updated_at=r[20], participant_ids=participants)


def participant_ids(conn: Connection, workshop_id: str) -> tuple[str, ...]:
    return tuple(r[0] for r in conn.execute(
        "SELECT person_id FROM workshop_person WHERE workshop_id = ? ORDER BY position",
        (workshop_id,)))


def get(conn: Connection, workshop_id: str) -> Workshop | None:
    row = conn.execute(_SELECT + " WHERE id = ?", (workshop_id,)).fetchone()
    return _from_row(row, participant_ids(conn, workshop_id)) if row else None


def all_ids(conn: Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT id FROM workshop ORDER BY held_on, id")]


def ids_for_people(conn: Connection, person_ids: frozenset[str] | set[str]) -> list[str]:
    """Workshops attended by any of these people (for a case or person export)."""
    found: set[str] = set()
    ids = sorted(person_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        found.update(r[0] for r in conn.execute(
            f"SELECT workshop_id FROM workshop_person WHERE person_id IN ({marks})", chunk))
    return sorted(found)


def put_workshop(conn: Connection, w: Workshop, *, actor: str, log: bool = True,
                 keep_times: bool = False) -> Workshop:
    v.ensure_valid("workshop", dw.validate_workshop(w))
    missing = [pid for pid in w.participant_ids if people_repo.get(conn, pid) is None]
    if missing:
        raise v.ValidationFailed("workshop", [v.Issue("participant_ids", "unknown_person",
                                                      {"ids": missing})])
    old = get(conn, w.id)
    if not keep_times:
        now = iso_utc()
        w = replace(w, created_at=old.created_at if old else now, updated_at=now)
    changes = diff(old, w)
    if old is not None and not changes:
        return old
    cols = ", ".join(COLUMNS)
    updates = ", ".join(f"{c} = excluded.{c}" for c in COLUMNS[1:] if c != "created_at")
    conn.execute(f"INSERT INTO workshop ({cols}) VALUES ({', '.join('?' * len(COLUMNS))})"
                 f" ON CONFLICT(id) DO UPDATE SET {updates}", _to_row(w))
    conn.execute("DELETE FROM workshop_person WHERE workshop_id = ?", (w.id,))
    conn.executemany(
        "INSERT INTO workshop_person (workshop_id, person_id, position) VALUES (?, ?, ?)",
        [(w.id, pid, i) for i, pid in enumerate(w.participant_ids)])
    if log:
        action = "workshop.create" if old is None else "workshop.update"
        audit.append(conn, actor=actor, action=action, entity="workshop", entity_id=w.id,
                     details={"fields": sorted({c.field.split(".")[0] for c in changes}),
                              "people_linked": len(w.participant_ids),
                              "attendees": w.participants_total})
    return w


def delete_workshop(conn: Connection, workshop_id: str, *, actor: str) -> None:
    if get(conn, workshop_id) is None:
        raise RecordNotFound("workshop", workshop_id)
    conn.execute("DELETE FROM workshop WHERE id = ?", (workshop_id,))
    audit.append(conn, actor=actor, action="workshop.delete", entity="workshop",
                 entity_id=workshop_id)


# --- lists -------------------------------------------------------------------------------


@dataclass(frozen=True)
class WorkshopRow:
    id: str
    held_on: date
    status: str
    modality: str
    title: str
    topics: tuple[str, ...]
    alcaldia: str | None
    facilitator: str
    attendees: int
    evaluated: int
    pre_score: float | None
    post_score: float | None


def list_rows(conn: Connection, *, year: int | None = None, status: str | None = None
              ) -> list[WorkshopRow]:
    """Workshops newest first, with their attendance (linked + anonymous)."""
    conds, params = [], []
    if year is not None:
        conds.append("w.held_on BETWEEN ? AND ?")
        params.extend([f"{year:04d}-01-01", f"{year:04d}-12-31"])
    if status is not None:
        conds.append("w.status = ?")
        params.append(status)
    where = (" WHERE " + " AND ".join(conds)) if conds else ""
    sql = ("SELECT w.id, w.held_on, w.status, w.modality, w.title, w.topics, w.alcaldia,"
           " w.facilitator, w.anon_women + w.anon_men + w.anon_non_binary + w.anon_unspecified"
           " + (SELECT count(*) FROM workshop_person p WHERE p.workshop_id = w.id),"
           " w.eval_people, w.eval_pre, w.eval_post"
           f" FROM workshop w{where} ORDER BY w.held_on DESC, w.created_at DESC")
    return [WorkshopRow(r[0], s2d(r[1]), r[2], r[3], r[4],  # type: ignore[arg-type]
                        tuple(load_list(r[5])), r[6], r[7], r[8], r[9], r[10], r[11])
            for r in conn.execute(sql, params)]


def year_progress(conn: Connection, year: int) -> YearProgress:
    held, scheduled = conn.execute(
        "SELECT coalesce(sum(status = ?), 0), coalesce(sum(status = ?), 0) FROM workshop"
        " WHERE held_on BETWEEN ? AND ?",
        (dw.HELD, dw.SCHEDULED, f"{year:04d}-01-01", f"{year:04d}-12-31")).fetchone()
    return YearProgress(year=year, held=int(held), scheduled=int(scheduled))


def years(conn: Connection) -> list[int]:
    return [int(r[0]) for r in conn.execute(
        "SELECT DISTINCT substr(held_on, 1, 4) FROM workshop ORDER BY 1 DESC")]


@dataclass(frozen=True)
class PersonChoice:
    """A person offered in the attendance picker."""

    id: str
    name: str
    profile: str
    folios: tuple[str, ...]


def search_people(conn: Connection, text: str, *, limit: int = 30) -> list[PersonChoice]:
    """People whose name or case folio matches ``text`` (for the attendance picker)."""
    from mpi_desktop.storage import case_query

    nums = case_query.list_nums(conn, case_query.CaseFilter(text=text), sort="folio",
                                limit=limit)
    if not nums:
        return []
    marks = ",".join("?" * len(nums))
    found: dict[str, PersonChoice] = {}
    for pid, given, first, second, profile, folio in conn.execute(
            "SELECT p.id, p.given_names, p.first_surname, p.second_surname, p.profile, c.folio"
            " FROM case_file c JOIN case_person cp ON cp.case_id = c.id"
            f" JOIN person p ON p.id = cp.person_id WHERE c.num IN ({marks})"
            " ORDER BY c.folio_year DESC, c.folio_seq DESC, cp.is_primary DESC, cp.position",
            nums):
        name = " ".join(x for x in (given, first, second) if x)
        old = found.get(pid)
        folios = (*old.folios, folio) if old else (folio,)
        found[pid] = PersonChoice(pid, name, profile, folios)
    return list(found.values())[:limit]


def people_names(conn: Connection, ids: tuple[str, ...]) -> dict[str, PersonChoice]:
    found = people_repo.get_many(conn, list(ids))
    out: dict[str, PersonChoice] = {}
    for pid in ids:
        person = found.get(pid)
        if person is not None:
            folios = tuple(r[0] for r in conn.execute(
                "SELECT c.folio FROM case_person cp JOIN case_file c ON c.id = cp.case_id"
                " WHERE cp.person_id = ? ORDER BY c.folio", (pid,)))
            out[pid] = PersonChoice(pid, person.full_name, person.profile, folios)
    return out


# --- ARCO ----------------------------------------------------------------------------------


def erase_person_links(conn: Connection, ctx: ErasureContext) -> int:
    """ARCO cancellation: the person disappears from every attendance list.

    The workshop stays (it happened, and other people attended); its attendance
    shrinks by one.  Audited per workshop with ids only.
    """
    workshop_ids = [r[0] for r in conn.execute(
        "SELECT workshop_id FROM workshop_person WHERE person_id = ?", (ctx.person.id,))]
    conn.execute("DELETE FROM workshop_person WHERE person_id = ?", (ctx.person.id,))
    for workshop_id in workshop_ids:
        audit.append(conn, actor=ctx.actor, action="workshop.unlink_person",
                     entity="workshop", entity_id=workshop_id,
                     details={"reason": "arco_cancellation"})
    return len(workshop_ids)


register_eraser("workshop_attendance", erase_person_links)


# --- one transaction per user action ---------------------------------------------------------


class Workshops:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def get(self, workshop_id: str) -> Workshop:
        with self.vault.read() as conn:
            found = get(conn, workshop_id)
        if found is None:
            raise RecordNotFound("workshop", workshop_id)
        return found

    def save(self, workshop: Workshop) -> Workshop:
        with self.vault.write() as conn:
            return put_workshop(conn, workshop, actor=self.vault.actor)

    def delete(self, workshop_id: str) -> None:
        with self.vault.write() as conn:
            delete_workshop(conn, workshop_id, actor=self.vault.actor)

    def rows(self, *, year: int | None = None) -> list[WorkshopRow]:
        with self.vault.read() as conn:
            return list_rows(conn, year=year)

    def progress(self, year: int) -> YearProgress:
        with self.vault.read() as conn:
            return year_progress(conn, year)

    def search_people(self, text: str) -> list[PersonChoice]:
        with self.vault.read() as conn:
            return search_people(conn, text)

    def people(self, ids: tuple[str, ...]) -> dict[str, PersonChoice]:
        with self.vault.read() as conn:
            return people_names(conn, ids)
