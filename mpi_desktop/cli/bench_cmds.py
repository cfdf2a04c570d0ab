"""``bench``: print performance figures (never part of the test run).

``mpi-desktop bench all`` runs every part, each in its own process, over one
seeded workspace; ``mpi-desktop bench PART`` runs one.  Output is for
developers and stays in English (docs/PERFORMANCE.md explains every figure).
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from mpi_desktop.cli.io import err, out
from mpi_desktop.errors import ExitCode
from mpi_desktop.i18n import translate
from mpi_desktop.storage import crypto

PARTS = ("all", "seed", "start", "vault", "cases", "packet", "report", "import", "backup",
         "scaling")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("bench", help=translate("CLI", "print performance figures"))
    p.add_argument("suite", choices=PARTS, help=translate("CLI", "which benchmark to run"))
    p.add_argument("--kdf-ms", type=int, default=crypto.DEFAULT_TARGET_MS, metavar="N")
    p.add_argument("--cases", type=int, default=50_000, metavar="N")
    p.add_argument("--seed", type=int, default=2026, metavar="S")
    p.add_argument("--keep", type=Path, default=None, metavar="DIR")
    p.add_argument("--reuse", type=Path, default=None, metavar="DIR")
    # Used by ``bench all`` to collect each part's figures from its child process.
    p.add_argument("--json", type=Path, default=None, help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_bench)


def cmd_bench(args: argparse.Namespace) -> int:
    from mpi_desktop.bench import suite, workspace
    from mpi_desktop.bench.machine import machine

    if args.keep is not None and args.reuse is not None:
        err("bench: give --keep DIR or --reuse DIR, not both")
        return ExitCode.USAGE
    if args.reuse is not None and not workspace.is_workspace(args.reuse):
        err(f"bench: {args.reuse} holds no benchmark workspace (build one with --keep DIR)")
        return ExitCode.USAGE
    if not 1 <= args.cases <= 500_000:
        err("bench: --cases must be between 1 and 500000")
        return ExitCode.USAGE
    if args.suite == "all":
        report = suite.run_all(keep=args.keep, reuse=args.reuse, cases=args.cases,
                               seed=args.seed, kdf_ms=args.kdf_ms)
        out(report.render())
        return ExitCode.OK
    with tempfile.TemporaryDirectory(prefix="mpi-bench-") as tmp:
        built_here = args.reuse is None and not (
            args.keep is not None and workspace.is_workspace(args.keep))
        ws = workspace.open_or_build(keep=args.keep, reuse=args.reuse,
                                     temp=Path(tmp) / "workspace", cases=args.cases,
                                     seed=args.seed)
        if args.json is None:
            out("\n".join(machine()))
            if built_here and args.suite != "seed":
                out(suite.run_part("seed", ws, kdf_ms=args.kdf_ms, progress=None).render())
                out("")
        report = suite.run_part(args.suite, ws, kdf_ms=args.kdf_ms,
                                progress=workspace.stderr_progress)
        out(report.render())
        out("")
        if args.json is not None:
            args.json.write_text(json.dumps(report.to_dict()))
        if args.keep is not None and built_here:
            out(f"workspace kept in {args.keep} (vault passphrase: {workspace.PASSPHRASE!r}; "
                "plain.db is an UNENCRYPTED copy of synthetic data)")
    return ExitCode.OK
