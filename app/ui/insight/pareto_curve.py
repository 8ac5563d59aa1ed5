"""The 80/20 curve: the share of the revenue (up) brought by the best share of the
customers (across), with the top 20 % marked. A few lines of QPainter: it draws with
the program's font, at start-up cost nothing, and needs no chart library."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.ui.insight.labels import IMPORTANT

GRID = QColor("#bdbdbd")
TEXT = QColor("#424242")
TOP = QColor("#e65100")
MARGIN = 28


class ParetoCurve(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paretoCurve")
        self.setMinimumSize(220, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._curve: tuple[tuple[float, float], ...] = ()
        self._top: tuple[float, float] | None = None

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(280, 200)

    def set_curve(
        self, curve: tuple[tuple[float, float], ...], top: tuple[float, float] | None
    ) -> None:
        """`curve`: (share of customers, share of revenue) from (0, 0) to (1, 1); `top`:
        the point of the top 20 %."""
        self._curve, self._top = curve, top
        self.update()

    def _plot(self) -> QRectF:
        return QRectF(MARGIN + 8, 8, self.width() - MARGIN - 32, self.height() - MARGIN - 8)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        plot = self._plot()

        def at(x: float, y: float) -> QPointF:
            return QPointF(plot.left() + x * plot.width(), plot.bottom() - y * plot.height())

        painter.setPen(QPen(GRID, 1, Qt.PenStyle.DotLine))
        for step in (0.2, 0.4, 0.6, 0.8, 1.0):
            painter.drawLine(at(0, step), at(1, step))
            painter.drawLine(at(step, 0), at(step, 1))
        painter.setPen(QPen(GRID, 1))
        painter.drawRect(plot)
        painter.setPen(TEXT)
        for step in (0, 0.5, 1.0):
            label = f"{round(step * 100)}%"
            painter.drawText(
                QRectF(0, at(0, step).y() - 8, MARGIN + 4, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            painter.drawText(
                QRectF(at(step, 0).x() - 20, plot.bottom() + 4, 40, 16),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                label,
            )
        if len(self._curve) < 2:
            return
        path = QPainterPath(at(*self._curve[0]))
        for x, y in self._curve[1:]:
            path.lineTo(at(x, y))
        painter.setPen(QPen(QColor(IMPORTANT), 2))
        painter.drawPath(path)
        if self._top is not None:
            point = at(*self._top)
            painter.setPen(QPen(TOP, 1, Qt.PenStyle.DashLine))
            painter.drawLine(at(self._top[0], 0), point)
            painter.drawLine(at(0, self._top[1]), point)
            painter.setBrush(TOP)
            painter.drawEllipse(point, 4, 4)
