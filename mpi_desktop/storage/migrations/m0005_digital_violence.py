"""Step 5: digital-violence reviews, their events, and evidence with chain of custody.

Evidence content lives in ``evidence_chunk`` rows (ordinary rowid table: large
BLOBs sit best in overflow pages of rowid tables), a few hundred KiB each, so a
50 MB file never needs one giant row or one giant buffer.  Everything hangs off
``case_file`` with ON DELETE CASCADE: erasing a case (ARCO cancellation) erases
its reviews, evidence bytes and custody log in the same transaction, and
``secure_delete`` zeroes the freed pages.
"""

from __future__ import annotations

from mpi_desktop.storage.connection import Connection

SQL = """
CREATE TABLE dv_review (
    id               TEXT PRIMARY KEY,
    case_id          TEXT NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
    protocol_version INTEGER NOT NULL,
    status           TEXT NOT NULL,
    started_on       TEXT NOT NULL,
    current_step     TEXT NOT NULL DEFAULT '',
    types            TEXT NOT NULL DEFAULT '[]',
    platforms        TEXT NOT NULL DEFAULT '[]',
    aggravating      TEXT NOT NULL DEFAULT '[]',
    aggressor_type   TEXT,
    aggressor_notes  TEXT NOT NULL DEFAULT '',
    follow_up_on     TEXT,
    notes            TEXT NOT NULL DEFAULT '',
    completed_at     TEXT NOT NULL DEFAULT '',
    created_by       TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX dv_review_case ON dv_review(case_id, started_on, created_at);

CREATE TABLE dv_review_item (
    review_id  TEXT NOT NULL REFERENCES dv_review(id) ON DELETE CASCADE,
    item_code  TEXT NOT NULL,
    status     TEXT NOT NULL,
    answer     INTEGER,
    notes      TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    PRIMARY KEY (review_id, item_code)
) WITHOUT ROWID;

CREATE TABLE dv_review_event (
    seq       INTEGER PRIMARY KEY,
    id        TEXT NOT NULL UNIQUE,
    review_id TEXT NOT NULL REFERENCES dv_review(id) ON DELETE CASCADE,
    kind      TEXT NOT NULL,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    item_code TEXT NOT NULL DEFAULT '',
    gate      TEXT NOT NULL DEFAULT '',
    codes     TEXT NOT NULL DEFAULT '[]',
    refs      TEXT NOT NULL DEFAULT '[]',
    notes     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX dv_review_event_review ON dv_review_event(review_id, seq);

CREATE TABLE evidence (
    id            TEXT PRIMARY KEY,
    case_id       TEXT NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
    review_id     TEXT REFERENCES dv_review(id) ON DELETE SET NULL,
    sha256        TEXT NOT NULL,
    size          INTEGER NOT NULL,
    media_type    TEXT NOT NULL,
    original_name TEXT NOT NULL,
    source_url    TEXT NOT NULL DEFAULT '',
    source_handle TEXT NOT NULL DEFAULT '',
    platform      TEXT,
    posted_at     TEXT NOT NULL DEFAULT '',
    collected_by  TEXT NOT NULL,
    collected_at  TEXT NOT NULL,
    notes         TEXT NOT NULL DEFAULT '',
    chunks        INTEGER NOT NULL,
    created_by    TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    UNIQUE (case_id, sha256)
) WITHOUT ROWID;
CREATE INDEX evidence_case ON evidence(case_id, created_at);

CREATE TABLE evidence_chunk (
    id          INTEGER PRIMARY KEY,
    evidence_id TEXT NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    data        BLOB NOT NULL,
    UNIQUE (evidence_id, seq)
);

-- Chain of custody: every intake, access, export and package, in order.
CREATE TABLE evidence_custody (
    seq         INTEGER PRIMARY KEY,
    evidence_id TEXT NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    details     TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX evidence_custody_item ON evidence_custody(evidence_id, seq);
"""


def apply(conn: Connection) -> None:
    from mpi_desktop.storage.migrations import run_script

    run_script(conn, SQL)
