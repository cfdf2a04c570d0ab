"""The offer to recover unfinished interviews (after a crash, a kill or a lock).

The workshop and finding sections use the same banner with their own words."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from mpi_desktop.i18n import translate
from mpi_desktop.storage.drafts import DraftInfo
from mpi_desktop.ui.cases import labels


def draft_title(info: DraftInfo, *, discreet: bool, untitled: str | None = None) -> str:
    name = info.title.strip()
    if not name:
        return untitled or translate("Drafts", "Interview without a name yet")
    return labels.initials(name) if discreet else name


class DraftBanner(QFrame):
    """One line per unfinished interview: title, time, Recover, Discard."""

    recover = Signal(str)
    discard = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, heading: str | None = None,
                 recover_text: str | None = None, untitled: str | None = None,
                 initials: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("draftBanner")
        self._recover_text = recover_text
        self._untitled = untitled
        #: Titles that may be names are shown as initials in discreet mode.
        self._initials = initials
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#draftBanner { background: #fff4ce; border: 1px solid #c19c00; }"
                           " #draftBanner QLabel { color: #3b2f00; }")
        self._layout = QVBoxLayout(self)
        top = QLabel(heading or translate("Drafts", "<b>Recover unfinished interview</b> — what "
                                          "was typed is safe in the vault:"))
        top.setWordWrap(True)
        self._layout.addWidget(top)
        self._rows: list[QWidget] = []
        self.hide()

    def set_drafts(self, infos: list[DraftInfo], *, discreet: bool) -> None:
        for row in self._rows:
            row.hide()
            row.deleteLater()
        self._rows = []
        for i, info in enumerate(infos):
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            text = QLabel(translate("Drafts", "{title} — last saved {when}").format(
                title=draft_title(info, discreet=discreet and self._initials,
                                  untitled=self._untitled),
                when=labels.fmt_instant(info.updated_at)))
            text.setObjectName(f"draftTitle_{i}")
            recover = QPushButton(self._recover_text or translate("Drafts", "Recover interview"))
            recover.setObjectName(f"recoverDraft_{i}")
            recover.setAccessibleName(self._recover_text.replace("&", "") if self._recover_text
                                      else translate("Drafts", "Recover unfinished interview"))
            recover.clicked.connect(lambda _=False, d=info.id: self.recover.emit(d))
            discard = QPushButton(translate("Drafts", "Discard…"))
            discard.setObjectName(f"discardDraft_{i}")
            discard.clicked.connect(lambda _=False, d=info.id: self.discard.emit(d))
            line.addWidget(text, 1)
            line.addWidget(recover)
            line.addWidget(discard)
            self._layout.addWidget(row)
            self._rows.append(row)
        self.setVisible(bool(infos))
