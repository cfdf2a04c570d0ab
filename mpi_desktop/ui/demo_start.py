"""``mpi-desktop --demo``: a vault full of synthetic cases for newcomers to try.

The demo vault lives apart from real ones (``paths.demo_vault_dir()``), uses a
published passphrase and the KDF floor (quick to open), and is built once in a
hidden sibling folder that is renamed into place only when complete — so an
interrupted build is simply started again next time.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from mpi_desktop.errors import MpiError
from mpi_desktop.i18n import translate
from mpi_desktop.messages import describe
from mpi_desktop.storage import crypto
from mpi_desktop.storage import vault as vault_mod
from mpi_desktop.storage.vault import Vault
from mpi_desktop.ui.errors import show_error
from mpi_desktop.ui.runner import OpRunner

#: Published on purpose: the demo holds synthetic data only (docs/USER_GUIDE.md).
DEMO_PASSPHRASE = "demo demo demo demo MPI"  # noqa: S105 - public by design
DEMO_CASES = 300
DEMO_SEED = 2026

Populate = Callable[..., object]


class DemoUnavailable(MpiError):
    """This build has no demo generator."""


class DemoCancelled(MpiError):
    """The person cancelled building the demo vault."""


def load_populate() -> Populate:
    try:
        from mpi_desktop.demo.generator import populate
    except ImportError as exc:
        raise DemoUnavailable("demo generator missing") from exc
    return populate


def staging_dir(folder: Path) -> Path:
    return folder.parent / f".{folder.name}.building"


def build_demo_vault(folder: Path, *, cases: int, progress: Callable[[int, int], None],
                     cancelled: Callable[[], bool]) -> None:
    """Create and fill the demo vault at ``folder`` (runs off the UI thread)."""
    populate = load_populate()
    from mpi_desktop.demo.features import add_features

    staging = staging_dir(folder)
    shutil.rmtree(staging, ignore_errors=True)
    created = Vault.create(staging, DEMO_PASSPHRASE, kdf_params=crypto.KdfParams.floor(),
                           actor="demo")
    try:
        try:
            populate(created.vault, cases=cases, seed=DEMO_SEED, progress=progress,
                     cancelled=cancelled)
            if not cancelled():
                # The rest of the app alive too: risk, plans, CEM sessions, workshops…
                add_features(created.vault, seed=DEMO_SEED)
        finally:
            created.vault.lock()
        if cancelled():
            raise DemoCancelled("cancelled")
        staging.rename(folder)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def message(exc: BaseException) -> str:
    if isinstance(exc, DemoUnavailable):
        return translate("Demo", "This build of MPI Desktop does not include the demo data "
                         "generator, so the demo vault cannot be created.")
    return describe(exc)


class _Relay(QObject):
    progress = Signal(int, int)


class DemoBuilder(QObject):
    """Makes sure the demo vault exists; ``finished(bool)`` says whether it does."""

    finished = Signal(bool)

    def __init__(self, folder: Path, *, cases: int = DEMO_CASES,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.cases = cases
        self.runner = OpRunner(self)
        self.relay = _Relay(self)
        self.dialog: QProgressDialog | None = None
        self.error_box: QMessageBox | None = None
        self._cancel = False

    def start(self) -> None:
        if vault_mod.exists(self.folder):
            self.finished.emit(True)
            return
        dialog = QProgressDialog()
        dialog.setObjectName("demoProgress")
        dialog.setWindowTitle(translate("Demo", "Demo vault"))
        dialog.setLabelText(translate(
            "Demo", "Creating a demo vault with {count} synthetic cases…").format(
                count=self.cases))
        dialog.setCancelButtonText(translate("Demo", "Cancel"))
        dialog.setRange(0, max(1, self.cases))
        dialog.setMinimumDuration(0)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.canceled.connect(self.cancel)
        self.relay.progress.connect(self._progress)
        self.dialog = dialog
        dialog.show()
        folder, cases, relay = self.folder, self.cases, self.relay
        self.runner.run(
            lambda: build_demo_vault(folder, cases=cases, progress=relay.progress.emit,
                                     cancelled=lambda: self._cancel),
            on_done=lambda _: self._done(None), on_error=self._done)

    def cancel(self) -> None:
        self._cancel = True

    def _progress(self, done: int, total: int) -> None:
        if self.dialog is not None:
            self.dialog.setMaximum(max(1, total))
            self.dialog.setValue(min(done, total))

    def _done(self, exc: BaseException | None) -> None:
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        if exc is None:
            self.finished.emit(True)
            return
        if isinstance(exc, DemoCancelled):
            self.finished.emit(False)
            return
        box = show_error(None, exc, title=translate("Demo", "Demo vault"))
        box.setText(message(exc))
        box.finished.connect(lambda _: self.finished.emit(False))
        self.error_box = box
