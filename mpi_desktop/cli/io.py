"""Reading secrets and writing results for the CLI.

Secrets come from a TTY prompt without echo, or — with ``--passphrase-stdin`` —
one per line on standard input.  Never from argv or the environment.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TextIO

from mpi_desktop.errors import ExitCode, MpiError, PassphraseMismatch
from mpi_desktop.i18n import translate


class NoSecretSource(MpiError):
    """Not a TTY and no --passphrase-stdin: refuse rather than block or guess."""

    exit_code = ExitCode.USAGE


class SecretReader:
    def __init__(self, *, use_stdin: bool, stdin: TextIO | None = None) -> None:
        self.use_stdin = use_stdin
        self.stdin = stdin or sys.stdin

    def read(self, prompt: str, *, confirm: bool = False) -> str:
        if self.use_stdin:
            line = self.stdin.readline()
            if not line:
                raise NoSecretSource(translate("CLI", "Expected one more line on standard input."))
            return line.rstrip("\r\n")
        if not sys.stdin.isatty():
            raise NoSecretSource(translate(
                "CLI", "No terminal to ask for the passphrase: use --passphrase-stdin."))
        first = getpass.getpass(prompt + " ")
        if confirm:
            again = getpass.getpass(translate("CLI", "Repeat it:") + " ")
            if again != first:
                raise PassphraseMismatch
        return first


def add_secret_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-stdin", action="store_true",
        help=translate("CLI", "read passphrases and keys as lines on standard input"))


def reader(args: argparse.Namespace) -> SecretReader:
    return SecretReader(use_stdin=bool(getattr(args, "passphrase_stdin", False)))


def out(text: str = "") -> None:
    print(text, file=sys.stdout, flush=True)


def err(text: str) -> None:
    print(text, file=sys.stderr, flush=True)
