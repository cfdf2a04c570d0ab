"""After the session: the acuerdos, one per decision of the CEM, each moving the measures
it decides (through the protection plan) with the session's reference."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop.domain import cem as dc
from mpi_desktop.domain.cem import Acuerdo
from mpi_desktop.i18n import translate
from mpi_desktop.storage.cem_ops import CemOps, SessionView
from mpi_desktop.texts import cem as texts
from mpi_desktop.ui.cem.acuerdo_dialog import AcuerdoDialog
from mpi_desktop.ui.cem.common import ID_ROLE, run, tree
from mpi_desktop.ui.session import Session


class AcuerdosTab(QWidget):
    changed = Signal()
    status_message = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cemAcuerdosTab")
        self.session = session
        self.ops = CemOps(session.vault)
        self.view: SessionView | None = None
        self.dialog: AcuerdoDialog | None = None
        self.hint = QLabel(self)
        self.hint.setObjectName("cemAcuerdosHint")
        self.hint.setWordWrap(True)
        self.list = tree("cemAcuerdoList", self)
        self.record_button = QPushButton(self)
        self.record_button.setObjectName("cemRecordAcuerdo")
        self.record_button.clicked.connect(self.record)
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("cemDeleteAcuerdo")
        self.delete_button.clicked.connect(self._delete)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.list.setHeaderLabels([translate("CemAcuerdos", "Number"),
                                   translate("CemAcuerdos", "Folio"),
                                   translate("CemAcuerdos", "Decisions"),
                                   translate("CemAcuerdos", "Text")])
        self.record_button.setText(translate("CemAcuerdos", "&Record acuerdo…"))
        self.delete_button.setText(translate("CemAcuerdos", "Delete acuerdo"))

    def set_view(self, view: SessionView) -> None:
        self.view = view
        status = view.session.status
        if status == dc.PREPARING:
            self.hint.setText(translate(
                "CemAcuerdos", "Acuerdos are recorded after the session: mark it as held first."))
        elif status == dc.HELD:
            self.hint.setText(translate(
                "CemAcuerdos", "Go through the agenda and record what the CEM decided. Each "
                "decision on a measure is applied to the case's protection plan, citing this "
                "session and the acuerdo number."))
        else:
            self.hint.setText(translate("CemAcuerdos", "The session is closed."))
        folios = {r.item.case_id: r.folio for r in view.agenda}
        self.list.clear()
        for a in view.acuerdos:
            decisions = ", ".join(texts.decision_label(d.action) for d in a.decisions) or "—"
            item = QTreeWidgetItem([a.number, folios.get(a.case_id, ""), decisions,
                                    " ".join(a.text.split())[:120]])
            item.setData(0, ID_ROLE, a.id)
            self.list.addTopLevelItem(item)
        self.record_button.setEnabled(status == dc.HELD and bool(view.agenda))
        self.delete_button.setEnabled(status == dc.HELD and bool(view.acuerdos))

    def clear(self) -> None:
        self.view = None
        self.list.clear()
        if self.dialog is not None:
            self.dialog.reject()

    def record(self, agenda_item_id: str | None = None) -> AcuerdoDialog | None:
        if self.view is None:
            return None
        dialog = AcuerdoDialog(self.session, self.view, self,
                               agenda_item_id=agenda_item_id or None)
        dialog.accepted.connect(lambda: self._recorded(dialog.recorded))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _recorded(self, acuerdo: Acuerdo | None) -> None:
        if acuerdo is not None:
            self.status_message.emit(translate("CemAcuerdos", "Acuerdo {number} recorded.")
                                     .format(number=acuerdo.number))
        self.changed.emit()

    def _delete(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        acuerdo_id = str(item.data(0, ID_ROLE))
        run(self.session, self, lambda: self.ops.delete_acuerdo(acuerdo_id),
            on_done=lambda _r: self.changed.emit())
