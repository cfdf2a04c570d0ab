"""Step 7: self-protection workshops (with attendance) and open-source findings.

Workshop attendance links people by id; erasing a person (ARCO cancellation)
removes the link (ON DELETE CASCADE, and the ARCO eraser deletes it explicitly
first).  A finding may point at a case; erasing the case keeps the finding —
it is open-source information — and only drops the link (ON DELETE SET NULL).
"""

from __future__ import annotations

from mpi_desktop.storage.connection import Connection

SQL = """
CREATE TABLE workshop (
    id               TEXT PRIMARY KEY,
    held_on          TEXT NOT NULL,
    status           TEXT NOT NULL,
    modality         TEXT NOT NULL,
    title            TEXT NOT NULL DEFAULT '',
    topics           TEXT NOT NULL DEFAULT '[]',
    place            TEXT NOT NULL DEFAULT '',
    alcaldia         TEXT,
    facilitator      TEXT NOT NULL DEFAULT '',
    duration_minutes INTEGER,
    anon_women       INTEGER NOT NULL DEFAULT 0,
    anon_men         INTEGER NOT NULL DEFAULT 0,
    anon_non_binary  INTEGER NOT NULL DEFAULT 0,
    anon_unspecified INTEGER NOT NULL DEFAULT 0,
    eval_people      INTEGER NOT NULL DEFAULT 0,
    eval_pre         REAL,
    eval_post        REAL,
    eval_note        TEXT NOT NULL DEFAULT '',
    notes            TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX workshop_date ON workshop(held_on, status);

CREATE TABLE workshop_person (
    workshop_id TEXT NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,
    person_id   TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (workshop_id, person_id)
) WITHOUT ROWID;
CREATE INDEX workshop_person_person ON workshop_person(person_id);

CREATE TABLE finding (
    id              TEXT PRIMARY KEY,
    found_on        TEXT NOT NULL,
    source          TEXT NOT NULL,
    outlet          TEXT NOT NULL DEFAULT '',
    url             TEXT NOT NULL DEFAULT '',
    summary         TEXT NOT NULL,
    aggression_type TEXT NOT NULL,
    occurred_on     TEXT,
    alcaldia        TEXT,
    profile         TEXT,
    case_id         TEXT REFERENCES case_file(id) ON DELETE SET NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX finding_date ON finding(found_on);
CREATE INDEX finding_case ON finding(case_id);
"""


def apply(conn: Connection) -> None:
    from mpi_desktop.storage.migrations import run_script

    run_script(conn, SQL)
