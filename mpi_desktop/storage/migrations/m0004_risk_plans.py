"""Step 4: risk assessments (threats, answers) and protection-plan measures.

Everything hangs from ``case_file(id) ON DELETE CASCADE``, so deleting a case
(and ARCO cancellation, which deletes cases) erases it all.

Signed assessments are immutable *in the database*, not only in the app: the
triggers refuse any UPDATE of a signed row, any change to its threats and
answers, and any DELETE while its case still exists (case deletion cascades
past them because by then the case row is gone).  Measure transitions are
append-only the same way, except ``cem_session_id``, which the CEM sessions
feature fills in later.

One exception, for ARCO cancellation ("erase it for real"): while
``arco_redaction`` holds its row — only inside ``storage/arco.cancel``'s
transaction — the free-text columns of signed assessments, their threats and
transition reasons may be updated (a cancelled person's identifiers become
``[ARCO]``).  Scores, levels, dates, states and ids stay refused even then.
"""

from __future__ import annotations

from mpi_desktop.storage.connection import Connection

SQL = """
CREATE TABLE risk_assessment (
    id                  TEXT PRIMARY KEY,
    case_id             TEXT NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
    instrument_version  INTEGER NOT NULL,
    status              TEXT NOT NULL CHECK (status IN ('draft', 'signed')),
    assessed_on         TEXT NOT NULL,
    assessor            TEXT NOT NULL DEFAULT '',
    reason              TEXT NOT NULL DEFAULT '',
    summary             TEXT NOT NULL DEFAULT '',
    review_due_on       TEXT,
    override_level      TEXT,
    override_reason     TEXT NOT NULL DEFAULT '',
    -- Computed figures with the assessment's own instrument version; frozen at signing.
    threat_score        REAL,
    vulnerability_score REAL,
    capacity_score      REAL,
    index_value         REAL,
    computed_level      TEXT,
    level               TEXT,
    grave_imminent      INTEGER,
    result              TEXT,
    supersedes_id       TEXT,
    signed_at           TEXT,
    signed_by           TEXT,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    CHECK (status = 'draft' OR (signed_at IS NOT NULL AND level IS NOT NULL))
) WITHOUT ROWID;
CREATE INDEX risk_assessment_case ON risk_assessment(case_id, status, assessed_on);

CREATE TABLE risk_threat (
    id                     TEXT PRIMARY KEY,
    assessment_id          TEXT NOT NULL REFERENCES risk_assessment(id) ON DELETE CASCADE,
    position               INTEGER NOT NULL,
    facts                  TEXT NOT NULL DEFAULT '',
    kind                   TEXT,
    first_on               TEXT,
    last_on                TEXT,
    source_type            TEXT,
    objective              TEXT,
    channel                TEXT,
    pattern                TEXT,
    ratings                TEXT NOT NULL DEFAULT '{}',
    feasibility_conclusion TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
CREATE INDEX risk_threat_assessment ON risk_threat(assessment_id, position);

CREATE TABLE risk_answer (
    assessment_id TEXT NOT NULL REFERENCES risk_assessment(id) ON DELETE CASCADE,
    item          TEXT NOT NULL,
    value         INTEGER NOT NULL CHECK (value BETWEEN -1 AND 3),
    PRIMARY KEY (assessment_id, item)
) WITHOUT ROWID;

-- The level in force per case (latest signed assessment) and the one before it:
-- filters, follow-up lists and "risk rose" read one small indexed table.
-- Maintained by storage/risk.py whenever a signed assessment appears.
CREATE TABLE case_risk (
    case_id        TEXT PRIMARY KEY REFERENCES case_file(id) ON DELETE CASCADE,
    assessment_id  TEXT NOT NULL,
    level          TEXT NOT NULL,
    rank           INTEGER NOT NULL,
    assessed_on    TEXT NOT NULL,
    review_due_on  TEXT,
    previous_level TEXT,
    previous_rank  INTEGER
) WITHOUT ROWID;
CREATE INDEX case_risk_level ON case_risk(level);
CREATE INDEX case_risk_review ON case_risk(review_due_on);

-- The ARCO redaction gate: empty except inside a cancellation's transaction.
CREATE TABLE arco_redaction (id INTEGER PRIMARY KEY CHECK (id = 1));

CREATE TRIGGER risk_assessment_signed_no_update
BEFORE UPDATE ON risk_assessment
WHEN OLD.status = 'signed' AND NOT EXISTS (SELECT 1 FROM arco_redaction)
BEGIN SELECT RAISE(ABORT, 'signed risk assessment is immutable'); END;

-- Every column but the free text (reason, summary, override_reason): refused
-- even during ARCO redaction.  A new column goes in this list.
CREATE TRIGGER risk_assessment_signed_text_only
BEFORE UPDATE OF id, case_id, instrument_version, status, assessed_on, assessor,
                 review_due_on, override_level, threat_score, vulnerability_score,
                 capacity_score, index_value, computed_level, level, grave_imminent, result,
                 supersedes_id, signed_at, signed_by, created_at, updated_at
ON risk_assessment WHEN OLD.status = 'signed'
BEGIN SELECT RAISE(ABORT, 'signed risk assessment is immutable'); END;

CREATE TRIGGER risk_assessment_signed_no_delete
BEFORE DELETE ON risk_assessment
WHEN OLD.status = 'signed' AND EXISTS (SELECT 1 FROM case_file WHERE id = OLD.case_id)
BEGIN SELECT RAISE(ABORT, 'signed risk assessment is immutable'); END;

CREATE TRIGGER risk_threat_signed_no_insert
BEFORE INSERT ON risk_threat
WHEN (SELECT status FROM risk_assessment WHERE id = NEW.assessment_id) = 'signed'
BEGIN SELECT RAISE(ABORT, 'signed risk assessment is immutable'); END;

CREATE TRIGGER risk_threat_signed_no_update
BEFORE UPDATE ON risk_threat
WHEN ((SELECT status FROM risk_assessment WHERE id = OLD.assessment_id) = 'signed'
      OR (SELECT status FROM risk_assessment WHERE id = NEW.assessment_id) = 'signed')
  AND NOT EXISTS (SELECT 1 FROM arco_redaction)
BEGIN SELECT RAISE(ABORT, 'signed risk assessment is immutable'); END;

-- All but facts and feasibility_conclusion: refused even during ARCO redaction.
CREATE TRIGGER risk_threat_signed_text_only
BEFORE UPDATE OF id, assessment_id, position, kind, first_on, last_on, source_type,
                 objective, channel, pattern, ratings ON risk_threat
WHEN (SELECT status FROM risk_assessment WHERE id = OLD.assessment_id) = 'signed'
  OR (SELECT status FROM risk_assessment WHERE id = NEW.assessment_id) = 'signed'
BEGIN SELECT RAISE(ABORT, 'signed risk assessment is immutable'); END;

CREATE TRIGGER risk_threat_signed_no_delete
BEFORE DELETE ON risk_threat
WHEN EXISTS (SELECT 1 FROM risk_assessment a JOIN case_file c ON c.id = a.case_id
             WHERE a.id = OLD.assessment_id AND a.status = 'signed')
BEGIN SELECT RAISE(ABORT, 'signed risk assessment is immutable'); END;

CREATE TRIGGER risk_answer_signed_no_insert
BEFORE INSERT ON risk_answer
WHEN (SELECT status FROM risk_assessment WHERE id = NEW.assessment_id) = 'signed'
BEGIN SELECT RAISE(ABORT, 'signed risk assessment is immutable'); END;

CREATE TRIGGER risk_answer_signed_no_update
BEFORE UPDATE ON risk_answer
WHEN (SELECT status FROM risk_assessment WHERE id = OLD.assessment_id) = 'signed'
  OR (SELECT status FROM risk_assessment WHERE id = NEW.assessment_id) = 'signed'
BEGIN SELECT RAISE(ABORT, 'signed risk assessment is immutable'); END;

CREATE TRIGGER risk_answer_signed_no_delete
BEFORE DELETE ON risk_answer
WHEN EXISTS (SELECT 1 FROM risk_assessment a JOIN case_file c ON c.id = a.case_id
             WHERE a.id = OLD.assessment_id AND a.status = 'signed')
BEGIN SELECT RAISE(ABORT, 'signed risk assessment is immutable'); END;

CREATE TABLE measure (
    id                   TEXT PRIMARY KEY,
    case_id              TEXT NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
    code                 TEXT NOT NULL,
    category             TEXT NOT NULL,
    institution          TEXT,
    details              TEXT NOT NULL DEFAULT '',
    state                TEXT NOT NULL,
    version              INTEGER NOT NULL DEFAULT 1,
    pending_ratification INTEGER NOT NULL DEFAULT 0,
    urgent_start         INTEGER NOT NULL DEFAULT 0,
    proposed_on          TEXT NOT NULL,
    approved_on          TEXT,
    implemented_on       TEXT,
    next_review_on       TEXT,
    ended_on             TEXT,
    evaluation_notes     TEXT NOT NULL DEFAULT '',
    accepted             INTEGER,
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX measure_case ON measure(case_id, state);
CREATE INDEX measure_review ON measure(next_review_on) WHERE next_review_on IS NOT NULL;
CREATE INDEX measure_pending ON measure(case_id) WHERE pending_ratification = 1;

CREATE TABLE measure_transition (
    id                TEXT PRIMARY KEY,
    measure_id        TEXT NOT NULL REFERENCES measure(id) ON DELETE CASCADE,
    seq               INTEGER NOT NULL,
    action            TEXT NOT NULL,
    from_state        TEXT,
    to_state          TEXT NOT NULL,
    effective_on      TEXT NOT NULL,
    at                TEXT NOT NULL,
    actor             TEXT NOT NULL,
    reason            TEXT NOT NULL DEFAULT '',
    cem_session_ref   TEXT NOT NULL DEFAULT '',
    cem_agreement_ref TEXT NOT NULL DEFAULT '',
    cem_session_id    TEXT,
    UNIQUE (measure_id, seq)
) WITHOUT ROWID;
CREATE INDEX measure_transition_session ON measure_transition(cem_session_id)
    WHERE cem_session_id IS NOT NULL;

CREATE TRIGGER measure_transition_no_update
BEFORE UPDATE OF id, measure_id, seq, action, from_state, to_state, effective_on, at, actor,
                 cem_session_ref, cem_agreement_ref ON measure_transition
BEGIN SELECT RAISE(ABORT, 'measure transitions are append-only'); END;

-- The reason only during ARCO redaction (see arco_redaction above).
CREATE TRIGGER measure_transition_reason_no_update
BEFORE UPDATE OF reason ON measure_transition
WHEN NOT EXISTS (SELECT 1 FROM arco_redaction)
BEGIN SELECT RAISE(ABORT, 'measure transitions are append-only'); END;

CREATE TRIGGER measure_transition_no_delete
BEFORE DELETE ON measure_transition
WHEN EXISTS (SELECT 1 FROM measure WHERE id = OLD.measure_id)
BEGIN SELECT RAISE(ABORT, 'measure transitions are append-only'); END;

-- Only a proposal may be discarded; anything later stays until its case goes.
CREATE TRIGGER measure_no_delete_after_proposal
BEFORE DELETE ON measure
WHEN OLD.state <> 'propuesta' AND EXISTS (SELECT 1 FROM case_file WHERE id = OLD.case_id)
BEGIN SELECT RAISE(ABORT, 'only a proposed measure can be deleted'); END;
"""


def apply(conn: Connection) -> None:
    from mpi_desktop.storage.migrations import run_script

    run_script(conn, SQL)
