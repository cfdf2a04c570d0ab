"""Indicator report for the Junta de Gobierno: definitions, periods and suppression.

Pure: the storage layer counts (``storage/indicator_queries.py``), this module
decides what the figures mean, which period is compared with which, and — for
an external audience — which cells must be hidden so that no count below
:data:`THRESHOLD` can be read or worked out.  docs/INDICATORS.md describes every
indicator and the suppression algorithm in words.

Every published number is a *cell* with a global id.  Tables (breakdowns) are
views over cells; additive tables add **equations** (a total equals the sum of
its parts).  Two tables over the same population share their grand-total cell,
so the equations link them and suppression is decided for all of them at once.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

from mpi_desktop.domain import catalogs
from mpi_desktop.errors import ExitCode, MpiError

#: Counts from 1 to THRESHOLD - 1 are "small cells" for an external audience.
THRESHOLD = 5
INTERNAL = "internal"
EXTERNAL = "external"
AUDIENCES = (INTERNAL, EXTERNAL)
#: Category code for records without the attribute (no alcaldía, no gender…).
UNKNOWN = "sin_dato"
TOTAL = "total"

# --- periods -----------------------------------------------------------------------------------


class PeriodError(MpiError):
    """A period whose first day is after its last day."""

    exit_code = ExitCode.USAGE


#: Files a report can be written as, by suffix.
FORMATS = ("pdf", "csv")


class UnsupportedReportFormat(MpiError):
    exit_code = ExitCode.USAGE

    def __init__(self, suffix: str) -> None:
        super().__init__(f"unsupported report format: {suffix!r}")
        self.suffix = suffix


def report_format(name: str) -> str:
    """'pdf' or 'csv' from a file name; anything else is refused."""
    suffix = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if suffix not in FORMATS:
        raise UnsupportedReportFormat(suffix)
    return suffix


@dataclass(frozen=True, order=True)
class Period:
    """Inclusive calendar dates in Mexico City (``first`` ≤ day ≤ ``last``)."""

    first: date
    last: date

    def __post_init__(self) -> None:
        if self.first > self.last:
            raise PeriodError(f"{self.first} is after {self.last}")

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def contains(self, day: date) -> bool:
        return self.first <= day <= self.last

    def iso(self) -> str:
        """ISO 8601 interval, e.g. ``2026-03-01/2026-04-30``."""
        return f"{self.first.isoformat()}/{self.last.isoformat()}"

    @property
    def whole_months(self) -> int:
        """How many calendar months the period covers exactly (0 if not month-aligned)."""
        if self.first.day != 1 or self.last.day != _month_end(self.last).day:
            return 0
        return (self.last.year - self.first.year) * 12 + self.last.month - self.first.month + 1

    def previous(self) -> Period:
        """The period of the same length just before this one.

        Month-aligned periods (a bimester, a quarter, a year) compare with the same
        number of calendar months before, so March–April compares with
        January–February; any other range with the same number of days before.
        """
        months = self.whole_months
        if months:
            last = self.first - timedelta(days=1)
            first = _add_months(date(last.year, last.month, 1), -(months - 1))
            return Period(first, last)
        last = self.first - timedelta(days=1)
        return Period(last - timedelta(days=self.days - 1), last)

    @classmethod
    def bimester(cls, year: int, number: int) -> Period:
        """Bimester 1 = January–February … 6 = November–December."""
        if not 1 <= number <= 6:
            raise PeriodError(f"bimester {number}")
        first = date(year, 2 * number - 1, 1)
        return cls(first, _month_end(date(year, 2 * number, 1)))

    @classmethod
    def bimester_of(cls, day: date) -> Period:
        return cls.bimester(day.year, (day.month + 1) // 2)

    @classmethod
    def last_complete_bimester(cls, today: date) -> Period:
        return cls.bimester_of(cls.bimester_of(today).first - timedelta(days=1))

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(date(year, 1, 1), date(year, 12, 31))

    @property
    def bimester_number(self) -> int | None:
        """1–6 when the period is exactly a calendar bimester, else None."""
        if self.whole_months == 2 and self.first.month % 2 == 1 \
                and self.first.year == self.last.year:
            return (self.first.month + 1) // 2
        return None


def _month_end(day: date) -> date:
    return date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


# --- groups used in breakdowns ------------------------------------------------------------------

GENDER_GROUPS = ("mujeres", "hombres", "no_binarias", "otra_no_especificada")
#: gender_identities catalog → gender group.  Trans women are women, trans men are men.
GENDER_BY_IDENTITY = {
    "mujer_cis": "mujeres", "mujer_trans": "mujeres",
    "hombre_cis": "hombres", "hombre_trans": "hombres",
    "no_binaria": "no_binarias",
}
#: Used only when the gender identity was not recorded.
GENDER_BY_SEX = {"mujer": "mujeres", "hombre": "hombres"}


def gender_group(gender_identity: str | None, sex: str | None) -> str:
    if gender_identity:
        return GENDER_BY_IDENTITY.get(gender_identity, "otra_no_especificada")
    return GENDER_BY_SEX.get(sex or "", "otra_no_especificada")


# --- definitions ---------------------------------------------------------------------------------

CellId = tuple[str, str, str]


def headline_cell(key: str) -> CellId:
    return ("headline", key, "")


@dataclass(frozen=True)
class Headline:
    key: str
    #: The plan's item ("I.I", "III.III"…) or "" for context figures.
    plan_item: str


@dataclass(frozen=True)
class Breakdown:
    key: str
    plan_item: str
    #: What the rows are (a dimension name the texts module can label).
    row_dim: str
    #: Category codes, in display order (called at build time: catalogs may grow).
    rows: Callable[[], tuple[str, ...]]
    col_dim: str | None = None
    cols: Callable[[], tuple[str, ...]] = lambda: ()
    #: False for multi-response tables (one review can show several types): the
    #: cells do not add up to the total, so no equation links them.
    additive: bool = True
    #: The cell the grand total *is* (usually a headline): shared, so suppression
    #: of linked tables is decided together.
    total_is: CellId | None = None
    #: Rows with zero in both periods are left out (long catalogs).
    hide_zero_rows: bool = False
    #: What is counted, when the total is not a headline figure.
    counts: str = ""

    @property
    def two_way(self) -> bool:
        return self.col_dim is not None

    @property
    def indicator(self) -> str:
        """The key of what this table counts (a headline key, or ``counts``)."""
        if self.counts:
            return self.counts
        if self.total_is is not None and self.total_is[0] == "headline":
            return self.total_is[1]
        return self.key


def _codes(name: str) -> Callable[[], tuple[str, ...]]:
    return lambda: tuple(catalogs.get(name).codes(active_only=False))


def _with_unknown(fn: Callable[[], tuple[str, ...]]) -> Callable[[], tuple[str, ...]]:
    return lambda: (*fn(), UNKNOWN)


def _measure_categories() -> tuple[str, ...]:
    from mpi_desktop.domain import measures

    return tuple(measures.catalog().categories.codes(active_only=False))


def _measure_states() -> tuple[str, ...]:
    from mpi_desktop.domain import measures

    return tuple(measures.STATES)


def _risk_levels() -> tuple[str, ...]:
    from mpi_desktop.domain import risk_instrument

    return (*(lv.code for lv in risk_instrument.current().levels), UNKNOWN)


def _dv_types() -> tuple[str, ...]:
    from mpi_desktop.domain import dv_protocol

    return tuple(dv_protocol.latest().types.codes(active_only=False))


def measures_in_force_states() -> tuple[str, ...]:
    from mpi_desktop.domain import measures

    return tuple(measures.IN_FORCE)


HEADLINES: tuple[Headline, ...] = (
    Headline("attentions", "I.I"),
    Headline("cases_attended", "I.I"),
    Headline("new_requests", "I.I"),
    Headline("incorporations", "I.II"),
    Headline("open_cases", "I.II"),
    Headline("measures_in_force", "I.II"),
    Headline("refugio_cases", "I.III"),
    Headline("dv_reviews", "I.IV"),
    Headline("workshops", "I.V"),
    Headline("people_trained", "I.V"),
    Headline("findings", "III.III"),
    Headline("aggressions", ""),
)
HEADLINE_KEYS = tuple(h.key for h in HEADLINES)

BREAKDOWNS: tuple[Breakdown, ...] = (
    Breakdown("attentions_by_kind", "I.I", "attention_type", _codes("attention_types"),
              total_is=headline_cell("attentions")),
    Breakdown("referrals_by_institution", "I.I", "institution",
              _with_unknown(_codes("institutions")),
              total_is=("attentions_by_kind", "canalizacion", ""), hide_zero_rows=True,
              counts="referrals"),
    Breakdown("cases_by_profile_gender", "I.I", "profile", _with_unknown(_codes("profiles")),
              col_dim="gender", cols=lambda: GENDER_GROUPS,
              total_is=headline_cell("cases_attended")),
    Breakdown("cases_by_alcaldia", "I.I", "alcaldia", _with_unknown(_codes("alcaldias")),
              total_is=headline_cell("cases_attended")),
    Breakdown("incorporations_by_procedure", "I.II", "procedure",
              _with_unknown(_codes("procedures")), total_is=headline_cell("incorporations")),
    Breakdown("open_cases_by_risk_level", "I.II", "risk_level", _risk_levels,
              total_is=headline_cell("open_cases")),
    Breakdown("measures_by_state_category", "I.II", "measure_state", _measure_states,
              col_dim="measure_category", cols=_measure_categories, counts="measures"),
    Breakdown("dv_types", "I.IV", "dv_type", _dv_types, additive=False,
              total_is=headline_cell("dv_reviews")),
    Breakdown("workshops_by_modality", "I.V", "workshop_modality",
              lambda: ("individual", "colectivo"), total_is=headline_cell("workshops")),
    Breakdown("workshops_by_topic", "I.V", "workshop_topic", _codes("workshop_topics"),
              additive=False, total_is=headline_cell("workshops")),
    Breakdown("people_trained_by_gender", "I.V", "gender", lambda: GENDER_GROUPS,
              total_is=headline_cell("people_trained")),
    Breakdown("findings_by_aggression_type", "III.III", "aggression_type",
              _codes("aggression_types"), total_is=headline_cell("findings"),
              hide_zero_rows=True),
    Breakdown("findings_by_alcaldia", "III.III", "alcaldia", _with_unknown(_codes("alcaldias")),
              total_is=headline_cell("findings"), hide_zero_rows=True),
    Breakdown("findings_by_source", "III.III", "finding_source", _codes("finding_sources"),
              total_is=headline_cell("findings")),
    Breakdown("aggressions_by_type", "", "aggression_type", _codes("aggression_types"),
              additive=False, total_is=headline_cell("aggressions"), hide_zero_rows=True),
    Breakdown("aggressions_by_aggressor", "", "aggressor_type", _codes("aggressor_types"),
              total_is=headline_cell("aggressions"), hide_zero_rows=True),
    Breakdown("aggressions_by_alcaldia", "", "alcaldia", _with_unknown(_codes("alcaldias")),
              total_is=headline_cell("aggressions"), hide_zero_rows=True),
)
BREAKDOWN_KEYS = tuple(b.key for b in BREAKDOWNS)


def breakdown(key: str) -> Breakdown:
    for spec in BREAKDOWNS:
        if spec.key == key:
            return spec
    raise KeyError(key)


# --- counts for one period (what storage hands us) ------------------------------------------------


@dataclass(frozen=True)
class Scores:
    """Learning evaluation of the workshops held in a period."""

    evaluated: int = 0
    pre: float | None = None
    post: float | None = None


@dataclass
class PeriodCounts:
    period: Period
    headlines: dict[str, int] = field(default_factory=dict)
    #: breakdown key → {(row, col): count}; one-way tables use col "".
    cells: dict[str, dict[tuple[str, str], int]] = field(default_factory=dict)
    scores: Scores = field(default_factory=Scores)
    #: Parts of the report whose data is not in this vault yet (e.g. a feature's
    #: tables are missing in an old schema): listed in the report, never guessed.
    unavailable: tuple[str, ...] = ()

    def add(self, table: str, row: str | None, col: str | None = "", n: int = 1) -> None:
        key = (row or UNKNOWN, "" if col == "" else (col or UNKNOWN))
        bucket = self.cells.setdefault(table, {})
        bucket[key] = bucket.get(key, 0) + n


# --- the linear system of published cells ---------------------------------------------------------


@dataclass(frozen=True)
class Equation:
    """``total`` equals the sum of ``parts``."""

    total: CellId
    parts: tuple[CellId, ...]


@dataclass
class CellSystem:
    values: dict[CellId, int] = field(default_factory=dict)
    equations: list[Equation] = field(default_factory=list)
    #: Cells never chosen for complementary suppression: headline figures and the
    #: grand totals they equal (the plan's indicators must be readable).
    locked: set[CellId] = field(default_factory=set)
    #: Margins (row and column totals): hidden only after interior cells.
    margins: set[CellId] = field(default_factory=set)
    _by_cell: dict[CellId, list[int]] = field(default_factory=dict, repr=False)

    def equations_of(self, cell: CellId) -> list[int]:
        """Indexes of the equations a cell appears in (built once, when first asked)."""
        if not self._by_cell:
            for i, eq in enumerate(self.equations):
                for c in (eq.total, *eq.parts):
                    self._by_cell.setdefault(c, []).append(i)
        return self._by_cell.get(cell, [])


def table_rows(spec: Breakdown, *counts: PeriodCounts) -> tuple[str, ...]:
    """Rows to show: the spec's categories plus any code found in the data (a retired
    or newer catalog code), minus all-zero rows where the spec hides them."""
    rows = list(spec.rows())
    for c in counts:
        for row, _ in sorted(c.cells.get(spec.key, {})):
            if row not in rows:
                rows.append(row)
    if spec.hide_zero_rows:
        rows = [r for r in rows if any(n for c in counts
                                       for (row, _), n in c.cells.get(spec.key, {}).items()
                                       if row == r)]
    return tuple(rows)


def table_cols(spec: Breakdown, *counts: PeriodCounts) -> tuple[str, ...]:
    if not spec.two_way:
        return ("",)
    cols = list(spec.cols())
    for c in counts:
        for _, col in sorted(c.cells.get(spec.key, {})):
            if col not in cols:
                cols.append(col)
    return tuple(cols)


def grand_total_id(spec: Breakdown) -> CellId:
    if spec.total_is is not None:
        return spec.total_is
    return (spec.key, TOTAL, TOTAL if spec.two_way else "")


def build_system(counts: PeriodCounts, *, rows: Mapping[str, tuple[str, ...]],
                 cols: Mapping[str, tuple[str, ...]]) -> CellSystem:
    """Every cell of one period with its value, and the equations between them."""
    system = CellSystem()
    for key in HEADLINE_KEYS:
        cell = headline_cell(key)
        system.values[cell] = int(counts.headlines.get(key, 0))
        system.locked.add(cell)
    for spec in BREAKDOWNS:
        data = counts.cells.get(spec.key, {})
        table_r, table_c = rows[spec.key], cols[spec.key]
        grand = grand_total_id(spec)
        inner = {(r, c): int(data.get((r, c), 0)) for r in table_r for c in table_c}
        for (r, c), n in inner.items():
            system.values[(spec.key, r, c)] = n
        if grand not in system.values:
            system.values[grand] = sum(inner.values()) if spec.additive else 0
        system.locked.add(grand)
        if not spec.additive:
            continue
        if spec.two_way:
            row_cells = {r: (spec.key, r, TOTAL) for r in table_r}
            col_cells = {c: (spec.key, TOTAL, c) for c in table_c}
            for r in table_r:
                system.values[row_cells[r]] = sum(inner[(r, c)] for c in table_c)
                system.margins.add(row_cells[r])
                system.equations.append(Equation(row_cells[r],
                                                 tuple((spec.key, r, c) for c in table_c)))
            for c in table_c:
                system.values[col_cells[c]] = sum(inner[(r, c)] for r in table_r)
                system.margins.add(col_cells[c])
                system.equations.append(Equation(col_cells[c],
                                                 tuple((spec.key, r, c) for r in table_r)))
            system.equations.append(Equation(grand, tuple(row_cells.values())))
            system.equations.append(Equation(grand, tuple(col_cells.values())))
        else:
            system.equations.append(Equation(grand, tuple((spec.key, r, "") for r in table_r)))
    in_force = tuple(("measures_by_state_category", s, TOTAL) for s in measures_in_force_states()
                     if ("measures_by_state_category", s, TOTAL) in system.values)
    if in_force:
        system.equations.append(Equation(headline_cell("measures_in_force"), in_force))
    return system


def inconsistencies(system: CellSystem) -> list[Equation]:
    """Equations the counts do not satisfy (a bug in a query, caught before publishing)."""
    return [eq for eq in system.equations
            if system.values[eq.total] != sum(system.values[p] for p in eq.parts)]


# --- suppression ---------------------------------------------------------------------------------


def primary_cells(system: CellSystem, threshold: int = THRESHOLD) -> set[CellId]:
    return {cell for cell, value in system.values.items() if 0 < value < threshold}


def suppress(system: CellSystem, threshold: int = THRESHOLD) -> set[CellId]:
    """Primary and complementary suppression; returns every cell to hide.

    1. Primary: every cell (inner, margin, total or headline) from 1 to threshold-1.
    2. Complementary: for each primary cell, the largest value it could take given
       everything still published (the equations, and that counts are ≥ 0) is
       computed exactly (linear programming).  While that maximum is
       below the threshold — the reader could tell the cell is small, or derive it —
       one more published cell of a linked equation is hidden: the one that lifts
       the maximum most, preferring inner cells to margins and small values to
       large ones.  Headline figures and their grand totals are never hidden
       this way.  Hiding more never narrows another cell's range, so one pass
       in a fixed order settles every cell.
    3. Clean-up: every complementary cell whose publication would still leave all
       small cells protected is published again (costliest first), so no "*"
       stands for a figure that could be worked out anyway.
    """
    primary = primary_cells(system, threshold)
    hidden = set(primary)
    for cell in sorted(primary):
        while not _reaches(system, hidden, cell, threshold):
            candidates = _candidates(system, hidden, cell)
            if not candidates:
                break  # cannot happen with consistent counts; kept as a guard
            # The first candidate that protects the cell is taken (the exact check
            # runs only where the cheap bound allows it).  If none does alone, hide
            # the one that loosens the bound most and go on.
            best: tuple[tuple[float, int], CellId] | None = None
            for candidate in candidates:
                trial = hidden | {candidate}
                bound = upper_bound(system, trial, cell)
                if bound >= threshold - EPS and _reaches(system, trial, cell, threshold):
                    best = ((0.0, 0), candidate)
                    break
                rank = (-bound, _cost(system, candidate))
                if best is None or rank < best[0]:
                    best = (rank, candidate)
            assert best is not None
            hidden.add(best[1])
    return _release_needless(system, hidden, primary, threshold)


def upper_bound(system: CellSystem, hidden: set[CellId], cell: CellId) -> float:
    """A cheap bound on the largest value of ``cell``: in an equation whose total is
    published, a hidden part is at most what the hidden parts share."""
    bound = float("inf")
    for i in system.equations_of(cell):
        eq = system.equations[i]
        if eq.total == cell:
            if not any(p in hidden for p in eq.parts):
                bound = min(bound, sum(system.values[p] for p in eq.parts))
        elif eq.total not in hidden:
            shared = system.values[eq.total] - sum(system.values[p] for p in eq.parts
                                                   if p not in hidden)
            bound = min(bound, shared)
    return bound


def _reaches(system: CellSystem, hidden: set[CellId], cell: CellId, threshold: int) -> bool:
    """Whether ``cell`` could be ``threshold`` or more given what is published."""
    if upper_bound(system, hidden, cell) < threshold - EPS:
        return False
    top = max_value(system, hidden, cell)
    return top is None or top >= threshold - EPS


def _protected(system: CellSystem, hidden: set[CellId], cells: Iterable[CellId],
               threshold: int) -> bool:
    return all(_reaches(system, hidden, cell, threshold) for cell in cells)


def _release_needless(system: CellSystem, hidden: set[CellId], primary: set[CellId],
                      threshold: int) -> set[CellId]:
    """Publish again each complementary cell the protection does not need (the costliest
    first): a cell that can be worked out anyway, or whose partner suffices alone."""
    for cell in sorted(hidden - primary, key=lambda c: (-_cost(system, c), c)):
        trial = hidden - {cell}
        # Only the small cells linked to this one can lose protection.
        affected = sorted(_linked_cells(system, hidden, cell) & primary)
        if _protected(system, trial, affected, threshold):
            hidden = trial
    return hidden


def _cost(system: CellSystem, cell: CellId) -> int:
    """Information lost by hiding a cell: margins weigh more than inner cells."""
    weight = 1_000_000 if cell in system.margins else 0
    return weight + system.values[cell]


def _component(system: CellSystem, hidden: set[CellId], cell: CellId) -> list[Equation]:
    """Equations linked to ``cell`` through hidden cells (the ones that matter for it)."""
    seen_cells = {cell}
    todo = [cell]
    chosen_ids: set[int] = set()
    while todo:
        current = todo.pop()
        for i in system.equations_of(current):
            if i in chosen_ids:
                continue
            chosen_ids.add(i)
            eq = system.equations[i]
            for other in (eq.total, *eq.parts):
                if other in hidden and other not in seen_cells:
                    seen_cells.add(other)
                    todo.append(other)
    return [system.equations[i] for i in sorted(chosen_ids)]


def _linked_cells(system: CellSystem, hidden: set[CellId], cell: CellId) -> set[CellId]:
    return {c for eq in _component(system, hidden, cell) for c in (eq.total, *eq.parts)}


def _candidates(system: CellSystem, hidden: set[CellId], cell: CellId) -> list[CellId]:
    """Published cells that could protect ``cell``: those sharing an equation with it
    first (cheapest first), then the rest of its linked equations."""
    near: set[CellId] = set()
    for i in system.equations_of(cell):
        eq = system.equations[i]
        near.update(c for c in (eq.total, *eq.parts)
                    if c not in hidden and c not in system.locked)
    far = {c for c in _linked_cells(system, hidden, cell)
           if c not in hidden and c not in system.locked and c not in near}

    def key(c: CellId) -> tuple[int, CellId]:
        return _cost(system, c), c

    return sorted(near, key=key) + sorted(far, key=key)


def max_value(system: CellSystem, hidden: set[CellId], cell: CellId) -> float | None:
    """The largest value ``cell`` can take given the published cells; None = unbounded."""
    equations = _component(system, hidden, cell)
    variables = sorted({c for eq in equations for c in (eq.total, *eq.parts) if c in hidden})
    if cell not in variables:
        return None  # in no equation: nothing published constrains it
    index = {c: i for i, c in enumerate(variables)}
    rows: list[list[float]] = []
    rhs: list[float] = []
    for eq in equations:
        coeffs = [0.0] * len(variables)
        constant = 0.0
        for c, sign in ((eq.total, 1), *((p, -1) for p in eq.parts)):
            if c in index:
                coeffs[index[c]] += sign
            else:
                constant -= sign * system.values[c]
        if any(coeffs):
            rows.append(coeffs)
            rhs.append(constant)
    objective = [0.0] * len(variables)
    objective[index[cell]] = -1.0
    low = _lp_minimum(rows, rhs, objective)
    return None if low is None else round(-low, 6)


# A small simplex (two phases, Bland's rule, so it cannot cycle).  The systems are
# sums of counts with coefficients 0 and ±1 (network matrices): every basis
# solution is integral, so floating point is exact here; EPS only absorbs the
# representation of zero.
EPS = 1e-9


def _pivot(tab: list[list[float]], row: int, col: int) -> None:
    pivot = tab[row][col]
    if pivot != 1.0:
        tab[row] = [v / pivot for v in tab[row]]
    source = tab[row]
    nonzero = [j for j, v in enumerate(source) if abs(v) > EPS]
    for i, other in enumerate(tab):
        if i != row and abs(other[col]) > EPS:
            factor = other[col]
            for j in nonzero:
                other[j] -= factor * source[j]


def _optimize(tab: list[list[float]], basis: list[int], cost: list[float]) -> float | None:
    ncols = len(cost)
    reduced = [cost[j] - sum(cost[basis[i]] * tab[i][j] for i in range(len(tab)))
               for j in range(ncols)]
    while True:
        enter = next((j for j in range(ncols) if reduced[j] < -EPS), None)
        if enter is None:
            return sum(cost[basis[i]] * tab[i][-1] for i in range(len(tab)))
        leave: tuple[float, int, int] | None = None
        for i, row in enumerate(tab):
            if row[enter] > EPS:
                key = (row[-1] / row[enter], basis[i], i)
                if leave is None or key[0] < leave[0] - EPS or (
                        abs(key[0] - leave[0]) <= EPS and key[1] < leave[1]):
                    leave = key
        if leave is None:
            return None
        _pivot(tab, leave[2], enter)
        basis[leave[2]] = enter
        factor = reduced[enter]
        pivot_row = tab[leave[2]]
        reduced = [r - factor * pivot_row[j] for j, r in enumerate(reduced)]


def _lp_minimum(rows: list[list[float]], rhs: list[float], objective: list[float]
                ) -> float | None:
    """min objective·x subject to rows·x = rhs, x ≥ 0; None when unbounded below."""
    n, m = len(objective), len(rows)
    if m == 0:
        return None if any(c < 0 for c in objective) else 0.0
    tab: list[list[float]] = []
    for i, (row, b) in enumerate(zip(rows, rhs, strict=True)):
        sign = -1.0 if b < 0 else 1.0
        artificial = [1.0 if k == i else 0.0 for k in range(m)]
        tab.append([sign * v for v in row] + artificial + [sign * b])
    basis = [n + i for i in range(m)]
    infeasibility = _optimize(tab, basis, [0.0] * n + [1.0] * m)
    if infeasibility is None or infeasibility > EPS:
        raise ValueError("published counts are inconsistent")
    for i in reversed(range(len(tab))):
        if basis[i] < n:
            continue
        col = next((j for j in range(n) if abs(tab[i][j]) > EPS), None)
        if col is None:
            del tab[i]
            del basis[i]
        else:
            _pivot(tab, i, col)
            basis[i] = col
    tab = [[*row[:n], row[-1]] for row in tab]
    if not tab:
        return None if any(c < 0 for c in objective) else 0.0
    return _optimize(tab, basis, list(objective))


# --- the report ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Figure:
    """One number as published: its value, or hidden (shown as "*")."""

    value: int | None
    suppressed: bool = False

    @classmethod
    def of(cls, value: int, hidden: bool) -> Figure:
        return cls(None, True) if hidden else cls(value, False)

    def text(self) -> str:
        return "*" if self.suppressed or self.value is None else str(self.value)


def change(current: Figure, previous: Figure) -> Figure:
    if current.suppressed or previous.suppressed or current.value is None \
            or previous.value is None:
        return Figure(None, True)
    return Figure(current.value - previous.value)


@dataclass(frozen=True)
class HeadlineRow:
    key: str
    plan_item: str
    current: Figure
    previous: Figure

    @property
    def change(self) -> Figure:
        return change(self.current, self.previous)


@dataclass(frozen=True)
class TableView:
    spec: Breakdown
    rows: tuple[str, ...]
    #: ("",) for one-way tables.
    cols: tuple[str, ...]
    current: dict[tuple[str, str], Figure]
    previous: dict[tuple[str, str], Figure]

    def total(self, which: str = "current") -> Figure:
        key = (TOTAL, TOTAL if self.spec.two_way else "")
        return (self.current if which == "current" else self.previous)[key]


@dataclass(frozen=True)
class ScoreView:
    evaluated: Figure
    pre: float | None
    post: float | None
    #: True when the averages are withheld (fewer than THRESHOLD people, external).
    withheld: bool = False


@dataclass(frozen=True)
class IndicatorReport:
    period: Period
    previous_period: Period
    audience: str
    headlines: tuple[HeadlineRow, ...]
    tables: tuple[TableView, ...]
    scores: ScoreView
    previous_scores: ScoreView
    #: Parts that could not be computed from this vault (see PeriodCounts).
    unavailable: tuple[str, ...] = ()

    @property
    def any_suppressed(self) -> bool:
        figures: Iterable[Figure] = (
            *(f for h in self.headlines for f in (h.current, h.previous)),
            *(f for t in self.tables for f in (*t.current.values(), *t.previous.values())))
        return any(f.suppressed for f in figures)

    def headline(self, key: str) -> HeadlineRow:
        return next(h for h in self.headlines if h.key == key)

    def table(self, key: str) -> TableView:
        return next(t for t in self.tables if t.spec.key == key)


def _view_cells(system: CellSystem, hidden: set[CellId], spec: Breakdown,
                rows: tuple[str, ...], cols: tuple[str, ...]) -> dict[tuple[str, str], Figure]:
    out: dict[tuple[str, str], Figure] = {}
    for r in rows:
        for c in cols:
            cell = (spec.key, r, c)
            out[(r, c)] = Figure.of(system.values[cell], cell in hidden)
    grand = grand_total_id(spec)
    if spec.two_way:
        for r in rows:
            cell = (spec.key, r, TOTAL)
            out[(r, TOTAL)] = Figure.of(system.values[cell], cell in hidden)
        for c in cols:
            cell = (spec.key, TOTAL, c)
            out[(TOTAL, c)] = Figure.of(system.values[cell], cell in hidden)
        out[(TOTAL, TOTAL)] = Figure.of(system.values[grand], grand in hidden)
    else:
        out[(TOTAL, "")] = Figure.of(system.values[grand], grand in hidden)
    return out


def _scores(scores: Scores, audience: str) -> ScoreView:
    withheld = audience == EXTERNAL and 0 < scores.evaluated < THRESHOLD
    evaluated = Figure.of(scores.evaluated, withheld)
    if withheld:
        return ScoreView(evaluated, None, None, withheld=True)
    return ScoreView(evaluated, scores.pre, scores.post)


def build_report(current: PeriodCounts, previous: PeriodCounts, *, audience: str,
                 threshold: int = THRESHOLD) -> IndicatorReport:
    """Assemble the report; for an external audience, hide small cells in both periods.

    Each period is protected on its own: the two periods are disjoint, so no
    equation links their cells.
    """
    if audience not in AUDIENCES:
        raise ValueError(f"audience {audience!r}")
    rows = {spec.key: table_rows(spec, current, previous) for spec in BREAKDOWNS}
    cols = {spec.key: table_cols(spec, current, previous) for spec in BREAKDOWNS}
    systems = [build_system(c, rows=rows, cols=cols) for c in (current, previous)]
    hidden: list[set[CellId]] = [
        suppress(s, threshold) if audience == EXTERNAL else set() for s in systems]
    headlines = tuple(
        HeadlineRow(h.key, h.plan_item,
                    Figure.of(systems[0].values[headline_cell(h.key)],
                              headline_cell(h.key) in hidden[0]),
                    Figure.of(systems[1].values[headline_cell(h.key)],
                              headline_cell(h.key) in hidden[1]))
        for h in HEADLINES)
    tables = tuple(
        TableView(spec, rows[spec.key], cols[spec.key],
                  _view_cells(systems[0], hidden[0], spec, rows[spec.key], cols[spec.key]),
                  _view_cells(systems[1], hidden[1], spec, rows[spec.key], cols[spec.key]))
        for spec in BREAKDOWNS)
    unavailable = tuple(sorted(set(current.unavailable) | set(previous.unavailable)))
    return IndicatorReport(current.period, previous.period, audience, headlines, tables,
                           _scores(current.scores, audience), _scores(previous.scores, audience),
                           unavailable)
