"""The indicator report for the Junta de Gobierno as a PDF, and the export itself.

Layout: a cover block (period, comparison period, audience, legend), the plan's
indicators with their change and a comparison chart, then one part per plan
item with a bar chart (this period against the previous one) and the table of
each breakdown, the learning evaluation, and a methodology note.  Suppressed
figures are "*" in tables and *no bar at all* in charts, so a drawing can never
show what a table hides.

:func:`export_report` is what the CLI and the app call: the file is written
atomically (temp 0600 → fsync → rename) inside the transaction that records the
export in the audit log, so there is no unaudited report and no audit entry
for a file that was not written.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.textlabels import NA_Label
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from mpi_desktop.domain import indicators as di
from mpi_desktop.domain.indicators import TOTAL, Figure, IndicatorReport, TableView
from mpi_desktop.domain.timeutil import today_local
from mpi_desktop.i18n import translate
from mpi_desktop.reports import indicators_csv, pdf
from mpi_desktop.storage import audit, indicator_queries
from mpi_desktop.storage.atomic import atomic_write_bytes
from mpi_desktop.storage.vault import Vault
from mpi_desktop.texts import indicators as t

CURRENT_COLOR = colors.HexColor("#1f4e79")
PREVIOUS_COLOR = colors.HexColor("#9dc3e6")
CHART_WIDTH = 180 * mm
LABEL_WIDTH = 62 * mm
BAR_ROW = 9.5
MAX_LABEL = 42
#: Categories per drawing: a drawing cannot break across pages, so long lists
#: (institutions, alcaldías, types) are drawn as several charts.
CHART_ROWS = 22
PLAN_ORDER = ("I.I", "I.II", "I.III", "I.IV", "I.V", "III.III", "")


def plan_item_label(code: str) -> str:
    texts = {
        "I.I": lambda: translate("Indicators", "I.I Attention and referral of cases"),
        "I.II": lambda: translate("Indicators", "I.II Follow-up of incorporated cases"),
        "I.III": lambda: translate(
            "Indicators", "I.III Ciudad refugio: support to cases of the federal mechanism"),
        "I.IV": lambda: translate("Indicators", "I.IV Digital violence"),
        "I.V": lambda: translate("Indicators", "I.V Self-protection workshops"),
        "III.III": lambda: translate("Indicators", "III.III Mapping of aggressions"),
        "": lambda: translate("Indicators", "Context: aggressions recorded in case files"),
    }
    text = texts.get(code)
    return text() if text else code


# --- charts -----------------------------------------------------------------------------------


def _short(label: str) -> str:
    return label if len(label) <= MAX_LABEL else label[:MAX_LABEL - 1] + "…"


def _nice_max(value: int) -> tuple[int, int]:
    """(axis maximum, step) with about five integer ticks."""
    top = max(1, value)
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10_000,
                 20_000, 50_000, 100_000):
        if top / step <= 6:
            return (-(-top // step)) * step, step
    step = 10 ** len(str(top))
    return step, step // 5


def bar_charts(labels: list[str], current: list[Figure], previous: list[Figure], *,
               current_name: str, previous_name: str) -> list[Drawing]:
    """One chart per CHART_ROWS categories, all on the same scale."""
    published = [f.value for f in (*current, *previous) if not f.suppressed and f.value]
    top = max(published, default=0)
    return [bar_chart(labels[i:i + CHART_ROWS], current[i:i + CHART_ROWS],
                      previous[i:i + CHART_ROWS], current_name=current_name,
                      previous_name=previous_name, top_value=top)
            for i in range(0, max(len(labels), 1), CHART_ROWS)]


def bar_chart(labels: list[str], current: list[Figure], previous: list[Figure], *,
              current_name: str, previous_name: str, top_value: int | None = None
              ) -> Drawing:
    """Horizontal bars, this period over the previous one; hidden figures get no bar."""
    pdf.register_fonts()
    height = 28 + len(labels) * 2 * BAR_ROW + len(labels) * 4
    drawing = Drawing(CHART_WIDTH, height)
    chart = HorizontalBarChart()
    chart.x = LABEL_WIDTH
    chart.y = 14
    chart.width = CHART_WIDTH - LABEL_WIDTH - 18 * mm
    chart.height = height - 30
    data_now = [f.value if not f.suppressed else None for f in current]
    data_before = [f.value if not f.suppressed else None for f in previous]
    chart.data = [data_now, data_before]
    if top_value is None:
        top_value = max([v for v in (*data_now, *data_before) if v is not None], default=0)
    top, step = _nice_max(top_value)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = pdf.FONT
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.labelTextFormat = "%d"
    chart.categoryAxis.categoryNames = [_short(label) for label in labels]
    chart.categoryAxis.reverseDirection = 1
    chart.categoryAxis.labels.fontName = pdf.FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    chart.bars[0].fillColor = CURRENT_COLOR
    chart.bars[1].fillColor = PREVIOUS_COLOR
    chart.bars.strokeWidth = 0
    chart.barWidth = BAR_ROW
    chart.groupSpacing = 4
    chart.barLabelFormat = "values"
    chart.barLabelArray = [[f.text() for f in current], [f.text() for f in previous]]
    chart.barLabels.fontName = pdf.FONT
    chart.barLabels.fontSize = 6.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 2
    na = NA_Label()
    na.text = "*"
    na.fontName = pdf.FONT
    na.fontSize = 7
    na.boxAnchor = "w"
    na.dx = 2
    chart.naLabel = na
    drawing.add(chart)
    legend = Legend()
    legend.x = LABEL_WIDTH
    legend.y = height - 4
    legend.fontName = pdf.FONT
    legend.fontSize = 7
    legend.boxAnchor = "nw"
    legend.columnMaximum = 1
    legend.alignment = "right"
    legend.deltax = 90
    legend.dxTextSpace = 4
    legend.colorNamePairs = [(CURRENT_COLOR, current_name), (PREVIOUS_COLOR, previous_name)]
    drawing.add(legend)
    return drawing


# --- tables -----------------------------------------------------------------------------------


def _change_text(figure: Figure) -> str:
    if figure.suppressed or figure.value is None:
        return "*"
    return f"+{figure.value}" if figure.value > 0 else str(figure.value)


def one_way_table(view: TableView) -> list[list[str]]:
    spec = view.spec
    rows = [[t.dimension_label(spec.row_dim), translate("Indicators", "Period"),
             translate("Indicators", "Previous"), translate("Indicators", "Change")]]
    for r in (*view.rows, TOTAL):
        now, before = view.current[(r, "")], view.previous[(r, "")]
        rows.append([t.category_label(spec.row_dim, r), now.text(), before.text(),
                     _change_text(di.change(now, before))])
    if not spec.additive:
        # Multi-response: the last row is the number of units, not a sum.
        rows[-1][0] = t.headline_label(spec.indicator)
    return rows


def two_way_table(view: TableView, which: str) -> list[list[str]]:
    spec = view.spec
    cells = view.current if which == "current" else view.previous
    header = [f"{t.dimension_label(spec.row_dim)} / {t.dimension_label(spec.col_dim or '')}",
              *(t.category_label(spec.col_dim or "", c) for c in view.cols),
              t.category_label("", TOTAL)]
    rows = [header]
    for r in (*view.rows, TOTAL):
        rows.append([t.category_label(spec.row_dim, r),
                     *(cells[(r, c)].text() for c in (*view.cols, TOTAL))])
    return rows


# --- the document -------------------------------------------------------------------------------


def _names(report: IndicatorReport) -> tuple[str, str]:
    return (translate("Indicators", "Period: {period}").format(
                period=t.period_title(report.period)),
            translate("Indicators", "Previous: {period}").format(
                period=t.period_title(report.previous_period)))


def _summary(report: IndicatorReport) -> list[Flowable]:
    rows = [[translate("Indicators", "Plan"), translate("Indicators", "Indicator"),
             translate("Indicators", "Period"), translate("Indicators", "Previous"),
             translate("Indicators", "Change")]]
    for h in report.headlines:
        rows.append([h.plan_item or "—", t.headline_label(h.key), h.current.text(),
                     h.previous.text(), _change_text(h.change)])
    now_name, before_name = _names(report)
    shown = [h for h in report.headlines if not (h.current.suppressed and h.previous.suppressed)]
    chart = bar_chart([t.headline_label(h.key) for h in shown], [h.current for h in shown],
                      [h.previous for h in shown], current_name=now_name,
                      previous_name=before_name)
    return [pdf.para(translate("Indicators", "The plan's indicators"), "h1"),
            pdf.table(rows, widths=[16 * mm, 92 * mm, 24 * mm, 24 * mm, 24 * mm],
                      numeric_columns=(2, 3, 4)),
            Spacer(1, 4 * mm), chart]


def _nothing_recorded(view: TableView) -> bool:
    """Both totals published and zero: a table of zeros says less than one sentence."""
    return all(not f.suppressed and f.value == 0
               for f in (view.total("current"), view.total("previous")))


Group = list[Flowable]


def _breakdown(view: TableView, report: IndicatorReport) -> list[Group]:
    """Blocks of one breakdown; each block is kept on one page (never nested: reportlab
    breaks the page before a KeepTogether that holds another one)."""
    spec = view.spec
    now_name, before_name = _names(report)
    heading = pdf.para(t.breakdown_label(spec.key), "h2")
    if not view.rows or _nothing_recorded(view):
        return [[heading, pdf.para(
            translate("Indicators", "Nothing recorded in either period."), "muted")]]
    labels = [t.category_label(spec.row_dim, r) for r in view.rows]
    if spec.two_way:
        charts = bar_charts(labels, [view.current[(r, TOTAL)] for r in view.rows],
                            [view.previous[(r, TOTAL)] for r in view.rows],
                            current_name=now_name, previous_name=before_name)
        widths = [50 * mm] + [(136 * mm) / (len(view.cols) + 1)] * (len(view.cols) + 1)
        numeric = tuple(range(1, len(view.cols) + 2))
        return [[heading, charts[0]], *([c] for c in charts[1:]),
                [pdf.para(now_name, "small"),
                 pdf.table(two_way_table(view, "current"), widths=widths,
                           numeric_columns=numeric)],
                [Spacer(1, 2 * mm), pdf.para(before_name, "small"),
                 pdf.table(two_way_table(view, "previous"), widths=widths,
                           numeric_columns=numeric)]]
    charts = bar_charts(labels, [view.current[(r, "")] for r in view.rows],
                        [view.previous[(r, "")] for r in view.rows],
                        current_name=now_name, previous_name=before_name)
    return [[heading, charts[0]], *([c] for c in charts[1:]),
            [pdf.table(one_way_table(view), widths=[96 * mm, 30 * mm, 30 * mm, 30 * mm],
                       numeric_columns=(1, 2, 3))]]


def _score_text(value: float | None, withheld: bool) -> str:
    if withheld:
        return "*"
    return "—" if value is None else f"{value:.1f}"


def _scores(report: IndicatorReport) -> Group:
    now, before = report.scores, report.previous_scores

    def gain(s: di.ScoreView) -> str:
        if s.withheld:
            return "*"
        if s.pre is None or s.post is None:
            return "—"
        return f"{s.post - s.pre:+.1f}"

    rows = [[t.score_label("learning_evaluation"), translate("Indicators", "Period"),
             translate("Indicators", "Previous")],
            [t.score_label("people_evaluated"), now.evaluated.text(), before.evaluated.text()],
            [t.score_label("average_before"), _score_text(now.pre, now.withheld),
             _score_text(before.pre, before.withheld)],
            [t.score_label("average_after"), _score_text(now.post, now.withheld),
             _score_text(before.post, before.withheld)],
            [t.score_label("gain"), gain(now), gain(before)]]
    return [pdf.para(t.score_label("learning_evaluation"), "h2"),
            pdf.table(rows, widths=[96 * mm, 45 * mm, 45 * mm], numeric_columns=(1, 2))]


def _method(report: IndicatorReport) -> list[Flowable]:
    notes = [
        translate("Indicators", "Periods are calendar days in Mexico City, first and last "
                  "day included. The comparison period has the same length and ends the day "
                  "before; whole months compare with the same number of months."),
        translate("Indicators", "People who exercised their ARCO right of opposition, and "
                  "the case files they are part of, are not counted."),
        translate("Indicators", "People trained counts attendances: a person at two "
                  "workshops counts twice; anonymous attendees are counted by the facilitator."),
    ]
    if report.audience == di.EXTERNAL:
        notes.append(translate(
            "Indicators", "Figures from 1 to {n} are hidden, and so are as many other figures "
            "as needed for none of them to be worked out from the totals or from other "
            "tables (complementary suppression).").format(n=di.THRESHOLD - 1))
    if report.unavailable:
        notes.append(translate("Indicators", "Not available in this vault: {parts}.").format(
            parts=", ".join(t.unavailable_label(p) for p in report.unavailable)))
    return [pdf.para(translate("Indicators", "Method"), "h1"),
            *(pdf.para("• " + n, "small") for n in notes)]


def story(report: IndicatorReport, *, generated_on: date) -> list[Flowable]:
    parts: list[Flowable] = [
        pdf.para(translate("Indicators", "Indicator report"), "title"),
        pdf.para(translate("Indicators", "MPI CDMX · Report to the Junta de Gobierno"),
                 "subtitle"),
        pdf.para(t.period_title(report.period), "subtitle"),
        pdf.table([
            [translate("Indicators", "Period"), t.months_label(report.period)],
            [translate("Indicators", "Compared with"), t.months_label(report.previous_period)],
            [translate("Indicators", "Audience"), t.audience_label(report.audience)],
            [translate("Indicators", "Generated"), t.date_label(generated_on)],
        ], widths=[40 * mm, 146 * mm], header=False),
        Spacer(1, 3 * mm),
    ]
    if report.audience == di.EXTERNAL:
        parts.append(pdf.para(t.suppression_legend(), "muted"))
    parts += _summary(report)
    for item in PLAN_ORDER:
        views = [v for v in report.tables if v.spec.plan_item == item]
        groups: list[Group] = []
        if item == "I.III":
            h = report.headline("refugio_cases")
            groups.append([pdf.para(translate(
                "Indicators", "{label}: {now} (previous period: {before}). {help}").format(
                    label=t.headline_label(h.key), now=h.current.text(),
                    before=h.previous.text(), help=t.headline_help(h.key)), "body")])
        for view in views:
            groups += _breakdown(view, report)
        if item == "I.V":
            groups.append(_scores(report))
        if not groups:
            continue
        # The part's heading travels with the first block under it.
        groups[0] = [pdf.para(plan_item_label(item), "h1"), *groups[0]]
        parts.append(PageBreak() if item == "I.I" else Spacer(1, 6 * mm))
        parts += [pdf.keep(*g) for g in groups]
    parts += [Spacer(1, 6 * mm), *_method(report)]
    if report.audience == di.EXTERNAL:
        parts.append(pdf.para(t.suppression_legend(), "muted"))
    return parts


def render(report: IndicatorReport, *, generated_on: date | None = None) -> pdf.RenderedPdf:
    title = t.period_title(report.period)
    footer = (translate("Indicators", "Public version: small figures suppressed")
              if report.audience == di.EXTERNAL else
              translate("Indicators", "For internal use: complete figures"))
    decor = pdf.PageDecor(
        header=translate("Indicators", "Indicator report · {period}").format(period=title),
        footer=footer, page_label=translate("Indicators", "Page {page} of {total}"))
    return pdf.render(story(report, generated_on=generated_on or today_local()),
                      title=translate("Indicators", "Indicator report"), decor=decor)


# --- producing and exporting ----------------------------------------------------------


def compute(vault: Vault, period: di.Period, audience: str) -> IndicatorReport:
    """Count both periods in one consistent snapshot and assemble the report."""
    with vault.read() as conn:
        current, previous = indicator_queries.report_counts(conn, period)
    return di.build_report(current, previous, audience=audience)


@dataclass(frozen=True)
class Written:
    path: Path
    format: str
    size: int
    sha256: str


def export_report(vault: Vault, report: IndicatorReport, out: Path, *,
                  generated_on: date | None = None) -> Written:
    """Write the report as PDF or CSV (by suffix), atomically, audited in the same step."""
    fmt = di.report_format(out.name)
    data = (render(report, generated_on=generated_on).data if fmt == "pdf"
            else indicators_csv.render(report))
    digest = hashlib.sha256(data).hexdigest()
    with vault.write() as conn:
        audit.append(conn, actor=vault.actor, action="report.indicators", entity="report",
                     details={"format": fmt, "audience": report.audience,
                              "from": report.period.first.isoformat(),
                              "to": report.period.last.isoformat(),
                              "suppressed": report.any_suppressed, "sha256": digest})
        atomic_write_bytes(out, data)
    return Written(out, fmt, len(data), digest)
