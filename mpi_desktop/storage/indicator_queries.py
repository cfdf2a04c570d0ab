"""The SQL behind the indicator report and the dashboard.

Counts only: no names, no free text ever leave these functions.  Rules shared by
every query (docs/INDICATORS.md):

* **ARCO opposition**: cases with ``case_file.opposition = 1`` (one of their
  people opposed) are left out of every count, and so are the people who opposed
  from workshop attendance, and findings linked to such cases.
* **Periods** are inclusive calendar dates in Mexico City.  Date columns compare
  as ISO text; UTC instants (``signed_at``, ``completed_at``) compare against the
  UTC bounds of the local days (``timeutil.day_bounds_utc``), so something
  signed at 23:30 on the last day in Mexico City — already the next day in UTC —
  is inside.

Some data belongs to features that read their own tables (risk assessments,
measures, digital-violence reviews, CEM sessions); their public APIs answer one
case at a time, so the narrow read-only queries for whole periods live here.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from mpi_desktop.domain import catalogs
from mpi_desktop.domain import cem as dc
from mpi_desktop.domain import indicators as di
from mpi_desktop.domain import measures as dm
from mpi_desktop.domain import workshops as dw
from mpi_desktop.domain.indicators import PeriodCounts, Scores
from mpi_desktop.domain.timeutil import day_bounds_utc
from mpi_desktop.storage.codec import load_list, s2d
from mpi_desktop.storage.connection import Connection

#: Extra tables each part of the report needs (the core tables always exist).
FEATURE_TABLES = {
    "risk": ("risk_assessment",),
    "measures": ("measure", "measure_transition"),
    "digital_violence": ("dv_review",),
    "cem": ("cem_session",),
}


def _has_tables(conn: Connection, names: Iterable[str]) -> bool:
    wanted = set(names)
    found = {r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    return wanted <= found


def _marks(values: Iterable[object]) -> str:
    return ",".join("?" * len(list(values)))


#: ``case_id NOT IN`` the opposing cases, given as one JSON array parameter: the
#: list is read once per report (usually a handful of ids), and event tables are
#: then filtered without joining every row to its case.
NOT_OPPOSED = "{column} NOT IN (SELECT value FROM json_each(?))"


def opposed_cases(conn: Connection) -> str:
    """The ids of cases with a person who opposed (ARCO), as a JSON array."""
    return json.dumps([r[0] for r in conn.execute(
        "SELECT id FROM case_file WHERE opposition = 1")])


def _open_statuses() -> list[str]:
    return [e.code for e in catalogs.get("case_statuses").entries if e.get("open", True)]


def gender_sql(alias: str) -> tuple[str, list[str]]:
    """SQL CASE mapping a person row to its gender group (domain rule), with params."""
    parts, params = [], []
    for identity, group in di.GENDER_BY_IDENTITY.items():
        parts.append(f"WHEN {alias}.gender_identity = ? THEN ?")
        params.extend([identity, group])
    parts.append(f"WHEN {alias}.gender_identity IS NOT NULL THEN ?")
    params.append("otra_no_especificada")
    for sex, group in di.GENDER_BY_SEX.items():
        parts.append(f"WHEN {alias}.sex = ? THEN ?")
        params.extend([sex, group])
    return "CASE " + " ".join(parts) + " ELSE 'otra_no_especificada' END", params


# --- case records ----------------------------------------------------------------------------


def _attentions(conn: Connection, p: di.Period, out: PeriodCounts, opposed: str) -> None:
    total = 0
    for kind, institution, n in conn.execute(
            "SELECT kind, institution, count(*) FROM attention"
            f" WHERE occurred_on BETWEEN ? AND ? AND {NOT_OPPOSED.format(column='case_id')}"
            " GROUP BY kind, institution", (p.first.isoformat(), p.last.isoformat(), opposed)):
        out.add("attentions_by_kind", kind, n=n)
        if kind == "canalizacion":
            out.add("referrals_by_institution", institution, n=n)
        total += n
    out.headlines["attentions"] = total


def _cases_attended(conn: Connection, p: di.Period, out: PeriodCounts) -> None:
    """Cases with an attention in the period or opened in it (each counted once)."""
    gender, params = gender_sql("pe")
    first, last = p.first.isoformat(), p.last.isoformat()
    total = 0
    for profile, group, alcaldia, n in conn.execute(
            f"SELECT c.profile, {gender}, c.alcaldia, count(*) FROM ("
            "   SELECT id AS case_id FROM case_file WHERE opened_on BETWEEN ? AND ?"
            "   UNION SELECT case_id FROM attention WHERE occurred_on BETWEEN ? AND ?"
            " ) s JOIN case_file c ON c.id = s.case_id"
            " LEFT JOIN person pe ON pe.id = c.primary_person_id"
            " WHERE c.opposition = 0 GROUP BY 1, 2, 3",
            (*params, first, last, first, last)):
        out.add("cases_by_profile_gender", profile, group, n=n)
        out.add("cases_by_alcaldia", alcaldia, n=n)
        total += n
    out.headlines["cases_attended"] = total
    out.headlines["new_requests"] = int(conn.execute(
        "SELECT count(*) FROM case_file WHERE opened_on BETWEEN ? AND ? AND opposition = 0",
        (first, last)).fetchone()[0])


def _incorporations(conn: Connection, p: di.Period, out: PeriodCounts) -> None:
    total = 0
    for procedure, n in conn.execute(
            "SELECT procedure, count(*) FROM case_file"
            " WHERE incorporated_on BETWEEN ? AND ? AND opposition = 0 GROUP BY procedure",
            (p.first.isoformat(), p.last.isoformat())):
        out.add("incorporations_by_procedure", procedure, n=n)
        total += n
    out.headlines["incorporations"] = total


def _open_during(alias: str) -> tuple[str, list[str]]:
    """Open at some moment of the period: requested by its last day, and still open
    now or concluded on or after its first day."""
    statuses = _open_statuses()
    sql = (f"{alias}.opened_on <= ? AND ({alias}.status IN ({_marks(statuses)})"
           f" OR ({alias}.closed_on IS NOT NULL AND {alias}.closed_on >= ?))")
    return sql, statuses


def _open_cases(conn: Connection, p: di.Period, out: PeriodCounts, *, with_risk: bool
                ) -> None:
    cond, statuses = _open_during("c")
    params = [p.last.isoformat(), *statuses, p.first.isoformat()]
    if with_risk:
        _, end = day_bounds_utc(p.first, p.last)
        # The level in force at the end of the period: the latest assessment signed
        # before the end of its last day (Mexico City), whatever came after.
        level = ("(SELECT a.level FROM risk_assessment a WHERE a.case_id = c.id"
                 " AND a.status = 'signed' AND a.signed_at < ?"
                 " ORDER BY a.assessed_on DESC, a.signed_at DESC LIMIT 1)")
        # Grouped outside: ``GROUP BY lv`` over the expression itself ran the
        # subquery twice per case.
        rows = conn.execute(f"SELECT lv, count(*) FROM (SELECT {level} AS lv FROM case_file c"
                            f" WHERE c.opposition = 0 AND {cond}) GROUP BY lv",
                            [end, *params])
    else:
        rows = conn.execute(f"SELECT NULL, count(*) FROM case_file c"
                            f" WHERE c.opposition = 0 AND {cond}", params)
    total = 0
    for level, n in rows:
        if n:
            out.add("open_cases_by_risk_level", level, n=n)
        total += n
    out.headlines["open_cases"] = total
    refugio = conn.execute(
        "SELECT count(*) FROM case_file c WHERE c.origin = 'ciudad_refugio'"
        f" AND c.opposition = 0 AND ({cond} OR EXISTS (SELECT 1 FROM attention a"
        " WHERE a.case_id = c.id AND a.occurred_on BETWEEN ? AND ?))",
        [*params, p.first.isoformat(), p.last.isoformat()]).fetchone()[0]
    out.headlines["refugio_cases"] = int(refugio)


def _aggressions(conn: Connection, p: di.Period, out: PeriodCounts, opposed: str) -> None:
    total = 0
    for types, aggressor, alcaldia in conn.execute(
            "SELECT types, aggressor_type, alcaldia FROM aggression"
            f" WHERE occurred_on BETWEEN ? AND ? AND {NOT_OPPOSED.format(column='case_id')}",
            (p.first.isoformat(), p.last.isoformat(), opposed)):
        for code in dict.fromkeys(load_list(types)):
            out.add("aggressions_by_type", str(code))
        out.add("aggressions_by_aggressor", aggressor)
        out.add("aggressions_by_alcaldia", alcaldia)
        total += 1
    out.headlines["aggressions"] = total


# --- other features' tables --------------------------------------------------------------------


def _measures(conn: Connection, p: di.Period, out: PeriodCounts, opposed: str) -> None:
    """Measures of the period by category and by their state on its last day.

    A measure counts if it was proposed by the last day and had not ended
    (concluded or withdrawn) before the first day.
    """
    first, last = p.first.isoformat(), p.last.isoformat()
    terminal = dm.TERMINAL
    for category, state, n in conn.execute(
            "SELECT m.category, t.to_state, count(*) FROM measure m"
            " JOIN measure_transition t ON t.measure_id = m.id AND t.seq = ("
            "   SELECT max(t2.seq) FROM measure_transition t2"
            "   WHERE t2.measure_id = m.id AND t2.effective_on <= ?)"
            f" WHERE m.proposed_on <= ? AND {NOT_OPPOSED.format(column='m.case_id')}"
            f" AND NOT (t.to_state IN ({_marks(terminal)}) AND t.effective_on < ?)"
            " GROUP BY 1, 2", (last, last, opposed, *terminal, first)):
        out.add("measures_by_state_category", state, category, n=n)
    in_force = set(di.measures_in_force_states())
    out.headlines["measures_in_force"] = sum(
        n for (state, _), n in out.cells.get("measures_by_state_category", {}).items()
        if state in in_force)


def _dv_reviews(conn: Connection, p: di.Period, out: PeriodCounts, opposed: str) -> None:
    """Reviews started in the period or completed in it (completion is a UTC instant)."""
    start, end = day_bounds_utc(p.first, p.last)
    total = 0
    for (types,) in conn.execute(
            "SELECT types FROM dv_review"
            f" WHERE {NOT_OPPOSED.format(column='case_id')} AND (started_on BETWEEN ? AND ?"
            " OR (completed_at <> '' AND completed_at >= ? AND completed_at < ?))",
            (opposed, p.first.isoformat(), p.last.isoformat(), start, end)):
        for code in dict.fromkeys(load_list(types)):
            out.add("dv_types", str(code))
        total += 1
    out.headlines["dv_reviews"] = total


# --- workshops and findings ----------------------------------------------------------------


def _workshops(conn: Connection, p: di.Period, out: PeriodCounts) -> None:
    first, last = p.first.isoformat(), p.last.isoformat()
    held = "w.held_on BETWEEN ? AND ? AND w.status = ?"
    params = (first, last, dw.HELD)
    count = 0
    people = 0
    evaluations = []
    for modality, topics, women, men, nb, unspecified, ev_n, ev_pre, ev_post in conn.execute(
            "SELECT w.modality, w.topics, w.anon_women, w.anon_men, w.anon_non_binary,"
            " w.anon_unspecified, w.eval_people, w.eval_pre, w.eval_post"
            f" FROM workshop w WHERE {held}", params):
        count += 1
        out.add("workshops_by_modality", modality)
        for topic in dict.fromkeys(load_list(topics)):
            out.add("workshops_by_topic", str(topic))
        for group, n in (("mujeres", women), ("hombres", men), ("no_binarias", nb),
                         ("otra_no_especificada", unspecified)):
            if n:
                out.add("people_trained_by_gender", group, n=n)
                people += n
        evaluations.append(dw.LearningEvaluation(evaluated=ev_n, pre_score=ev_pre,
                                                 post_score=ev_post))
    gender, gparams = gender_sql("pe")
    for group, n in conn.execute(
            f"SELECT {gender}, count(*) FROM workshop w"
            " JOIN workshop_person wp ON wp.workshop_id = w.id"
            " JOIN person pe ON pe.id = wp.person_id"
            f" WHERE {held} AND pe.arco_opposition = 0 GROUP BY 1", (*gparams, *params)):
        out.add("people_trained_by_gender", group, n=n)
        people += n
    out.headlines["workshops"] = count
    out.headlines["people_trained"] = people
    evaluated, pre, post = dw.weighted_scores(evaluations)
    out.scores = Scores(evaluated, pre, post)


def _findings(conn: Connection, p: di.Period, out: PeriodCounts, opposed: str) -> None:
    total = 0
    for aggression_type, alcaldia, source, n in conn.execute(
            "SELECT aggression_type, alcaldia, source, count(*) FROM finding"
            " WHERE found_on BETWEEN ? AND ?"
            f" AND (case_id IS NULL OR {NOT_OPPOSED.format(column='case_id')})"
            " GROUP BY 1, 2, 3", (p.first.isoformat(), p.last.isoformat(), opposed)):
        out.add("findings_by_aggression_type", aggression_type, n=n)
        out.add("findings_by_alcaldia", alcaldia, n=n)
        out.add("findings_by_source", source, n=n)
        total += n
    out.headlines["findings"] = total


def period_counts(conn: Connection, period: di.Period, *, opposed: str | None = None
                  ) -> PeriodCounts:
    """Every count of the report for one period (call inside one read transaction)."""
    out = PeriodCounts(period)
    unavailable: list[str] = []
    if opposed is None:
        opposed = opposed_cases(conn)
    _attentions(conn, period, out, opposed)
    _cases_attended(conn, period, out)
    _incorporations(conn, period, out)
    has_risk = _has_tables(conn, FEATURE_TABLES["risk"])
    if not has_risk:
        unavailable.append("risk")
    _open_cases(conn, period, out, with_risk=has_risk)
    _aggressions(conn, period, out, opposed)
    if _has_tables(conn, FEATURE_TABLES["measures"]):
        _measures(conn, period, out, opposed)
    else:
        unavailable.append("measures")
        out.headlines["measures_in_force"] = 0
    if _has_tables(conn, FEATURE_TABLES["digital_violence"]):
        _dv_reviews(conn, period, out, opposed)
    else:
        unavailable.append("digital_violence")
        out.headlines["dv_reviews"] = 0
    _workshops(conn, period, out)
    _findings(conn, period, out, opposed)
    # Rows of cases without the attribute arrive as None; PeriodCounts.add files
    # them under indicators.UNKNOWN, so every table adds up to its total.
    out.unavailable = tuple(unavailable)
    return out


def report_counts(conn: Connection, period: di.Period) -> tuple[PeriodCounts, PeriodCounts]:
    """Counts for the period and for the one it is compared with."""
    opposed = opposed_cases(conn)
    return (period_counts(conn, period, opposed=opposed),
            period_counts(conn, period.previous(), opposed=opposed))


# --- dashboard ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class FollowUp:
    """One item of a dashboard list: it opens its case."""

    kind: str  # "measure_review" | "assessment_review" | "ratification"
    case_id: str
    folio: str
    code: str
    due_on: date | None


@dataclass(frozen=True)
class NextSession:
    id: str
    number: int
    kind: str
    held_on: date
    status: str


@dataclass(frozen=True)
class DashboardData:
    today: date
    bimester: di.Period
    figures: dict[str, int]
    previous: dict[str, int]
    workshops: dw.YearProgress
    overdue: list[FollowUp] = field(default_factory=list)
    overdue_total: int = 0
    ratifications: list[FollowUp] = field(default_factory=list)
    ratifications_total: int = 0
    next_session: NextSession | None = None
    #: Parts whose feature tables are missing (old schema): not shown.
    unavailable: tuple[str, ...] = ()


#: Key figures of the current bimester on the dashboard.
DASHBOARD_FIGURES = ("attentions", "cases_attended", "new_requests", "incorporations",
                     "findings", "workshops")
#: Rows shown per dashboard list (the count says how many there are in all).
DASHBOARD_LIST = 8


def _bimester_figures(conn: Connection, period: di.Period, opposed: str) -> dict[str, int]:
    out = PeriodCounts(period)
    _attentions(conn, period, out, opposed)
    _cases_attended(conn, period, out)
    _incorporations(conn, period, out)
    _findings(conn, period, out, opposed)
    _workshops(conn, period, out)
    return {key: out.headlines.get(key, 0) for key in DASHBOARD_FIGURES}


def _overdue(conn: Connection, today: date) -> tuple[list[FollowUp], int]:
    from mpi_desktop.storage import plans

    found = plans.overdue_reviews(conn, today)
    items = [FollowUp("measure_review" if o.kind == "measure" else "assessment_review",
                      o.case_id, o.folio, o.code, o.due_on) for o in found]
    return items[:DASHBOARD_LIST], len(items)


def _ratifications(conn: Connection) -> tuple[list[FollowUp], int]:
    from mpi_desktop.storage import plans

    found = plans.measures_pending_ratification(conn)
    urgent = [m for m in found if m.category == dm.URGENT_CATEGORY]
    items = [FollowUp("ratification", m.case_id, m.folio, m.code, m.proposed_on)
             for m in urgent]
    return items[:DASHBOARD_LIST], len(items)


def _next_session(conn: Connection, today: date) -> NextSession | None:
    row = conn.execute(
        "SELECT id, number, kind, held_on, status FROM cem_session"
        " WHERE held_on >= ? AND status = ?"
        " ORDER BY held_on, number LIMIT 1", (today.isoformat(), dc.PREPARING)).fetchone()
    if row is None:
        return None
    return NextSession(row[0], int(row[1]), row[2], s2d(row[3]),  # type: ignore[arg-type]
                       row[4])


def dashboard(conn: Connection, today: date) -> DashboardData:
    bimester = di.Period.bimester_of(today)
    # The bimester so far, compared with the same days of the previous bimester.
    so_far = di.Period(bimester.first, today)
    before = bimester.previous()
    same_days = di.Period(before.first, min(before.last, before.first + (today - bimester.first)))
    unavailable: list[str] = []
    opposed = opposed_cases(conn)
    overdue: tuple[list[FollowUp], int] = ([], 0)
    ratifications: tuple[list[FollowUp], int] = ([], 0)
    if _has_tables(conn, FEATURE_TABLES["measures"] + FEATURE_TABLES["risk"]):
        overdue = _overdue(conn, today)
        ratifications = _ratifications(conn)
    else:
        unavailable.append("measures")
    session = None
    if _has_tables(conn, FEATURE_TABLES["cem"]):
        session = _next_session(conn, today)
    else:
        unavailable.append("cem")
    from mpi_desktop.storage import workshops

    return DashboardData(
        today=today, bimester=bimester, figures=_bimester_figures(conn, so_far, opposed),
        previous=_bimester_figures(conn, same_days, opposed),
        workshops=workshops.year_progress(conn, today.year),
        overdue=overdue[0], overdue_total=overdue[1],
        ratifications=ratifications[0], ratifications_total=ratifications[1],
        next_session=session, unavailable=tuple(unavailable))


def dump_counts(counts: PeriodCounts) -> str:
    """Counts as JSON (benchmarks and debugging print it; no names inside)."""
    return json.dumps({"period": counts.period.iso(), "headlines": counts.headlines,
                       "cells": {k: {f"{r}|{c}": n for (r, c), n in v.items()}
                                 for k, v in counts.cells.items()}}, ensure_ascii=False)
