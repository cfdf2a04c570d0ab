"""Step 2: people, cases, aggressions, attentions, field history and case search."""

from __future__ import annotations

from mpi_desktop.storage.connection import Connection

SQL = """
CREATE TABLE person (
    id                     TEXT PRIMARY KEY,
    given_names            TEXT NOT NULL,
    first_surname          TEXT NOT NULL DEFAULT '',
    second_surname         TEXT NOT NULL DEFAULT '',
    profile                TEXT NOT NULL,
    aliases                TEXT NOT NULL DEFAULT '[]',
    sex                    TEXT,
    gender_identity        TEXT,
    birth_date             TEXT,
    nationality            TEXT,
    contacts               TEXT NOT NULL DEFAULT '[]',
    documents              TEXT NOT NULL DEFAULT '[]',
    address                TEXT NOT NULL DEFAULT '',
    postal_code            TEXT NOT NULL DEFAULT '',
    alcaldia               TEXT,
    organization           TEXT NOT NULL DEFAULT '',
    organization_category  TEXT,
    defence_topics         TEXT NOT NULL DEFAULT '[]',
    intersectional_factors TEXT NOT NULL DEFAULT '[]',
    consent                INTEGER NOT NULL DEFAULT 0,
    consent_date           TEXT,
    arco_opposition        INTEGER NOT NULL DEFAULT 0,
    opposition_date        TEXT,
    notes                  TEXT NOT NULL DEFAULT '',
    created_at             TEXT NOT NULL,
    updated_at             TEXT NOT NULL
) WITHOUT ROWID;

-- num: compact integer key for lists and the search index; id: the UUID.
CREATE TABLE case_file (
    num               INTEGER PRIMARY KEY,
    id                TEXT NOT NULL UNIQUE,
    folio             TEXT NOT NULL UNIQUE,
    folio_year        INTEGER NOT NULL,
    folio_seq         INTEGER NOT NULL,
    status            TEXT NOT NULL,
    procedure         TEXT,
    origin            TEXT NOT NULL,
    federal_folio     TEXT NOT NULL DEFAULT '',
    caseworker        TEXT NOT NULL DEFAULT '',
    opened_on         TEXT NOT NULL,
    incorporated_on   TEXT,
    closed_on         TEXT,
    closing_reason    TEXT,
    closing_notes     TEXT NOT NULL DEFAULT '',
    narrative         TEXT NOT NULL DEFAULT '',
    -- Denormalized from the primary person so lists, sorting and filters stay one
    -- indexed table scan at 50,000 cases.  Maintained by storage/case_index.py.
    primary_person_id TEXT,
    primary_name      TEXT NOT NULL DEFAULT '',
    sort_name         TEXT NOT NULL DEFAULT '',
    profile           TEXT,
    alcaldia          TEXT,
    opposition        INTEGER NOT NULL DEFAULT 0,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE UNIQUE INDEX case_folio_seq ON case_file(folio_year, folio_seq);
-- (opened_on, num) is the case list's default order, read from this index without
-- a sort.  The columns after it are for the indicator report, which counts the
-- cases open during a period (opened by its end, still open or closed after its
-- start) from this index alone; reading 50,000 wide rows (narratives) instead
-- took ~0.5 s per period.  Cost: ~3.5 MiB at 50,000 cases instead of ~0.9.
CREATE INDEX case_opened ON case_file(opened_on, num, status, closed_on, opposition, id);
CREATE INDEX case_status ON case_file(status, opened_on);
CREATE INDEX case_procedure ON case_file(procedure, opened_on);
CREATE INDEX case_alcaldia ON case_file(alcaldia, opened_on);
CREATE INDEX case_profile ON case_file(profile, opened_on);
CREATE INDEX case_sort_name ON case_file(sort_name);
CREATE INDEX case_updated ON case_file(updated_at);
CREATE INDEX case_primary ON case_file(primary_person_id);
-- For the indicator report (docs/PERFORMANCE.md: each measured at 50,000 cases,
-- kept because it pays): incorporations of a period (133 -> 14 ms, 0.4 MiB), the
-- few Ciudad Refugio cases (238 -> 46 ms) and the ARCO-opposed cases every count
-- leaves out (131 -> 0.2 ms); the partial ones cost almost nothing.
CREATE INDEX case_incorporated ON case_file(incorporated_on) WHERE incorporated_on IS NOT NULL;
CREATE INDEX case_refugio ON case_file(opened_on) WHERE origin = 'ciudad_refugio';
CREATE INDEX case_opposed ON case_file(id) WHERE opposition = 1;

CREATE TABLE case_person (
    case_id    TEXT NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
    person_id  TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    role       TEXT NOT NULL,
    is_primary INTEGER NOT NULL DEFAULT 0,
    position   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (case_id, person_id)
) WITHOUT ROWID;
CREATE INDEX case_person_person ON case_person(person_id);

CREATE TABLE aggression (
    id             TEXT PRIMARY KEY,
    case_id        TEXT NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
    occurred_on    TEXT NOT NULL,
    date_precision TEXT NOT NULL DEFAULT 'day',
    place          TEXT NOT NULL DEFAULT '',
    alcaldia       TEXT,
    types          TEXT NOT NULL,
    aggressor_type TEXT NOT NULL,
    description    TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX aggression_case ON aggression(case_id, occurred_on);
CREATE INDEX aggression_date ON aggression(occurred_on);

CREATE TABLE attention (
    id          TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    occurred_on TEXT NOT NULL,
    institution TEXT,
    notes       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX attention_case ON attention(case_id, occurred_on);
CREATE INDEX attention_date ON attention(occurred_on);

-- Field-level history (who, when, field, before → after).  Holds personal data,
-- so ARCO cancellation deletes a person's rows (person_id) and their cases' rows.
CREATE TABLE field_history (
    seq       INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    case_id   TEXT,
    person_id TEXT,
    field     TEXT NOT NULL,
    before    TEXT,
    after     TEXT
);
CREATE INDEX history_case ON field_history(case_id, seq);
CREATE INDEX history_person ON field_history(person_id, seq);
CREATE INDEX history_entity ON field_history(entity, entity_id, seq);

-- Search: one row per case (rowid = case_file.num).  Contentless, so the index
-- holds no second copy of the text; remove_diacritics makes "jose" find "José";
-- detail=column (no word positions: we never run phrase queries) halves the
-- index and speeds up terms that occur in most cases.
CREATE VIRTUAL TABLE case_search USING fts5(
    folio, names, aliases, narrative,
    content = '', contentless_delete = 1, detail = column,
    tokenize = "unicode61 remove_diacritics 2"
);
"""


def apply(conn: Connection) -> None:
    from mpi_desktop.storage.migrations import run_script

    run_script(conn, SQL)
