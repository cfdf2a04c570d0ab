"""The storage operations behind the case screens: plain functions, no Qt.

Each runs on the runner's worker thread (never on the UI thread) and composes
the storage API.  A save is one transaction that re-reads the record and applies
only the fields the user changed, so a form opened before another tab saved never
reverts that save, and removes the form's autosaved draft in the same commit.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, TypeVar

from mpi_desktop.domain.cases import Aggression, Attention, Case, CaseParticipant
from mpi_desktop.domain.people import Person, fold
from mpi_desktop.domain.timeutil import today_local
from mpi_desktop.storage import case_query, drafts, events_repo, plans, risk
from mpi_desktop.storage.case_query import CaseFilter, CaseRow
from mpi_desktop.storage.connection import Connection
from mpi_desktop.storage.history import HistoryRow
from mpi_desktop.storage.records import (
    CaseBundle,
    RecordNotFound,
    Records,
    load_bundle,
    put_aggression,
    put_attention,
    put_case,
    put_person,
)
from mpi_desktop.storage.vault import Vault

T = TypeVar("T")


def case_nums(vault: Vault, f: CaseFilter, sort: str, descending: bool) -> list[int]:
    with vault.read() as conn:
        return case_query.list_nums(conn, f, sort=sort, descending=descending)


def case_rows(vault: Vault, nums: list[int]) -> dict[int, CaseRow]:
    with vault.read() as conn:
        return case_query.rows(conn, nums)


@dataclass(frozen=True)
class RiskSummary:
    """What the case header says about risk: the level in force and what is late."""

    level: risk.CaseLevel | None
    #: Measures started before approval, still waiting for the CEM's ratification.
    pending_ratification: int = 0
    #: Measure reviews past their date.
    overdue_measures: int = 0
    #: The risk re-assessment is past its date.
    reassessment_overdue: bool = False

    @property
    def overdue(self) -> bool:
        return bool(self.overdue_measures) or self.reassessment_overdue


def risk_summary(vault: Vault, case_id: str, today: date | None = None) -> RiskSummary:
    day = today or today_local()
    with vault.read() as conn:
        level = risk.current_level(conn, case_id)
        measures = plans.measures_for_case(conn, case_id)
    return RiskSummary(
        level=level,
        pending_ratification=sum(1 for m in measures if m.pending_ratification),
        overdue_measures=sum(1 for m in measures if m.review_overdue(day)),
        reassessment_overdue=bool(level and level.review_due_on and level.review_due_on < day))


def open_case(records: Records, case_id: str) -> CaseBundle:
    """Opening a case is audited before anything about it is shown."""
    records.log_view(case_id)
    return records.bundle(case_id)


@dataclass(frozen=True)
class TabData:
    bundle: CaseBundle
    drafts: list[drafts.Draft]


def tab_data(records: Records, case_id: str, draft_kind: str) -> TabData:
    return TabData(bundle=records.bundle(case_id),
                   drafts=drafts.load_all(records.vault, kind=draft_kind, case_id=case_id))


@dataclass(frozen=True)
class HistoryData:
    rows: list[HistoryRow]
    names: dict[str, str]


def history(records: Records, case_id: str) -> HistoryData:
    bundle = records.bundle(case_id)
    rows = records.history(case_id)
    names = {pid: p.full_name for pid, p in bundle.people.items()}
    return HistoryData(rows=rows, names=names)


def _edit(records: Records, draft_id: str | None, fn: Callable[[Connection], T]) -> T:
    """One user action: read the current record, write it, drop the form's draft —
    in one transaction, so a crash never leaves a saved edit's draft behind."""
    vault = records.vault
    with vault.write() as conn:
        result = fn(conn)
        if draft_id is not None:
            drafts.remove(conn, draft_id, actor=vault.actor, reason="saved")
        return result


def update_case(records: Records, case_id: str, changes: dict[str, Any],
                draft_id: str | None) -> Case:
    def fn(conn: Connection) -> Case:
        case = load_bundle(conn, case_id).case
        return put_case(conn, replace(case, **changes), actor=records.actor)
    return _edit(records, draft_id, fn)


def update_person(records: Records, *, case_id: str, person_id: str,
                  changes: dict[str, Any], role: str | None,
                  draft_id: str | None) -> Person:
    """A person's edited fields and, when it changed, their role on the case."""
    def fn(conn: Connection) -> Person:
        bundle = load_bundle(conn, case_id)
        person = bundle.people.get(person_id)
        if person is None:
            raise RecordNotFound("person", person_id)
        saved = put_person(conn, replace(person, **changes), actor=records.actor)
        current = next((p for p in bundle.case.participants if p.person_id == person_id),
                       None)
        if role is not None and current is not None and current.role != role:
            parts = tuple(replace(p, role=role) if p.person_id == person_id else p
                          for p in bundle.case.participants)
            put_case(conn, replace(bundle.case, participants=parts), actor=records.actor)
        return saved
    return _edit(records, draft_id, fn)


def add_person(records: Records, *, case_id: str, person: Person, role: str,
               draft_id: str | None = None) -> Case:
    """A new linked person and their link to the case, together."""
    def fn(conn: Connection) -> Case:
        case = load_bundle(conn, case_id).case
        put_person(conn, person, actor=records.actor)
        part = CaseParticipant(person.id, role, is_primary=not case.participants)
        return put_case(conn, replace(case, participants=(*case.participants, part)),
                        actor=records.actor)
    return _edit(records, draft_id, fn)


def link_person(records: Records, *, case_id: str, person_id: str, role: str) -> Case:
    def fn(conn: Connection) -> Case:
        case = load_bundle(conn, case_id).case
        if person_id in case.person_ids:
            return case
        part = CaseParticipant(person_id, role, is_primary=not case.participants)
        return put_case(conn, replace(case, participants=(*case.participants, part)),
                        actor=records.actor)
    return _edit(records, None, fn)


def unlink_person(records: Records, *, case_id: str, person_id: str) -> Case:
    def fn(conn: Connection) -> Case:
        case = load_bundle(conn, case_id).case
        parts = tuple(p for p in case.participants if p.person_id != person_id)
        return put_case(conn, replace(case, participants=parts), actor=records.actor)
    return _edit(records, None, fn)


def make_primary(records: Records, *, case_id: str, person_id: str) -> Case:
    """The chosen person becomes the main beneficiary; the previous one takes their
    role (a swap), so no role is invented."""
    def fn(conn: Connection) -> Case:
        case = load_bundle(conn, case_id).case
        target = next(p for p in case.participants if p.person_id == person_id)
        parts = []
        for p in case.participants:
            if p.person_id == person_id:
                parts.append(replace(p, is_primary=True, role="beneficiaria_principal"))
            elif p.is_primary:
                role = target.role if target.role != "beneficiaria_principal" else "otra"
                parts.append(replace(p, is_primary=False, role=role))
            else:
                parts.append(p)
        return put_case(conn, replace(case, participants=tuple(parts)), actor=records.actor)
    return _edit(records, None, fn)


def save_aggression(records: Records, agg: Aggression, changes: dict[str, Any] | None,
                    draft_id: str | None) -> Aggression:
    """A new aggression (``changes`` None) or the user's changes to a saved one."""
    def fn(conn: Connection) -> Aggression:
        current = events_repo.get_aggression(conn, agg.id) if changes is not None else None
        target = replace(current, **changes) if current is not None and changes else agg
        return put_aggression(conn, target, actor=records.actor)
    return _edit(records, draft_id, fn)


def save_attention(records: Records, att: Attention, changes: dict[str, Any] | None,
                   draft_id: str | None) -> Attention:
    def fn(conn: Connection) -> Attention:
        current = events_repo.get_attention(conn, att.id) if changes is not None else None
        target = replace(current, **changes) if current is not None and changes else att
        return put_attention(conn, target, actor=records.actor)
    return _edit(records, draft_id, fn)


def delete_event(records: Records, entity: str, event_id: str) -> str:
    if entity == "aggression":
        return records.delete_aggression(event_id)
    return records.delete_attention(event_id)


@dataclass(frozen=True)
class PersonHit:
    person: Person
    folio: str


def find_people(records: Records, text: str, *, exclude_case: str, limit: int = 30
                ) -> list[PersonHit]:
    """People on other cases whose name or alias matches (to link an existing person).

    The search index is per case, so find matching cases first and keep the people
    on them whose own name matches every typed word."""
    terms = fold(text).split()
    if not terms:
        return []
    with records.vault.read() as conn:
        nums = case_query.list_nums(conn, CaseFilter(text=text), limit=limit * 2)
        found = case_query.rows(conn, nums)
    hits: dict[str, PersonHit] = {}
    for num in nums:
        row = found.get(num)
        if row is None or row.id == exclude_case:
            continue
        bundle = records.bundle(row.id)
        for person in bundle.people.values():
            haystack = fold(" ".join((person.full_name, *person.aliases)))
            if all(t in haystack for t in terms) and person.id not in hits:
                hits[person.id] = PersonHit(person, row.folio)
        if len(hits) >= limit:
            break
    return list(hits.values())
