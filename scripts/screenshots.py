#!/usr/bin/env python3
"""Screenshots for the docs, from a demo vault in a temporary folder (never real data).

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--cases 120] [--lang es]

Runs offscreen at fixed sizes and writes PNGs of the unlock screen, the first-run
wizard (passphrase page), the main window with the case list, a case view and the
settings dialog.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MAIN_SIZE = (1280, 800)
UNLOCK_SIZE = (760, 560)
WIZARD_SIZE = (760, 580)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--cases", type=int, default=120)
    parser.add_argument("--lang", choices=("es", "en"), default="es")
    args = parser.parse_args(argv)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    workdir = Path(tempfile.mkdtemp(prefix="mpi-screenshots-"))
    # Everything the app writes (demo vault, settings) goes to the temporary folder.
    os.environ["MPI_DESKTOP_DATA_DIR"] = str(workdir / "data")
    sys.path.insert(0, str(ROOT))

    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QApplication, QWidget

    from mpi_desktop import i18n
    from mpi_desktop.paths import demo_vault_dir
    from mpi_desktop.storage import crypto
    from mpi_desktop.storage.case_query import CaseFilter, page
    from mpi_desktop.ui.app import create_application
    from mpi_desktop.ui.controller import AppController
    from mpi_desktop.ui.demo_start import DEMO_PASSPHRASE, build_demo_vault
    from mpi_desktop.ui.first_run import PAGE_PASSPHRASE, FirstRunWizard
    from mpi_desktop.ui.settings import AppSettings

    app = create_application()
    settings = AppSettings()
    settings.language = args.lang
    i18n.install(args.lang)
    args.out.mkdir(parents=True, exist_ok=True)

    def settle(rounds: int = 30) -> None:
        for _ in range(rounds):
            app.processEvents()

    def wait_for(condition: object, limit: int = 6000) -> None:
        from PySide6.QtCore import QThread

        for _ in range(limit):
            if callable(condition) and condition():
                return
            app.processEvents()
            QThread.msleep(5)
        raise SystemExit("timed out waiting for the app")

    def shoot(widget: QWidget, name: str, size: tuple[int, int]) -> None:
        widget.resize(QSize(*size))
        widget.show()
        settle()
        path = args.out / f"{name}.png"
        widget.grab().save(str(path))
        print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")

    print(f"building a demo vault with {args.cases} synthetic cases…")
    build_demo_vault(demo_vault_dir(), cases=args.cases, progress=lambda done, total: None,
                     cancelled=lambda: False)

    def floor(target_ms: int) -> crypto.Calibration:
        return crypto.Calibration(crypto.KdfParams.floor(), measured_ms=float(target_ms))

    controller = AppController(settings, demo=True, calibrate=floor, quit_app=lambda: None)
    controller.start()
    wait_for(lambda: controller.unlock_window is not None)
    unlock = controller.unlock_window
    assert unlock is not None
    shoot(unlock, "unlock", UNLOCK_SIZE)

    wizard = FirstRunWizard(folder=workdir / "nueva-boveda", target_ms=1000, calibrate=floor)
    wizard.resize(QSize(*WIZARD_SIZE))
    wizard.show()
    wizard.next()
    wait_for(wizard.calibration.isComplete)
    wizard.next()
    assert wizard.currentId() == PAGE_PASSPHRASE
    wizard.passphrase.form.passphrase.setText("tejocote azul barranca")
    wizard.passphrase.form.confirm.setText("tejocote azul")
    shoot(wizard, "wizard-passphrase", WIZARD_SIZE)
    wizard.hide()
    wizard.deleteLater()

    unlock.panel.field.setText(DEMO_PASSPHRASE)
    unlock.panel.unlock()
    wait_for(lambda: controller.main_window is not None)
    window = controller.main_window
    session = controller.session
    assert window is not None and session is not None
    section = window.show_section("cases")
    wait_for(lambda: not session.runner.busy)
    shoot(window, "main-window", MAIN_SIZE)

    with session.vault.read() as conn:
        rows = page(conn, CaseFilter(), limit=1)
    if rows and section is not None:
        section.show_case(rows[0].id)
        wait_for(lambda: not session.runner.busy)
        settle(60)
        shoot(window, "case-view", MAIN_SIZE)
    else:
        print("no case view to capture (no cases section or no cases)")

    dialog = controller.open_settings()
    if dialog is not None:
        shoot(dialog, "settings", (620, dialog.sizeHint().height()))
        dialog.reject()

    window.show_section("audit")
    wait_for(lambda: not session.runner.busy)
    shoot(window, "audit-log", MAIN_SIZE)

    controller.quit()
    settle()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
