"""``demo``: create a vault (or open one) and fill it with synthetic cases."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from mpi_desktop.cli import vault_cmds
from mpi_desktop.cli.common import unlock
from mpi_desktop.cli.io import add_secret_flag, err, out
from mpi_desktop.errors import ExitCode
from mpi_desktop.i18n import translate
from mpi_desktop.storage import crypto
from mpi_desktop.storage import vault as vault_mod

MAX_CASES = 500_000


def _case_count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 < value <= MAX_CASES:
        raise argparse.ArgumentTypeError(translate(
            "CLI", "the number of cases must be between 1 and {max}").format(max=MAX_CASES))
    return value


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("demo", help=translate(
        "CLI", "fill a vault with synthetic demo cases (creates the vault if the folder "
        "does not exist)"))
    # No default folder: demo data must never land in the real vault by accident.
    p.add_argument("--vault", type=Path, required=True, metavar="DIR", help=translate(
        "CLI", "vault folder for the demo (created if it does not exist)"))
    add_secret_flag(p)
    p.add_argument("--cases", type=_case_count, required=True, metavar="N",
                   help=translate("CLI", "how many cases to add"))
    p.add_argument("--seed", type=int, default=2026, metavar="S", help=translate(
        "CLI", "random seed: the same seed gives the same data (default 2026)"))
    p.add_argument("--kdf-ms", type=int, default=crypto.DEFAULT_TARGET_MS, metavar="N",
                   help=translate("CLI", "target unlock time in milliseconds for a new vault "
                                  "(default 1000)"))
    p.add_argument("--recovery-key-file", type=Path, metavar="FILE", help=translate(
        "CLI", "for a new vault: write the recovery key to FILE (mode 0600) instead of "
        "printing it"))
    p.set_defaults(func=cmd_demo)


class _Progress:
    """Progress on stderr: one rewritten line on a terminal, a line per tenth otherwise."""

    def __init__(self) -> None:
        self.tty = sys.stderr.isatty()
        self.last_tenth = -1
        self.started = time.monotonic()

    def __call__(self, done: int, total: int) -> None:
        percent = 100 * done // max(1, total)
        line = translate("CLI", "Generating demo cases: {done} of {total} ({percent} %)").format(
            done=done, total=total, percent=percent)
        if self.tty:
            print("\r" + line, end="", file=sys.stderr, flush=True)
            if done >= total:
                print(file=sys.stderr, flush=True)
        elif percent // 10 != self.last_tenth:
            self.last_tenth = percent // 10
            err(line)


def cmd_demo(args: argparse.Namespace) -> int:
    from mpi_desktop.demo.features import add_features
    from mpi_desktop.demo.generator import populate

    new = not vault_mod.exists(args.vault)
    vault = vault_cmds.create_vault(args) if new else unlock(args)
    with vault:
        summary = populate(vault, cases=args.cases, seed=args.seed, progress=_Progress())
        # Risk, plans, reviews, workshops, findings and CEM sessions once, when the
        # demo vault is made: later runs only add cases.
        features = add_features(vault, seed=args.seed) if new and summary.cases else None
    out(translate(
        "CLI", "Added {cases} demo cases ({people} people, {aggressions} aggressions, "
        "{attentions} attentions) in {seconds} s.").format(
            cases=summary.cases, people=summary.people, aggressions=summary.aggressions,
            attentions=summary.attentions, seconds=round(summary.seconds)))
    if features is not None:
        out(translate(
            "CLI", "Added {assessments} risk assessments, {measures} measures, {reviews} "
            "digital-violence reviews, {workshops} workshops, {findings} findings and "
            "{sessions} CEM sessions.").format(
                assessments=features.assessments, measures=features.measures,
                reviews=features.reviews, workshops=features.workshops,
                findings=features.findings, sessions=features.sessions))
    out(translate("CLI", "All names, contacts, documents and events are synthetic."))
    return ExitCode.OK
