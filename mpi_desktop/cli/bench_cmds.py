"""``bench``: print performance figures (never part of the test run)."""

from __future__ import annotations

import argparse
from pathlib import Path

from mpi_desktop.cli.io import out
from mpi_desktop.errors import ExitCode
from mpi_desktop.i18n import translate
from mpi_desktop.storage import crypto


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("bench", help=translate("CLI", "print performance figures"))
    p.add_argument("suite", choices=["vault", "cases", "packet", "report"],
                   help=translate("CLI", "which benchmark to run"))
    p.add_argument("--kdf-ms", type=int, default=crypto.DEFAULT_TARGET_MS, metavar="N")
    p.add_argument("--cases", type=int, default=50_000, metavar="N")
    p.add_argument("--keep", type=Path, default=None, metavar="DIR")
    p.set_defaults(func=cmd_bench)


def cmd_bench(args: argparse.Namespace) -> int:
    from mpi_desktop.bench import vault_bench

    if args.suite == "report":
        from mpi_desktop.bench import report_bench

        out(report_bench.run(cases=args.cases, keep=args.keep).render())
        return ExitCode.OK
    if args.suite == "packet":
        from mpi_desktop.bench import packet_bench

        out(packet_bench.run(cases=args.cases, keep=args.keep).render())
        return ExitCode.OK
    if args.suite == "cases":
        from mpi_desktop.bench import cases_bench

        out(cases_bench.run(cases=args.cases, keep=args.keep).render())
        return ExitCode.OK

    out(vault_bench.run(kdf_ms=args.kdf_ms).render())
    return ExitCode.OK
