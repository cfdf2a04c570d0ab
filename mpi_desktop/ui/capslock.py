"""Caps Lock warning for passphrase fields (KeePassXC does the same).

Qt has no portable API for the Caps Lock state, so this is best effort:

* X11 (``xcb``): ask the X server for the keyboard indicators (``XkbGetIndicatorState``);
* Windows: ``GetKeyState(VK_CAPITAL)``;
* anywhere else (Wayland, macOS, offscreen): infer it from typed letters — an upper-case
  letter without Shift, or a lower-case one with Shift, means Caps Lock is on.

The platform query runs when the field gains focus and after every key; the inference
only after letters, so it may stay silent until the first letter is typed.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import sys
from functools import cache

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)


@cache
def _x11() -> tuple[ctypes.CDLL, int] | None:
    """An Xlib handle and an open display, or None when X11 cannot be asked."""
    try:
        name = ctypes.util.find_library("X11")
        if not name:
            return None
        lib = ctypes.CDLL(name)
        lib.XOpenDisplay.restype = ctypes.c_void_p
        lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
        lib.XkbGetIndicatorState.argtypes = [ctypes.c_void_p, ctypes.c_uint,
                                             ctypes.POINTER(ctypes.c_uint)]
        display = lib.XOpenDisplay(None)
        if not display:
            return None
        return lib, int(display)
    except (OSError, AttributeError):
        return None


def query_caps_lock() -> bool | None:
    """The Caps Lock state from the platform, or None when this platform cannot tell."""
    platform = QGuiApplication.platformName()
    if platform == "xcb":
        handle = _x11()
        if handle is None:
            return None
        lib, display = handle
        state = ctypes.c_uint(0)
        xkb_use_core_kbd = 0x0100
        if lib.XkbGetIndicatorState(ctypes.c_void_p(display), xkb_use_core_kbd,
                                    ctypes.byref(state)) != 0:
            return None
        return bool(state.value & 1)
    if sys.platform == "win32" and platform == "windows":
        try:
            user32 = ctypes.WinDLL("user32")  # type: ignore[attr-defined,unused-ignore]
            return bool(user32.GetKeyState(0x14) & 1)
        except (OSError, AttributeError):
            return None
    return None


def infer_from_key(text: str, modifiers: Qt.KeyboardModifier) -> bool | None:
    """Caps Lock state implied by one typed character, or None if it says nothing."""
    if len(text) != 1 or not text.isalpha() or text.lower() == text.upper():
        return None
    shift = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
    return text.isupper() != shift


class CapsLockWatch(QObject):
    """Watches one input widget; ``changed(bool)`` tells whether to show the warning."""

    changed = Signal(bool)

    def __init__(self, target: QWidget) -> None:
        super().__init__(target)
        self._on = False
        target.installEventFilter(self)

    @property
    def on(self) -> bool:
        return self._on

    def _set(self, value: bool | None) -> None:
        if value is None or value == self._on:
            return
        self._on = value
        self.changed.emit(value)

    def refresh(self) -> None:
        self._set(query_caps_lock())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.FocusIn:
            self.refresh()
        elif kind == QEvent.Type.FocusOut:
            # The warning belongs to the field being typed in.
            self._set(False)
        elif kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            known = query_caps_lock()
            if known is not None:
                if event.key() == Qt.Key.Key_CapsLock:
                    # The server updates the indicator after delivering the key.
                    QTimer.singleShot(50, self.refresh)
                else:
                    self._set(known)
            elif event.key() == Qt.Key.Key_CapsLock:
                self._set(not self._on)
            else:
                self._set(infer_from_key(event.text(), event.modifiers()))
        return False
