"""Interchange sections of the CEM sessions: sessions, agenda items, acuerdos, summaries.

* ``cem_sessions``: the header and attending institutions.  A full export has
  every session; a case or person export has the sessions its agenda items and
  acuerdos refer to.
* ``cem_agenda_items`` and ``cem_acuerdos``: per case in scope.  Importing an
  acuerdo records it; it does **not** re-apply its decisions — the measures'
  own transitions (``measures`` section) already carry the session reference.
* ``cem_summaries``: every saved version of the summary for CEM, per case.

Packets, copies, pseudonym maps and dismissals are not exported: they are the
record of what left the vault, and a map only means something in the vault
that wrote the packet.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from mpi_desktop.domain import cem as dc
from mpi_desktop.domain.cem import Acuerdo, AgendaItem, CemSession, MeasureDecision
from mpi_desktop.domain.timeutil import iso_utc, parse_iso_utc
from mpi_desktop.domain.validation import MAX_NAME, MAX_TEXT
from mpi_desktop.interchange import schema_parts as s
from mpi_desktop.interchange.jsonpath import from_dotted, join
from mpi_desktop.interchange.sections import ExportScope, ImportContext, InterchangeSection
from mpi_desktop.storage import cem, cem_acuerdos
from mpi_desktop.storage.connection import Connection

Item = dict[str, Any]
_CASES_KNOWN = "cem.cases_known"


def _case_known(conn: Connection, case_id: str, ctx: ImportContext) -> bool:
    known: dict[str, bool] = ctx.state.setdefault(_CASES_KNOWN, {})
    if case_id not in known:
        known[case_id] = case_id in ctx.known_ids.get("cases", set()) or conn.execute(
            "SELECT 1 FROM case_file WHERE id = ?", (case_id,)).fetchone() is not None
    return known[case_id]


def _session_known(conn: Connection, session_id: str | None, ctx: ImportContext) -> bool:
    if session_id is None:
        return True
    return session_id in ctx.known_ids.get("cem_sessions", set()) or conn.execute(
        "SELECT 1 FROM cem_session WHERE id = ?", (session_id,)).fetchone() is not None


def _date(raw: str, base: str, key: str, ctx: ImportContext) -> date | None:
    try:
        return date.fromisoformat(raw)
    except ValueError:
        ctx.error(join(base, key), "invalid_date")
        return None


def _instant(raw: str | None, base: str, key: str, ctx: ImportContext) -> str | None:
    if not raw:
        return iso_utc()
    try:
        return iso_utc(parse_iso_utc(raw))
    except ValueError:
        ctx.error(join(base, key), "invalid_instant")
        return None


def _times() -> dict[str, s.Schema]:
    return {"created_at": s.instant(), "updated_at": s.instant()}


def _scoped_sessions(conn: Connection, scope: ExportScope) -> list[str]:
    if scope.kind == "all":
        return [r[0] for r in conn.execute("SELECT id FROM cem_session ORDER BY held_on, id")]
    found: dict[str, None] = {}
    for case_id in scope.case_ids:
        for (sid,) in conn.execute(
                "SELECT session_id FROM cem_agenda_item WHERE case_id = ? UNION"
                " SELECT session_id FROM cem_acuerdo WHERE case_id = ? UNION"
                " SELECT session_id FROM cem_summary WHERE case_id = ?"
                " AND session_id IS NOT NULL", (case_id, case_id, case_id)):
            found.setdefault(sid, None)
    return list(found)


# --- sessions ------------------------------------------------------------------------------------


def session_schema() -> s.Schema:
    return s.obj({
        "id": s.uuid(),
        "number": {"type": "integer", "minimum": 1, "maximum": dc.MAX_NUMBER},
        "year": {"type": "integer", "minimum": 2000, "maximum": 2100},
        "kind": s.code("cem_session_types"),
        "held_on": s.date(),
        "status": {"type": "string", "enum": list(dc.STATUSES)},
        "institutions": s.array(s.code("institutions"), max_items=100, unique=True),
        "place_granularity": {"type": "string", "enum": list(dc.PLACE_GRANULARITIES)},
        "pseudonym_style": {"type": "string", "enum": list(dc.PSEUDONYM_STYLES)},
        "notes": s.text(MAX_TEXT),
        **_times(),
    }, required=("id", "number", "year", "kind", "held_on", "status"), title="CEM session")


def session_item(x: CemSession) -> Item:
    return {"id": x.id, "number": x.number, "year": x.year, "kind": x.kind,
            "held_on": x.held_on.isoformat(), "status": x.status,
            "institutions": list(x.institutions), "place_granularity": x.place_granularity,
            "pseudonym_style": x.pseudonym_style, "notes": x.notes,
            "created_at": x.created_at, "updated_at": x.updated_at}


class SessionsSection:
    name = "cem_sessions"
    depends_on: tuple[str, ...] = ()

    def item_schema(self) -> dict[str, Any]:
        return session_schema()

    def export_items(self, conn: Connection, scope: ExportScope) -> list[Item]:
        return [session_item(cem.get_session(conn, sid)) for sid in _scoped_sessions(conn, scope)]

    def check_items(self, conn: Connection, items: list[Item], ctx: ImportContext) -> None:
        decoded: list[CemSession | None] = []
        numbers: dict[tuple[int, str, int], str] = {}
        for i, item in enumerate(items):
            base = join("$", self.name, i)
            held = _date(item["held_on"], base, "held_on", ctx)
            created = _instant(item.get("created_at"), base, "created_at", ctx)
            updated = _instant(item.get("updated_at"), base, "updated_at", ctx)
            if held is None or created is None or updated is None:
                decoded.append(None)
                continue
            x = CemSession(id=item["id"], number=item["number"], year=item["year"],
                           kind=item["kind"], held_on=held, status=item["status"],
                           institutions=tuple(item.get("institutions", ())),
                           place_granularity=item.get("place_granularity", "alcaldia"),
                           pseudonym_style=item.get("pseudonym_style", "letters"),
                           notes=item.get("notes", ""), created_at=created, updated_at=updated)
            decoded.append(x)
            for issue in dc.validate_session(x):
                ctx.error(from_dotted(base, issue.field), issue.code, **issue.params)
            key = (x.year, x.kind, x.number)
            if key in numbers:
                ctx.error(join(base, "number"), "duplicate_session_in_file", first=numbers[key])
            numbers[key] = base
            row = conn.execute("SELECT id FROM cem_session WHERE year = ? AND kind = ?"
                               " AND number = ?", key).fetchone()
            if row is not None and row[0] != x.id:
                ctx.error(join(base, "number"), "session_number_taken")
            if conn.execute("SELECT 1 FROM cem_session WHERE id = ?", (x.id,)).fetchone():
                old = cem.get_session(conn, x.id)
                ctx.duplicate(self.name, x.id, identical=session_item(old) == session_item(x),
                              path=join(base, "id"))
        ctx.state[f"{self.name}.decoded"] = decoded

    def import_items(self, conn: Connection, items: list[Item], ctx: ImportContext) -> None:
        for x in ctx.state[f"{self.name}.decoded"]:
            if x is None:
                raise RuntimeError("import of an unchecked item")
            if not ctx.should_write(self.name, x.id):
                continue
            if not ctx.is_new(self.name, x.id):
                conn.execute("DELETE FROM cem_attendance WHERE session_id = ?", (x.id,))
                conn.execute("UPDATE cem_session SET number = ?, year = ?, kind = ?,"
                             " held_on = ?, status = ?, place_granularity = ?,"
                             " pseudonym_style = ?, notes = ?, created_at = ?, updated_at = ?"
                             " WHERE id = ?",
                             (x.number, x.year, x.kind, x.held_on.isoformat(), x.status,
                              x.place_granularity, x.pseudonym_style, x.notes, x.created_at,
                              x.updated_at, x.id))
            else:
                conn.execute("INSERT INTO cem_session (id, number, year, kind, held_on, status,"
                             " place_granularity, pseudonym_style, notes, created_at,"
                             " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                             (x.id, x.number, x.year, x.kind, x.held_on.isoformat(), x.status,
                              x.place_granularity, x.pseudonym_style, x.notes, x.created_at,
                              x.updated_at))
            conn.executemany("INSERT INTO cem_attendance (session_id, institution, position)"
                             " VALUES (?, ?, ?)",
                             [(x.id, code, k) for k, code in enumerate(x.institutions)])
            ctx.wrote(self.name)
        ctx.counts.setdefault(self.name, 0)


# --- agenda items -----------------------------------------------------------------------------


def agenda_schema() -> s.Schema:
    return s.obj({
        "id": s.uuid(),
        "session_id": s.uuid("a session of 'cem_sessions' or already in the vault"),
        "case_id": s.uuid("a case of 'cases' or already in the vault"),
        "topic": s.code("cem_topics"),
        "measure_id": s.nullable(s.uuid("a measure of the case")),
        "position": {"type": "integer", "minimum": 0, "maximum": 100000},
        "source": s.code("agenda sources: manual or a suggestion reason"),
        **_times(),
    }, required=("id", "session_id", "case_id", "topic"), title="CEM agenda item")


def agenda_item(a: AgendaItem) -> Item:
    return {"id": a.id, "session_id": a.session_id, "case_id": a.case_id, "topic": a.topic,
            "measure_id": a.measure_id, "position": a.position, "source": a.source,
            "created_at": a.created_at, "updated_at": a.updated_at}


class AgendaSection:
    name = "cem_agenda_items"
    depends_on: tuple[str, ...] = ("cases", "cem_sessions")

    def item_schema(self) -> dict[str, Any]:
        return agenda_schema()

    def export_items(self, conn: Connection, scope: ExportScope) -> list[Item]:
        out = []
        for case_id in scope.case_ids:
            for (item_id,) in conn.execute("SELECT id FROM cem_agenda_item WHERE case_id = ?"
                                           " ORDER BY session_id, position", (case_id,)):
                out.append(agenda_item(cem.get_item(conn, item_id)))
        return out

    def check_items(self, conn: Connection, items: list[Item], ctx: ImportContext) -> None:
        decoded: list[AgendaItem | None] = []
        for i, item in enumerate(items):
            base = join("$", self.name, i)
            created = _instant(item.get("created_at"), base, "created_at", ctx)
            updated = _instant(item.get("updated_at"), base, "updated_at", ctx)
            if created is None or updated is None:
                decoded.append(None)
                continue
            a = AgendaItem(id=item["id"], session_id=item["session_id"],
                           case_id=item["case_id"], topic=item["topic"],
                           measure_id=item.get("measure_id"), position=item.get("position", 0),
                           source=item.get("source", "manual"), created_at=created,
                           updated_at=updated)
            decoded.append(a)
            for issue in dc.validate_agenda_item(a):
                ctx.error(from_dotted(base, issue.field), issue.code, **issue.params)
            if not _case_known(conn, a.case_id, ctx):
                ctx.error(join(base, "case_id"), "unknown_case")
            if not _session_known(conn, a.session_id, ctx):
                ctx.error(join(base, "session_id"), "unknown_session")
            old = conn.execute("SELECT id FROM cem_agenda_item WHERE id = ?", (a.id,)).fetchone()
            if old is not None:
                same = agenda_item(cem.get_item(conn, a.id)) == agenda_item(a)
                ctx.duplicate(self.name, a.id, identical=same, path=join(base, "id"))
        ctx.state[f"{self.name}.decoded"] = decoded

    def import_items(self, conn: Connection, items: list[Item], ctx: ImportContext) -> None:
        for a in ctx.state[f"{self.name}.decoded"]:
            if a is None:
                raise RuntimeError("import of an unchecked item")
            if not ctx.should_write(self.name, a.id):
                continue
            conn.execute("INSERT INTO cem_agenda_item (id, session_id, case_id, topic,"
                         " measure_id, position, source, created_at, updated_at)"
                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET"
                         " session_id = excluded.session_id, case_id = excluded.case_id,"
                         " topic = excluded.topic, measure_id = excluded.measure_id,"
                         " position = excluded.position, source = excluded.source,"
                         " created_at = excluded.created_at, updated_at = excluded.updated_at",
                         (a.id, a.session_id, a.case_id, a.topic, a.measure_id, a.position,
                          a.source, a.created_at, a.updated_at))
            ctx.wrote(self.name)
        ctx.counts.setdefault(self.name, 0)


# --- acuerdos ------------------------------------------------------------------------------------


def acuerdo_schema() -> s.Schema:
    decision = s.obj({
        "measure_id": s.uuid(),
        "action": {"type": "string", "enum": list(dc.DECISIONS)},
        "reason": s.text(MAX_TEXT),
        "new_details": s.text(MAX_TEXT),
    }, required=("measure_id", "action"), title="Measure decision")
    return s.obj({
        "id": s.uuid(),
        "session_id": s.uuid("a session of 'cem_sessions' or already in the vault"),
        "case_id": s.uuid("a case of 'cases' or already in the vault"),
        "agenda_item_id": s.nullable(s.uuid()),
        "number": s.text(20, "e.g. CEM/2026/03/07"),
        "text": s.text(MAX_TEXT),
        "decisions": s.array(decision, max_items=200),
        "created_at": s.instant(),
        "created_by": s.text(MAX_NAME),
    }, required=("id", "session_id", "case_id", "number", "text"), title="CEM acuerdo")


def acuerdo_item(a: Acuerdo) -> Item:
    return {"id": a.id, "session_id": a.session_id, "case_id": a.case_id,
            "agenda_item_id": a.agenda_item_id, "number": a.number, "text": a.text,
            "decisions": [{"measure_id": d.measure_id, "action": d.action, "reason": d.reason,
                           "new_details": d.new_details} for d in a.decisions],
            "created_at": a.created_at, "created_by": a.created_by}


class AcuerdosSection:
    name = "cem_acuerdos"
    depends_on: tuple[str, ...] = ("cases", "cem_sessions", "cem_agenda_items")

    def item_schema(self) -> dict[str, Any]:
        return acuerdo_schema()

    def export_items(self, conn: Connection, scope: ExportScope) -> list[Item]:
        return [acuerdo_item(a) for case_id in scope.case_ids
                for a in cem_acuerdos.for_case(conn, case_id)]

    def check_items(self, conn: Connection, items: list[Item], ctx: ImportContext) -> None:
        decoded: list[Acuerdo | None] = []
        numbers: dict[str, str] = {}
        for i, item in enumerate(items):
            base = join("$", self.name, i)
            created = _instant(item.get("created_at"), base, "created_at", ctx)
            if created is None:
                decoded.append(None)
                continue
            a = Acuerdo(id=item["id"], session_id=item["session_id"], case_id=item["case_id"],
                        agenda_item_id=item.get("agenda_item_id"), number=item["number"],
                        text=item["text"], created_at=created,
                        created_by=item.get("created_by", ""),
                        decisions=tuple(MeasureDecision(d["measure_id"], d["action"],
                                                        d.get("reason", ""),
                                                        d.get("new_details", ""))
                                        for d in item.get("decisions", ())))
            decoded.append(a)
            for issue in dc.validate_acuerdo(a):
                ctx.error(from_dotted(base, issue.field), issue.code, **issue.params)
            if not _case_known(conn, a.case_id, ctx):
                ctx.error(join(base, "case_id"), "unknown_case")
            if not _session_known(conn, a.session_id, ctx):
                ctx.error(join(base, "session_id"), "unknown_session")
            if a.number in numbers:
                ctx.error(join(base, "number"), "duplicate_acuerdo_in_file",
                          first=numbers[a.number])
            numbers[a.number] = base
            row = conn.execute("SELECT id FROM cem_acuerdo WHERE number = ?",
                               (a.number,)).fetchone()
            if row is not None and row[0] != a.id:
                ctx.error(join(base, "number"), "acuerdo_number_taken")
            old = conn.execute("SELECT id FROM cem_acuerdo WHERE id = ?", (a.id,)).fetchone()
            if old is not None:
                same = acuerdo_item(cem_acuerdos.get(conn, a.id)) == acuerdo_item(a)
                ctx.duplicate(self.name, a.id, identical=same, path=join(base, "id"))
        ctx.state[f"{self.name}.decoded"] = decoded

    def import_items(self, conn: Connection, items: list[Item], ctx: ImportContext) -> None:
        known_items = ctx.known_ids.get("cem_agenda_items", set())
        for a in ctx.state[f"{self.name}.decoded"]:
            if a is None:
                raise RuntimeError("import of an unchecked item")
            if not ctx.should_write(self.name, a.id):
                continue
            item_id = a.agenda_item_id
            if item_id is not None and item_id not in known_items and conn.execute(
                    "SELECT 1 FROM cem_agenda_item WHERE id = ?", (item_id,)).fetchone() is None:
                item_id = None  # the item was not exported with it: keep the acuerdo
            conn.execute("INSERT INTO cem_acuerdo (id, session_id, case_id, agenda_item_id,"
                         " number, text, decisions, created_at, created_by)"
                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET"
                         " session_id = excluded.session_id, case_id = excluded.case_id,"
                         " agenda_item_id = excluded.agenda_item_id, number = excluded.number,"
                         " text = excluded.text, decisions = excluded.decisions,"
                         " created_at = excluded.created_at, created_by = excluded.created_by",
                         (a.id, a.session_id, a.case_id, item_id, a.number, a.text,
                          json.dumps(acuerdo_item(a)["decisions"], ensure_ascii=False),
                          a.created_at, a.created_by))
            ctx.wrote(self.name)
        ctx.counts.setdefault(self.name, 0)


# --- summaries -----------------------------------------------------------------------------------


def summary_schema() -> s.Schema:
    return s.obj({
        "case_id": s.uuid("a case of 'cases' or already in the vault"),
        "version": {"type": "integer", "minimum": 1, "maximum": 100000},
        "text": s.text(MAX_TEXT),
        "session_id": s.nullable(s.uuid()),
        "saved_at": s.instant(),
        "saved_by": s.text(MAX_NAME),
    }, required=("case_id", "version", "text", "saved_at"), title="Summary for CEM (a version)")


def summary_item(x: cem.Summary) -> Item:
    return {"case_id": x.case_id, "version": x.version, "text": x.text,
            "session_id": x.session_id, "saved_at": x.saved_at, "saved_by": x.saved_by}


class SummariesSection:
    name = "cem_summaries"
    depends_on: tuple[str, ...] = ("cases", "cem_sessions")

    def item_schema(self) -> dict[str, Any]:
        return summary_schema()

    def export_items(self, conn: Connection, scope: ExportScope) -> list[Item]:
        return [summary_item(x) for case_id in scope.case_ids
                for x in reversed(cem.summary_history(conn, case_id))]

    def check_items(self, conn: Connection, items: list[Item], ctx: ImportContext) -> None:
        decoded: list[cem.Summary | None] = []
        seen: dict[tuple[str, int], str] = {}
        for i, item in enumerate(items):
            base = join("$", self.name, i)
            saved = _instant(item.get("saved_at"), base, "saved_at", ctx)
            if saved is None:
                decoded.append(None)
                continue
            x = cem.Summary(item["case_id"], item["version"], item["text"], saved,
                            item.get("saved_by", ""), item.get("session_id"))
            decoded.append(x)
            key = (x.case_id, x.version)
            if key in seen:
                ctx.error(join(base, "version"), "duplicate_version_in_file", first=seen[key])
            seen[key] = base
            if not _case_known(conn, x.case_id, ctx):
                ctx.error(join(base, "case_id"), "unknown_case")
            if not _session_known(conn, x.session_id, ctx):
                ctx.error(join(base, "session_id"), "unknown_session")
            row = conn.execute("SELECT text, saved_at, saved_by, session_id FROM cem_summary"
                               " WHERE case_id = ? AND version = ?", key).fetchone()
            if row is not None:
                same = tuple(row) == (x.text, x.saved_at, x.saved_by, x.session_id)
                ctx.duplicate(self.name, f"{x.case_id}#{x.version}", identical=same,
                              path=join(base, "version"))
        ctx.state[f"{self.name}.decoded"] = decoded

    def import_items(self, conn: Connection, items: list[Item], ctx: ImportContext) -> None:
        for x in ctx.state[f"{self.name}.decoded"]:
            if x is None:
                raise RuntimeError("import of an unchecked item")
            if not ctx.should_write(self.name, f"{x.case_id}#{x.version}"):
                continue
            conn.execute("INSERT INTO cem_summary (case_id, version, text, session_id,"
                         " saved_at, saved_by) VALUES (?, ?, ?, ?, ?, ?)"
                         " ON CONFLICT(case_id, version) DO UPDATE SET text = excluded.text,"
                         " session_id = excluded.session_id, saved_at = excluded.saved_at,"
                         " saved_by = excluded.saved_by",
                         (x.case_id, x.version, x.text, x.session_id, x.saved_at, x.saved_by))
            ctx.wrote(self.name)
        ctx.counts.setdefault(self.name, 0)


SECTIONS: tuple[InterchangeSection, ...] = (SessionsSection(), AgendaSection(), AcuerdosSection(),
                                            SummariesSection())
