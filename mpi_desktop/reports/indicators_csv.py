"""The indicator report as one tidy CSV table (columns in docs/INDICATORS.md).

One row per published figure: the headline indicators, every category of every
breakdown (two-way tables as ``row|column``, their margins with ``total``) and
the learning evaluation.  Codes are stable and meant for programs; the
``*_label`` columns repeat them in the user's language for people.  A suppressed
figure is ``*`` — the same mark as in the PDF — never a number.

UTF-8 with a byte-order mark (spreadsheets then read the accents right), comma
separated, RFC 4180 quoting.
"""

from __future__ import annotations

import csv
import io

from mpi_desktop.domain import indicators as di
from mpi_desktop.domain.indicators import TOTAL, Figure, IndicatorReport
from mpi_desktop.texts import indicators as t

COLUMNS = ("plan_item", "indicator", "breakdown", "category", "period", "value",
           "previous_period", "previous_value", "audience", "indicator_label",
           "breakdown_label", "category_label")
CONTEXT = "contexto"


def _score(value: float | None, withheld: bool) -> str:
    if withheld:
        return "*"
    return "" if value is None else f"{value:.2f}"


def rows(report: IndicatorReport) -> list[dict[str, str]]:
    period, previous = report.period.iso(), report.previous_period.iso()
    out: list[dict[str, str]] = []

    def add(*, plan_item: str, indicator: str, breakdown: str, category: str, value: str,
            previous_value: str, breakdown_label: str, category_label: str) -> None:
        out.append({
            "plan_item": plan_item or CONTEXT, "indicator": indicator, "breakdown": breakdown,
            "category": category, "period": period, "value": value,
            "previous_period": previous, "previous_value": previous_value,
            "audience": report.audience,
            "indicator_label": t.headline_label(indicator),
            "breakdown_label": breakdown_label, "category_label": category_label})

    for h in report.headlines:
        add(plan_item=h.plan_item, indicator=h.key, breakdown="", category=TOTAL,
            value=h.current.text(), previous_value=h.previous.text(), breakdown_label="",
            category_label=t.category_label("", TOTAL))
    for table in report.tables:
        spec = table.spec
        dims = spec.row_dim if not spec.two_way else f"{spec.row_dim}|{spec.col_dim}"
        dims_label = t.dimension_label(spec.row_dim) if not spec.two_way else \
            f"{t.dimension_label(spec.row_dim)} × {t.dimension_label(spec.col_dim or '')}"
        for (r, c), figure in _ordered(table):
            prev: Figure = table.previous[(r, c)]
            if spec.two_way:
                category = f"{r}|{c}"
                label = f"{t.category_label(spec.row_dim, r)} × " \
                        f"{t.category_label(spec.col_dim or '', c)}"
            else:
                category = r
                label = t.category_label(spec.row_dim, r)
            add(plan_item=spec.plan_item, indicator=spec.indicator, breakdown=dims,
                category=category, value=figure.text(), previous_value=prev.text(),
                breakdown_label=f"{t.breakdown_label(spec.key)} ({dims_label})",
                category_label=label)
    for key, label, now, before in (
            ("people_evaluated", t.score_label("people_evaluated"),
             report.scores.evaluated.text(), report.previous_scores.evaluated.text()),
            ("average_before", t.score_label("average_before"),
             _score(report.scores.pre, report.scores.withheld),
             _score(report.previous_scores.pre, report.previous_scores.withheld)),
            ("average_after", t.score_label("average_after"),
             _score(report.scores.post, report.scores.withheld),
             _score(report.previous_scores.post, report.previous_scores.withheld))):
        out.append({
            "plan_item": "I.V", "indicator": "learning_evaluation", "breakdown": "",
            "category": key, "period": period, "value": now, "previous_period": previous,
            "previous_value": before, "audience": report.audience,
            "indicator_label": t.score_label("learning_evaluation"), "breakdown_label": "",
            "category_label": label})
    return out


def _ordered(table: di.TableView) -> list[tuple[tuple[str, str], Figure]]:
    """Categories in display order, margins after their row, the grand total last."""
    spec = table.spec
    out = []
    for r in table.rows:
        for c in table.cols:
            out.append(((r, c), table.current[(r, c)]))
        if spec.two_way:
            out.append(((r, TOTAL), table.current[(r, TOTAL)]))
    if spec.two_way:
        for c in (*table.cols, TOTAL):
            out.append(((TOTAL, c), table.current[(TOTAL, c)]))
    else:
        out.append(((TOTAL, ""), table.current[(TOTAL, "")]))
    return out


def render(report: IndicatorReport) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows(report))
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
