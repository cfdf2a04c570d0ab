"""Step 3: drafts autosaved from the intake wizard and open edit forms."""

from __future__ import annotations

from mpi_desktop.storage.connection import Connection

SQL = """
CREATE TABLE draft (
    id         TEXT PRIMARY KEY,
    kind       TEXT NOT NULL,
    case_id    TEXT,
    title      TEXT NOT NULL DEFAULT '',
    payload    TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX draft_updated ON draft(updated_at);
"""


def apply(conn: Connection) -> None:
    from mpi_desktop.storage.migrations import run_script

    run_script(conn, SQL)
