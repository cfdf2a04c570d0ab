"""People: rows ↔ :class:`Person`.  Functions run inside the caller's transaction."""

from __future__ import annotations

import json
from typing import Any

from mpi_desktop.domain.people import ContactChannel, IdentityDocument, Person
from mpi_desktop.storage.codec import d2s, dump_list, load_list, s2d
from mpi_desktop.storage.connection import Connection

COLUMNS = (
    "id", "given_names", "first_surname", "second_surname", "profile", "aliases", "sex",
    "gender_identity", "birth_date", "nationality", "contacts", "documents", "address",
    "postal_code", "alcaldia", "organization", "organization_category", "defence_topics",
    "intersectional_factors", "consent", "consent_date", "arco_opposition", "opposition_date",
    "notes", "created_at", "updated_at",
)
_SELECT = f"SELECT {', '.join(COLUMNS)} FROM person"


def to_row(p: Person) -> tuple[Any, ...]:
    return (
        p.id, p.given_names, p.first_surname, p.second_surname, p.profile,
        dump_list(p.aliases), p.sex, p.gender_identity, d2s(p.birth_date), p.nationality,
        json.dumps([c.__dict__ for c in p.contacts], ensure_ascii=False),
        json.dumps([d.__dict__ for d in p.documents], ensure_ascii=False),
        p.address, p.postal_code, p.alcaldia, p.organization, p.organization_category,
        dump_list(p.defence_topics), dump_list(p.intersectional_factors), int(p.consent),
        d2s(p.consent_date), int(p.arco_opposition), d2s(p.opposition_date), p.notes,
        p.created_at, p.updated_at,
    )


def from_row(r: Any) -> Person:
    return Person(
        id=r[0], given_names=r[1], first_surname=r[2], second_surname=r[3], profile=r[4],
        aliases=tuple(load_list(r[5])), sex=r[6], gender_identity=r[7], birth_date=s2d(r[8]),
        nationality=r[9],
        contacts=tuple(ContactChannel(**c) for c in load_list(r[10])),
        documents=tuple(IdentityDocument(**d) for d in load_list(r[11])),
        address=r[12], postal_code=r[13], alcaldia=r[14], organization=r[15],
        organization_category=r[16], defence_topics=tuple(load_list(r[17])),
        intersectional_factors=tuple(load_list(r[18])), consent=bool(r[19]),
        consent_date=s2d(r[20]), arco_opposition=bool(r[21]), opposition_date=s2d(r[22]),
        notes=r[23], created_at=r[24], updated_at=r[25],
    )


def get(conn: Connection, person_id: str) -> Person | None:
    row = conn.execute(_SELECT + " WHERE id = ?", (person_id,)).fetchone()
    return from_row(row) if row else None


def get_many(conn: Connection, ids: list[str]) -> dict[str, Person]:
    out: dict[str, Person] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(_SELECT + f" WHERE id IN ({marks})", chunk):
            person = from_row(row)
            out[person.id] = person
    return out


def insert(conn: Connection, p: Person) -> None:
    marks = ", ".join("?" * len(COLUMNS))
    conn.execute(f"INSERT INTO person ({', '.join(COLUMNS)}) VALUES ({marks})", to_row(p))


def update(conn: Connection, p: Person) -> None:
    sets = ", ".join(f"{c} = ?" for c in COLUMNS[1:])
    row = to_row(p)
    conn.execute(f"UPDATE person SET {sets} WHERE id = ?", (*row[1:], row[0]))


def delete(conn: Connection, person_id: str) -> None:
    conn.execute("DELETE FROM person WHERE id = ?", (person_id,))


def case_ids_of(conn: Connection, person_id: str) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT case_id FROM case_person WHERE person_id = ?", (person_id,))]


def all_ids(conn: Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT id FROM person ORDER BY id")]
