"""Interchange sections for self-protection workshops and open-source findings.

Export follows the resolved scope (ARCO opposition already applied):

* workshops: everything for a whole-vault export; for a case or person export,
  the workshops their people attended.  Attendance lists only people in the
  scope — a person export never reveals who else attended;
* findings: everything for a whole-vault export (the link is dropped when its
  case is out of scope); for a case or person export, the findings of those cases.

Import checks the domain rules, that every attendee and linked case is in the
file or in the vault, and decides duplicates like the core sections.  Replacing
a workshop keeps the attendees the vault has that the file does not list (a
case export carries only its own people).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from mpi_desktop.domain import findings as df
from mpi_desktop.domain import workshops as dw
from mpi_desktop.domain.findings import Finding
from mpi_desktop.domain.history import diff
from mpi_desktop.domain.timeutil import iso_utc, parse_iso_utc
from mpi_desktop.domain.validation import MAX_NAME, MAX_SHORT, MAX_TEXT
from mpi_desktop.domain.workshops import AnonymousAttendance, LearningEvaluation, Workshop
from mpi_desktop.interchange import schema_parts as s
from mpi_desktop.interchange.jsonpath import from_dotted, join
from mpi_desktop.interchange.sections import ExportScope, ImportContext
from mpi_desktop.storage import findings as storage_findings
from mpi_desktop.storage import workshops as storage_workshops
from mpi_desktop.storage.connection import Connection

Item = dict[str, Any]


def _d(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _times() -> dict[str, s.Schema]:
    return {"created_at": s.instant("when the record was created (UTC)"),
            "updated_at": s.instant("when the record last changed (UTC)")}


class _Reader:
    def __init__(self, base: str, ctx: ImportContext) -> None:
        self.base, self.ctx, self.ok = base, ctx, True

    def date(self, raw: Any, key: str) -> date | None:
        if raw is None:
            return None
        try:
            return date.fromisoformat(raw)
        except ValueError:
            self.ctx.error(join(self.base, key), "invalid_date")
            self.ok = False
            return None

    def instant(self, raw: Any, key: str) -> str:
        if raw is None:
            return ""
        try:
            return iso_utc(parse_iso_utc(raw))
        except ValueError:
            self.ctx.error(join(self.base, key), "invalid_instant")
            self.ok = False
            return ""


def _known(conn: Connection, ctx: ImportContext, *, section: str, table: str,
           record_id: str) -> bool:
    cache: dict[str, bool] = ctx.state.setdefault(f"indicators.known.{section}", {})
    if record_id not in cache:
        cache[record_id] = record_id in ctx.known_ids.get(section, set()) or conn.execute(
            f"SELECT 1 FROM {table} WHERE id = ?", (record_id,)).fetchone() is not None
    return cache[record_id]


# --- workshops ------------------------------------------------------------------------------


def _count(description: str) -> s.Schema:
    return {"type": "integer", "minimum": 0, "maximum": dw.MAX_ATTENDEES,
            "description": description}


def _score(description: str) -> s.Schema:
    return {"type": ["number", "null"], "minimum": 0, "maximum": dw.MAX_SCORE,
            "description": description}


def workshop_schema() -> s.Schema:
    return s.obj({
        "id": s.uuid(),
        "held_on": s.date(),
        "status": {"type": "string", "enum": list(dw.STATUSES)},
        "modality": {"type": "string", "enum": list(dw.MODALITIES)},
        "title": s.text(MAX_SHORT),
        "topics": s.array(s.code("workshop_topics"), max_items=50, unique=True),
        "place": s.text(MAX_SHORT),
        "alcaldia": s.nullable(s.code("alcaldias")),
        "facilitator": s.text(MAX_NAME),
        "duration_minutes": {"type": ["integer", "null"], "minimum": 1,
                             "maximum": dw.MAX_MINUTES},
        "participant_ids": s.array(s.uuid("a person of the 'people' section or the vault"),
                                   max_items=dw.MAX_ATTENDEES, unique=True),
        "anonymous": s.obj({
            "women": _count("anonymous women"), "men": _count("anonymous men"),
            "non_binary": _count("anonymous non-binary people"),
            "unspecified": _count("anonymous attendees, gender not recorded or other"),
        }, required=("women", "men", "non_binary", "unspecified"), title="Anonymous attendees"),
        "evaluation": s.obj({
            "evaluated": _count("people who answered the evaluation"),
            "pre_score": _score("average score before the workshop, 0–10"),
            "post_score": _score("average score after the workshop, 0–10"),
            "note": s.text(MAX_TEXT),
        }, required=("evaluated",), title="Learning evaluation"),
        "notes": s.text(MAX_TEXT),
        **_times(),
    }, required=("id", "held_on", "status", "modality", "topics"), title="Workshop")


def workshop_item(w: Workshop, *, people: frozenset[str] | None = None) -> Item:
    a, e = w.anonymous, w.evaluation
    return {
        "id": w.id, "held_on": _d(w.held_on), "status": w.status, "modality": w.modality,
        "title": w.title, "topics": list(w.topics), "place": w.place, "alcaldia": w.alcaldia,
        "facilitator": w.facilitator, "duration_minutes": w.duration_minutes,
        "participant_ids": [p for p in w.participant_ids if people is None or p in people],
        "anonymous": {"women": a.women, "men": a.men, "non_binary": a.non_binary,
                      "unspecified": a.unspecified},
        "evaluation": {"evaluated": e.evaluated, "pre_score": e.pre_score,
                       "post_score": e.post_score, "note": e.note},
        "notes": w.notes, "created_at": w.created_at, "updated_at": w.updated_at,
    }


def workshop_from(item: Item, base: str, ctx: ImportContext) -> Workshop | None:
    r = _Reader(base, ctx)
    anon = item.get("anonymous") or {}
    ev = item.get("evaluation") or {}
    now = iso_utc()
    workshop = Workshop(
        id=item["id"], held_on=r.date(item["held_on"], "held_on") or date.min,
        status=item["status"], modality=item["modality"], topics=tuple(item["topics"]),
        title=item.get("title", ""), place=item.get("place", ""),
        alcaldia=item.get("alcaldia"), facilitator=item.get("facilitator", ""),
        duration_minutes=item.get("duration_minutes"),
        participant_ids=tuple(item.get("participant_ids", ())),
        anonymous=AnonymousAttendance(
            women=anon.get("women", 0), men=anon.get("men", 0),
            non_binary=anon.get("non_binary", 0), unspecified=anon.get("unspecified", 0)),
        evaluation=LearningEvaluation(
            evaluated=ev.get("evaluated", 0), pre_score=ev.get("pre_score"),
            post_score=ev.get("post_score"), note=ev.get("note", "")),
        notes=item.get("notes", ""),
        created_at=r.instant(item.get("created_at"), "created_at") or now,
        updated_at=r.instant(item.get("updated_at"), "updated_at") or now)
    return workshop if r.ok else None


class WorkshopsSection:
    name = "workshops"
    depends_on: tuple[str, ...] = ("people",)

    def item_schema(self) -> dict[str, Any]:
        return workshop_schema()

    def export_items(self, conn: Connection, scope: ExportScope) -> list[Item]:
        ids = (storage_workshops.all_ids(conn) if scope.kind == "all"
               else storage_workshops.ids_for_people(conn, scope.person_set))
        out = []
        for workshop_id in ids:
            w = storage_workshops.get(conn, workshop_id)
            if w is not None:
                out.append(workshop_item(w, people=scope.person_set))
        return out

    def check_items(self, conn: Connection, items: list[Item], ctx: ImportContext) -> None:
        decoded: list[Workshop | None] = []
        for i, item in enumerate(items):
            base = join("$", self.name, i)
            w = workshop_from(item, base, ctx)
            decoded.append(w)
            if w is None:
                continue
            for issue in dw.validate_workshop(w):
                ctx.error(from_dotted(base, issue.field), issue.code, **issue.params)
            for k, pid in enumerate(w.participant_ids):
                if not _known(conn, ctx, section="people", table="person", record_id=pid):
                    ctx.error(join(base, "participant_ids", k), "unknown_attendee")
            old = storage_workshops.get(conn, w.id)
            if old is not None:
                ctx.duplicate(self.name, w.id, identical=not diff(old, w),
                              path=join(base, "id"))
        ctx.state[f"{self.name}.decoded"] = decoded

    def import_items(self, conn: Connection, items: list[Item], ctx: ImportContext) -> None:
        decoded: list[Workshop | None] = ctx.state[f"{self.name}.decoded"]
        for w in decoded:
            if w is None:
                raise RuntimeError("import of an unchecked item")
            if not ctx.should_write(self.name, w.id):
                continue
            old = storage_workshops.get(conn, w.id)
            if old is not None:
                kept = tuple(p for p in old.participant_ids if p not in w.participant_ids)
                w = replace(w, participant_ids=(*w.participant_ids, *kept))
            storage_workshops.put_workshop(conn, w, actor=ctx.actor, log=False,
                                           keep_times=True)
            ctx.wrote(self.name)
        ctx.counts.setdefault(self.name, 0)


# --- findings -------------------------------------------------------------------------------


def finding_schema() -> s.Schema:
    return s.obj({
        "id": s.uuid(),
        "found_on": s.date(),
        "source": s.code("finding_sources"),
        "outlet": s.text(MAX_SHORT),
        "url": s.text(df.MAX_URL),
        "summary": s.text(MAX_TEXT),
        "aggression_type": s.code("aggression_types"),
        "occurred_on": s.nullable(s.date()),
        "alcaldia": s.nullable(s.code("alcaldias")),
        "profile": s.nullable(s.code("profiles")),
        "case_id": s.nullable(s.uuid("a case of the 'cases' section or the vault")),
        **_times(),
    }, required=("id", "found_on", "source", "summary", "aggression_type"), title="Finding")


def finding_item(f: Finding, *, cases: frozenset[str] | None = None) -> Item:
    case_id = f.case_id if f.case_id is None or cases is None or f.case_id in cases else None
    return {
        "id": f.id, "found_on": _d(f.found_on), "source": f.source, "outlet": f.outlet,
        "url": f.url, "summary": f.summary, "aggression_type": f.aggression_type,
        "occurred_on": _d(f.occurred_on), "alcaldia": f.alcaldia, "profile": f.profile,
        "case_id": case_id, "created_at": f.created_at, "updated_at": f.updated_at,
    }


def finding_from(item: Item, base: str, ctx: ImportContext) -> Finding | None:
    r = _Reader(base, ctx)
    now = iso_utc()
    finding = Finding(
        id=item["id"], found_on=r.date(item["found_on"], "found_on") or date.min,
        source=item["source"], summary=item["summary"],
        aggression_type=item["aggression_type"], outlet=item.get("outlet", ""),
        url=item.get("url", ""), occurred_on=r.date(item.get("occurred_on"), "occurred_on"),
        alcaldia=item.get("alcaldia"), profile=item.get("profile"),
        case_id=item.get("case_id"),
        created_at=r.instant(item.get("created_at"), "created_at") or now,
        updated_at=r.instant(item.get("updated_at"), "updated_at") or now)
    return finding if r.ok else None


class FindingsSection:
    name = "findings"
    depends_on: tuple[str, ...] = ("cases",)

    def item_schema(self) -> dict[str, Any]:
        return finding_schema()

    def export_items(self, conn: Connection, scope: ExportScope) -> list[Item]:
        if scope.kind == "all":
            found = storage_findings.all_findings(conn)
        else:
            found = storage_findings.for_cases(conn, scope.case_ids)
        return [finding_item(f, cases=scope.case_set) for f in found]

    def check_items(self, conn: Connection, items: list[Item], ctx: ImportContext) -> None:
        decoded: list[Finding | None] = []
        for i, item in enumerate(items):
            base = join("$", self.name, i)
            f = finding_from(item, base, ctx)
            decoded.append(f)
            if f is None:
                continue
            for issue in df.validate_finding(f):
                ctx.error(from_dotted(base, issue.field), issue.code, **issue.params)
            if f.case_id is not None and not _known(conn, ctx, section="cases",
                                                    table="case_file", record_id=f.case_id):
                ctx.error(join(base, "case_id"), "unknown_case")
            old = storage_findings.get(conn, f.id)
            if old is not None:
                ctx.duplicate(self.name, f.id, identical=not diff(old, f),
                              path=join(base, "id"))
        ctx.state[f"{self.name}.decoded"] = decoded

    def import_items(self, conn: Connection, items: list[Item], ctx: ImportContext) -> None:
        decoded: list[Finding | None] = ctx.state[f"{self.name}.decoded"]
        for f in decoded:
            if f is None:
                raise RuntimeError("import of an unchecked item")
            if ctx.should_write(self.name, f.id):
                storage_findings.put_finding(conn, f, actor=ctx.actor, log=False,
                                             keep_times=True)
                ctx.wrote(self.name)
        ctx.counts.setdefault(self.name, 0)


SECTIONS = (WorkshopsSection(), FindingsSection())
