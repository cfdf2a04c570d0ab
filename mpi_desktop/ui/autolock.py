"""Locking without being asked: on inactivity, and when the computer locks or sleeps.

* :class:`InactivityWatcher` is an application-wide event filter (KeePassXC's design):
  any key, mouse button or movement, wheel, touch or tablet input anywhere in the app
  resets the countdown.  Input only records a timestamp; a slow timer compares it, so
  mouse movement costs nothing.
* :class:`SystemLockMonitor` listens, where the platform tells, for the session being
  locked and the machine going to sleep.  Covered: Linux with a D-Bus session/system bus
  (systemd-logind ``PrepareForSleep`` and the session's ``Lock`` signal; the freedesktop
  ``ScreenSaver.ActiveChanged`` used by KDE, GNOME and Xfce).  Not covered: Windows and
  macOS session lock or sleep (Qt exposes no signal for them;
  ``applicationStateChanged`` only says the window lost focus), and Linux desktops
  without D-Bus.  Idle auto-lock covers those.
"""

from __future__ import annotations

import logging
import sys
import time

from PySide6.QtCore import SLOT, QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride,
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
    QEvent.Type.TabletPress, QEvent.Type.TabletMove, QEvent.Type.InputMethod,
})


class InactivityWatcher(QObject):
    """Emits ``timed_out`` after ``interval_ms`` without user input (0 = never)."""

    timed_out = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._interval = 0
        self._last_input = time.monotonic()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._check)
        self._installed = False
        self.set_interval(interval_ms)

    @property
    def interval_ms(self) -> int:
        return self._interval

    @property
    def enabled(self) -> bool:
        return self._interval > 0

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True
        self.reset()
        if self.enabled:
            self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False

    def set_interval(self, interval_ms: int) -> None:
        self._interval = max(0, int(interval_ms))
        # Check often enough to lock within ~2 % of the interval, at most once a second.
        self._timer.setInterval(max(20, min(1000, self._interval // 50 or 20)))
        self.reset()
        if not self.enabled:
            self._timer.stop()
        elif self._installed:
            self._timer.start()

    def reset(self) -> None:
        self._last_input = time.monotonic()

    def remaining_ms(self) -> int | None:
        """Milliseconds until the lock, or None when auto-lock is off."""
        if not self.enabled:
            return None
        elapsed = (time.monotonic() - self._last_input) * 1000
        return max(0, int(self._interval - elapsed))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self._last_input = time.monotonic()
        return False

    def _check(self) -> None:
        remaining = self.remaining_ms()
        if remaining is not None and remaining <= 0:
            self._timer.stop()
            self.timed_out.emit()


class SystemLockMonitor(QObject):
    """Emits ``lock_now`` when the session locks or the machine is about to sleep."""

    lock_now = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: Which sources are being listened to (shown in About, checked by tests).
        self.sources: list[str] = []
        if sys.platform.startswith("linux"):
            self._connect_dbus()

    def _connect_dbus(self) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # QtDBus is optional in some Qt builds
            return
        # Sender "" = any: the signals come from a bus-unique name, and a forged one
        # could only lock the vault, which is always safe.
        wanted = (
            (QDBusConnection.systemBus, "/org/freedesktop/login1",
             "org.freedesktop.login1.Manager", "PrepareForSleep", "on_prepare_for_sleep(bool)"),
            (QDBusConnection.systemBus, "/org/freedesktop/login1/session/auto",
             "org.freedesktop.login1.Session", "Lock", "on_session_lock()"),
            (QDBusConnection.sessionBus, "/org/freedesktop/ScreenSaver",
             "org.freedesktop.ScreenSaver", "ActiveChanged", "on_screensaver_active(bool)"),
            (QDBusConnection.sessionBus, "/ScreenSaver",
             "org.freedesktop.ScreenSaver", "ActiveChanged", "on_screensaver_active(bool)"),
            (QDBusConnection.sessionBus, "/org/gnome/ScreenSaver",
             "org.gnome.ScreenSaver", "ActiveChanged", "on_screensaver_active(bool)"),
        )
        for bus_of, path, interface, name, slot in wanted:
            try:
                bus = bus_of()
                # PySide6's stubs say bytes; at run time only SLOT()'s str is accepted.
                if bus.isConnected() and bus.connect(  # type: ignore[call-overload]
                        "", path, interface, name, self, SLOT(slot)):
                    self.sources.append(f"{path} {interface}.{name}")
            except (RuntimeError, TypeError, ValueError) as exc:
                # Best effort: a bus that misbehaves must never stop the app.
                log.warning("cannot listen to %s.%s: %s", interface, name, type(exc).__name__)
        log.debug("system lock sources: %s", self.sources)

    @Slot(bool)
    def on_prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self.lock_now.emit()

    @Slot()
    def on_session_lock(self) -> None:
        self.lock_now.emit()

    @Slot(bool)
    def on_screensaver_active(self, active: bool) -> None:
        if active:
            self.lock_now.emit()
