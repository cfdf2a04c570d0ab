"""GUI entry point: ``mpi-desktop`` (and ``mpi-desktop --demo``)."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from mpi_desktop import __version__, i18n
from mpi_desktop.domain import catalogs
from mpi_desktop.domain.resource_check import check_all_resources
from mpi_desktop.errors import ExitCode
from mpi_desktop.i18n import translate
from mpi_desktop.ui import qt_guard
from mpi_desktop.ui.controller import AppController
from mpi_desktop.ui.settings import AppSettings

APP_NAME = "MPI Desktop"
log = logging.getLogger("mpi_desktop.ui")


def create_application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    if existing is not None:  # a windowless core app from an earlier CLI call
        raise RuntimeError("a QCoreApplication already exists")
    qt_guard.install()  # before anything emits: see the module
    QApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("mpi-desktop")
    # Windows come and go (unlock → main → unlock); the controller decides when to quit.
    app.setQuitOnLastWindowClosed(False)
    return app


def catalog_problem() -> str | None:
    """Load every catalog now: a broken file stops the app at start, not mid-interview."""
    try:
        check_all_resources()
    except catalogs.CatalogError as exc:
        return translate(
            "App", "A catalog file is damaged, so MPI Desktop cannot start.\n\nFile: {path}\n"
            "Entry: {entry}\nProblem: {problem}\n\nReinstall the app or restore the file."
        ).format(path=exc.path, entry=exc.entry or "—", problem=exc.problem)
    return None


def excepthook(kind: type[BaseException], exc: BaseException,
               tb: TracebackType | None) -> None:
    """A bug in a slot: one sentence for the person, and a log line without the message.

    Python's default would print the exception's message to stderr, which a desktop
    session may keep in a plaintext log; messages can hold case data.
    """
    where = " < ".join(f"{Path(frame.filename).name}:{frame.lineno}"
                       for frame in reversed(traceback.extract_tb(tb)[-6:]))
    log.error("unexpected %s at %s", kind.__name__, where)
    if isinstance(QCoreApplication.instance(), QApplication):
        from mpi_desktop.ui.errors import show_error

        show_error(QApplication.activeWindow(), exc)


class _ReadyProbe(QObject):
    """``--bench-ready``: print one line when the first window is painted, then quit.

    For ``mpi-desktop bench start`` (docs/PERFORMANCE.md), which times the spawn
    of the process until this line.  It prints the window's objectName and
    nothing else, and can only end the app early: no screen is skipped.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.Paint and isinstance(watched, QWidget)
                and watched.isWindow()):
            QCoreApplication.instance().removeEventFilter(self)  # type: ignore[union-attr]
            print(f"mpi-desktop-ready {watched.objectName()}", flush=True)
            QTimer.singleShot(0, QCoreApplication.quit)
        return False


def run_gui(*, demo: bool = False, bench_ready: bool = False) -> int:
    logging.basicConfig(level=logging.WARNING)
    app = create_application()
    settings = AppSettings()
    i18n.install(settings.language)
    problem = catalog_problem()
    if problem is not None:
        box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, problem)
        box.setObjectName("catalogError")
        box.exec()
        return int(ExitCode.DAMAGED)
    sys.excepthook = excepthook
    controller = AppController(settings, demo=demo)
    app.aboutToQuit.connect(controller.shutdown)
    if bench_ready:
        probe = _ReadyProbe(app)
        app.installEventFilter(probe)
    controller.start()
    code = app.exec()
    QCoreApplication.processEvents()
    return int(code)
