"""Agenda suggestions for a CEM session, from the protection plans and risk follow-up.

Four helpers, each a list the caseworker accepts one by one or all at once:

* **overdue reviews** — measure reviews or risk re-assessments due before the
  session date (``plans.overdue_reviews``): evaluate the plan;
* **urgent measures pending ratification** — started under the extraordinary
  procedure and not yet ratified (``plans.measures_pending_ratification``);
* **new incorporations** — cases incorporated since the last session held, or
  in risk analysis with a signed assessment (ready for the CEM to decide);
* **risk increases** — the latest signed level is higher than the one before
  (``risk.cases_with_rising_risk``).

Items already on the session's agenda are left out; so are incorporations the
CEM already saw in an earlier session.
"""

from __future__ import annotations

from datetime import date, timedelta

from mpi_desktop.domain import cem as dc
from mpi_desktop.domain.cem import CemSession, Suggestion
from mpi_desktop.storage import cem, plans, risk
from mpi_desktop.storage.connection import Connection

#: Without an earlier session, "new" means incorporated in this many days.
DEFAULT_WINDOW_DAYS = 31


def overdue(conn: Connection, on: date) -> list[Suggestion]:
    counts: dict[str, tuple[str, int]] = {}
    for row in plans.overdue_reviews(conn, on):
        folio, n = counts.get(row.case_id, (row.folio, 0))
        counts[row.case_id] = (folio, n + 1)
    return [Suggestion(case_id=cid, topic=dc.REASON_TOPIC["overdue_review"],
                       reason="overdue_review", folio=folio, detail=str(n))
            for cid, (folio, n) in counts.items()]


def pending_ratification(conn: Connection) -> list[Suggestion]:
    return [Suggestion(case_id=m.case_id, topic=dc.REASON_TOPIC["urgent_pending_ratification"],
                       reason="urgent_pending_ratification", measure_id=m.measure_id,
                       folio=m.folio, detail=m.code)
            for m in plans.measures_pending_ratification(conn)]


def rising_risk(conn: Connection) -> list[Suggestion]:
    return [Suggestion(case_id=r.case_id, topic=dc.REASON_TOPIC["rising_risk"],
                       reason="rising_risk", folio=r.folio,
                       detail=f"{r.previous_level or ''}>{r.level}")
            for r in risk.cases_with_rising_risk(conn)]


def new_incorporations(conn: Connection, session: CemSession) -> list[Suggestion]:
    before = cem.previous_session(conn, session)
    since = before.held_on if before else session.held_on - timedelta(days=DEFAULT_WINDOW_DAYS)
    seen = {r[0] for r in conn.execute(
        "SELECT a.case_id FROM cem_agenda_item a JOIN cem_session s ON s.id = a.session_id"
        " WHERE a.topic = 'incorporacion' AND s.id <> ? AND s.held_on < ?",
        (session.id, session.held_on.isoformat()))}
    rows = conn.execute(
        "SELECT c.id, c.folio, c.status FROM case_file c"
        " WHERE (c.status = 'incorporado' AND c.incorporated_on >= ?"
        "        AND c.incorporated_on <= ?)"
        "    OR (c.status = 'en_analisis' AND EXISTS ("
        "        SELECT 1 FROM case_risk r WHERE r.case_id = c.id AND r.assessed_on <= ?))"
        " ORDER BY c.folio_year, c.folio_seq",
        (since.isoformat(), session.held_on.isoformat(),
         session.held_on.isoformat())).fetchall()
    return [Suggestion(case_id=r[0], topic=dc.REASON_TOPIC["new_incorporation"],
                       reason="new_incorporation", folio=r[1], detail=r[2])
            for r in rows if r[0] not in seen]


def suggestions(conn: Connection, session_id: str) -> list[Suggestion]:
    """Every helper's proposals not yet on the agenda, urgent ones first."""
    session = cem.get_session(conn, session_id)
    found = [*pending_ratification(conn), *new_incorporations(conn, session),
             *rising_risk(conn), *overdue(conn, session.held_on + timedelta(days=1))]
    return dc.pending_suggestions(found, cem.agenda(conn, session_id))
