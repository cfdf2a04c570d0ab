"""The "Informes" section: the indicator report for the Junta de Gobierno.

Choose a period (a bimester by default) and an audience, look at the figures on
screen — exactly what the file will say, suppression included — then save the
PDF or the CSV.  Counting and writing run off the UI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop.domain import indicators as di
from mpi_desktop.domain.indicators import TOTAL, IndicatorReport
from mpi_desktop.i18n import translate
from mpi_desktop.reports import indicators_pdf
from mpi_desktop.texts import indicators as t
from mpi_desktop.ui import files
from mpi_desktop.ui.indicators.common import REPORTS_KEY, PeriodPicker, heading, run
from mpi_desktop.ui.sections import Section, SectionSpec
from mpi_desktop.ui.session import Session


def _item(text: str, *, number: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _change(figure: di.Figure) -> str:
    if figure.suppressed or figure.value is None:
        return "*"
    return f"+{figure.value}" if figure.value > 0 else str(figure.value)


class ReportsSection(Section):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("reportsSection")
        self.report: IndicatorReport | None = None
        self.file_dialog: QFileDialog | None = None
        self.title = heading(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.period = PeriodPicker(self)
        self.internal = QRadioButton(self)
        self.internal.setObjectName("audienceInternal")
        self.external = QRadioButton(self)
        self.external.setObjectName("audienceExternal")
        self.internal.setChecked(True)
        self.audience = QButtonGroup(self)
        self.audience.addButton(self.internal)
        self.audience.addButton(self.external)
        self.compute_button = QPushButton(self)
        self.compute_button.setObjectName("reportCompute")
        self.compute_button.setDefault(True)
        self.compute_button.clicked.connect(self.compute)
        self.pdf_button = QPushButton(self)
        self.pdf_button.setObjectName("reportSavePdf")
        self.pdf_button.clicked.connect(lambda: self.choose_file("pdf"))
        self.csv_button = QPushButton(self)
        self.csv_button.setObjectName("reportSaveCsv")
        self.csv_button.clicked.connect(lambda: self.choose_file("csv"))
        self.summary = QLabel(self)
        self.summary.setObjectName("reportSummary")
        self.summary.setWordWrap(True)
        self.headlines = QTableWidget(0, 5, self)
        self.headlines.setObjectName("reportHeadlines")
        self.breakdown = QComboBox(self)
        self.breakdown.setObjectName("reportBreakdown")
        self.breakdown.currentIndexChanged.connect(self._show_breakdown)
        self.detail = QTableWidget(0, 0, self)
        self.detail.setObjectName("reportDetail")
        for table in (self.headlines, self.detail):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setAlternatingRowColors(True)
            table.verticalHeader().hide()
            table.horizontalHeader().setSectionResizeMode(
                QHeaderView.ResizeMode.ResizeToContents)
        self.legend = QLabel(self)
        self.legend.setObjectName("reportLegend")
        self.legend.setWordWrap(True)

        choose = QHBoxLayout()
        choose.addWidget(self.period, 2)
        audience = QVBoxLayout()
        audience.addWidget(self.internal)
        audience.addWidget(self.external)
        choose.addLayout(audience, 1)
        actions = QVBoxLayout()
        actions.addWidget(self.compute_button)
        actions.addWidget(self.pdf_button)
        actions.addWidget(self.csv_button)
        choose.addLayout(actions)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(choose)
        layout.addWidget(self.summary)
        layout.addWidget(self.headlines, 2)
        layout.addWidget(self.breakdown)
        layout.addWidget(self.detail, 2)
        layout.addWidget(self.legend)
        self.period.changed.connect(self._stale)
        self.audience.buttonToggled.connect(lambda *_: self._stale())
        self.retranslate()
        self._stale()

    def retranslate(self) -> None:
        self.title.setText(translate("Indicators", "Indicator report"))
        self.intro.setText(translate(
            "Indicators", "The annual plan's indicators for the Junta de Gobierno, compared "
            "with the previous period of the same length. The external version hides figures "
            "below {n} and whatever would let someone work them out.").format(n=di.THRESHOLD))
        self.internal.setText(t.audience_label(di.INTERNAL))
        self.external.setText(t.audience_label(di.EXTERNAL))
        self.compute_button.setText(translate("Indicators", "&Show figures"))
        self.pdf_button.setText(translate("Indicators", "Save &PDF…"))
        self.csv_button.setText(translate("Indicators", "Save &CSV…"))
        self.breakdown.setAccessibleName(translate("Indicators", "Breakdown to show"))
        self.headlines.setAccessibleName(translate("Indicators", "Indicators of the period"))
        self.detail.setAccessibleName(translate("Indicators", "Breakdown"))

    def chosen_audience(self) -> str:
        return di.EXTERNAL if self.external.isChecked() else di.INTERNAL

    def _stale(self) -> None:
        """The figures on screen no longer match the choices: compute again to save."""
        self.report = None
        ok = self.period.period() is not None
        self.compute_button.setEnabled(ok)
        self.pdf_button.setEnabled(False)
        self.csv_button.setEnabled(False)

    # -- computing -----------------------------------------------------------------------------
    def compute(self) -> None:
        period = self.period.period()
        if period is None:
            return
        audience = self.chosen_audience()
        vault = self.session.vault
        self.compute_button.setEnabled(False)
        self.summary.setText(translate("Indicators", "Counting…"))
        run(self.session, self, lambda: indicators_pdf.compute(vault, period, audience),
            on_done=self._computed, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        from mpi_desktop.ui.errors import show_error

        self.compute_button.setEnabled(True)
        self.summary.setText("")
        show_error(self, exc)

    def _computed(self, report: object) -> None:
        assert isinstance(report, IndicatorReport)
        # A choice changed while counting: these figures are for the old one.
        if report.period != self.period.period() or report.audience != self.chosen_audience():
            self.compute_button.setEnabled(True)
            return
        self.report = report
        self.compute_button.setEnabled(True)
        self.pdf_button.setEnabled(True)
        self.csv_button.setEnabled(True)
        self.summary.setText(translate("Indicators", "{period}, compared with {previous}. "
                                       "{audience}.").format(
            period=t.months_label(report.period), previous=t.months_label(report.previous_period),
            audience=t.audience_label(report.audience)))
        self._fill_headlines(report)
        self.breakdown.blockSignals(True)
        self.breakdown.clear()
        for view in report.tables:
            self.breakdown.addItem(t.breakdown_label(view.spec.key), view.spec.key)
        self.breakdown.blockSignals(False)
        self._show_breakdown()
        notes = []
        if report.any_suppressed:
            notes.append(t.suppression_legend())
        if report.unavailable:
            notes.append(translate("Indicators", "Not available in this vault: {parts}.").format(
                parts=", ".join(t.unavailable_label(p) for p in report.unavailable)))
        self.legend.setText("\n".join(notes))

    def _fill_headlines(self, report: IndicatorReport) -> None:
        self.headlines.setHorizontalHeaderLabels([
            translate("Indicators", "Plan"), translate("Indicators", "Indicator"),
            translate("Indicators", "Period"), translate("Indicators", "Previous"),
            translate("Indicators", "Change")])
        self.headlines.setRowCount(len(report.headlines))
        for i, h in enumerate(report.headlines):
            label = _item(t.headline_label(h.key))
            label.setToolTip(t.headline_help(h.key))
            for col, item in enumerate((_item(h.plan_item or "—"), label,
                                        _item(h.current.text(), number=True),
                                        _item(h.previous.text(), number=True),
                                        _item(_change(h.change), number=True))):
                self.headlines.setItem(i, col, item)

    def _show_breakdown(self) -> None:
        report = self.report
        key = self.breakdown.currentData()
        if report is None or not isinstance(key, str):
            self.detail.setRowCount(0)
            return
        view = report.table(key)
        spec = view.spec
        rows = (*view.rows, TOTAL)
        if spec.two_way:
            cols = (*view.cols, TOTAL)
            headers = [t.dimension_label(spec.row_dim)]
            for c in cols:
                name = t.category_label(spec.col_dim or "", c)
                headers += [name, translate("Indicators", "{column} (previous)").format(
                    column=name)]
            self.detail.setColumnCount(len(headers))
            self.detail.setHorizontalHeaderLabels(headers)
            self.detail.setRowCount(len(rows))
            for i, r in enumerate(rows):
                self.detail.setItem(i, 0, _item(t.category_label(spec.row_dim, r)))
                for j, c in enumerate(cols):
                    self.detail.setItem(i, 1 + 2 * j, _item(view.current[(r, c)].text(),
                                                            number=True))
                    self.detail.setItem(i, 2 + 2 * j, _item(view.previous[(r, c)].text(),
                                                            number=True))
            return
        self.detail.setColumnCount(4)
        self.detail.setHorizontalHeaderLabels([
            t.dimension_label(spec.row_dim), translate("Indicators", "Period"),
            translate("Indicators", "Previous"), translate("Indicators", "Change")])
        self.detail.setRowCount(len(rows))
        for i, r in enumerate(rows):
            now, before = view.current[(r, "")], view.previous[(r, "")]
            label = (t.headline_label(spec.indicator) if r == TOTAL and not spec.additive
                     else t.category_label(spec.row_dim, r))
            for col, item in enumerate((_item(label), _item(now.text(), number=True),
                                        _item(before.text(), number=True),
                                        _item(_change(di.change(now, before)), number=True))):
                self.detail.setItem(i, col, item)

    # -- saving --------------------------------------------------------------------------------
    def suggested_name(self, fmt: str) -> str:
        assert self.report is not None
        p = self.report.period
        suffix = "externo" if self.report.audience == di.EXTERNAL else "interno"
        return f"indicadores_{p.first.isoformat()}_{p.last.isoformat()}_{suffix}.{fmt}"

    def choose_file(self, fmt: str) -> None:
        if self.report is None:
            return
        kind = (translate("Indicators", "PDF document (*.pdf)") if fmt == "pdf"
                else translate("Indicators", "CSV table (*.csv)"))
        self.file_dialog = files.choose_save(
            self, name="reportFileDialog", title=translate("Indicators", "Save the report"),
            suggested=self.suggested_name(fmt), filters=[kind], suffix=fmt,
            on_chosen=self.save_to)

    def save_to(self, path: Path) -> None:
        report = self.report
        if report is None:
            return
        vault = self.session.vault
        self.pdf_button.setEnabled(False)
        self.csv_button.setEnabled(False)
        run(self.session, self, lambda: indicators_pdf.export_report(vault, report, path),
            on_done=self._saved, on_error=self._save_failed)

    def _saved(self, written: object) -> None:
        assert isinstance(written, indicators_pdf.Written)
        self.pdf_button.setEnabled(True)
        self.csv_button.setEnabled(True)
        self.status_message.emit(translate("Indicators", "Report saved: {path}").format(
            path=written.path))

    def _save_failed(self, exc: BaseException) -> None:
        from mpi_desktop.ui.errors import show_error

        self.pdf_button.setEnabled(self.report is not None)
        self.csv_button.setEnabled(self.report is not None)
        show_error(self, exc)

    def prepare_lock(self) -> None:
        if self.file_dialog is not None:
            self.file_dialog.reject()


def _title() -> str:
    return translate("Sections", "Reports")


SPEC = SectionSpec(key=REPORTS_KEY, title=_title, factory=ReportsSection, order=30,
                   shortcut="Ctrl+6")
