"""Case records: one function per user action, one transaction each.

A creation writes one history row (field ``*``): the new record itself holds
its initial values, so bulk intake and imports do not multiply the vault's
size.  Every later edit writes one row per changed field (before → after).

The ``put_*`` functions work inside a caller's transaction (import and ARCO
compose them); :class:`Records` wraps each in its own transaction for the UI and
CLI.  Every change is validated in the domain, written with its field-level
history, audited (ids and field names only) and reflected in the case index.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from mpi_desktop.domain import validation as v
from mpi_desktop.domain.cases import Aggression, Attention, Case
from mpi_desktop.domain.history import FieldChange, diff
from mpi_desktop.domain.people import Person
from mpi_desktop.domain.timeutil import iso_utc
from mpi_desktop.errors import MpiError
from mpi_desktop.storage import (
    audit,
    case_index,
    cases_repo,
    events_repo,
    history,
    people_repo,
)
from mpi_desktop.storage.connection import Connection
from mpi_desktop.storage.vault import Vault

T = TypeVar("T")
#: The one history row a creation writes.
CREATED = FieldChange("*", None, None)


class RecordNotFound(MpiError):
    def __init__(self, entity: str, key: str) -> None:
        super().__init__(f"{entity} not found: {key}")
        self.entity = entity
        self.key = key


class FolioTaken(MpiError):
    def __init__(self, folio: str) -> None:
        super().__init__(f"folio already in use: {folio}")
        self.folio = folio


def _history_rows(old: object | None, changes: list[FieldChange]) -> list[FieldChange]:
    return changes if old is not None else [CREATED]


def _changes(old: T | None, new: T, *, log: bool) -> list[FieldChange]:
    """What changed.  A creation without its own audit entry needs no list at all:
    its history is the one ``*`` row, and comparing every field against nothing
    was a fifth of the time of bulk writes (demo data, imports)."""
    if old is None and not log:
        return []
    return diff(old, new)


def _stamp(obj: T, existing_created: str | None) -> T:
    now = iso_utc()
    return replace(obj, created_at=existing_created or now, updated_at=now)  # type: ignore[type-var]


# --- people -------------------------------------------------------------------------


def put_person(conn: Connection, person: Person, *, actor: str, log: bool = True,
               keep_times: bool = False) -> Person:
    v.ensure_valid("person", v.validate_person(person))
    old = people_repo.get(conn, person.id)
    if not keep_times:
        person = _stamp(person, old.created_at if old else None)
    changes = _changes(old, person, log=log)
    if old is None:
        people_repo.insert(conn, person)
    elif changes:
        people_repo.update(conn, person)
    else:
        return old
    action = "create" if old is None else "update"
    history.record(conn, actor=actor, action=action, entity="person", entity_id=person.id,
                   person_id=person.id, changes=_history_rows(old, changes))
    if log:
        audit.append(conn, actor=actor, action=f"person.{action}", entity="person",
                     entity_id=person.id, details={"fields": [c.field for c in changes]})
    case_index.refresh_for_person(conn, person.id)
    return person


# --- cases ----------------------------------------------------------------------------


def put_case(conn: Connection, case: Case, *, actor: str, log: bool = True,
             keep_times: bool = False) -> Case:
    old = cases_repo.get(conn, case.id)
    if not case.folio:
        case = replace(case, folio=cases_repo.next_folio(conn, case.opened_on.year))
    v.ensure_valid("case", v.validate_case(case))
    if cases_repo.folio_taken(conn, case.folio, except_id=case.id):
        raise FolioTaken(case.folio)
    missing = _missing_people(conn, [p.person_id for p in case.participants])
    if missing:
        raise v.ValidationFailed("case", [v.Issue("participants", "unknown_person",
                                                  {"ids": missing})])
    if not keep_times:
        case = _stamp(case, old.created_at if old else None)
    changes = _changes(old, case, log=log)
    if old is None:
        cases_repo.insert(conn, case)
    elif changes:
        cases_repo.update(conn, case)
    else:
        return old
    action = "create" if old is None else "update"
    history.record(conn, actor=actor, action=action, entity="case", entity_id=case.id,
                   case_id=case.id, changes=_history_rows(old, changes))
    if log:
        audit.append(conn, actor=actor, action=f"case.{action}", entity="case",
                     entity_id=case.id, details={"fields": [c.field for c in changes]})
    case_index.refresh(conn, case.id)
    return case


def delete_case(conn: Connection, case_id: str, *, actor: str) -> None:
    row = conn.execute("SELECT num FROM case_file WHERE id = ?", (case_id,)).fetchone()
    if row is None:
        raise RecordNotFound("case", case_id)
    case_index.drop(conn, row[0])
    cases_repo.delete(conn, case_id)  # cascades to participants and events
    conn.execute("DELETE FROM field_history WHERE case_id = ?", (case_id,))
    audit.append(conn, actor=actor, action="case.delete", entity="case", entity_id=case_id)


# --- events ------------------------------------------------------------------------------


def _require_case(conn: Connection, case_id: str) -> None:
    # An existence check, not a load: events are written by the thousand in imports.
    if conn.execute("SELECT 1 FROM case_file WHERE id = ?", (case_id,)).fetchone() is None:
        raise RecordNotFound("case", case_id)


def _missing_people(conn: Connection, person_ids: list[str]) -> list[str]:
    """Participants not in the vault (one indexed lookup, no rows decoded)."""
    if not person_ids:
        return []
    marks = ",".join("?" * len(person_ids))
    found = {r[0] for r in conn.execute(f"SELECT id FROM person WHERE id IN ({marks})",
                                        person_ids)}
    return [pid for pid in person_ids if pid not in found]


E = TypeVar("E", Aggression, Attention)


@dataclass(frozen=True)
class _EventKind:
    """What differs between aggressions and attentions when one is written."""

    entity: str
    validate: Callable[[Any], list[v.Issue]]
    get: Callable[[Connection, str], Any]
    save: Callable[[Connection, Any], None]


_AGGRESSION = _EventKind("aggression", v.validate_aggression, events_repo.get_aggression,
                         events_repo.save_aggression)
_ATTENTION = _EventKind("attention", v.validate_attention, events_repo.get_attention,
                        events_repo.save_attention)


def _put_event(conn: Connection, event: E, *, kind: _EventKind, actor: str, log: bool,
               keep_times: bool) -> E:
    """Create or edit one event of a case (the body both ``put_*`` share)."""
    v.ensure_valid(kind.entity, kind.validate(event))
    _require_case(conn, event.case_id)
    old: E | None = kind.get(conn, event.id)
    if old is not None and old.case_id != event.case_id:
        raise v.ValidationFailed(kind.entity, [v.Issue("case_id", "immutable")])
    if not keep_times:
        event = _stamp(event, old.created_at if old else None)
    changes = _changes(old, event, log=log)
    if old is not None and not changes:
        return old
    kind.save(conn, event)
    action = "create" if old is None else "update"
    history.record(conn, actor=actor, action=action, entity=kind.entity, entity_id=event.id,
                   case_id=event.case_id, changes=_history_rows(old, changes))
    if log:
        audit.append(conn, actor=actor, action=f"{kind.entity}.{action}", entity=kind.entity,
                     entity_id=event.id, details={"case": event.case_id,
                                                  "fields": [c.field for c in changes]})
    _touch_case(conn, event.case_id, stamp=not keep_times)
    return event


def put_aggression(conn: Connection, agg: Aggression, *, actor: str, log: bool = True,
                   keep_times: bool = False) -> Aggression:
    return _put_event(conn, agg, kind=_AGGRESSION, actor=actor, log=log, keep_times=keep_times)


def put_attention(conn: Connection, att: Attention, *, actor: str, log: bool = True,
                  keep_times: bool = False) -> Attention:
    return _put_event(conn, att, kind=_ATTENTION, actor=actor, log=log, keep_times=keep_times)


def delete_event(conn: Connection, entity: str, event_id: str, *, actor: str) -> str:
    """Delete an aggression or attention; return its case id."""
    getter = events_repo.get_aggression if entity == "aggression" else events_repo.get_attention
    old = getter(conn, event_id)
    if old is None:
        raise RecordNotFound(entity, event_id)
    before = diff(None, old)
    conn.execute(f"DELETE FROM {entity} WHERE id = ?", (event_id,))
    history.record(conn, actor=actor, action="delete", entity=entity, entity_id=event_id,
                   case_id=old.case_id,
                   changes=[dataclasses.replace(c, before=c.after, after=None) for c in before])
    audit.append(conn, actor=actor, action=f"{entity}.delete", entity=entity,
                 entity_id=event_id, details={"case": old.case_id})
    _touch_case(conn, old.case_id)
    return old.case_id


def _touch_case(conn: Connection, case_id: str, *, stamp: bool = True) -> None:
    """An event changed: the case's "last change" moves (unless the caller keeps
    recorded times, as imports and demo data do) and its search row follows."""
    if stamp:
        conn.execute("UPDATE case_file SET updated_at = ? WHERE id = ?", (iso_utc(), case_id))
    case_index.refresh(conn, case_id)


# --- reading ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class CaseBundle:
    """A case with everything the case view shows."""

    case: Case
    people: dict[str, Person]
    aggressions: list[Aggression]
    attentions: list[Attention]

    @property
    def primary(self) -> Person | None:
        pid = self.case.primary_person_id
        return self.people.get(pid) if pid else None


def load_bundle(conn: Connection, case_id: str) -> CaseBundle:
    case = cases_repo.get(conn, case_id)
    if case is None:
        raise RecordNotFound("case", case_id)
    return CaseBundle(case=case, people=people_repo.get_many(conn, case.person_ids),
                      aggressions=events_repo.aggressions(conn, case_id),
                      attentions=events_repo.attentions(conn, case_id))


class Records:
    """The operations the UI and CLI call: each is one transaction."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    @property
    def actor(self) -> str:
        return self.vault.actor

    def bundle(self, case_id: str) -> CaseBundle:
        with self.vault.read() as conn:
            return load_bundle(conn, case_id)

    def case_by_folio(self, folio: str) -> Case | None:
        with self.vault.read() as conn:
            return cases_repo.get_by_folio(conn, folio)

    def person(self, person_id: str) -> Person:
        with self.vault.read() as conn:
            person = people_repo.get(conn, person_id)
        if person is None:
            raise RecordNotFound("person", person_id)
        return person

    def history(self, case_id: str) -> list[history.HistoryRow]:
        with self.vault.read() as conn:
            return history.for_case(conn, case_id)

    def open_case(self, case: Case, people: list[Person]) -> Case:
        """Intake: new people and their case, together or not at all."""
        with self.vault.write() as conn:
            for person in people:
                put_person(conn, person, actor=self.actor)
            return put_case(conn, case, actor=self.actor)

    def save_person(self, person: Person) -> Person:
        with self.vault.write() as conn:
            return put_person(conn, person, actor=self.actor)

    def save_case(self, case: Case, new_people: list[Person] | None = None) -> Case:
        with self.vault.write() as conn:
            for person in new_people or []:
                put_person(conn, person, actor=self.actor)
            return put_case(conn, case, actor=self.actor)

    def save_aggression(self, agg: Aggression) -> Aggression:
        with self.vault.write() as conn:
            return put_aggression(conn, agg, actor=self.actor)

    def save_attention(self, att: Attention) -> Attention:
        with self.vault.write() as conn:
            return put_attention(conn, att, actor=self.actor)

    def delete_aggression(self, agg_id: str) -> str:
        with self.vault.write() as conn:
            return delete_event(conn, "aggression", agg_id, actor=self.actor)

    def delete_attention(self, att_id: str) -> str:
        with self.vault.write() as conn:
            return delete_event(conn, "attention", att_id, actor=self.actor)

    def delete_case(self, case_id: str) -> None:
        with self.vault.write() as conn:
            delete_case(conn, case_id, actor=self.actor)

    def log_view(self, case_id: str) -> None:
        """Opening a case is audited: who looked at whom is part of the bitácora."""
        self.vault.log("case.view", entity="case", entity_id=case_id)
