"""Drafts: what a caseworker typed but has not saved yet, kept inside the vault.

The intake wizard, the case view's edit forms and the workshop and finding
editors autosave their state here every few seconds while they hold unsaved
edits, and synchronously right before a lock.
After a crash, a kill or a lock the draft is offered back on the next unlock.
Drafts hold personal data, so they live only in the encrypted vault (never in
temp files or settings) and are deleted — with ``secure_delete`` zeroing the
pages — as soon as the edit is saved or discarded.

Only creation and deletion are audited: an autosave every three seconds would
bury the bitácora under entries that say nothing.  Titles and payloads never
reach the audit log; it gets the draft id and its kind.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from mpi_desktop.domain.cases import Aggression, Case
from mpi_desktop.domain.ids import new_id
from mpi_desktop.domain.people import Person
from mpi_desktop.domain.timeutil import iso_utc
from mpi_desktop.errors import ExitCode, MpiError
from mpi_desktop.storage import audit, records
from mpi_desktop.storage.connection import Connection
from mpi_desktop.storage.vault import Vault

#: Kinds of draft.  The case ``edit:*`` drafts belong to a case (``case_id``).
INTAKE = "intake"
EDIT_CASE = "edit:case"
EDIT_PERSON = "edit:person"
EDIT_AGGRESSION = "edit:aggression"
EDIT_ATTENTION = "edit:attention"
#: The workshop and finding editors.  A workshop draft has no case; a finding
#: draft carries the case it is linked to, if any, so that an ARCO cancellation
#: erasing that case erases the draft too (``arco._erase_drafts``).
EDIT_WORKSHOP = "edit:workshop"
EDIT_FINDING = "edit:finding"
KINDS = (INTAKE, EDIT_CASE, EDIT_PERSON, EDIT_AGGRESSION, EDIT_ATTENTION, EDIT_WORKSHOP,
         EDIT_FINDING)
#: Drafts offered back outside the case screens (the Talleres and Hallazgos sections).
STANDALONE_KINDS = (EDIT_WORKSHOP, EDIT_FINDING)

#: A form holds at most a few dozen fields of at most 20,000 characters; anything
#: far beyond that is a paste gone wrong, refused instead of bloating the vault.
MAX_PAYLOAD_CHARS = 2_000_000
MAX_TITLE_CHARS = 200


class DraftNotFound(MpiError):
    exit_code = ExitCode.INVALID_INPUT

    def __init__(self, draft_id: str) -> None:
        super().__init__(f"draft not found: {draft_id}")
        self.draft_id = draft_id


class DraftTooLarge(MpiError):
    exit_code = ExitCode.REFUSED

    def __init__(self, size: int) -> None:
        super().__init__(f"draft too large: {size} characters")
        self.size = size


@dataclass(frozen=True)
class DraftInfo:
    """A draft without its payload: enough to offer it back."""

    id: str
    kind: str
    case_id: str | None
    title: str
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class Draft:
    id: str
    kind: str
    case_id: str | None
    title: str
    payload: dict[str, Any]
    created_at: str
    updated_at: str

    @property
    def info(self) -> DraftInfo:
        return DraftInfo(self.id, self.kind, self.case_id, self.title, self.created_at,
                         self.updated_at)


def _check(kind: str, payload: dict[str, Any]) -> str:
    if kind not in KINDS:
        raise ValueError(f"unknown draft kind: {kind}")
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True)
    if len(text) > MAX_PAYLOAD_CHARS:
        raise DraftTooLarge(len(text))
    return text


# --- inside a caller's transaction -------------------------------------------------


def put(conn: Connection, *, draft_id: str, kind: str, title: str, payload: dict[str, Any],
        actor: str, case_id: str | None = None) -> bool:
    """Insert or replace a draft; return True when it was created (and audited)."""
    text = _check(kind, payload)
    now = iso_utc()
    title = title[:MAX_TITLE_CHARS]
    updated = conn.execute(
        "UPDATE draft SET kind = ?, case_id = ?, title = ?, payload = ?, updated_at = ?"
        " WHERE id = ?", (kind, case_id, title, text, now, draft_id)).rowcount
    if updated:
        return False
    conn.execute(
        "INSERT INTO draft (id, kind, case_id, title, payload, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)", (draft_id, kind, case_id, title, text, now, now))
    audit.append(conn, actor=actor, action="draft.create", entity="draft", entity_id=draft_id,
                 details={"kind": kind, "case": case_id})
    return True


def remove(conn: Connection, draft_id: str, *, actor: str, reason: str) -> bool:
    row = conn.execute("SELECT kind, case_id FROM draft WHERE id = ?", (draft_id,)).fetchone()
    if row is None:
        return False
    conn.execute("DELETE FROM draft WHERE id = ?", (draft_id,))
    audit.append(conn, actor=actor, action="draft.delete", entity="draft", entity_id=draft_id,
                 details={"kind": row[0], "case": row[1], "reason": reason})
    return True


def _info(r: Any) -> DraftInfo:
    return DraftInfo(id=r[0], kind=r[1], case_id=r[2], title=r[3], created_at=r[4],
                     updated_at=r[5])


def infos(conn: Connection, *, kind: str | None = None, case_id: str | None = None
          ) -> list[DraftInfo]:
    conds, params = [], []
    if kind is not None:
        conds.append("kind = ?")
        params.append(kind)
    if case_id is not None:
        conds.append("case_id = ?")
        params.append(case_id)
    where = (" WHERE " + " AND ".join(conds)) if conds else ""
    return [_info(r) for r in conn.execute(
        "SELECT id, kind, case_id, title, created_at, updated_at FROM draft"
        f"{where} ORDER BY updated_at DESC", params)]


def get(conn: Connection, draft_id: str) -> Draft:
    r = conn.execute("SELECT id, kind, case_id, title, created_at, updated_at, payload"
                     " FROM draft WHERE id = ?", (draft_id,)).fetchone()
    if r is None:
        raise DraftNotFound(draft_id)
    try:
        payload = json.loads(r[6])
    except json.JSONDecodeError:
        payload = {}
    return Draft(id=r[0], kind=r[1], case_id=r[2], title=r[3],
                 payload=payload if isinstance(payload, dict) else {},
                 created_at=r[4], updated_at=r[5])


# --- one user action each (the UI calls these through its runner) -----------------------


def save(vault: Vault, *, draft_id: str, kind: str, title: str, payload: dict[str, Any],
         case_id: str | None = None) -> DraftInfo:
    with vault.write() as conn:
        put(conn, draft_id=draft_id, kind=kind, title=title, payload=payload,
            actor=vault.actor, case_id=case_id)
        return info_of(conn, draft_id)


def info_of(conn: Connection, draft_id: str) -> DraftInfo:
    r = conn.execute("SELECT id, kind, case_id, title, created_at, updated_at FROM draft"
                     " WHERE id = ?", (draft_id,)).fetchone()
    if r is None:
        raise DraftNotFound(draft_id)
    return _info(r)


def list_drafts(vault: Vault, *, kind: str | None = None, case_id: str | None = None
                ) -> list[DraftInfo]:
    with vault.read() as conn:
        return infos(conn, kind=kind, case_id=case_id)


def load(vault: Vault, draft_id: str) -> Draft:
    with vault.read() as conn:
        return get(conn, draft_id)


def load_all(vault: Vault, *, kind: str | None = None, case_id: str | None = None
             ) -> list[Draft]:
    with vault.read() as conn:
        return [get(conn, i.id) for i in infos(conn, kind=kind, case_id=case_id)]


def delete(vault: Vault, draft_id: str, *, reason: str = "discarded") -> bool:
    """Delete a draft (saved or discarded by the user); False if it was already gone."""
    with vault.write() as conn:
        return remove(conn, draft_id, actor=vault.actor, reason=reason)


def open_case_from_intake(vault: Vault, *, draft_id: str | None, case: Case,
                          people: list[Person], aggressions: list[Aggression]) -> Case:
    """Finish an interview: people, case, aggressions and the draft's removal in ONE
    transaction, so a crash can neither lose the case nor offer its draft twice."""
    with vault.write() as conn:
        for person in people:
            records.put_person(conn, person, actor=vault.actor)
        saved = records.put_case(conn, case, actor=vault.actor)
        for agg in aggressions:
            records.put_aggression(conn, agg, actor=vault.actor)
        if draft_id is not None:
            remove(conn, draft_id, actor=vault.actor, reason="completed")
        return saved


def new_draft_id() -> str:
    return new_id()
