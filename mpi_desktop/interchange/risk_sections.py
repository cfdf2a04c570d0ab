"""Interchange sections for risk assessments (threats, answers) and measures (transitions).

Item keys are the domain fields.  In ``answers``, ``null`` means "no evaluado".

Import keeps the guarantees the app gives:

* a signed assessment must be complete and its stored figures must be what its
  own instrument version computes — a file cannot smuggle in a different level;
  a signed assessment already in the vault is never replaced;
* a measure's transitions must follow the life cycle step by step and end in
  its stored state; replacing a measure may only *append* transitions (they are
  append-only in the vault);
* a case keeps at most one draft assessment.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from typing import Any

from mpi_desktop.domain import measures as dm
from mpi_desktop.domain import risk as dr
from mpi_desktop.domain import risk_instrument
from mpi_desktop.domain.history import FieldChange, diff, to_plain
from mpi_desktop.domain.timeutil import iso_utc, parse_iso_utc
from mpi_desktop.domain.validation import MAX_NAME, MAX_SHORT, MAX_TEXT
from mpi_desktop.interchange import schema_parts as s
from mpi_desktop.interchange.jsonpath import from_dotted, join
from mpi_desktop.interchange.sections import ExportScope, ImportContext
from mpi_desktop.storage import history, plans
from mpi_desktop.storage import risk as storage_risk
from mpi_desktop.storage.connection import Connection

Item = dict[str, Any]
_CASES_KNOWN = "risk.cases_known"


# --- shared ---------------------------------------------------------------------------------


class _Reader:
    """Typed values out of a schema-valid item; impossible dates become problems."""

    def __init__(self, base: str, ctx: ImportContext) -> None:
        self.base = base
        self.ctx = ctx
        self.ok = True

    def date(self, raw: Any, *path: str | int) -> date | None:
        if raw is None:
            return None
        try:
            return date.fromisoformat(raw)
        except ValueError:
            self.ctx.error(join(self.base, *path), "invalid_date")
            self.ok = False
            return None

    def instant(self, raw: Any, *path: str | int) -> str:
        if raw is None:
            return ""
        try:
            return iso_utc(parse_iso_utc(raw))
        except ValueError:
            self.ctx.error(join(self.base, *path), "invalid_instant")
            self.ok = False
            return ""


def _case_known(conn: Connection, case_id: str, ctx: ImportContext) -> bool:
    known: dict[str, bool] = ctx.state.setdefault(_CASES_KNOWN, {})
    if case_id not in known:
        known[case_id] = case_id in ctx.known_ids.get("cases", set()) or conn.execute(
            "SELECT 1 FROM case_file WHERE id = ?", (case_id,)).fetchone() is not None
    return known[case_id]


def _d(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _times() -> dict[str, s.Schema]:
    return {"created_at": s.instant("when the record was created (UTC)"),
            "updated_at": s.instant("when the record last changed (UTC)")}


# --- risk assessments ----------------------------------------------------------------------------


def _threat_schema() -> s.Schema:
    return s.obj({
        "id": s.uuid(),
        "facts": s.text(MAX_TEXT),
        "kind": s.nullable(s.code("instrument threat_kinds")),
        "first_on": s.nullable(s.date()),
        "last_on": s.nullable(s.date()),
        "source_type": s.nullable(s.code("aggressor_types")),
        "objective": s.nullable(s.code("instrument threat_objectives")),
        "channel": s.nullable(s.code("instrument threat_channels")),
        "pattern": s.nullable(s.code("instrument threat_patterns")),
        "ratings": {"type": "object", "maxProperties": 50,
                    "propertyNames": {"pattern": s.CODE_PATTERN, "maxLength": 64},
                    "additionalProperties": {"type": "integer", "minimum": 0, "maximum": 3}},
        "feasibility_conclusion": s.text(MAX_TEXT),
    }, required=("id",), title="Threat")


def _result_schema() -> s.Schema:
    return {"type": ["object", "null"], "maxProperties": 20,
            "description": "figures computed with the assessment's own instrument version"}


def assessment_schema() -> s.Schema:
    return s.obj({
        "id": s.uuid(),
        "case_id": s.uuid("a case of the 'cases' section or already in the vault"),
        "instrument_version": {"type": "integer", "minimum": 1, "maximum": 1000},
        "status": {"type": "string", "enum": list(dr.STATUSES)},
        "assessed_on": s.date(),
        "assessor": s.text(MAX_NAME),
        "reason": s.text(MAX_SHORT),
        "summary": s.text(MAX_TEXT),
        "review_due_on": s.nullable(s.date()),
        "threats": s.array(_threat_schema(), max_items=200),
        "answers": {"type": "object", "maxProperties": 1000,
                    "propertyNames": {"pattern": s.CODE_PATTERN, "maxLength": 64},
                    "additionalProperties": {"type": ["integer", "null"], "minimum": 0,
                                             "maximum": 3},
                    "description": "item code → 0–3, or null for 'no evaluado'"},
        "override_level": s.nullable(s.code("instrument levels")),
        "override_reason": s.text(MAX_TEXT),
        "result": _result_schema(),
        "supersedes_id": s.nullable(s.uuid()),
        "signed_at": s.nullable(s.instant()),
        "signed_by": s.nullable(s.text(MAX_NAME)),
        **_times(),
    }, required=("id", "case_id", "instrument_version", "status", "assessed_on"),
        title="Risk assessment")


def assessment_item(a: dr.RiskAssessment) -> Item:
    return {
        "id": a.id, "case_id": a.case_id, "instrument_version": a.instrument_version,
        "status": a.status, "assessed_on": _d(a.assessed_on), "assessor": a.assessor,
        "reason": a.reason, "summary": a.summary, "review_due_on": _d(a.review_due_on),
        "threats": [{
            "id": t.id, "facts": t.facts, "kind": t.kind, "first_on": _d(t.first_on),
            "last_on": _d(t.last_on), "source_type": t.source_type, "objective": t.objective,
            "channel": t.channel, "pattern": t.pattern, "ratings": dict(t.ratings),
            "feasibility_conclusion": t.feasibility_conclusion} for t in a.threats],
        "answers": {k: (None if v == dr.NOT_EVALUATED else v)
                    for k, v in sorted(a.answers.items())},
        "override_level": a.override_level, "override_reason": a.override_reason,
        "result": dr.result_to_dict(a.result) if a.result else None,
        "supersedes_id": a.supersedes_id, "signed_at": a.signed_at, "signed_by": a.signed_by,
        "created_at": a.created_at, "updated_at": a.updated_at,
    }


def assessment_from(item: Item, base: str, ctx: ImportContext) -> dr.RiskAssessment | None:
    r = _Reader(base, ctx)
    threats = []
    for i, t in enumerate(item.get("threats", ())):
        threats.append(dr.Threat(
            id=t["id"], facts=t.get("facts", ""), kind=t.get("kind"),
            first_on=r.date(t.get("first_on"), "threats", i, "first_on"),
            last_on=r.date(t.get("last_on"), "threats", i, "last_on"),
            source_type=t.get("source_type"), objective=t.get("objective"),
            channel=t.get("channel"), pattern=t.get("pattern"),
            ratings=dict(t.get("ratings", {})),
            feasibility_conclusion=t.get("feasibility_conclusion", "")))
    result = None
    if item.get("result") is not None:
        try:
            result = dr.result_from_dict(item["result"])
        except (KeyError, TypeError, ValueError, IndexError):
            ctx.error(join(base, "result"), "invalid_result")
            r.ok = False
    assessed = r.date(item["assessed_on"], "assessed_on")
    now = iso_utc()
    assessment = dr.RiskAssessment(
        id=item["id"], case_id=item["case_id"], instrument_version=item["instrument_version"],
        status=item["status"], assessed_on=assessed or date.min,
        assessor=item.get("assessor", ""), reason=item.get("reason", ""),
        summary=item.get("summary", ""),
        review_due_on=r.date(item.get("review_due_on"), "review_due_on"),
        threats=tuple(threats),
        answers={k: (dr.NOT_EVALUATED if v is None else v)
                 for k, v in item.get("answers", {}).items()},
        override_level=item.get("override_level"),
        override_reason=item.get("override_reason", ""), result=result,
        supersedes_id=item.get("supersedes_id"),
        signed_at=r.instant(item.get("signed_at"), "signed_at") or None,
        signed_by=item.get("signed_by"),
        created_at=r.instant(item.get("created_at"), "created_at") or now,
        updated_at=r.instant(item.get("updated_at"), "updated_at") or now)
    return assessment if r.ok else None


def _same_assessment(a: dr.RiskAssessment, b: dr.RiskAssessment) -> bool:
    return bool(assessment_item(a) == assessment_item(b))


class RiskAssessmentsSection:
    name = "risk_assessments"
    depends_on: tuple[str, ...] = ("cases",)

    def item_schema(self) -> dict[str, Any]:
        return assessment_schema()

    def export_items(self, conn: Connection, scope: ExportScope) -> list[Item]:
        return [assessment_item(a) for case_id in scope.case_ids
                for a in reversed(storage_risk.for_case(conn, case_id))]

    def check_items(self, conn: Connection, items: list[Item], ctx: ImportContext) -> None:
        decoded: list[dr.RiskAssessment | None] = []
        drafts_per_case: dict[str, str] = {}
        for i, item in enumerate(items):
            base = join("$", self.name, i)
            a = assessment_from(item, base, ctx)
            decoded.append(a)
            if a is None:
                continue
            if not _case_known(conn, a.case_id, ctx):
                ctx.error(join(base, "case_id"), "unknown_case")
            registry = risk_instrument.registry()
            if not registry.has(a.instrument_version):
                ctx.error(join(base, "instrument_version"), "unknown_instrument_version",
                          version=a.instrument_version)
                continue
            instrument = registry.get(a.instrument_version)
            for issue in dr.validate(a, instrument):
                ctx.error(from_dotted(base, issue.field), issue.code, **issue.params)
            if a.is_signed:
                self._check_signed(a, instrument, base, ctx)
            else:
                self._check_draft(conn, a, base, ctx, drafts_per_case)
            old = storage_risk.get(conn, a.id)
            if old is not None:
                if old.case_id != a.case_id:
                    ctx.error(join(base, "case_id"), "case_mismatch")
                identical = _same_assessment(old, a)
                if not identical and old.is_signed and ctx.on_duplicate == "replace":
                    ctx.error(join(base, "id"), "signed_assessment_immutable")
                ctx.duplicate(self.name, a.id, identical=identical, path=join(base, "id"))
        ctx.state[f"{self.name}.decoded"] = decoded

    @staticmethod
    def _check_signed(a: dr.RiskAssessment, instrument: risk_instrument.Instrument,
                      base: str, ctx: ImportContext) -> None:
        for issue in dr.missing(a, instrument):
            ctx.error(from_dotted(base, issue.field), f"signed_but_{issue.code}",
                      **issue.params)
        if not a.signed_at:
            ctx.error(join(base, "signed_at"), "required")
        if a.result is None or dr.score(a, instrument) != a.result:
            ctx.error(join(base, "result"), "figures_mismatch",
                      version=a.instrument_version)
        if a.override_level is not None and a.result is not None and \
                a.override_level == a.result.level:
            ctx.error(join(base, "override_level"), "override_equals_computed")

    @staticmethod
    def _check_draft(conn: Connection, a: dr.RiskAssessment, base: str, ctx: ImportContext,
                     drafts_per_case: dict[str, str]) -> None:
        if a.case_id in drafts_per_case:
            ctx.error(join(base, "status"), "second_draft_in_file",
                      first=drafts_per_case[a.case_id])
        drafts_per_case[a.case_id] = base
        row = conn.execute("SELECT id FROM risk_assessment WHERE case_id = ? AND"
                           " status = 'draft' AND id <> ?", (a.case_id, a.id)).fetchone()
        if row is not None:
            ctx.error(join(base, "status"), "case_has_draft")

    def import_items(self, conn: Connection, items: list[Item], ctx: ImportContext) -> None:
        decoded: list[dr.RiskAssessment | None] = ctx.state[f"{self.name}.decoded"]
        touched: set[str] = set()
        for a in decoded:
            if a is None:
                raise RuntimeError("import of an unchecked item")
            if not ctx.should_write(self.name, a.id):
                continue
            if not a.is_signed:
                # Drafts carry figures from the file's app; recompute with our own.
                a = storage_risk.rescore(a)
            replacing = not ctx.is_new(self.name, a.id)
            if replacing:
                conn.execute("DELETE FROM risk_assessment WHERE id = ?", (a.id,))
            storage_risk.insert_row(conn, a)
            history.record(conn, actor=ctx.actor, action="import", entity=storage_risk.ENTITY,
                           entity_id=a.id, case_id=a.case_id,
                           changes=[FieldChange("*", None, None)])
            touched.add(a.case_id)
            ctx.wrote(self.name)
        for case_id in sorted(touched):
            storage_risk.refresh_case_risk(conn, case_id)
        ctx.counts.setdefault(self.name, 0)


# --- measures -----------------------------------------------------------------------------------


def _transition_schema() -> s.Schema:
    return s.obj({
        "id": s.uuid(),
        "seq": {"type": "integer", "minimum": 1, "maximum": 10000},
        "action": {"type": "string", "enum": [dm.PROPOSE, *dm.ACTIONS]},
        "from_state": {"type": ["string", "null"], "enum": [*dm.STATES, None]},
        "to_state": {"type": "string", "enum": list(dm.STATES)},
        "effective_on": s.date(),
        "at": s.instant(),
        "actor": s.text(MAX_NAME),
        "reason": s.text(MAX_TEXT),
        "cem_session_ref": s.text(MAX_SHORT, "e.g. '3a Sesión Ordinaria 2026'"),
        "cem_agreement_ref": s.text(MAX_SHORT, "the acuerdo, e.g. 'CEM/2026/03/07'"),
        "cem_session_id": s.nullable(s.uuid("a CEM session recorded in the app")),
    }, required=("id", "seq", "action", "to_state", "effective_on", "at", "actor"),
        title="Measure transition")


def measure_schema() -> s.Schema:
    return s.obj({
        "id": s.uuid(),
        "case_id": s.uuid("a case of the 'cases' section or already in the vault"),
        "code": s.code("measures"),
        "category": s.code("measure categories"),
        "institution": s.nullable(s.code("institutions")),
        "details": s.text(MAX_TEXT),
        "state": {"type": "string", "enum": list(dm.STATES)},
        "version": {"type": "integer", "minimum": 1, "maximum": 10000},
        "pending_ratification": s.boolean("started before approval, not yet ratified"),
        "urgent_start": s.boolean("started before approval (extraordinary procedure)"),
        "proposed_on": s.date(),
        "approved_on": s.nullable(s.date()),
        "implemented_on": s.nullable(s.date()),
        "next_review_on": s.nullable(s.date()),
        "ended_on": s.nullable(s.date()),
        "evaluation_notes": s.text(MAX_TEXT),
        "accepted": {"type": ["boolean", "null"],
                     "description": "the beneficiary accepted it (null: not recorded)"},
        "transitions": s.array(_transition_schema(), max_items=1000),
        **_times(),
    }, required=("id", "case_id", "code", "category", "state", "proposed_on", "transitions"),
        title="Measure")


def measure_item(m: dm.Measure) -> Item:
    return {
        "id": m.id, "case_id": m.case_id, "code": m.code, "category": m.category,
        "institution": m.institution, "details": m.details, "state": m.state,
        "version": m.version, "pending_ratification": m.pending_ratification,
        "urgent_start": m.urgent_start, "proposed_on": _d(m.proposed_on),
        "approved_on": _d(m.approved_on), "implemented_on": _d(m.implemented_on),
        "next_review_on": _d(m.next_review_on), "ended_on": _d(m.ended_on),
        "evaluation_notes": m.evaluation_notes, "accepted": m.accepted,
        "transitions": [{
            "id": t.id, "seq": t.seq, "action": t.action, "from_state": t.from_state,
            "to_state": t.to_state, "effective_on": _d(t.effective_on), "at": t.at,
            "actor": t.actor, "reason": t.reason, "cem_session_ref": t.cem_session_ref,
            "cem_agreement_ref": t.cem_agreement_ref, "cem_session_id": t.cem_session_id}
            for t in m.transitions],
        "created_at": m.created_at, "updated_at": m.updated_at,
    }


def measure_from(item: Item, base: str, ctx: ImportContext) -> dm.Measure | None:
    r = _Reader(base, ctx)
    transitions = []
    for i, t in enumerate(item["transitions"]):
        if t.get("from_state") is None and t["action"] != dm.PROPOSE:
            ctx.error(join(base, "transitions", i, "from_state"), "required")
            r.ok = False
        transitions.append(dm.Transition(
            id=t["id"], measure_id=item["id"], seq=t["seq"], action=t["action"],
            from_state=t.get("from_state"), to_state=t["to_state"],
            effective_on=r.date(t["effective_on"], "transitions", i, "effective_on")
            or date.min,
            at=r.instant(t["at"], "transitions", i, "at"), actor=t["actor"],
            reason=t.get("reason", ""), cem_session_ref=t.get("cem_session_ref", ""),
            cem_agreement_ref=t.get("cem_agreement_ref", ""),
            cem_session_id=t.get("cem_session_id")))
    now = iso_utc()
    measure = dm.Measure(
        id=item["id"], case_id=item["case_id"], code=item["code"], category=item["category"],
        institution=item.get("institution"), details=item.get("details", ""),
        state=item["state"], version=item.get("version", 1),
        pending_ratification=item.get("pending_ratification", False),
        urgent_start=item.get("urgent_start", False),
        proposed_on=r.date(item["proposed_on"], "proposed_on") or date.min,
        approved_on=r.date(item.get("approved_on"), "approved_on"),
        implemented_on=r.date(item.get("implemented_on"), "implemented_on"),
        next_review_on=r.date(item.get("next_review_on"), "next_review_on"),
        ended_on=r.date(item.get("ended_on"), "ended_on"),
        evaluation_notes=item.get("evaluation_notes", ""), accepted=item.get("accepted"),
        transitions=tuple(transitions),
        created_at=r.instant(item.get("created_at"), "created_at") or now,
        updated_at=r.instant(item.get("updated_at"), "updated_at") or now)
    return measure if r.ok else None


def _measure_plain(m: dm.Measure) -> str:
    return json.dumps(to_plain(replace(m, created_at="", updated_at="")), sort_keys=True)


class MeasuresSection:
    name = "measures"
    depends_on: tuple[str, ...] = ("cases",)

    def item_schema(self) -> dict[str, Any]:
        return measure_schema()

    def export_items(self, conn: Connection, scope: ExportScope) -> list[Item]:
        return [measure_item(m) for case_id in scope.case_ids
                for m in plans.measures_for_case(conn, case_id)]

    def check_items(self, conn: Connection, items: list[Item], ctx: ImportContext) -> None:
        decoded: list[dm.Measure | None] = []
        transition_ids: dict[str, str] = {}
        for i, item in enumerate(items):
            base = join("$", self.name, i)
            m = measure_from(item, base, ctx)
            decoded.append(m)
            if m is None:
                continue
            if not _case_known(conn, m.case_id, ctx):
                ctx.error(join(base, "case_id"), "unknown_case")
            for issue in dm.validate(m):
                ctx.error(from_dotted(base, issue.field), issue.code, **issue.params)
            for issue in dm.replay(m):
                ctx.error(from_dotted(base, issue.field), issue.code, **issue.params)
            for k, t in enumerate(m.transitions):
                where = join(base, "transitions", k, "id")
                if t.id in transition_ids:
                    ctx.error(where, "duplicate_in_file", first=transition_ids[t.id])
                transition_ids[t.id] = where
                row = conn.execute("SELECT measure_id FROM measure_transition WHERE id = ?",
                                   (t.id,)).fetchone()
                if row is not None and row[0] != m.id:
                    ctx.error(where, "transition_of_another_measure")
            old = self._existing(conn, m.id)
            if old is not None:
                if old.case_id != m.case_id:
                    ctx.error(join(base, "case_id"), "case_mismatch")
                identical = _measure_plain(old) == _measure_plain(m)
                if not identical and ctx.on_duplicate == "replace" and \
                        m.transitions[:len(old.transitions)] != old.transitions:
                    ctx.error(join(base, "transitions"), "history_conflict")
                ctx.duplicate(self.name, m.id, identical=identical, path=join(base, "id"))
        ctx.state[f"{self.name}.decoded"] = decoded

    @staticmethod
    def _existing(conn: Connection, measure_id: str) -> dm.Measure | None:
        found = conn.execute("SELECT 1 FROM measure WHERE id = ?", (measure_id,)).fetchone()
        return plans.get_measure(conn, measure_id) if found else None

    def import_items(self, conn: Connection, items: list[Item], ctx: ImportContext) -> None:
        decoded: list[dm.Measure | None] = ctx.state[f"{self.name}.decoded"]
        for m in decoded:
            if m is None:
                raise RuntimeError("import of an unchecked item")
            if not ctx.should_write(self.name, m.id):
                continue
            if ctx.is_new(self.name, m.id):
                plans.insert_measure(conn, m)
                changes = [FieldChange("*", None, None)]
            else:
                old = plans.get_measure(conn, m.id)
                plans.replace_measure(conn, m, new_transitions=m.transitions[
                    len(old.transitions):])
                changes = [c for c in diff(old, m) if c.field != "transitions"]
            history.record(conn, actor=ctx.actor, action="import", entity=plans.ENTITY,
                           entity_id=m.id, case_id=m.case_id, changes=changes)
            ctx.wrote(self.name)
        ctx.counts.setdefault(self.name, 0)


SECTIONS = (RiskAssessmentsSection(), MeasuresSection())
