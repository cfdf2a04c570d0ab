"""What an export contains: one case, one person (ARCO access) or everything.

ARCO opposition: a person who opposed and every case they are on are left out
of exports — except the ARCO access export of that very person, which is how
they exercise their right of access.  In a person export the other people on
their cases appear only as references (id and role), never with their data.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from mpi_desktop.interchange.errors import ExcludedByOpposition, UnknownCase, UnknownPerson
from mpi_desktop.interchange.sections import ExportScope
from mpi_desktop.storage import cases_repo, people_repo
from mpi_desktop.storage.connection import Connection

KINDS = ("all", "case", "person")


@dataclass(frozen=True)
class ExportRequest:
    kind: str = "all"
    folio: str | None = None
    person_id: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown export kind: {self.kind}")
        if self.kind == "case" and not self.folio:
            raise ValueError("a case export needs a folio")
        if self.kind == "person" and not self.person_id:
            raise ValueError("a person export needs a person id")


@dataclass(frozen=True)
class Resolved:
    scope: ExportScope
    #: The document's ``scope`` object.
    header: dict[str, Any]
    excluded_people: int = 0
    excluded_cases: int = 0


def _opposed(conn: Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT id FROM person WHERE arco_opposition = 1")}


def _cases_of(conn: Connection, person_ids: set[str]) -> set[str]:
    out: set[str] = set()
    ids = sorted(person_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        out.update(r[0] for r in conn.execute(
            f"SELECT DISTINCT case_id FROM case_person WHERE person_id IN ({marks})", chunk))
    return out


def _ordered_cases(conn: Connection, only: set[str] | None = None) -> list[str]:
    rows = conn.execute("SELECT id FROM case_file ORDER BY folio_year, folio_seq").fetchall()
    return [r[0] for r in rows if only is None or r[0] in only]


def resolve(conn: Connection, request: ExportRequest) -> Resolved:
    if request.kind == "case":
        case = cases_repo.get_by_folio(conn, request.folio or "")
        if case is None:
            raise UnknownCase(request.folio or "")
        people = people_repo.get_many(conn, case.person_ids)
        if any(p.arco_opposition for p in people.values()):
            raise ExcludedByOpposition(case.folio)
        return Resolved(ExportScope("case", (case.id,), tuple(case.person_ids)),
                        {"kind": "case", "case_id": case.id, "folio": case.folio})
    if request.kind == "person":
        pid = (request.person_id or "").strip().lower()
        if people_repo.get(conn, pid) is None:
            raise UnknownPerson(request.person_id or "")
        cases = _ordered_cases(conn, set(people_repo.case_ids_of(conn, pid)))
        return Resolved(ExportScope("person", tuple(cases), (pid,), respect_opposition=False),
                        {"kind": "person", "person_id": pid})
    opposed = _opposed(conn)
    excluded = _cases_of(conn, opposed)
    cases = [c for c in _ordered_cases(conn) if c not in excluded]
    everyone = [p for p in people_repo.all_ids(conn) if p not in opposed]
    return Resolved(ExportScope("all", tuple(cases), tuple(everyone)), {"kind": "all"},
                    excluded_people=len(opposed), excluded_cases=len(excluded))
