"""GUI entry point (the desktop app lands with issue #4)."""

from __future__ import annotations


def run_gui(*, demo: bool = False) -> int:
    raise SystemExit("The desktop app is not part of this build yet; use the CLI (--help).")
