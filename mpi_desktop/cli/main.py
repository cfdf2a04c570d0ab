"""``mpi-desktop`` command line: parse, dispatch, map failures to exit codes.

Expected failures print one sentence in the user's language on stderr and exit
with their documented code (docs/CLI.md); tracebacks are only for real bugs.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from importlib import import_module

from mpi_desktop import __version__, i18n
from mpi_desktop.cli.io import err
from mpi_desktop.errors import ExitCode, MpiError
from mpi_desktop.i18n import translate
from mpi_desktop.messages import describe

#: Each module has ``register(subparsers)``; listed explicitly so the
#: PyInstaller bundle sees every import.
COMMAND_MODULES = (
    "mpi_desktop.cli.vault_cmds",
    "mpi_desktop.cli.bench_cmds",
    "mpi_desktop.cli.demo_cmds",
    "mpi_desktop.cli.records_cmds",
    "mpi_desktop.cli.cem_cmds",
    "mpi_desktop.cli.report_cmds",
    "mpi_desktop.cli.protocol_cmds",
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        err(translate("CLI", "Usage error: {message}").format(message=message))
        raise SystemExit(ExitCode.USAGE)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="mpi-desktop",
        description=translate(
            "CLI", "MPI Desktop: encrypted case management for MPI CDMX. Without a command, "
            "opens the desktop app."))
    parser.add_argument("--version", action="version", version=f"mpi-desktop {__version__}")
    parser.add_argument("--demo", action="store_true", help=translate(
        "CLI", "open the desktop app on a demo vault with synthetic data"))
    parser.add_argument("--self-test", action="store_true", help=translate(
        "CLI", "create a vault in a temporary folder, write and read a case, render a PDF, "
        "verify, and exit"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        import_module(name).register(sub)
    return parser


def run(argv: Sequence[str]) -> int:
    i18n.install(i18n.language_from_environment())
    parser = build_parser()
    args = parser.parse_args(list(argv))
    if args.self_test:
        from mpi_desktop.selftest import run_self_test

        return run_self_test()
    if args.command is None:
        parser.print_help()
        return ExitCode.USAGE
    try:
        return int(args.func(args))
    except MpiError as exc:
        err(translate("CLI", "Error: {message}").format(message=describe(exc)))
        return int(exc.exit_code)
    except KeyboardInterrupt:
        err(translate("CLI", "Interrupted; nothing half-written was kept."))
        return 130
    except BrokenPipeError:
        # The reader went away (``mpi-desktop cases … | head``): not an error of ours.
        # Point stdout at /dev/null so the interpreter's final flush cannot fail again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141  # what a shell reports for a command ended by SIGPIPE


def main(argv: Sequence[str] | None = None) -> int:
    return run(sys.argv[1:] if argv is None else argv)
