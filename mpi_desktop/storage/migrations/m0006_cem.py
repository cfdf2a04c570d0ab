"""Step 6: CEM sessions, agenda, acuerdos, summaries for CEM, packets and their copies.

ARCO cancellation of a case erases its agenda items, summaries, acuerdos,
pseudonym maps and dismissals through ``ON DELETE CASCADE``; erasing a person
erases their pseudonyms and the dismissed findings that quoted them.  What
stays of a packet after that is the record that a copy with a given code and
hash went to a recipient (no case data).
"""

from __future__ import annotations

from mpi_desktop.storage.connection import Connection

SQL = """
CREATE TABLE cem_session (
    id                TEXT PRIMARY KEY,
    number            INTEGER NOT NULL,
    year              INTEGER NOT NULL,
    kind              TEXT NOT NULL,
    held_on           TEXT NOT NULL,
    status            TEXT NOT NULL,
    place_granularity TEXT NOT NULL DEFAULT 'alcaldia',
    pseudonym_style   TEXT NOT NULL DEFAULT 'letters',
    notes             TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    UNIQUE (year, kind, number)
) WITHOUT ROWID;
CREATE INDEX cem_session_date ON cem_session(held_on);

CREATE TABLE cem_attendance (
    session_id  TEXT NOT NULL REFERENCES cem_session(id) ON DELETE CASCADE,
    institution TEXT NOT NULL,
    position    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (session_id, institution)
) WITHOUT ROWID;

-- measure_id has no foreign key: measures belong to the protection plan (step 4)
-- and a retired measure must not make an old agenda unreadable.
CREATE TABLE cem_agenda_item (
    id         TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES cem_session(id) ON DELETE CASCADE,
    case_id    TEXT NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
    topic      TEXT NOT NULL,
    measure_id TEXT,
    position   INTEGER NOT NULL,
    source     TEXT NOT NULL DEFAULT 'manual',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX cem_agenda_session ON cem_agenda_item(session_id, position);
CREATE INDEX cem_agenda_case ON cem_agenda_item(case_id);

-- Acuerdos are the record measures cite: a session with acuerdos cannot be
-- deleted (RESTRICT); a case erased under ARCO takes its acuerdos with it.
CREATE TABLE cem_acuerdo (
    id             TEXT PRIMARY KEY,
    session_id     TEXT NOT NULL REFERENCES cem_session(id) ON DELETE RESTRICT,
    case_id        TEXT NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
    agenda_item_id TEXT REFERENCES cem_agenda_item(id) ON DELETE SET NULL,
    number         TEXT NOT NULL UNIQUE,
    text           TEXT NOT NULL,
    decisions      TEXT NOT NULL DEFAULT '[]',
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
CREATE INDEX cem_acuerdo_session ON cem_acuerdo(session_id, number);
CREATE INDEX cem_acuerdo_case ON cem_acuerdo(case_id);

-- The summary for CEM: one row per saved version, newest = highest version.
CREATE TABLE cem_summary (
    case_id    TEXT NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
    version    INTEGER NOT NULL,
    text       TEXT NOT NULL,
    session_id TEXT REFERENCES cem_session(id) ON DELETE SET NULL,
    saved_at   TEXT NOT NULL,
    saved_by   TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (case_id, version)
) WITHOUT ROWID;

-- One generation of a packet (its content); copies are per recipient.
CREATE TABLE cem_packet (
    id                TEXT PRIMARY KEY,
    session_id        TEXT REFERENCES cem_session(id) ON DELETE SET NULL,
    kind              TEXT NOT NULL,
    place_granularity TEXT NOT NULL,
    pseudonym_style   TEXT NOT NULL,
    case_count        INTEGER NOT NULL,
    language          TEXT NOT NULL DEFAULT 'es',
    created_at        TEXT NOT NULL,
    created_by        TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
CREATE INDEX cem_packet_session ON cem_packet(session_id, created_at);

-- folio ↔ pseudonym: the only place the packet's numbering meets the cases.
CREATE TABLE cem_packet_case (
    packet_id TEXT NOT NULL REFERENCES cem_packet(id) ON DELETE CASCADE,
    case_id   TEXT NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
    agenda_no INTEGER NOT NULL,
    token     TEXT NOT NULL,
    PRIMARY KEY (packet_id, case_id)
) WITHOUT ROWID;
CREATE INDEX cem_packet_case_case ON cem_packet_case(case_id);

CREATE TABLE cem_pseudonym (
    packet_id TEXT NOT NULL REFERENCES cem_packet(id) ON DELETE CASCADE,
    person_id TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    token     TEXT NOT NULL,
    PRIMARY KEY (packet_id, person_id)
) WITHOUT ROWID;
CREATE INDEX cem_pseudonym_person ON cem_pseudonym(person_id);

CREATE TABLE cem_packet_copy (
    id          TEXT PRIMARY KEY,
    packet_id   TEXT NOT NULL REFERENCES cem_packet(id) ON DELETE CASCADE,
    code        TEXT NOT NULL UNIQUE,
    copy_no     INTEGER NOT NULL,
    recipient   TEXT NOT NULL,
    institution TEXT,
    sha256      TEXT NOT NULL,
    pages       INTEGER NOT NULL,
    created_at  TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX cem_copy_packet ON cem_packet_copy(packet_id, copy_no);

-- A dismissal covers one exact finding text, in one field of one case, for
-- one session (scope = session id, or 'adhoc' for packets without a session).
CREATE TABLE cem_dismissal (
    id         TEXT PRIMARY KEY,
    scope      TEXT NOT NULL,
    case_id    TEXT REFERENCES case_file(id) ON DELETE CASCADE,
    -- The person an identifier finding matched: the text is theirs, so it goes
    -- with them (ARCO cancellation), even from cases they were only linked to.
    person_id  TEXT REFERENCES person(id) ON DELETE CASCADE,
    field      TEXT NOT NULL,
    text       TEXT NOT NULL,
    kind       TEXT NOT NULL,
    code       TEXT NOT NULL,
    reason     TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL DEFAULT '',
    UNIQUE (scope, code)
) WITHOUT ROWID;
CREATE INDEX cem_dismissal_case ON cem_dismissal(case_id);
CREATE INDEX cem_dismissal_person ON cem_dismissal(person_id);
"""


def apply(conn: Connection) -> None:
    from mpi_desktop.storage.migrations import run_script

    run_script(conn, SQL)
