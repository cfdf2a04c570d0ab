"""Protection against a reference-count bug of PySide6 6.12.0 that aborts the process.

In that release ``SignalInstance.emit()`` returns ``True`` without taking a new
reference to it, so every signal emitted from Python (a form's ``changed``, a
runner's ``done``…) takes one reference away from ``True``.  On Python 3.11,
where ``True`` is an ordinary object with a few thousand references, a working
session reaches zero after some thousands of emits and CPython stops the process
with "Fatal Python error: bool_dealloc" — the app vanishes mid-interview (what
was typed survives only as far as the last autosave).  ``pyproject.toml`` keeps
6.12.0 out; this module is the second line for any other build with the same bug.

:func:`install` measures the leak on the running PySide6 with a private signal
and, only if it is there and only on Python < 3.12, gives ``True`` and ``False``
an enormous reference count (2**40, the same idea as the immortal objects of
Python 3.12, where the bug is harmless): no session can emit that many signals.
"""

from __future__ import annotations

import ctypes
import logging
import sys

from PySide6.QtCore import QObject, Signal

log = logging.getLogger("mpi_desktop.ui")

#: Emits of the probe; a missing reference each time is unmistakable.
PROBE_EMITS = 64
#: References added to True and False when the bug is present.
RESERVE = 1 << 40

_installed = False


class _Probe(QObject):
    ping = Signal()


def emit_loses_true_references() -> bool:
    """Whether emitting a Python-defined signal takes references away from ``True``."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(PROBE_EMITS):
        probe.ping.emit()
    lost = before - sys.getrefcount(True)
    # Other code may take or drop a handful of references meanwhile; the bug is
    # one per emit, every time.
    return lost >= PROBE_EMITS // 2


def install() -> bool:
    """Neutralize the bug if this PySide6 has it; True when the reserve was added."""
    global _installed
    if _installed or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if not emit_loses_true_references():
        return False
    for value in (True, False):
        # ob_refcnt is the first field of every CPython object, at id(obj).
        ctypes.c_ssize_t.from_address(id(value)).value += RESERVE
    _installed = True
    log.warning("PySide6 signal emit leaks references to True; reserve added")
    return True
