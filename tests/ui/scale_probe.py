"""Run in a child process with QT_SCALE_FACTOR set (it must be set before Qt starts):
lay out the unlock screen, the recovery screen and every wizard page on a small screen
and print, as JSON, every widget whose text does not fit.

    QT_SCALE_FACTOR=1.5 python -m tests.ui.scale_probe DATA_DIR
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLabel,
    QPushButton,
    QWidget,
)

#: A 1366×768 laptop at 150 % leaves about this much logical space for a window.
AVAILABLE = QSize(900, 480)


def clipped(root: QWidget) -> list[str]:
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() == 0:
            continue
        name = f"{type(widget).__name__}:{widget.objectName() or '-'}"
        if isinstance(widget, QLabel) and widget.text():
            if widget.wordWrap():
                need = widget.heightForWidth(widget.width())
                if need > widget.height() + 1:
                    problems.append(f"{name} needs height {need}, has {widget.height()}: "
                                    f"{widget.text()[:40]!r}")
            else:
                hint = widget.minimumSizeHint()
                if widget.width() + 1 < hint.width() or widget.height() + 1 < hint.height():
                    problems.append(f"{name} needs {hint.width()}x{hint.height()}, has "
                                    f"{widget.width()}x{widget.height()}: {widget.text()[:40]!r}")
        elif isinstance(widget, QPushButton | QCheckBox) and widget.text():
            assert isinstance(widget, QAbstractButton)
            hint = widget.sizeHint()
            if widget.width() + 1 < hint.width() or widget.height() + 1 < hint.height():
                problems.append(f"{name} needs {hint.width()}x{hint.height()}, has "
                                f"{widget.width()}x{widget.height()}: {widget.text()!r}")
    return problems


def fit(window: QWidget, app: QApplication) -> list[str]:
    """Show ``window`` no larger than the available space; report what does not fit."""
    minimum = window.minimumSizeHint().expandedTo(window.minimumSize())
    problems = []
    if minimum.width() > AVAILABLE.width() or minimum.height() > AVAILABLE.height():
        problems.append(f"{window.objectName()} needs at least {minimum.width()}x"
                        f"{minimum.height()}, more than {AVAILABLE.width()}x"
                        f"{AVAILABLE.height()}")
    size = window.sizeHint().boundedTo(AVAILABLE).expandedTo(minimum)
    window.show()
    window.resize(size)
    for _ in range(5):
        app.processEvents()
    return problems + clipped(window)


def main(data_dir: str) -> int:
    os.environ["MPI_DESKTOP_DATA_DIR"] = data_dir
    app = QApplication(["probe"])
    from mpi_desktop import i18n
    from mpi_desktop.storage import crypto, recovery_key
    from mpi_desktop.ui.first_run import (
        PAGE_CALIBRATION,
        PAGE_CONFIRM,
        PAGE_LOCATION,
        PAGE_PASSPHRASE,
        PAGE_RECOVERY,
        FirstRunWizard,
    )
    from mpi_desktop.ui.unlock import UnlockWindow

    i18n.install("es")
    report: dict[str, object] = {"ratio": app.devicePixelRatio(), "problems": {},
                                 "checked": 0}
    problems: dict[str, list[str]] = {}

    window = UnlockWindow(Path(data_dir) / "vault")
    window.panel.unlock()  # shows the inline error too
    problems["unlock"] = fit(window, app)
    window.show_recovery()
    window.recovery.key.setText("ABCDE-FGHJK")
    window.recovery.form.passphrase.setText("abc")
    problems["recovery"] = fit(window, app)
    report["checked"] = len(window.findChildren(QWidget))
    window.hide()

    def calibrate(target_ms: int) -> crypto.Calibration:
        return crypto.Calibration(crypto.KdfParams.floor(), measured_ms=float(target_ms))

    _, key = recovery_key.generate()
    for page_id in (PAGE_LOCATION, PAGE_CALIBRATION, PAGE_PASSPHRASE, PAGE_RECOVERY,
                    PAGE_CONFIRM):
        wizard = FirstRunWizard(folder=Path(data_dir) / "nueva", target_ms=1000,
                                calibrate=calibrate)
        wizard.calibration.calibration = calibrate(1000)
        wizard.recovery.set_key(key)
        wizard.confirm.set_key(key)
        wizard.passphrase.form.passphrase.setText("contraseña")
        wizard.setStartId(page_id)
        wizard.restart()
        problems[f"wizard page {page_id}"] = fit(wizard, app)
        report["checked"] = int(str(report["checked"])) + len(wizard.findChildren(QWidget))
        wizard.hide()
        wizard.deleteLater()
    report["problems"] = {k: v for k, v in problems.items() if v}
    print(json.dumps(report, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
