"""Run under ``dbus-run-session``: does a screensaver signal on the session bus reach
the app's lock monitor?  Prints JSON {"sources": [...], "locks": n}."""

from __future__ import annotations

import json
import subprocess
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def main() -> int:
    app = QApplication(["probe"])
    from mpi_desktop.ui.autolock import SystemLockMonitor

    monitor = SystemLockMonitor()
    locks: list[int] = []
    monitor.lock_now.connect(lambda: locks.append(1))

    def emit(active: str) -> None:
        subprocess.run(["dbus-send", "--session", "--type=signal",
                        "/org/freedesktop/ScreenSaver",
                        "org.freedesktop.ScreenSaver.ActiveChanged", f"boolean:{active}"],
                       check=True)

    QTimer.singleShot(100, lambda: emit("false"))  # the screensaver went away: no lock
    QTimer.singleShot(200, lambda: emit("true"))
    QTimer.singleShot(1500, app.quit)
    app.exec()
    print(json.dumps({"sources": monitor.sources, "locks": len(locks)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
