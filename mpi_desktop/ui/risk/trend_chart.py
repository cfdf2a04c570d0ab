"""The risk trend: level of each signed assessment over time, drawn with QPainter.

Levels are a few ordered categories, so the vertical axis is the level (one band
per level, coloured like the level badge); the horizontal axis is time, spaced by
real dates.  An overridden level is drawn as a hollow point.  Tests read the
plotted points through :meth:`RiskTrendChart.points`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from mpi_desktop.domain.risk import TrendPoint
from mpi_desktop.i18n import translate
from mpi_desktop.ui.risk.common import level_color


@dataclass(frozen=True)
class Level:
    code: str
    rank: int
    label: str


class RiskTrendChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("riskTrendChart")
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMouseTracking(True)
        self._points: list[TrendPoint] = []
        self._levels: list[Level] = []
        self._hits: list[tuple[QRectF, str]] = []

    def sizeHint(self) -> QSize:
        return QSize(480, 170)

    def set_data(self, points: list[TrendPoint], levels: list[Level]) -> None:
        """Signed assessments oldest first, and the instrument's levels by rank."""
        self._points = list(points)
        self._levels = sorted(levels, key=lambda lv: lv.rank)
        self.setAccessibleDescription(", ".join(
            f"{p.assessed_on.isoformat()}: {self._label(p.level)}" for p in self._points))
        self.update()

    def points(self) -> list[tuple[date, str]]:
        """What is plotted: (date, level code) per signed assessment, oldest first."""
        return [(p.assessed_on, p.level) for p in self._points]

    def _label(self, code: str) -> str:
        return next((lv.label for lv in self._levels if lv.code == code), code)

    # --- geometry ---------------------------------------------------------------------------
    def _plot_rect(self) -> QRectF:
        left = 8 + max((self.fontMetrics().horizontalAdvance(lv.label) for lv in self._levels),
                       default=60)
        return QRectF(left + 8, 10, max(10.0, self.width() - left - 24),
                      max(10.0, self.height() - 38))

    def _y(self, rank: int, rect: QRectF) -> float:
        n = max(1, len(self._levels))
        index = next((i for i, lv in enumerate(self._levels) if lv.rank == rank), 0)
        band = rect.height() / n
        return rect.bottom() - band * (index + 0.5)

    def _x(self, day: date, rect: QRectF) -> float:
        if len(self._points) < 2:
            return rect.center().x()
        first = self._points[0].assessed_on.toordinal()
        span = max(1, self._points[-1].assessed_on.toordinal() - first)
        return rect.left() + 12 + (rect.width() - 24) * (day.toordinal() - first) / span

    # --- painting ------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self._plot_rect()
        palette_text = self.palette().text().color()
        n = max(1, len(self._levels))
        band = rect.height() / n
        for i, lv in enumerate(self._levels):
            top = rect.bottom() - band * (i + 1)
            shade = QColor(level_color(lv.rank))
            shade.setAlpha(28)
            painter.fillRect(QRectF(rect.left(), top, rect.width(), band), shade)
            painter.setPen(palette_text)
            painter.drawText(QRectF(0, top, rect.left() - 8, band),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             lv.label)
        painter.setPen(QPen(palette_text, 1))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        self._hits = []
        if not self._points:
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter),
                             translate("RiskTrend", "No signed assessment yet"))
            painter.end()
            return
        coords = [QPointF(self._x(p.assessed_on, rect), self._y(p.rank, rect))
                  for p in self._points]
        path = QPainterPath(coords[0])
        for c in coords[1:]:
            path.lineTo(c)
        painter.setPen(QPen(palette_text, 2))
        painter.drawPath(path)
        for p, c in zip(self._points, coords, strict=True):
            color = level_color(p.rank)
            painter.setPen(QPen(color, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush if p.overridden else color)
            painter.drawEllipse(c, 6, 6)
            self._hits.append((QRectF(c.x() - 8, c.y() - 8, 16, 16),
                               self._tooltip(p)))
        painter.setPen(palette_text)
        for i in {0, len(self._points) - 1}:
            text = self._points[i].assessed_on.strftime("%d/%m/%Y")
            width = self.fontMetrics().horizontalAdvance(text)
            x = min(max(coords[i].x() - width / 2, rect.left()), rect.right() - width)
            painter.drawText(QPointF(x, rect.bottom() + 18), text)
        painter.end()

    def _tooltip(self, p: TrendPoint) -> str:
        text = translate("RiskTrend", "{date}: {level} (index {index})").format(
            date=p.assessed_on.strftime("%d/%m/%Y"), level=self._label(p.level),
            index=f"{p.index:.2f}")
        if p.overridden:
            text += "\n" + translate("RiskTrend", "Level set by the assessor")
        return text

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            for area, text in self._hits:
                if area.contains(QPointF(event.pos())):
                    QToolTip.showText(event.globalPos(), text, self)
                    return True
            QToolTip.hideText()
            event.ignore()
            return True
        return super().event(event)
