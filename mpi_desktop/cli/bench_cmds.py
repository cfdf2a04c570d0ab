"""``bench``: print performance figures (never part of the test run)."""

from __future__ import annotations

import argparse

from mpi_desktop.cli.io import out
from mpi_desktop.errors import ExitCode
from mpi_desktop.i18n import translate
from mpi_desktop.storage import crypto


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("bench", help=translate("CLI", "print performance figures"))
    p.add_argument("suite", choices=["vault"], help=translate("CLI", "which benchmark to run"))
    p.add_argument("--kdf-ms", type=int, default=crypto.DEFAULT_TARGET_MS, metavar="N")
    p.set_defaults(func=cmd_bench)


def cmd_bench(args: argparse.Namespace) -> int:
    from mpi_desktop.bench import vault_bench

    out(vault_bench.run(kdf_ms=args.kdf_ms).render())
    return ExitCode.OK
