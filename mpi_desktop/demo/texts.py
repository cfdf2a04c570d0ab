"""Failures of the demo generator and their sentences in the user's language."""

from __future__ import annotations

from mpi_desktop.errors import ExitCode, MpiError
from mpi_desktop.i18n import translate


class VaultHasRealCases(MpiError):
    """Synthetic cases are never mixed into a vault that holds real ones."""

    exit_code = ExitCode.REFUSED

    def __init__(self, real: int) -> None:
        super().__init__(f"vault holds {real} cases the demo did not generate")
        self.real = real


def describe(exc: BaseException) -> str | None:
    """The sentence for a demo failure, or None when ``exc`` is not one of ours."""
    if isinstance(exc, VaultHasRealCases):
        return translate(
            "Demo", "This vault holds cases that the demo did not generate ({count}). "
            "Synthetic data is never mixed with real cases: choose a new folder for a demo "
            "vault."
        ).format(count=exc.real)
    return None
