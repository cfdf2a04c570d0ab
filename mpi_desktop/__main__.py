"""Entry point: ``mpi-desktop`` with a command runs the CLI, without one the GUI."""

from __future__ import annotations

import sys

#: Arguments that still mean "open the desktop app".  ``--bench-ready`` is the
#: start-up benchmark's hook (``mpi-desktop bench start``): the app prints one
#: line when its first window is painted and exits.  It only ever shortens a
#: run; nothing is unlocked or skipped.
GUI_FLAGS = {"--demo", "--bench-ready"}


def main() -> int:
    argv = sys.argv[1:]
    if all(arg in GUI_FLAGS for arg in argv):
        # The GUI must create its QApplication before anything creates a
        # QCoreApplication, so it does not go through the CLI's setup.
        from mpi_desktop.ui.app import run_gui

        return run_gui(demo="--demo" in argv, bench_ready="--bench-ready" in argv)
    from mpi_desktop.cli.main import run

    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
