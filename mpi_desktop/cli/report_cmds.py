"""``report``: the indicator report for the Junta de Gobierno, as PDF or CSV."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from mpi_desktop.cli.common import add_vault_arg, unlock
from mpi_desktop.cli.io import add_secret_flag, err, out
from mpi_desktop.domain import indicators as di
from mpi_desktop.domain.timeutil import today_local
from mpi_desktop.errors import ExitCode
from mpi_desktop.i18n import translate
from mpi_desktop.texts import indicators as t


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("CLI", "not a date like 2026-04-30: {text}").format(text=text)) from None


def _bimester(text: str) -> di.Period:
    try:
        year, number = (int(x) for x in text.split("-"))
        return di.Period.bimester(year, number)
    except (ValueError, di.PeriodError):
        raise argparse.ArgumentTypeError(
            translate("CLI", "a bimester looks like 2026-2 (year, then 1 to 6): {text}"
                      ).format(text=text)) from None


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("report", help=translate(
        "CLI", "write the indicator report for the Junta de Gobierno (PDF or CSV)"))
    add_vault_arg(p)
    add_secret_flag(p)
    p.add_argument("--from", dest="first", type=_date, metavar="DATE", help=translate(
        "CLI", "first day of the period (Mexico City), e.g. 2026-03-01"))
    p.add_argument("--to", dest="last", type=_date, metavar="DATE", help=translate(
        "CLI", "last day of the period, included"))
    p.add_argument("--bimester", type=_bimester, metavar="YYYY-N", help=translate(
        "CLI", "a calendar bimester instead of --from/--to (default: the last complete one)"))
    p.add_argument("--out", type=Path, required=True, metavar="FILE", help=translate(
        "CLI", "the file to write: .pdf or .csv"))
    p.add_argument("--audience", choices=di.AUDIENCES, default=di.INTERNAL, help=translate(
        "CLI", "internal: complete figures; external: figures below 5 suppressed"))
    p.set_defaults(func=cmd_report)


def period_from_args(args: argparse.Namespace, today: date) -> di.Period | None:
    """The period asked for; None when the options do not name one."""
    if args.bimester is not None:
        if args.first or args.last:
            return None
        return args.bimester  # type: ignore[no-any-return]
    if args.first is None and args.last is None:
        return di.Period.last_complete_bimester(today)
    if args.first is None or args.last is None:
        return None
    return di.Period(args.first, args.last)  # PeriodError (exit 2) if reversed


def cmd_report(args: argparse.Namespace) -> int:
    from mpi_desktop.reports import indicators_pdf

    period = period_from_args(args, today_local())
    if period is None:
        err(translate("CLI", "Usage error: {message}").format(message=translate(
            "CLI", "give both --from and --to, or --bimester alone")))
        return ExitCode.USAGE
    di.report_format(args.out.name)  # refuse a wrong suffix before asking for the passphrase
    with unlock(args) as vault:
        report = indicators_pdf.compute(vault, period, args.audience)
        written = indicators_pdf.export_report(vault, report, args.out)
    out(translate("CLI", "Report written: {path} ({format}, {size} bytes).").format(
        path=written.path, format=written.format.upper(), size=written.size))
    out(translate("CLI", "Period: {period}; compared with {previous}.").format(
        period=t.months_label(report.period), previous=t.months_label(report.previous_period)))
    out(translate("CLI", "Audience: {audience}.").format(
        audience=t.audience_label(report.audience)))
    if report.any_suppressed:
        out(t.suppression_legend())
    for h in report.headlines:
        out(f"  {h.plan_item or '—':<8}{t.headline_label(h.key):<50}"
            f"{h.current.text():>8}{h.previous.text():>8}")
    return ExitCode.OK
