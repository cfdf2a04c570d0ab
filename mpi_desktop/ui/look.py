"""Small shared looks: headings, inline message colours, the eye icon, window placement."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QLabel, QWidget

ERROR_STYLE = "color: #a93226;"
OK_STYLE = "color: #1e8449;"
WARNING_STYLE = "color: #b9770e; font-weight: bold;"


def heading(parent: QWidget, scale: float = 1.6) -> QLabel:
    label = QLabel(parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def eye_icon(*, crossed: bool) -> QIcon:
    """Drawn, not loaded: no icon files to ship, sharp at any scale (rendered at 64 px)."""
    size = 64
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    colour = QGuiApplication.palette().color(QPalette.ColorRole.Text)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(colour), 4))
    painter.drawEllipse(QRectF(6, 18, 52, 28))
    painter.setBrush(QColor(colour))
    painter.drawEllipse(QPointF(32, 32), 8, 8)
    if crossed:
        painter.setPen(QPen(QColor(colour), 5))
        painter.drawLine(QPointF(10, 54), QPointF(54, 10))
    painter.end()
    return QIcon(pixmap)


def center_on_screen(window: QWidget) -> None:
    """Fit ``window`` on its screen (small laptops at 150 %) and center it."""
    area = window.screen().availableGeometry()
    size = window.size().boundedTo(area.size()).expandedTo(window.minimumSize())
    window.resize(size)
    window.move(area.center() - QPoint(size.width() // 2, size.height() // 2))
