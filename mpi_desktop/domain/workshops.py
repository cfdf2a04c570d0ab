"""Self-protection workshops (*talleres de autoprotección*, plan item I.V).

A workshop is individual or collective, scheduled, held or cancelled.  Who
attended is recorded two ways that add up: people already in the vault (linked
by id, so their profile and gender come from their record) and anonymous
attendees counted by gender (a collective workshop often has people who never
became cases).  The learning evaluation is designed to take a minute: how many
people answered, the average score before and after (0–10) and one note.

Only *held* workshops count for the plan's indicator (goal: at least 10 a year).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from mpi_desktop.domain import catalogs
from mpi_desktop.domain.ids import is_uuid, new_id
from mpi_desktop.domain.timeutil import today_local
from mpi_desktop.domain.validation import EARLIEST, MAX_NAME, MAX_SHORT, MAX_TEXT, Issue

INDIVIDUAL = "individual"
COLLECTIVE = "colectivo"
MODALITIES = (INDIVIDUAL, COLLECTIVE)

SCHEDULED = "programado"
HELD = "realizado"
CANCELLED = "cancelado"
STATUSES = (SCHEDULED, HELD, CANCELLED)

#: The plan's yearly goal (Plan Anual de Trabajo, I.V): "al menos 10 talleres".
YEARLY_GOAL = 10
MAX_SCORE = 10.0
#: More attendees than this in one workshop is a typing error, not a workshop.
MAX_ATTENDEES = 5000
MAX_MINUTES = 24 * 60


@dataclass(frozen=True)
class AnonymousAttendance:
    """Attendees not registered as people in the vault, counted by gender."""

    women: int = 0
    men: int = 0
    non_binary: int = 0
    #: Gender not recorded or other identities.
    unspecified: int = 0

    @property
    def total(self) -> int:
        return self.women + self.men + self.non_binary + self.unspecified

    def by_group(self) -> dict[str, int]:
        """Counts keyed by the report's gender groups (``indicators.GENDER_GROUPS``)."""
        return {"mujeres": self.women, "hombres": self.men, "no_binarias": self.non_binary,
                "otra_no_especificada": self.unspecified}


@dataclass(frozen=True)
class LearningEvaluation:
    """A quick pre/post check: averages on a 0–10 scale and one qualitative note."""

    #: People who answered the evaluation.
    evaluated: int = 0
    pre_score: float | None = None
    post_score: float | None = None
    note: str = ""

    @property
    def is_empty(self) -> bool:
        return (self.evaluated == 0 and self.pre_score is None and self.post_score is None
                and not self.note.strip())

    @property
    def gain(self) -> float | None:
        if self.pre_score is None or self.post_score is None:
            return None
        return round(self.post_score - self.pre_score, 2)


@dataclass(frozen=True)
class Workshop:
    held_on: date
    modality: str = COLLECTIVE
    topics: tuple[str, ...] = ()  # workshop_topics catalog
    id: str = field(default_factory=new_id)
    status: str = HELD
    title: str = ""
    place: str = ""
    alcaldia: str | None = None  # alcaldias catalog
    facilitator: str = ""
    duration_minutes: int | None = None
    #: People in the vault who attended (person ids).
    participant_ids: tuple[str, ...] = ()
    anonymous: AnonymousAttendance = field(default_factory=AnonymousAttendance)
    evaluation: LearningEvaluation = field(default_factory=LearningEvaluation)
    notes: str = ""
    created_at: str = ""
    updated_at: str = ""

    @property
    def participants_total(self) -> int:
        return len(self.participant_ids) + self.anonymous.total

    @property
    def is_held(self) -> bool:
        return self.status == HELD


def validate_workshop(w: Workshop, *, today: date | None = None) -> list[Issue]:
    today = today or today_local()
    issues: list[Issue] = []

    def add(where: str, problem: str, **params: object) -> None:
        issues.append(Issue(where, problem, dict(params)))

    if w.status not in STATUSES:
        add("status", "unknown_code", code=w.status, catalog="workshop_status")
    if w.modality not in MODALITIES:
        add("modality", "unknown_code", code=w.modality, catalog="workshop_modality")
    if w.held_on < EARLIEST:
        add("held_on", "implausible_date")
    elif w.status == HELD and w.held_on > today:
        add("held_on", "held_in_future")
    if not w.topics:
        add("topics", "required")
    topic_catalog = catalogs.get("workshop_topics")
    seen: set[str] = set()
    for i, topic in enumerate(w.topics):
        if topic not in topic_catalog:
            add(f"topics.{i}", "unknown_code", code=topic, catalog="workshop_topics")
        if topic in seen:
            add(f"topics.{i}", "duplicate", code=topic)
        seen.add(topic)
    if w.alcaldia is not None and w.alcaldia not in catalogs.get("alcaldias"):
        add("alcaldia", "unknown_code", code=w.alcaldia, catalog="alcaldias")
    for name, limit in (("title", MAX_SHORT), ("place", MAX_SHORT), ("facilitator", MAX_NAME),
                        ("notes", MAX_TEXT)):
        if len(getattr(w, name)) > limit:
            add(name, "too_long", limit=limit)
    if w.duration_minutes is not None and not 0 < w.duration_minutes <= MAX_MINUTES:
        add("duration_minutes", "out_of_range", low=1, high=MAX_MINUTES)
    ids_seen: set[str] = set()
    for i, pid in enumerate(w.participant_ids):
        if not is_uuid(pid):
            add(f"participant_ids.{i}", "unknown_person")
        if pid in ids_seen:
            add(f"participant_ids.{i}", "duplicate")
        ids_seen.add(pid)
    for name in ("women", "men", "non_binary", "unspecified"):
        value = getattr(w.anonymous, name)
        if not 0 <= value <= MAX_ATTENDEES:
            add(f"anonymous.{name}", "out_of_range", low=0, high=MAX_ATTENDEES)
    if w.status == HELD and w.participants_total == 0:
        add("participants", "held_without_participants")
    if w.status != HELD and not w.evaluation.is_empty:
        # Invited people may be listed before the day; an evaluation cannot.
        add("evaluation", "only_when_held")
    issues.extend(_validate_evaluation(w))
    return issues


def _validate_evaluation(w: Workshop) -> list[Issue]:
    ev = w.evaluation
    issues: list[Issue] = []
    for name in ("pre_score", "post_score"):
        score = getattr(ev, name)
        if score is not None and not 0.0 <= score <= MAX_SCORE:
            issues.append(Issue(f"evaluation.{name}", "out_of_range",
                                {"low": 0, "high": int(MAX_SCORE)}))
    if ev.evaluated < 0:
        issues.append(Issue("evaluation.evaluated", "out_of_range",
                            {"low": 0, "high": w.participants_total}))
    elif ev.evaluated > w.participants_total:
        issues.append(Issue("evaluation.evaluated", "more_than_participants",
                            {"participants": w.participants_total}))
    has_scores = ev.pre_score is not None or ev.post_score is not None
    if has_scores and ev.evaluated == 0:
        issues.append(Issue("evaluation.evaluated", "required_with_scores"))
    if len(ev.note) > MAX_TEXT:
        issues.append(Issue("evaluation.note", "too_long", {"limit": MAX_TEXT}))
    return issues


@dataclass(frozen=True)
class YearProgress:
    """Progress towards the plan's yearly goal."""

    year: int
    held: int
    scheduled: int
    goal: int = YEARLY_GOAL

    @property
    def remaining(self) -> int:
        return max(0, self.goal - self.held)

    @property
    def reached(self) -> bool:
        return self.held >= self.goal

    @property
    def fraction(self) -> float:
        return min(1.0, self.held / self.goal) if self.goal else 1.0


def weighted_scores(evaluations: list[LearningEvaluation]) -> tuple[int, float | None,
                                                                      float | None]:
    """(people evaluated, average pre, average post) weighted by people who answered.

    Only evaluations with both scores count, so the before/after averages describe
    the same people.
    """
    people = 0
    pre_sum = post_sum = 0.0
    for ev in evaluations:
        if ev.pre_score is None or ev.post_score is None or ev.evaluated <= 0:
            continue
        people += ev.evaluated
        pre_sum += ev.pre_score * ev.evaluated
        post_sum += ev.post_score * ev.evaluated
    if people == 0:
        return 0, None, None
    return people, round(pre_sum / people, 2), round(post_sum / people, 2)
