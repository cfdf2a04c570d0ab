"""Risk assessments: threats register, item answers, an explainable index, a level.

Pure functions over plain data (no Qt, no SQL).  The formula, the bands and a
worked example are in docs/RISK.md; in short, with every figure in 0–1:

* **T** — each threat scores the weighted mean of its ratings ÷ 3, times the
  factor of its kind (declared 1.0, possible less); T is the *highest* threat,
  because one serious threat is not diluted by minor ones;
* **V**, **C** — weighted means ÷ 3 of the vulnerability and capacity answers
  ("no evaluado" answers are left out of the mean);
* **index = T × V ÷ (C + offset)** — the offset keeps the division defined when
  there are no capacities and bounds how much capacities can reduce the risk;
* the index falls in a band of the instrument; *extremo* also needs a grave and
  imminent threat, and such a threat keeps the level at least *extraordinario*.

An assessment is a *draft* until signed; signing needs every item answered and
every threat complete, stores the computed figures with the instrument version,
and makes it immutable.  A new assessment supersedes the previous one.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from mpi_desktop.domain import catalogs
from mpi_desktop.domain.ids import new_id
from mpi_desktop.domain.risk_instrument import CAPACITY, VULNERABILITY, Instrument
from mpi_desktop.domain.timeutil import today_local
from mpi_desktop.domain.validation import EARLIEST, MAX_NAME, MAX_SHORT, MAX_TEXT, Issue
from mpi_desktop.errors import ExitCode, MpiError

DRAFT = "draft"
SIGNED = "signed"
STATUSES = (DRAFT, SIGNED)
#: The answer "no evaluado": the item was considered and could not be assessed.
NOT_EVALUATED = -1
ANSWER_VALUES = (NOT_EVALUATED, 0, 1, 2, 3)
#: Figures are rounded before banding so band edges are exact and reproducible.
DIGITS = 4
TOP_DRIVERS = 5


# --- errors ----------------------------------------------------------------------------------


class RiskError(MpiError):
    """Base of the risk assessment's expected failures (texts in texts/risk.py)."""

    exit_code = ExitCode.REFUSED


class AssessmentInvalid(RiskError):
    """A draft holds values that cannot be saved (unknown codes, out of range, …)."""

    exit_code = ExitCode.INVALID_INPUT

    def __init__(self, issues: list[Issue]) -> None:
        super().__init__("risk assessment: " + "; ".join(f"{i.field}: {i.code}" for i in issues))
        self.issues = issues


class AssessmentIncomplete(RiskError):
    """Signing refused: ``issues`` lists every missing item and threat field."""

    def __init__(self, issues: list[Issue]) -> None:
        super().__init__("risk assessment incomplete: "
                         + "; ".join(f"{i.field}: {i.code}" for i in issues))
        self.issues = issues


class AssessmentSigned(RiskError):
    """A signed assessment is immutable: make a new one instead."""

    def __init__(self, assessment_id: str) -> None:
        super().__init__(f"risk assessment {assessment_id} is signed and cannot change")
        self.assessment_id = assessment_id


# --- the record -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Threat:
    facts: str = ""
    #: Instrument ``threat_kinds``: declarada / posible.
    kind: str | None = None
    first_on: date | None = None
    #: Last occurrence, for threats repeated over time.
    last_on: date | None = None
    #: aggressor_types catalog.
    source_type: str | None = None
    objective: str | None = None
    channel: str | None = None
    pattern: str | None = None
    #: Instrument ``threat_ratings`` code → 0–3.
    ratings: Mapping[str, int] = field(default_factory=dict)
    #: The reasoned conclusion on whether the threat can be carried out.
    feasibility_conclusion: str = ""
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class Driver:
    """One element of the explanation: an item or rating and its weight in the result."""

    code: str
    value: int
    weight: float
    #: Share of the figure it belongs to (0–1): for vulnerabilities, of V's sum;
    #: for missing capacities, of the capacity gap.
    share: float
    group: str = ""


@dataclass(frozen=True)
class Explanation:
    """What drives the index, as data: the UI renders it as sentences."""

    #: The threat that sets T (None when there are no threats).
    threat_id: str | None = None
    #: Its ratings, highest first.
    threat_ratings: tuple[Driver, ...] = ()
    #: Vulnerabilities scored 2–3, heaviest first.
    top_vulnerabilities: tuple[Driver, ...] = ()
    #: Capacities scored 0–1, largest gap first.
    missing_capacities: tuple[Driver, ...] = ()
    #: Group code → (V of the group, C of the group); None where nothing was evaluated.
    groups: tuple[tuple[str, float | None, float | None], ...] = ()
    grave_imminent_threats: tuple[str, ...] = ()
    #: The band the index alone falls in.
    band_level: str = ""
    #: The index reached an extremo band but no threat is grave and imminent.
    extremo_withheld: bool = False
    #: A grave and imminent threat raised the level to the instrument's floor.
    floor_applied: bool = False
    not_evaluated: int = 0


@dataclass(frozen=True)
class RiskResult:
    instrument_version: int
    threat_score: float
    vulnerability_score: float
    capacity_score: float
    index: float
    level: str
    grave_imminent: bool
    explanation: Explanation


@dataclass(frozen=True)
class RiskAssessment:
    case_id: str
    instrument_version: int
    assessed_on: date
    id: str = field(default_factory=new_id)
    status: str = DRAFT
    assessor: str = ""
    #: Why this assessment was made (periodic review, new aggression, CEM request…).
    reason: str = ""
    #: The assessor's overall conclusion.
    summary: str = ""
    #: By when the risk should be re-assessed.
    review_due_on: date | None = None
    threats: tuple[Threat, ...] = ()
    answers: Mapping[str, int] = field(default_factory=dict)
    override_level: str | None = None
    override_reason: str = ""
    #: Computed figures: stored at every save, frozen at signing.
    result: RiskResult | None = None
    supersedes_id: str | None = None
    signed_at: str | None = None
    signed_by: str | None = None
    created_at: str = ""
    updated_at: str = ""

    @property
    def is_signed(self) -> bool:
        return self.status == SIGNED

    @property
    def computed_level(self) -> str | None:
        return self.result.level if self.result else None

    @property
    def level(self) -> str | None:
        """The level in force: the override when there is one, else the computed one."""
        return self.override_level or self.computed_level


# --- scoring -----------------------------------------------------------------------------------


def _round(value: float) -> float:
    return round(value + 0.0, DIGITS)


def threat_score(threat: Threat, instrument: Instrument) -> float:
    """Weighted mean of the threat's ratings ÷ 3, times its kind's factor (0–1)."""
    total_weight = sum(r.weight for r in instrument.threat_ratings)
    weighted = sum(r.weight * threat.ratings.get(r.code, 0) for r in instrument.threat_ratings)
    kind = instrument.threat_kind(threat.kind)
    factor = kind.factor if kind else 1.0
    return factor * weighted / (3 * total_weight) if total_weight else 0.0


def is_grave_imminent(threat: Threat, instrument: Instrument) -> bool:
    return all(threat.ratings.get(code, -1) >= minimum
               for code, minimum in instrument.grave_imminent.items())


def _weighted_mean(answers: Mapping[str, int], kind: str, instrument: Instrument
                   ) -> float | None:
    num = den = 0.0
    for item in instrument.items_of(kind):
        value = answers.get(item.code)
        if value is None or value == NOT_EVALUATED:
            continue
        num += item.weight * value
        den += item.weight * 3
    return num / den if den else None


def _group_figures(answers: Mapping[str, int], instrument: Instrument
                   ) -> tuple[tuple[str, float | None, float | None], ...]:
    out = []
    for group in instrument.groups:
        figures: list[float | None] = []
        for items in (group.vulnerabilities, group.capacities):
            num = den = 0.0
            for item in items:
                value = answers.get(item.code)
                if value is not None and value != NOT_EVALUATED:
                    num += item.weight * value
                    den += item.weight * 3
            figures.append(_round(num / den) if den else None)
        out.append((group.code, figures[0], figures[1]))
    return tuple(out)


def band_for(index: float, instrument: Instrument) -> str:
    """The band the index alone falls in (requirements not applied)."""
    level = instrument.bands[0].level
    for band in instrument.bands:
        if index >= band.min:
            level = band.level
    return level


def level_for(index: float, grave_imminent: bool, instrument: Instrument
              ) -> tuple[str, bool, bool]:
    """(level, extremo_withheld, floor_applied) for an index."""
    level = instrument.bands[0].level
    withheld = False
    for band in instrument.bands:
        if index < band.min:
            break
        if band.requires_grave_imminent and not grave_imminent:
            withheld = True
            continue
        level = band.level
    floor = instrument.grave_imminent_floor
    floor_applied = False
    if grave_imminent and floor is not None and \
            instrument.level_rank(floor) > instrument.level_rank(level):
        level, floor_applied = floor, True
    return level, withheld, floor_applied


def score(assessment: RiskAssessment, instrument: Instrument) -> RiskResult:
    """Compute T, V, C, the index, the level and the explanation.

    Always call it with the assessment's own instrument version: that is what
    keeps signed assessments stable when a new version is published.
    """
    if assessment.instrument_version != instrument.version:
        raise ValueError("score an assessment with its own instrument version")
    answers = assessment.answers
    scored = [(threat_score(t, instrument), i, t) for i, t in enumerate(assessment.threats)]
    top = max(scored, key=lambda s: (s[0], -s[1]), default=None)
    t_value = _round(top[0]) if top else 0.0
    v_raw = _weighted_mean(answers, VULNERABILITY, instrument)
    c_raw = _weighted_mean(answers, CAPACITY, instrument)
    v_value = _round(v_raw) if v_raw is not None else 0.0
    c_value = _round(c_raw) if c_raw is not None else 0.0
    index = _round(t_value * v_value / (c_value + instrument.capacity_offset))
    graves = tuple(t.id for t in assessment.threats if is_grave_imminent(t, instrument))
    level, withheld, floor_applied = level_for(index, bool(graves), instrument)
    explanation = Explanation(
        threat_id=top[2].id if top else None,
        threat_ratings=_threat_drivers(top[2], instrument) if top else (),
        top_vulnerabilities=_top_vulnerabilities(answers, instrument),
        missing_capacities=_missing_capacities(answers, instrument),
        groups=_group_figures(answers, instrument),
        grave_imminent_threats=graves,
        band_level=band_for(index, instrument),
        extremo_withheld=withheld,
        floor_applied=floor_applied,
        not_evaluated=sum(1 for i in instrument.items if answers.get(i.code) == NOT_EVALUATED),
    )
    return RiskResult(instrument_version=instrument.version, threat_score=t_value,
                      vulnerability_score=v_value, capacity_score=c_value, index=index,
                      level=level, grave_imminent=bool(graves), explanation=explanation)


def _threat_drivers(threat: Threat, instrument: Instrument) -> tuple[Driver, ...]:
    total = sum(r.weight * threat.ratings.get(r.code, 0) for r in instrument.threat_ratings)
    drivers = [Driver(r.code, threat.ratings.get(r.code, 0), r.weight,
                      _round(r.weight * threat.ratings.get(r.code, 0) / total) if total else 0.0)
               for r in instrument.threat_ratings]
    return tuple(sorted(drivers, key=lambda d: -d.weight * d.value))


def _top_vulnerabilities(answers: Mapping[str, int], instrument: Instrument
                         ) -> tuple[Driver, ...]:
    items = [(i, answers.get(i.code)) for i in instrument.items_of(VULNERABILITY)]
    scored = [(i, v) for i, v in items if v is not None and v != NOT_EVALUATED]
    total = sum(i.weight * v for i, v in scored)
    heavy = [(i, v) for i, v in scored if v >= 2]
    heavy.sort(key=lambda iv: -iv[0].weight * iv[1])  # stable: instrument order on ties
    return tuple(Driver(i.code, v, i.weight, _round(i.weight * v / total) if total else 0.0,
                        i.group) for i, v in heavy[:TOP_DRIVERS])


def _missing_capacities(answers: Mapping[str, int], instrument: Instrument
                        ) -> tuple[Driver, ...]:
    items = [(i, answers.get(i.code)) for i in instrument.items_of(CAPACITY)]
    scored = [(i, v) for i, v in items if v is not None and v != NOT_EVALUATED]
    gap_total = sum(i.weight * (3 - v) for i, v in scored)
    weak = [(i, v) for i, v in scored if v <= 1]
    weak.sort(key=lambda iv: -iv[0].weight * (3 - iv[1]))
    return tuple(Driver(i.code, v, i.weight,
                        _round(i.weight * (3 - v) / gap_total) if gap_total else 0.0, i.group)
                 for i, v in weak[:TOP_DRIVERS])


# --- validation ----------------------------------------------------------------------------------


def _check_date(issues: list[Issue], where: str, value: date | None, today: date) -> None:
    if value is None:
        return
    if value > today:
        issues.append(Issue(where, "future_date"))
    elif value < EARLIEST:
        issues.append(Issue(where, "implausible_date"))


def validate(assessment: RiskAssessment, instrument: Instrument, *,
             today: date | None = None) -> list[Issue]:
    """Problems that prevent saving even a draft (wrong values, not missing ones)."""
    today = today or today_local()
    issues: list[Issue] = []
    if assessment.status not in STATUSES:
        issues.append(Issue("status", "unknown_code", {"code": assessment.status}))
    _check_date(issues, "assessed_on", assessment.assessed_on, today)
    if assessment.review_due_on is not None and \
            assessment.review_due_on < assessment.assessed_on:
        issues.append(Issue("review_due_on", "before_assessment"))
    for name, limit in (("assessor", MAX_NAME), ("reason", MAX_SHORT), ("summary", MAX_TEXT),
                        ("override_reason", MAX_TEXT)):
        if len(getattr(assessment, name)) > limit:
            issues.append(Issue(name, "too_long", {"limit": limit}))
    for code, value in assessment.answers.items():
        if instrument.item(code) is None:
            issues.append(Issue(f"answers.{code}", "unknown_item", {"code": code}))
        elif isinstance(value, bool) or value not in ANSWER_VALUES:
            issues.append(Issue(f"answers.{code}", "out_of_scale", {"value": value}))
    if assessment.override_level is not None:
        if instrument.level(assessment.override_level) is None:
            issues.append(Issue("override_level", "unknown_code",
                                {"code": assessment.override_level}))
        if not assessment.override_reason.strip():
            issues.append(Issue("override_reason", "override_needs_reason"))
    seen: set[str] = set()
    for i, threat in enumerate(assessment.threats):
        issues.extend(_threat_value_issues(threat, f"threats.{i}", instrument, today))
        if threat.id in seen:
            issues.append(Issue(f"threats.{i}", "duplicate"))
        seen.add(threat.id)
    return issues


def _threat_value_issues(threat: Threat, where: str, instrument: Instrument, today: date
                         ) -> list[Issue]:
    issues: list[Issue] = []
    if threat.kind is not None and instrument.threat_kind(threat.kind) is None:
        issues.append(Issue(f"{where}.kind", "unknown_code", {"code": threat.kind}))
    for name, options in (("objective", instrument.threat_objectives),
                          ("channel", instrument.threat_channels),
                          ("pattern", instrument.threat_patterns)):
        value = getattr(threat, name)
        if value is not None and value not in {c.code for c in options}:
            issues.append(Issue(f"{where}.{name}", "unknown_code", {"code": value}))
    if threat.source_type is not None and \
            threat.source_type not in catalogs.get("aggressor_types"):
        issues.append(Issue(f"{where}.source_type", "unknown_code",
                            {"code": threat.source_type}))
    for code, value in threat.ratings.items():
        if instrument.rating(code) is None:
            issues.append(Issue(f"{where}.ratings.{code}", "unknown_item", {"code": code}))
        elif isinstance(value, bool) or value not in (0, 1, 2, 3):
            issues.append(Issue(f"{where}.ratings.{code}", "out_of_scale", {"value": value}))
    _check_date(issues, f"{where}.first_on", threat.first_on, today)
    _check_date(issues, f"{where}.last_on", threat.last_on, today)
    if threat.first_on and threat.last_on and threat.last_on < threat.first_on:
        issues.append(Issue(f"{where}.last_on", "before_first"))
    for name, limit in (("facts", MAX_TEXT), ("feasibility_conclusion", MAX_TEXT)):
        if len(getattr(threat, name)) > limit:
            issues.append(Issue(f"{where}.{name}", "too_long", {"limit": limit}))
    return issues


def missing(assessment: RiskAssessment, instrument: Instrument) -> list[Issue]:
    """Everything that must be filled before signing, each named (items in instrument order)."""
    issues: list[Issue] = []
    if not assessment.assessor.strip():
        issues.append(Issue("assessor", "required"))
    if not assessment.threats:
        issues.append(Issue("threats", "required"))
    for i, threat in enumerate(assessment.threats):
        where = f"threats.{i}"
        if not threat.facts.strip():
            issues.append(Issue(f"{where}.facts", "required"))
        if threat.kind is None:
            issues.append(Issue(f"{where}.kind", "required"))
        if threat.source_type is None:
            issues.append(Issue(f"{where}.source_type", "required"))
        for rating in instrument.threat_ratings:
            if rating.code not in threat.ratings:
                issues.append(Issue(f"{where}.ratings.{rating.code}", "required",
                                    {"code": rating.code}))
        if not threat.feasibility_conclusion.strip():
            issues.append(Issue(f"{where}.feasibility_conclusion", "required"))
    for item in instrument.items:
        if item.code not in assessment.answers:
            issues.append(Issue(f"answers.{item.code}", "required", {"code": item.code}))
    for kind in (VULNERABILITY, CAPACITY):
        items = instrument.items_of(kind)
        if items and all(assessment.answers.get(i.code) == NOT_EVALUATED for i in items):
            issues.append(Issue(kind, "none_evaluated"))
    return issues


def check_signable(assessment: RiskAssessment, instrument: Instrument, *,
                   today: date | None = None) -> None:
    """Raise unless the assessment can be signed now."""
    if assessment.is_signed:
        raise AssessmentSigned(assessment.id)
    invalid = validate(assessment, instrument, today=today)
    if invalid:
        raise AssessmentInvalid(invalid)
    incomplete = missing(assessment, instrument)
    if incomplete:
        raise AssessmentIncomplete(incomplete)


def normalized(assessment: RiskAssessment, instrument: Instrument) -> RiskAssessment:
    """Drop an override equal to the computed level (it overrides nothing) and
    refresh the computed figures."""
    result = score(assessment, instrument)
    override = assessment.override_level
    if override is not None and override == result.level:
        return replace(assessment, result=result, override_level=None, override_reason="")
    return replace(assessment, result=result)


# --- starting a new assessment -------------------------------------------------------------------


def new_draft(*, case_id: str, instrument: Instrument, assessor: str, reason: str = "",
              previous: RiskAssessment | None = None, today: date | None = None
              ) -> RiskAssessment:
    """A draft on ``instrument``, pre-filled from the previous signed assessment.

    Answers carry over for items the new instrument still has; threats carry over
    with new ids (the assessor reviews each one), ratings limited to the codes the
    instrument knows.  Overrides, conclusions and dates never carry over.
    """
    answers: dict[str, int] = {}
    threats: tuple[Threat, ...] = ()
    if previous is not None:
        answers = {code: value for code, value in previous.answers.items()
                   if instrument.item(code) is not None}
        threats = tuple(
            replace(t, id=new_id(),
                    kind=t.kind if instrument.threat_kind(t.kind) else None,
                    objective=_known(t.objective, instrument.threat_objectives),
                    channel=_known(t.channel, instrument.threat_channels),
                    pattern=_known(t.pattern, instrument.threat_patterns),
                    ratings={k: v for k, v in t.ratings.items() if instrument.rating(k)})
            for t in previous.threats)
    draft = RiskAssessment(case_id=case_id, instrument_version=instrument.version,
                           assessed_on=today or today_local(), assessor=assessor,
                           reason=reason, answers=answers, threats=threats,
                           supersedes_id=previous.id if previous else None)
    return replace(draft, result=score(draft, instrument))


def _known(code: str | None, options: Iterable[Any]) -> str | None:
    return code if code in {o.code for o in options} else None


# --- history and trend ---------------------------------------------------------------------------


@dataclass(frozen=True)
class TrendPoint:
    assessment_id: str
    assessed_on: date
    level: str
    rank: int
    index: float
    overridden: bool


def sort_key(a: RiskAssessment) -> tuple[date, str]:
    """Chronological order of signed assessments: date, then signing instant."""
    return (a.assessed_on, a.signed_at or "")


def trend(assessments: Iterable[RiskAssessment], rank_of: Mapping[str, int]
          ) -> list[TrendPoint]:
    """Signed assessments only, oldest first.  ``rank_of``: level code → rank."""
    signed = sorted((a for a in assessments if a.is_signed and a.result is not None),
                    key=sort_key)
    return [TrendPoint(a.id, a.assessed_on, a.level or "", rank_of.get(a.level or "", 0),
                       a.result.index if a.result else 0.0, a.override_level is not None)
            for a in signed]


def direction(points: list[TrendPoint]) -> int:
    """+1 when the latest level is higher than the one before, -1 lower, 0 otherwise."""
    if len(points) < 2:
        return 0
    last, before = points[-1].rank, points[-2].rank
    return (last > before) - (last < before)


def current(assessments: Iterable[RiskAssessment]) -> RiskAssessment | None:
    """The signed assessment in force: the latest by date and signing time."""
    signed = [a for a in assessments if a.is_signed]
    return max(signed, key=sort_key) if signed else None


# --- serialization of results (stored with the assessment) ---------------------------------------


def _drivers(raw: Any) -> tuple[Driver, ...]:
    return tuple(Driver(str(d["code"]), int(d["value"]), float(d["weight"]),
                        float(d["share"]), str(d.get("group", ""))) for d in raw or ())


def result_to_dict(result: RiskResult) -> dict[str, Any]:
    e = result.explanation

    def drivers(ds: tuple[Driver, ...]) -> list[dict[str, Any]]:
        return [{"code": d.code, "value": d.value, "weight": d.weight, "share": d.share,
                 "group": d.group} for d in ds]

    return {
        "instrument_version": result.instrument_version,
        "threat_score": result.threat_score,
        "vulnerability_score": result.vulnerability_score,
        "capacity_score": result.capacity_score,
        "index": result.index,
        "level": result.level,
        "grave_imminent": result.grave_imminent,
        "explanation": {
            "threat_id": e.threat_id,
            "threat_ratings": drivers(e.threat_ratings),
            "top_vulnerabilities": drivers(e.top_vulnerabilities),
            "missing_capacities": drivers(e.missing_capacities),
            "groups": [[g, v, c] for g, v, c in e.groups],
            "grave_imminent_threats": list(e.grave_imminent_threats),
            "band_level": e.band_level,
            "extremo_withheld": e.extremo_withheld,
            "floor_applied": e.floor_applied,
            "not_evaluated": e.not_evaluated,
        },
    }


def result_from_dict(raw: Mapping[str, Any]) -> RiskResult:
    e = raw.get("explanation") or {}
    explanation = Explanation(
        threat_id=e.get("threat_id"),
        threat_ratings=_drivers(e.get("threat_ratings")),
        top_vulnerabilities=_drivers(e.get("top_vulnerabilities")),
        missing_capacities=_drivers(e.get("missing_capacities")),
        groups=tuple((str(g[0]), None if g[1] is None else float(g[1]),
                      None if g[2] is None else float(g[2])) for g in e.get("groups", ())),
        grave_imminent_threats=tuple(e.get("grave_imminent_threats", ())),
        band_level=str(e.get("band_level", "")),
        extremo_withheld=bool(e.get("extremo_withheld", False)),
        floor_applied=bool(e.get("floor_applied", False)),
        not_evaluated=int(e.get("not_evaluated", 0)),
    )
    return RiskResult(instrument_version=int(raw["instrument_version"]),
                      threat_score=float(raw["threat_score"]),
                      vulnerability_score=float(raw["vulnerability_score"]),
                      capacity_score=float(raw["capacity_score"]), index=float(raw["index"]),
                      level=str(raw["level"]), grave_imminent=bool(raw["grave_imminent"]),
                      explanation=explanation)
