"""Autosaved drafts of the workshop and finding editors (like the case forms').

While an editor holds changes, a snapshot of its fields is saved into the vault
every few seconds (``ui.cases.drafting.DraftKeeper``) and synchronously before a
lock; saving the record removes its draft in the same transaction.  The
sections offer unsaved editors back on the next unlock with the same banner the
case list uses for unfinished interviews.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton, QWidget

from mpi_desktop.domain.findings import Finding
from mpi_desktop.domain.validation import Issue, ValidationFailed
from mpi_desktop.domain.workshops import Workshop
from mpi_desktop.i18n import translate
from mpi_desktop.storage import drafts
from mpi_desktop.storage import findings as sf
from mpi_desktop.storage import workshops as sw
from mpi_desktop.storage.drafts import Draft, DraftInfo
from mpi_desktop.storage.vault import Vault
from mpi_desktop.ui.cases import confirm
from mpi_desktop.ui.cases.draft_banner import DraftBanner
from mpi_desktop.ui.cases.drafting import DraftKeeper
from mpi_desktop.ui.cases.labels import fmt_instant
from mpi_desktop.ui.errors import show_error
from mpi_desktop.ui.indicators.common import run
from mpi_desktop.ui.session import Session

#: Version of the payload layout, for drafts written by an older app.
PAYLOAD_VERSION = 1


# --- storage operations (worker thread) --------------------------------------------------------


def save_workshop(vault: Vault, workshop: Workshop, draft_id: str | None) -> Workshop:
    """The workshop and the removal of its draft: one transaction, so a crash can
    neither lose the save nor offer a saved editor back."""
    with vault.write() as conn:
        stored = sw.put_workshop(conn, workshop, actor=vault.actor)
        if draft_id is not None:
            drafts.remove(conn, draft_id, actor=vault.actor, reason="saved")
        return stored


def save_finding(vault: Vault, finding: Finding, draft_id: str | None) -> Finding:
    with vault.write() as conn:
        stored = sf.put_finding(conn, finding, actor=vault.actor)
        if draft_id is not None:
            drafts.remove(conn, draft_id, actor=vault.actor, reason="saved")
        return stored


def pending(vault: Vault, kind: str) -> list[DraftInfo]:
    return drafts.list_drafts(vault, kind=kind)


# --- the editor side --------------------------------------------------------------------------


class EditorDrafts(QObject):
    """Draft keeping for one editor dialog.

    ``values`` returns the editor's fields as plain JSON values; the editor calls
    :meth:`touched` on every change and :meth:`loaded` once its record is shown.
    """

    #: The notice to show (recovered, or autosave failed); empty hides it.
    notice = Signal(str)

    def __init__(self, session: Session, *, kind: str, title: Callable[[], str],
                 target: Callable[[], str], values: Callable[[], dict[str, Any]],
                 case_id: Callable[[], str | None] = lambda: None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._title, self._target, self._values, self._case_id = title, target, values, case_id
        self.keeper = DraftKeeper(session, kind=kind, snapshot=self.snapshot, parent=self)
        self.keeper.failed.connect(lambda _exc: self.notice.emit(translate(
            "IndicatorDrafts", "Could not keep a draft of these changes; save them soon.")))
        self._clean: dict[str, Any] | None = None

    def snapshot(self) -> tuple[str, dict[str, Any]]:
        # The draft's case column follows the link, so erasing that case (ARCO) erases it.
        self.keeper.case_id = self._case_id()
        return self._title(), {"version": PAYLOAD_VERSION, "target": self._target(),
                               "values": self._values()}

    def loaded(self) -> None:
        """The editor shows its record now: this is the clean state."""
        self._clean = self._values()

    @property
    def dirty(self) -> bool:
        return self._clean is not None and self._values() != self._clean

    def touched(self) -> None:
        if self.dirty:
            self.keeper.mark_dirty()

    def adopt(self, draft: Draft) -> dict[str, Any] | None:
        """Keep saving into a recovered draft; its values (None if unusable)."""
        values = draft.payload.get("values")
        if not isinstance(values, dict):
            return None
        self.keeper.adopt(draft.id)
        self.notice.emit(translate(
            "IndicatorDrafts", "Recovered unsaved changes from {when}. Save them or cancel."
        ).format(when=fmt_instant(draft.updated_at)))
        return values

    def draft_id_for_save(self) -> str | None:
        """The draft to remove with the save (None if none reached the vault)."""
        self.keeper.stop()
        return self.keeper.draft_id if self.keeper.exists else None

    def saved(self) -> None:
        self.keeper.restart()
        self.keeper.stop()
        self.loaded()

    def save_failed(self) -> None:
        self.keeper.resume()
        self.touched()

    def discard(self) -> None:
        self.keeper.discard()

    def flush_now(self) -> None:
        """Before a lock: what was typed a moment ago reaches the vault, then no more."""
        if self.dirty:
            self.keeper.mark_dirty()
            self.keeper.flush_sync()
        self.keeper.stop()


def ask_on_close(dialog: QDialog, *, drafts_: EditorDrafts, save: Callable[[], None],
                 close: Callable[[], None]) -> QMessageBox | None:
    """Closing an editor with changes: save, discard or keep editing."""
    if not drafts_.dirty:
        drafts_.discard()
        close()
        return None

    def answer(button: confirm.Button) -> None:
        if button == confirm.Button.Save:
            save()
        elif button == confirm.Button.Discard:
            drafts_.discard()
            close()

    return confirm.unsaved(dialog, on_answer=answer)


def close_questions(dialog: QDialog) -> None:
    """Questions the editor opened go away unanswered (a lock is coming)."""
    for box in dialog.findChildren(QMessageBox):
        box.close()


class DraftedDialog(QDialog):
    """An editor whose typing is kept as a draft: closing with changes asks (save,
    discard, keep editing); a lock keeps the draft and closes without asking.
    Subclasses set ``self.drafts`` and ``self.save_button``, implement ``save()`` and
    ``show_issues()``, and answer their save with :meth:`_saved` / :meth:`_failed`."""

    #: The stored record, after a successful save.
    saved = Signal(object)
    drafts: EditorDrafts
    save_button: QPushButton

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: Saved, discarded or closed already: nothing left to keep or ask about.
        self._closing = False

    def save(self) -> None:
        raise NotImplementedError

    def show_issues(self, issues: list[Issue]) -> None:
        raise NotImplementedError

    def _saved(self, stored: object) -> None:
        self.save_button.setEnabled(True)
        self.drafts.saved()
        self._closing = True
        self.saved.emit(stored)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.drafts.save_failed()
        if isinstance(exc, ValidationFailed):
            self.show_issues(exc.issues)
        else:
            show_error(self, exc)

    def reject(self) -> None:
        if self._closing:
            super().reject()
            return
        ask_on_close(self, drafts_=self.drafts, save=self.save, close=self._close)

    def _close(self) -> None:
        self._closing = True
        super().reject()

    def prepare_lock(self) -> None:
        """The vault closes right after: keep what was typed as a draft, then close."""
        if self._closing:
            return
        close_questions(self)
        self.drafts.flush_now()
        self._closing = True
        super().reject()


# --- the section side -------------------------------------------------------------------------


def draft_banner(kind: str, parent: QWidget | None = None) -> DraftBanner:
    if kind == drafts.EDIT_WORKSHOP:
        banner = DraftBanner(parent, heading=translate(
            "IndicatorDrafts", "<b>Workshop not saved</b> — what was typed is safe in the "
            "vault:"), recover_text=translate("IndicatorDrafts", "Recover the workshop"),
            untitled=translate("IndicatorDrafts", "Workshop without a title yet"),
            initials=False)
        banner.setObjectName("workshopDraftBanner")
    else:
        banner = DraftBanner(parent, heading=translate(
            "IndicatorDrafts", "<b>Finding not saved</b> — what was typed is safe in the "
            "vault:"), recover_text=translate("IndicatorDrafts", "Recover the finding"),
            untitled=translate("IndicatorDrafts", "Finding"), initials=False)
        banner.setObjectName("findingDraftBanner")
    return banner


def ask_discard(parent: QWidget, *, on_yes: Callable[[], None]) -> QMessageBox:
    def answer(button: confirm.Button) -> None:
        if button == confirm.Button.Discard:
            on_yes()

    return confirm.ask(parent, name="confirmDiscardFormDraft",
                       text=translate("IndicatorDrafts", "Discard these unsaved changes?"),
                       informative=translate(
                           "IndicatorDrafts", "What was typed is erased from the vault and "
                           "cannot be recovered."),
                       buttons={confirm.Button.Discard: translate("IndicatorDrafts", "Discard"),
                                confirm.Button.Cancel: translate("IndicatorDrafts", "Keep it")},
                       default=confirm.Button.Cancel, on_answer=answer)


class SectionDrafts(QObject):
    """The section's offer of unsaved editors: the banner, recover and discard.

    ``load_record(id)`` runs on the worker and returns the record a draft edits
    (None if it is new or was deleted since); ``open_editor(record, draft)``
    opens the editor with the draft's text put back.
    """

    def __init__(self, session: Session, *, kind: str, owner: QWidget,
                 load_record: Callable[[str], object | None],
                 open_editor: Callable[[object | None, Draft], None]) -> None:
        super().__init__(owner)
        self.session = session
        self.kind = kind
        self.owner = owner
        self.load_record = load_record
        self.open_editor = open_editor
        self.infos: list[DraftInfo] = []
        self.banner = draft_banner(kind)
        self.banner.recover.connect(self.recover)
        self.banner.discard.connect(self.discard)

    def refresh(self) -> None:
        vault, kind = self.session.vault, self.kind
        run(self.session, self.owner, lambda: pending(vault, kind), on_done=self._found)

    def _found(self, infos: list[DraftInfo]) -> None:
        self.infos = infos
        self.banner.set_drafts(infos, discreet=self.session.settings.discreet_mode)

    def recover(self, draft_id: str) -> None:
        vault, load_record = self.session.vault, self.load_record

        def job() -> tuple[object | None, Draft]:
            draft = drafts.load(vault, draft_id)
            target = draft.payload.get("target")
            record = load_record(target) if isinstance(target, str) and target else None
            return record, draft

        def failed(exc: BaseException) -> None:
            self.refresh()
            show_error(self.owner, exc)

        run(self.session, self.owner, job,
            on_done=lambda found: self.open_editor(found[0], found[1]), on_error=failed)

    def discard(self, draft_id: str) -> None:
        vault = self.session.vault

        def erase() -> None:
            run(self.session, self.owner, lambda: drafts.delete(vault, draft_id),
                on_done=lambda _ok: self.refresh())

        ask_discard(self.owner, on_yes=erase)
