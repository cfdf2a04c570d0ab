"""The Bitácora section: the vault's audit log, read-only, a page at a time.

It shows what the log holds — when (Mexico City time), who, which action, on what
entity and id — and nothing more: the log carries ids, never content, and so does
this view.  "Verify chain" recomputes every hash (``storage.audit.verify``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop.domain.timeutil import MEXICO_CITY, parse_iso_utc
from mpi_desktop.errors import AuditChainBroken
from mpi_desktop.i18n import translate
from mpi_desktop.messages import describe
from mpi_desktop.storage import audit
from mpi_desktop.storage.audit import AuditEntry
from mpi_desktop.storage.vault import Vault
from mpi_desktop.ui.errors import show_error
from mpi_desktop.ui.sections import Section, SectionSpec
from mpi_desktop.ui.session import Session

PAGE_SIZE = 200

_Index = QModelIndex | QPersistentModelIndex


def _subjects() -> dict[str, str]:
    return {
        "vault": translate("Audit", "Vault"),
        "case": translate("Audit", "Case"),
        "person": translate("Audit", "Person"),
        "aggression": translate("Audit", "Aggression"),
        "attention": translate("Audit", "Attention"),
        "risk": translate("Audit", "Risk assessment"),
        "risk_assessment": translate("Audit", "Risk assessment"),
        "dv_review": translate("Audit", "Digital-violence review"),
        "report": translate("Audit", "Indicator report"),
        "measure": translate("Audit", "Protection measure"),
        "evidence": translate("Audit", "Evidence"),
        "cem": translate("Audit", "CEM session"),
        "cem_packet": translate("Audit", "CEM packet"),
        "export": translate("Audit", "Export"),
        "import": translate("Audit", "Import"),
        "draft": translate("Audit", "Draft"),
        "demo": translate("Audit", "Demo data"),
        "workshop": translate("Audit", "Workshop"),
        "finding": translate("Audit", "Finding"),
        "arco": translate("Audit", "ARCO request"),
    }


def _verbs() -> dict[str, str]:
    return {
        "create": translate("Audit", "created"),
        "update": translate("Audit", "edited"),
        "delete": translate("Audit", "deleted"),
        "view": translate("Audit", "viewed"),
        "save": translate("Audit", "saved"),
        "sign": translate("Audit", "signed"),
        "start": translate("Audit", "started"),
        "discard": translate("Audit", "discarded"),
        "propose": translate("Audit", "proposed"),
        "generate": translate("Audit", "generated"),
        "session_create": translate("Audit", "session created"),
        "session_update": translate("Audit", "session edited"),
        "session_delete": translate("Audit", "session deleted"),
        "session_status": translate("Audit", "session status changed"),
        "agenda_add": translate("Audit", "case added to the agenda"),
        "agenda_remove": translate("Audit", "case removed from the agenda"),
        "agenda_reorder": translate("Audit", "agenda reordered"),
        "acuerdo_record": translate("Audit", "agreement recorded"),
        "acuerdo_update": translate("Audit", "agreement edited"),
        "acuerdo_delete": translate("Audit", "agreement deleted"),
        "finding_dismiss": translate("Audit", "packet warning dismissed"),
        "finding_undismiss": translate("Audit", "packet warning restored"),
        "summary_save": translate("Audit", "summary saved"),
        "link_cem_session": translate("Audit", "linked to a CEM session"),
        "unlink_person": translate("Audit", "person unlinked"),
        "unlink_case": translate("Audit", "case unlinked"),
        "file": translate("Audit", "file imported"),
        "cem_packet": translate("Audit", "CEM packet written"),
        "access": translate("Audit", "access"),
        "cancel": translate("Audit", "cancellation"),
        "oppose": translate("Audit", "opposition"),
        # Digital-violence review and evidence (chain of custody).
        "item": translate("Audit", "checklist item"),
        "escalate": translate("Audit", "escalated after triage"),
        "gate_dismissed": translate("Audit", "triage alert answered without escalation"),
        "measures_proposed": translate("Audit", "suggested measures added to the plan"),
        "remove": translate("Audit", "removed"),
        "status": translate("Audit", "status changed"),
        "intake": translate("Audit", "attached"),
        "preview": translate("Audit", "previewed"),
        "open": translate("Audit", "opened"),
        "export": translate("Audit", "exported"),
        "package": translate("Audit", "packaged (encrypted)"),
        "package_plain": translate("Audit", "packaged without encryption"),
        "edit": translate("Audit", "edited"),
        "damage_detected": translate("Audit", "damage detected"),
        "interchange_import": translate("Audit", "imported"),
        "indicators": translate("Audit", "indicator report written"),
        # Measure life cycle.
        "approve": translate("Audit", "approved"),
        "implement": translate("Audit", "implementation started"),
        "activate": translate("Audit", "in force"),
        "urgent_implement": translate("Audit", "urgent implementation before approval"),
        "urgent_activate": translate("Audit", "urgent, in force before approval"),
        "evaluate": translate("Audit", "under evaluation"),
        "confirm": translate("Audit", "confirmed after evaluation"),
        "modify": translate("Audit", "modified"),
        "suspend": translate("Audit", "suspended"),
        "resume": translate("Audit", "resumed"),
        "retire": translate("Audit", "withdrawn"),
        "conclude": translate("Audit", "concluded"),
        "ratify": translate("Audit", "ratified by the CEM"),
    }


def action_words(action: str) -> str:
    """An audit action in words.  Unknown (newer) actions keep their code, so the
    log stays readable whatever feature wrote it."""
    exact = {
        "vault.create": translate("Audit", "Vault created"),
        "vault.unlock": translate("Audit", "Vault unlocked"),
        "vault.passphrase_change": translate("Audit", "Passphrase changed"),
        "vault.backup": translate("Audit", "Backup made"),
        "vault.restore": translate("Audit", "Vault restored"),
        "vault.rekey": translate("Audit", "Vault re-encrypted"),
        "case.create": translate("Audit", "Case opened"),
        "case.view": translate("Audit", "Case viewed"),
    }
    if action in exact:
        return exact[action]
    subject, _, verb = action.partition(".")
    subjects = _subjects()
    if subject not in subjects:
        return action
    verbs = _verbs()
    return translate("Audit", "{subject}: {what}").format(
        subject=subjects[subject], what=verbs.get(verb, verb.replace("_", " ")))


def entity_words(entity: str | None) -> str:
    if not entity:
        return ""
    return _subjects().get(entity, entity)


def local_time(at: str) -> str:
    try:
        return parse_iso_utc(at).astimezone(MEXICO_CITY).strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        return at


def details_text(details: dict[str, Any]) -> str:
    """Ids, field names and counts, as stored (the log never holds content)."""
    parts = []
    for key, value in sorted(details.items()):
        shown = ", ".join(str(v) for v in value) if isinstance(value, list | tuple) else value
        parts.append(f"{key}: {shown}")
    return "; ".join(parts)


@dataclass(frozen=True)
class AuditPage:
    entries: list[AuditEntry]
    offset: int
    has_more: bool
    total: int


def load_page(vault: Vault, *, offset: int, entity_id: str | None) -> AuditPage:
    """One page, newest first (runs on the runner's thread)."""
    with vault.read() as conn:
        rows = audit.entries(conn, limit=PAGE_SIZE + 1, offset=offset, entity_id=entity_id)
        total = audit.count(conn)
    return AuditPage(rows[:PAGE_SIZE], offset, len(rows) > PAGE_SIZE, total)


def verify_chain(vault: Vault) -> int:
    with vault.read() as conn:
        return audit.verify(conn)


class AuditModel(QAbstractTableModel):
    COLUMNS = ("seq", "at", "actor", "action", "entity", "entity_id", "details")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AuditEntry] = []

    def set_entries(self, rows: list[AuditEntry]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def entry(self, row: int) -> AuditEntry:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (translate("Audit", "No."), translate("Audit", "Time (Mexico City)"),
                  translate("Audit", "User"), translate("Audit", "Action"),
                  translate("Audit", "Entity"), translate("Audit", "Id"),
                  translate("Audit", "Details"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        entry = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            values = {
                "seq": str(entry.seq), "at": local_time(entry.at), "actor": entry.actor,
                "action": action_words(entry.action), "entity": entity_words(entry.entity),
                "entity_id": entry.entity_id or "", "details": details_text(entry.details),
            }
            return values[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == "action":
            return entry.action
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "seq":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class AuditSection(Section):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("auditSection")
        self._offset = 0
        self._page: AuditPage | None = None
        self._entity_id: str | None = None
        self.model = AuditModel(self)
        self.title = QLabel(self)
        self.title.setObjectName("auditTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("auditEntityFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter.returnPressed.connect(self._apply_filter)
        self.filter.textChanged.connect(self._filter_cleared)
        self.filter_button = QPushButton(self)
        self.filter_button.setObjectName("auditFilterButton")
        self.filter_button.clicked.connect(self._apply_filter)
        self.table = QTableView(self)
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.newer = QPushButton(self)
        self.newer.setObjectName("auditNewer")
        self.newer.clicked.connect(lambda: self._load(max(0, self._offset - PAGE_SIZE)))
        self.older = QPushButton(self)
        self.older.setObjectName("auditOlder")
        self.older.clicked.connect(lambda: self._load(self._offset + PAGE_SIZE))
        self.page_label = QLabel(self)
        self.page_label.setObjectName("auditPageLabel")
        self.verify_button = QPushButton(self)
        self.verify_button.setObjectName("auditVerify")
        self.verify_button.clicked.connect(self.verify)
        self.verify_result = QLabel(self)
        self.verify_result.setObjectName("auditVerifyResult")
        self.verify_result.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.filter_button)
        paging = QHBoxLayout()
        paging.addWidget(self.newer)
        paging.addWidget(self.older)
        paging.addWidget(self.page_label, 1)
        paging.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(paging)
        layout.addWidget(self.verify_result)

        self.retranslate()
        self._update_paging()
        self.refresh()

    def retranslate(self) -> None:
        self.title.setText(translate("Audit", "Audit log"))
        self.intro.setText(translate(
            "Audit",
            "Every unlock, change, export and backup is recorded here with who and when. "
            "The log holds identifiers only, never the content of a case, and each entry is "
            "chained to the previous one so that any alteration can be detected."))
        self.filter.setPlaceholderText(translate("Audit", "Filter by identifier (case, person…)"))
        self.filter.setAccessibleName(translate("Audit", "Filter by identifier"))
        self.filter_button.setText(translate("Audit", "&Filter"))
        self.newer.setText(translate("Audit", "◀ &Newer"))
        self.older.setText(translate("Audit", "&Older ▶"))
        self.verify_button.setText(translate("Audit", "&Verify chain"))
        self.verify_button.setToolTip(translate(
            "Audit", "Recompute every entry's hash to detect alterations"))
        self.table.setAccessibleName(translate("Audit", "Audit log entries"))

    # -- data -------------------------------------------------------------------------
    def refresh(self) -> None:
        self._load(self._offset)

    def _load(self, offset: int) -> None:
        vault, entity_id = self.session.vault, self._entity_id
        self.session.runner.run(lambda: load_page(vault, offset=offset, entity_id=entity_id),
                                on_done=self._show_page,
                                on_error=self._load_failed)

    def _load_failed(self, exc: BaseException) -> None:
        show_error(self, exc)

    def _show_page(self, page: object) -> None:
        assert isinstance(page, AuditPage)
        self._page = page
        self._offset = page.offset
        self.model.set_entries(page.entries)
        self._update_paging()

    def _update_paging(self) -> None:
        page = self._page
        self.newer.setEnabled(self._offset > 0)
        self.older.setEnabled(bool(page and page.has_more))
        if page is None:
            self.page_label.setText("")
        elif not page.entries:
            self.page_label.setText(translate("Audit", "No entries."))
        elif self._entity_id:
            self.page_label.setText(translate("Audit", "Entries {first}–{last} for {id}").format(
                first=page.offset + 1, last=page.offset + len(page.entries), id=self._entity_id))
        else:
            self.page_label.setText(translate("Audit", "Entries {first}–{last} of {total}").format(
                first=page.offset + 1, last=page.offset + len(page.entries), total=page.total))

    def _apply_filter(self) -> None:
        text = self.filter.text().strip()
        self._entity_id = text or None
        self._load(0)

    def _filter_cleared(self, text: str) -> None:
        if not text and self._entity_id is not None:
            self._apply_filter()

    # -- verify -----------------------------------------------------------------------
    def verify(self) -> None:
        self.verify_button.setEnabled(False)
        self.verify_result.setStyleSheet("")
        self.verify_result.setText(translate("Audit", "Verifying…"))
        vault = self.session.vault
        self.session.runner.run(lambda: verify_chain(vault), on_done=self._verified,
                                on_error=self._verify_failed)

    def _verified(self, count: object) -> None:
        self.verify_button.setEnabled(True)
        self.verify_result.setStyleSheet("color: #1e8449;")
        self.verify_result.setText(translate(
            "Audit", "The chain is intact: {count} entries verified.").format(count=count))
        self.verify_result.setProperty("intact", True)

    def _verify_failed(self, exc: BaseException) -> None:
        self.verify_button.setEnabled(True)
        if not isinstance(exc, AuditChainBroken):
            self.verify_result.setText("")
            show_error(self, exc)
            return
        self.verify_result.setStyleSheet("color: #a93226; font-weight: bold;")
        self.verify_result.setText(describe(exc))
        self.verify_result.setProperty("intact", False)


def _title() -> str:
    return translate("Sections", "Audit log")


SPEC = SectionSpec(key="audit", title=_title, factory=AuditSection, order=90,
                   shortcut="Ctrl+9")
