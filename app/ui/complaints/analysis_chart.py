"""The analysis's chart: complaints per month as stacked bars, one colour per
category, the month's total above its bar and the legend beneath; and the colours
and month names the chart shares with the analysis's tables.

Drawn by pyqtgraph, which paints with QPainter and so with the program's bundled
Chinese font. pyqtgraph (with numpy) takes about 0.3 s to import: it is imported
when the first chart is made, never when the program starts. The chart is for
reading, not exploring: no mouse zoom or pan, no context menu.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QLocale, QPointF
from PySide6.QtGui import QColor, QCursor, QFontMetrics, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolTip, QVBoxLayout, QWidget

from app.models.enums import ComplaintCategory
from app.services.complaint_stats import Analysis
from app.ui import texts
from app.ui.complaints import labels

# One colour per category, the same in the chart, its legend and the table.
COLOURS = {
    ComplaintCategory.PRODUCT: QColor("#1e88e5"),
    ComplaintCategory.SERVICE: QColor("#e53935"),
    ComplaintCategory.PRICE: QColor("#fb8c00"),
    ComplaintCategory.RESULT: QColor("#8e24aa"),
    ComplaintCategory.ENVIRONMENT: QColor("#43a047"),
    ComplaintCategory.OTHER: QColor("#78909c"),
}
BAR_WIDTH = 0.6
MOST_LABELS = 12  # month labels under the bars; a longer range labels every 2nd, 3rd, …
TEXT = QColor("#212121")
AXIS = QColor("#9e9e9e")


def month_name(month: date, with_year: bool = True, stacked: bool = False) -> str:
    """2026年11月 or Nov 2026; without the year 11月 or Nov; stacked: the year beneath."""
    if texts.is_chinese():
        name, year = f"{month.month}月", f"{month.year}年"
    else:
        name = QLocale().toString(QDate(month.year, month.month, 1), "MMM")
        year = str(month.year)
    if not with_year:
        return name
    if stacked:
        return f"{name}\n{year}"
    return f"{year}{name}" if texts.is_chinese() else f"{name} {year}"


@dataclass(frozen=True)
class Series:
    """One category's complaints per month, in the chart's month order."""

    name: str
    colour: QColor
    values: tuple[int, ...]


def swatch(colour: QColor, size: int = 12) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(colour)
    return pixmap


def label_step(months: int) -> int:
    """Label every month, or every 2nd, 3rd, … so that at most a dozen labels show."""
    return max(1, math.ceil(months / MOST_LABELS))


def tick_step(highest: int) -> int:
    """A round step for the count axis giving about five lines: 1, 2, 5, 10, 20, …"""
    rough = max(1.0, highest / 5)
    power = 10 ** math.floor(math.log10(rough))
    return next(step * power for step in (1, 2, 5, 10) if step * power >= rough)


def month_ticks(months: tuple[date, ...]) -> list[str]:
    """The months' labels under the bars: the year under the first one shown and
    wherever a new year begins."""
    every = label_step(len(months))
    ticks: list[str] = []
    year = 0
    for index, month in enumerate(months):
        shown = index % every == 0
        ticks.append(month_name(month, shown and month.year != year, stacked=True))
        if shown:
            year = month.year
    return ticks


class ReadingChart(QWidget):
    """A pyqtgraph plot for reading (no zoom, pan or menu), its axes in the program's
    font, with a legend row beneath; the analysis's and the structure's charts."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import pyqtgraph  # here, not at start: see the module's docstring

        self._pg: Any = pyqtgraph
        self.setObjectName(f"{name}Chart")
        self.plot = pyqtgraph.PlotWidget(background="w")
        self.plot.setObjectName(f"{name}Plot")
        item = self.plot.getPlotItem()
        item.setMenuEnabled(False)
        item.setMouseEnabled(x=False, y=False)
        item.hideButtons()
        for side in ("left", "bottom"):
            axis = item.getAxis(side)
            axis.setPen(pyqtgraph.mkPen(AXIS))
            axis.setTextPen(pyqtgraph.mkPen(TEXT))
            axis.setTickFont(self.font())
        self.legend = QHBoxLayout()
        self.legend.setSpacing(16)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot, 1)
        layout.addLayout(self.legend)
        self.setMinimumHeight(220)


class MonthlyChart(ReadingChart):
    """Stacked bars per month; hovering a bar's part tells its category and count."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("analysis", parent)
        self.plot.getPlotItem().showGrid(x=False, y=True, alpha=0.25)
        self._titles: list[str] = []
        self._series: list[Series] = []
        self.plot.scene().sigMouseMoved.connect(self._hover)

    @property
    def series(self) -> list[Series]:
        """What is drawn, bottom to top (categories without complaints left out)."""
        return list(self._series)

    def legend_names(self) -> list[str]:
        return [label.text() for label in self.findChildren(QLabel, "legendName")]

    def show_analysis(self, analysis: Analysis) -> None:
        """The period's complaints per month, stacked in the categories' usual order."""
        months = analysis.months
        series = [
            Series(
                labels.category(category),
                COLOURS[category],
                tuple(analysis.count(m, category) for m in months),
            )
            for category in ComplaintCategory
        ]
        self.show_months(month_ticks(months), [month_name(m) for m in months], series)

    def show_months(self, ticks: list[str], titles: list[str], series: list[Series]) -> None:
        """Draw one stacked bar per month; `series` from the bottom up. `ticks` label the
        months under the axis (every `label_step`-th is shown), `titles` name them in the
        tooltip."""
        pg = self._pg
        self._titles = list(titles)
        self._series = [s for s in series if any(s.values)]
        item = self.plot.getPlotItem()
        item.clear()
        months = len(titles)
        base = [0] * months
        for s in self._series:
            bar = pg.BarGraphItem(
                x=list(range(months)), height=list(s.values), y0=list(base), width=BAR_WIDTH,
                brush=pg.mkBrush(s.colour), pen=pg.mkPen("w", width=1),
            )  # fmt: skip
            item.addItem(bar)
            base = [b + v for b, v in zip(base, s.values, strict=True)]
        for month, total in enumerate(base):
            if total:
                text = pg.TextItem(str(total), color=TEXT, anchor=(0.5, 1.0))
                text.setFont(self.font())
                text.setPos(month, total)
                item.addItem(text)
        highest = max(base, default=0)
        step = tick_step(highest)
        every = label_step(months)
        shown = [(m, tick) for m, tick in enumerate(ticks) if m % every == 0]
        bottom = item.getAxis("bottom")
        bottom.setTicks([shown, []])
        lines = max((tick.count("\n") + 1 for _, tick in shown), default=1)
        bottom.setHeight(QFontMetrics(self.font()).height() * lines + 16)
        item.getAxis("left").setTickSpacing(step, step)
        item.setXRange(-0.6, months - 0.4, padding=0)
        # Room above the highest bar for its total.
        item.setYRange(0, max(highest * 1.15, highest + step * 0.6, 1), padding=0)
        self._fill_legend()

    def _fill_legend(self) -> None:
        while self.legend.count():
            entry = self.legend.takeAt(0)
            widget = entry.widget() if entry is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        for s in self._series:
            box = QWidget()
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(4)
            mark = QLabel()
            mark.setPixmap(swatch(s.colour))
            row.addWidget(mark)
            row.addWidget(QLabel(s.name, objectName="legendName"))
            self.legend.addWidget(box)
        self.legend.addStretch(1)

    def part_at(self, month: int, count: float) -> Series | None:
        """The category whose part of the month's bar lies at this height."""
        if not 0 <= month < len(self._titles) or count < 0:
            return None
        below = 0
        for s in self._series:
            if below <= count < below + s.values[month]:
                return s
            below += s.values[month]
        return None

    def _hover(self, position: QPointF) -> None:
        point = self.plot.getPlotItem().getViewBox().mapSceneToView(position)
        month = round(point.x())
        found = self.part_at(month, point.y()) if abs(point.x() - month) <= BAR_WIDTH / 2 else None
        if found is None:
            QToolTip.hideText()
            return
        text = f"{self._titles[month]} · {found.name}: {found.values[month]}"
        QToolTip.showText(QCursor.pos(), text, self.plot)
