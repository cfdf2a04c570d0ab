"""A digital-violence review: the protocol's checklist applied to one case.

A review is worked through step by step, possibly over several sessions: every
change is saved at once and the review remembers the step to resume at.  It
keeps the protocol version it was started with (``protocol_version``), so a
newer protocol never changes what an old review says.

Items are *pending*, *done* or *not applicable*, with notes.  Gate items are
yes/no questions (``answer``); answering "yes" to the physical-risk question
fires the triage gate, and what the caseworker did about it is recorded as
review events.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from mpi_desktop.domain import catalogs
from mpi_desktop.domain.dv_protocol import Protocol
from mpi_desktop.domain.ids import new_id
from mpi_desktop.domain.validation import MAX_SHORT, MAX_TEXT, Issue

PENDING = "pending"
DONE = "done"
NOT_APPLICABLE = "not_applicable"
ITEM_STATUSES = (PENDING, DONE, NOT_APPLICABLE)

IN_PROGRESS = "in_progress"
COMPLETED = "completed"
REVIEW_STATUSES = (IN_PROGRESS, COMPLETED)

# Review events: what happened around the checklist, in order.
GATE_FIRED = "gate_fired"
URGENT_MEASURE_PROPOSED = "urgent_measure_proposed"
RISK_ASSESSMENT_STARTED = "risk_assessment_started"
GATE_DISMISSED = "gate_dismissed"
MEASURES_PROPOSED = "measures_proposed"
EVENT_KINDS = (GATE_FIRED, URGENT_MEASURE_PROPOSED, RISK_ASSESSMENT_STARTED, GATE_DISMISSED,
               MEASURES_PROPOSED)
#: Events that settle a fired gate: the caseworker acted on it or decided not to.
GATE_RESOLUTIONS = (URGENT_MEASURE_PROPOSED, RISK_ASSESSMENT_STARTED, GATE_DISMISSED)


@dataclass(frozen=True)
class ItemState:
    code: str
    status: str = PENDING
    #: Only for gate (yes/no) items: True = yes, False = no, None = not answered.
    answer: bool | None = None
    notes: str = ""
    updated_at: str = ""
    updated_by: str = ""

    @property
    def answered(self) -> bool:
        return self.status != PENDING


@dataclass(frozen=True)
class ReviewEvent:
    kind: str
    at: str
    actor: str
    id: str = field(default_factory=new_id)
    item_code: str = ""
    gate: str = ""
    #: Catalog codes involved (measure codes).
    codes: tuple[str, ...] = ()
    #: Ids of what was created elsewhere (measure ids, the risk assessment id).
    refs: tuple[str, ...] = ()
    notes: str = ""


@dataclass(frozen=True)
class Review:
    case_id: str
    protocol_version: int
    started_on: date
    id: str = field(default_factory=new_id)
    status: str = IN_PROGRESS
    #: The step shown when the review is resumed.
    current_step: str = ""
    types: tuple[str, ...] = ()
    platforms: tuple[str, ...] = ()
    aggravating: tuple[str, ...] = ()
    aggressor_type: str | None = None  # aggressor_types catalog
    aggressor_notes: str = ""
    follow_up_on: date | None = None
    notes: str = ""
    items: tuple[ItemState, ...] = ()
    events: tuple[ReviewEvent, ...] = ()
    completed_at: str = ""
    created_by: str = ""
    created_at: str = ""
    updated_at: str = ""

    def item(self, code: str) -> ItemState:
        for state in self.items:
            if state.code == code:
                return state
        return ItemState(code)

    def with_item(self, state: ItemState) -> Review:
        others = tuple(s for s in self.items if s.code != state.code)
        return replace(self, items=(*others, state))


def start(protocol: Protocol, *, case_id: str, started_on: date, actor: str) -> Review:
    return Review(case_id=case_id, protocol_version=protocol.version, started_on=started_on,
                  current_step=protocol.steps[0].code, created_by=actor)


KEEP: object = object()


def change_item(before: ItemState, *, status: str | None = None,
                answer: bool | object | None = KEEP, notes: str | None = None,
                at: str, actor: str) -> ItemState:
    """The item after one caseworker change.

    Answering a question marks it done; marking a question pending or not
    applicable clears its answer, so "yes" is never left behind on an item the
    caseworker set aside.
    """
    new_answer = before.answer if answer is KEEP else answer
    new_status = status if status is not None else before.status
    if answer is not KEEP and status is None:
        # A yes/no given marks the question done; withdrawing it makes it pending again.
        new_status = DONE if answer is not None else (
            PENDING if before.answer is not None else before.status)
    if new_status != DONE:
        new_answer = None
    return replace(before, status=new_status,
                   answer=new_answer if isinstance(new_answer, bool) else None,
                   notes=before.notes if notes is None else notes, updated_at=at,
                   updated_by=actor)


# --- progress -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Progress:
    answered: int
    total: int

    @property
    def percent(self) -> int:
        return round(100 * self.answered / self.total) if self.total else 100

    @property
    def complete(self) -> bool:
        return self.answered >= self.total


def step_progress(protocol: Protocol, review: Review, step_code: str) -> Progress:
    step = protocol.step(step_code)
    if step is None:
        return Progress(0, 0)
    answered = sum(1 for i in step.items if review.item(i.code).answered)
    return Progress(answered, len(step.items))


def overall_progress(protocol: Protocol, review: Review) -> Progress:
    codes = protocol.item_codes()
    return Progress(sum(1 for c in codes if review.item(c).answered), len(codes))


# --- the triage gate ------------------------------------------------------------------------


def fires_gate(protocol: Protocol, before: ItemState, after: ItemState) -> str | None:
    """The gate an item change fires: a gate question newly answered "yes"."""
    item = protocol.item(after.code)
    if item is None or item.gate is None:
        return None
    if after.answer is True and before.answer is not True:
        return item.gate
    return None


def open_gates(review: Review) -> list[ReviewEvent]:
    """Fired gates not yet acted on (or consciously dismissed), oldest first."""
    pending: dict[str, ReviewEvent] = {}
    for event in review.events:
        if event.kind == GATE_FIRED:
            pending[event.gate] = event
        elif event.kind in GATE_RESOLUTIONS and event.gate in pending:
            del pending[event.gate]
    return list(pending.values())


def gate_history(review: Review, gate: str) -> list[ReviewEvent]:
    return [e for e in review.events if e.gate == gate]


# --- what the findings point to ---------------------------------------------------------------


def risk_item_hints(protocol: Protocol, review: Review) -> dict[str, list[str]]:
    """Risk item code → the types present in the review that make it relevant."""
    hints: dict[str, list[str]] = {}
    for type_code in review.types:
        for item in protocol.risk_items(type_code):
            hints.setdefault(item, []).append(type_code)
    return hints


# --- validation ----------------------------------------------------------------------------


def validate(protocol: Protocol, review: Review) -> list[Issue]:
    issues: list[Issue] = []

    def add(where: str, problem: str, /, **params: object) -> None:
        issues.append(Issue(where, problem, dict(params)))

    if review.protocol_version != protocol.version:
        add("protocol_version", "wrong_protocol_version", expected=protocol.version,
            found=review.protocol_version)
    if review.status not in REVIEW_STATUSES:
        add("status", "unknown_code", code=review.status, catalog="review_statuses")
    if review.current_step and protocol.step(review.current_step) is None:
        add("current_step", "unknown_code", code=review.current_step, catalog="steps")
    for name, values, catalog in (("types", review.types, protocol.types),
                                  ("platforms", review.platforms, protocol.platforms),
                                  ("aggravating", review.aggravating, protocol.aggravating)):
        seen: set[str] = set()
        for i, value in enumerate(values):
            if value not in catalog:
                add(f"{name}.{i}", "unknown_code", code=value, catalog=name)
            if value in seen:
                add(f"{name}.{i}", "duplicate", code=value)
            seen.add(value)
    if review.aggressor_type is not None and \
            review.aggressor_type not in catalogs.get("aggressor_types"):
        add("aggressor_type", "unknown_code", code=review.aggressor_type,
            catalog="aggressor_types")
    if len(review.aggressor_notes) > MAX_SHORT:
        add("aggressor_notes", "too_long", limit=MAX_SHORT)
    if len(review.notes) > MAX_TEXT:
        add("notes", "too_long", limit=MAX_TEXT)
    seen_items: set[str] = set()
    for state in review.items:
        where = f"items.{state.code}"
        item = protocol.item(state.code)
        if item is None:
            add(where, "unknown_code", code=state.code, catalog="items")
            continue
        if state.code in seen_items:
            add(where, "duplicate", code=state.code)
        seen_items.add(state.code)
        if state.status not in ITEM_STATUSES:
            add(f"{where}.status", "unknown_code", code=state.status, catalog="item_statuses")
        if state.answer is not None and not item.is_question:
            add(f"{where}.answer", "not_a_question")
        if len(state.notes) > MAX_TEXT:
            add(f"{where}.notes", "too_long", limit=MAX_TEXT)
    for event in review.events:
        if event.kind not in EVENT_KINDS:
            add("events", "unknown_code", code=event.kind, catalog="event_kinds")
    return issues
