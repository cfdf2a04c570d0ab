"""Unlock cost (Argon2id parameters) in words, and the calibration hook.

The calibrator is injectable so tests can create vaults at the secure floor
without measuring for a second each time.
"""

from __future__ import annotations

from collections.abc import Callable

from mpi_desktop.i18n import translate
from mpi_desktop.storage import crypto

Calibrator = Callable[[int], crypto.Calibration]


def default_calibrator(target_ms: int) -> crypto.Calibration:
    return crypto.calibrate(target_ms)


def describe_params(params: crypto.KdfParams) -> str:
    return translate("Kdf", "Argon2id, {memory} MiB of memory, {passes} passes").format(
        memory=params.memory_kib // 1024, passes=params.time_cost)


def seconds(calibration: crypto.Calibration) -> str:
    return f"{calibration.measured_ms / 1000:.1f}"
