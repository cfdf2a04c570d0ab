"""Sentences for the failures the case screens can meet (drafts, records, validation)."""

from __future__ import annotations

from mpi_desktop.domain.validation import ValidationFailed
from mpi_desktop.i18n import translate
from mpi_desktop.storage.drafts import DraftNotFound, DraftTooLarge
from mpi_desktop.storage.records import FolioTaken, RecordNotFound
from mpi_desktop.texts.validation import describe_issues


def describe(exc: BaseException) -> str | None:
    """The user's sentence for ``exc``, or None when it is not one of ours."""
    if isinstance(exc, DraftNotFound):
        return translate("CaseErrors", "That unfinished interview is no longer in the vault; "
                         "it was finished or discarded elsewhere.")
    if isinstance(exc, DraftTooLarge):
        return translate("CaseErrors", "The text is too long to keep as a draft "
                         "({size} characters). Shorten the pasted text.").format(size=exc.size)
    if isinstance(exc, RecordNotFound):
        return translate("CaseErrors", "This record no longer exists; it may have been "
                         "deleted. Reload the case list.")
    if isinstance(exc, FolioTaken):
        return translate("CaseErrors", "The folio {folio} is already used by another case."
                         ).format(folio=exc.folio)
    if isinstance(exc, ValidationFailed):
        return translate("CaseErrors", "Nothing was saved. Check these fields:\n{issues}"
                         ).format(issues=describe_issues(exc.issues))
    return None
