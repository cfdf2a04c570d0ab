"""Named crash points for the reliability tests.

Production code calls :func:`point` at the moments where a crash is most
dangerous.  It does nothing unless a test process arms a point with
:func:`arm`, in which case the process dies on the spot (``os._exit``), exactly
as it would on a power cut or ``SIGKILL``: no cleanup handlers run.
"""

from __future__ import annotations

import os

_armed: str | None = None


def arm(name: str | None) -> None:
    global _armed
    _armed = name


def point(name: str) -> None:
    if _armed is not None and _armed == name:
        os._exit(137)
