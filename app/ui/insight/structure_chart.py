"""The customer structure's chart: for a breakdown, each group's share of the revenue
and of the customers as pairs of horizontal bars (long names such as a district or an
RFM grade read in full on the left); for new and returning customers, a bar per month
with the new ones at the bottom and the returning ones stacked above.

Drawn by pyqtgraph with the program's font (the bundled Chinese one), imported when the
tab is first shown; the chart is for reading, not exploring: no zoom, no pan, no menu.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QLocale, QPointF
from PySide6.QtGui import QColor, QCursor, QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolTip, QWidget

from app.ui.complaints.analysis_chart import (
    ReadingChart,
    month_name,
    month_ticks,
    swatch,
    tick_step,
)

REVENUE = QColor("#1e88e5")
CUSTOMERS = QColor("#fb8c00")
NEW = QColor("#43a047")
RETURNING = QColor("#1565c0")
TEXT = QColor("#212121")
AXIS = QColor("#9e9e9e")
PAIR_HEIGHT = 0.8  # of a group's row, both bars together
BAR_WIDTH = 0.6
MOST_GROUPS = 12  # bars drawn; the smaller groups beyond are drawn together as one


@dataclass(frozen=True)
class Series:
    """One kind of bar: a value per group (or month); None draws no bar."""

    name: str
    colour: QColor
    values: tuple[float | None, ...]


def percent_text(value: float) -> str:
    return f"{QLocale().toString(value, 'f', 1)}%"


class StructureChart(ReadingChart):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("structure", parent)  # pyqtgraph loads here, when first shown
        self.groups: list[str] = []  # the names along the axis, as drawn
        self.series: list[Series] = []
        self.horizontal = True
        self.plot.scene().sigMouseMoved.connect(self._hover)

    # -- a breakdown: shares side by side -------------------------------------------------
    def show_shares(self, groups: list[str], series: list[Series]) -> None:
        """Each group's shares (percent), its bars side by side, the first group on top."""
        pg = self._pg
        item = self._reset(horizontal=True)
        self.groups, self.series = list(groups), list(series)
        count = len(groups)
        height = PAIR_HEIGHT / max(1, len(series))
        lowest, highest = 0.0, 1.0
        for index, s in enumerate(series):
            shift = -PAIR_HEIGHT / 2 + height * (index + 0.5)
            drawn = [(g, v) for g, v in enumerate(s.values) if v is not None]
            if not drawn:
                continue
            bar = pg.BarGraphItem(
                x0=0, y=[g + shift for g, _ in drawn], height=height * 0.9,
                width=[v for _, v in drawn], brush=pg.mkBrush(s.colour), pen=pg.mkPen(None),
            )  # fmt: skip
            item.addItem(bar)
            for g, value in drawn:
                text = pg.TextItem(
                    percent_text(value), color=TEXT, anchor=(0 if value >= 0 else 1, 0.5)
                )
                text.setFont(self._small_font())
                text.setPos(value, g + shift)
                item.addItem(text)
                lowest, highest = min(lowest, value), max(highest, value)
        left = item.getAxis("left")
        left.setTicks([[(g, name) for g, name in enumerate(groups)], []])
        metrics = QFontMetrics(self.font())
        left.setWidth(max((metrics.horizontalAdvance(n) for n in groups), default=40) + 16)
        bottom = item.getAxis("bottom")
        bottom.setTicks(None)
        step = tick_step(int(highest))
        bottom.setTickSpacing(step, step)
        bottom.setHeight(metrics.height() + 16)
        item.showGrid(x=True, y=False, alpha=0.25)
        # Room beyond the longest bar for its label.
        span = highest - lowest
        item.setXRange(
            lowest - (span * 0.12 if lowest < 0 else 0), highest + span * 0.14, padding=0
        )
        item.setYRange(-0.6, count - 0.4, padding=0)
        self._fill_legend()

    # -- new and returning per month ------------------------------------------------------
    def show_months(self, months: list[date], new: list[int], returning: list[int]) -> None:
        """A bar per month: the new customers at the bottom, the returning ones above."""
        pg = self._pg
        item = self._reset(horizontal=False)
        self.groups = [month_name(m) for m in months]
        self.series = [
            Series(self.tr("New customers"), NEW, tuple(new)),
            Series(self.tr("Returning customers"), RETURNING, tuple(returning)),
        ]
        count = len(months)
        base = [0] * count
        for s, values in ((self.series[0], new), (self.series[1], returning)):
            bar = pg.BarGraphItem(
                x=list(range(count)), height=list(values), y0=list(base), width=BAR_WIDTH,
                brush=pg.mkBrush(s.colour), pen=pg.mkPen("w", width=1),
            )  # fmt: skip
            item.addItem(bar)
            base = [b + v for b, v in zip(base, values, strict=True)]
        for month, total in enumerate(base):
            if total:
                text = pg.TextItem(QLocale().toString(total), color=TEXT, anchor=(0.5, 1.0))
                text.setFont(self._small_font())
                text.setPos(month, total)
                item.addItem(text)
        highest = max(base, default=0)
        step = tick_step(highest)
        ticks = month_ticks(tuple(months))
        bottom = item.getAxis("bottom")
        every = max(1, -(-count // 12))
        bottom.setTicks([[(m, t) for m, t in enumerate(ticks) if m % every == 0], []])
        lines = max((t.count("\n") + 1 for t in ticks), default=1)
        bottom.setHeight(QFontMetrics(self.font()).height() * lines + 16)
        left = item.getAxis("left")
        left.setTicks(None)
        left.setTickSpacing(step, step)
        left.setWidth(QFontMetrics(self.font()).horizontalAdvance(str(highest)) + 16)
        item.showGrid(x=False, y=True, alpha=0.25)
        item.setXRange(-0.6, count - 0.4, padding=0)
        item.setYRange(0, max(highest * 1.15, highest + step * 0.6, 1), padding=0)
        self._fill_legend()

    # -- shared ------------------------------------------------------------------------------
    def _reset(self, horizontal: bool) -> Any:
        item = self.plot.getPlotItem()
        item.clear()
        item.getViewBox().invertY(horizontal)
        self.horizontal = horizontal
        return item

    def _small_font(self) -> Any:
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        return font

    def legend_names(self) -> list[str]:
        return [label.text() for label in self.findChildren(QLabel, "legendName")]

    def _fill_legend(self) -> None:
        while self.legend.count():
            entry = self.legend.takeAt(0)
            widget = entry.widget() if entry is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        self.legend.addStretch(1)
        for s in self.series:
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

    def value_at(self, group: int, part: int) -> float | None:
        """The value drawn for a group (a month) by one series."""
        if not 0 <= part < len(self.series) or not 0 <= group < len(self.groups):
            return None
        return self.series[part].values[group]

    def _hover(self, position: QPointF) -> None:
        point = self.plot.getPlotItem().getViewBox().mapSceneToView(position)
        found = self._under(point.x(), point.y())
        if found is None:
            QToolTip.hideText()
            return
        group, s = found
        value = s.values[group]
        shown = percent_text(value) if self.horizontal else QLocale().toString(int(value or 0))
        QToolTip.showText(QCursor.pos(), f"{self.groups[group]} · {s.name}: {shown}", self.plot)

    def _under(self, x: float, y: float) -> tuple[int, Series] | None:
        if self.horizontal:
            group = round(y)
            if not 0 <= group < len(self.groups) or not self.series:
                return None
            height = PAIR_HEIGHT / len(self.series)
            part = int((y - group + PAIR_HEIGHT / 2) // height)
            value = self.value_at(group, part)
            if value is None or not min(0, value) <= x <= max(0, value):
                return None
            return group, self.series[part]
        month = round(x)
        if abs(x - month) > BAR_WIDTH / 2 or not 0 <= month < len(self.groups):
            return None
        below = 0.0
        for s in self.series:
            value = float(s.values[month] or 0)
            if below <= y < below + value:
                return month, s
            below += value
        return None
