"""The complaint analysis (投诉分析), a tab of the inbox: for a chosen period, what
customers complain about most, month by month (a stacked bar chart and a table),
how long an answer takes and how often the promised time is kept, and who
complains again and again (double-click opens her card).

The chart (pyqtgraph) is made when there is first something to draw.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QDate,
    QLocale,
    QSignalBlocker,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import ComplaintCategory
from app.services import complaint_stats as stats
from app.services.complaint_stats import Analysis, Period, Resolution
from app.ui import texts
from app.ui.complaints import labels
from app.ui.complaints.analysis_chart import COLOURS, month_name
from app.ui.complaints.analysis_model import (
    SORT_ROLE,
    ReportModel,
    ReportRow,
    fit_to_numbers,
)
from app.ui.points.views import date_edit, fit_columns, open_on_activate, points_table

if TYPE_CHECKING:
    from app.ui.complaints.analysis_chart import MonthlyChart

Clock = Callable[[], datetime]
CONTEXT = "ComplaintAnalysis"

THIS_MONTH, LAST_3_MONTHS, LAST_12_MONTHS, THIS_YEAR, CUSTOM = range(5)
UNDER_AN_HOUR = QT_TRANSLATE_NOOP("ComplaintAnalysis", "under an hour")
DAYS = QT_TRANSLATE_NOOP("ComplaintAnalysis", "{days} days")
LIST_SEPARATOR = QT_TRANSLATE_NOOP("ComplaintAnalysis", ", ")
NOTHING = "—"


def t(text: str) -> str:
    return texts.t(text, CONTEXT)


def duration(hours: float) -> str:
    """Hours under two days, else days: '5 hours', '3.5 days'."""
    if hours < 1:
        return t(UNDER_AN_HOUR)
    if hours < 48:
        return labels.hours(round(hours))
    return t(DAYS).format(days=QLocale().toString(hours / 24, "f", 1))


def number(value: int) -> str:
    """1,280 — grouped as the language groups digits."""
    return QLocale().toString(value)


def percent(share: float) -> str:
    return f"{QLocale().toString(share * 100, 'f', 0)}%"


def category_names(categories: Iterable[ComplaintCategory]) -> str:
    return t(LIST_SEPARATOR).join(labels.category(c) for c in categories)


def _tile(name: str, caption: str) -> tuple[QFrame, QLabel, QLabel]:
    """A figure of the summary: a caption, the value in large, a detail beneath."""
    frame = QFrame(objectName=f"{name}Tile")
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    value = QLabel(objectName=f"{name}Value", wordWrap=True)
    font = value.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    value.setFont(font)
    detail = QLabel(objectName=f"{name}Detail", wordWrap=True)
    detail.setStyleSheet("color: #616161")
    column = QVBoxLayout(frame)
    column.addWidget(QLabel(caption))
    column.addWidget(value)
    column.addWidget(detail)
    column.addStretch(1)
    return frame, value, detail


class ComplaintAnalysis(QWidget):
    """Emits `open_customer(id)` when a repeat complainer is double-clicked (or Enter)."""

    open_customer = Signal(int)

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("complaintAnalysis")
        self._clock = clock
        self.analysis: Analysis | None = None
        self.chart: MonthlyChart | None = None
        today = clock().date()
        self.period_box = QComboBox(objectName="analysisPeriod")
        self.period_box.addItems(
            [
                self.tr("This month"),
                self.tr("Last 3 months"),
                self.tr("Last 12 months"),
                self.tr("This year"),
                self.tr("From … to …"),
            ]
        )
        self.period_box.setCurrentIndex(LAST_12_MONTHS)
        last_12 = Period.last_months(today, 12)
        self.start_date = date_edit("analysisFrom", last_12.start)
        self.end_date = date_edit("analysisTo", last_12.end)
        self.empty = QLabel(objectName="analysisEmpty", alignment=Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        total_tile, self.total_value, self.total_detail = _tile("complaints", self.tr("Complaints"))
        top_tile, self.top_value, self.top_detail = _tile("top", self.tr("Most complained about"))
        time_tile, self.time_value, self.time_detail = _tile(
            "resolveTime", self.tr("Average time to resolve")
        )
        promise_tile, self.promise_value, self.promise_detail = _tile(
            "onTime", self.tr("Resolved within the promised time")
        )
        promise_tile.setToolTip(
            self.tr(
                "Complaints resolved no later than promised, of those resolved or still open "
                "past their promised time (those count as late)."
            )
        )
        self._tiles = (total_tile, top_tile, time_tile, promise_tile)
        self.categories_model = ReportModel(parent=self)
        self.categories_table = points_table("analysisCategories", self.categories_model, False)
        self.resolution_model = ReportModel(range(1, 6), self)
        self.resolution_table = points_table("analysisResolution", self.resolution_model, False)
        self.repeat_model = ReportModel((2,), self)
        self.repeat_sorted = QSortFilterProxyModel(self, sortRole=SORT_ROLE)
        self.repeat_sorted.setSourceModel(self.repeat_model)
        self.repeat_table = points_table("analysisRepeat", self.repeat_sorted)
        self.repeat_table.setSortingEnabled(True)
        # Most complaints first; among equals the service's order (the latest first).
        self.repeat_table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self.repeat_note = QLabel(objectName="analysisRepeatNote", wordWrap=True)
        self.tables = QTabWidget(objectName="analysisTables")
        self.chart_holder = QVBoxLayout()
        self.chart_title = QLabel(self.tr("Complaints per month, by category"))
        self.chart_title.setStyleSheet("font-weight: bold")
        self.pages = QStackedWidget(objectName="analysisPages")
        self.splitter = QSplitter(Qt.Orientation.Vertical, objectName="analysisSplitter")
        self._build_layout()

        self._date_timer = QTimer(self, singleShot=True, interval=150)
        self._date_timer.timeout.connect(self.refresh)
        self.period_box.currentIndexChanged.connect(self._period_chosen)
        self.start_date.dateChanged.connect(self._start_changed)
        self.end_date.dateChanged.connect(self._end_changed)
        open_on_activate(self.repeat_table, self._repeat_row, self.open_customer.emit)

    def _build_layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Period")))
        bar.addWidget(self.period_box)
        bar.addSpacing(12)
        bar.addWidget(QLabel(self.tr("from")))
        bar.addWidget(self.start_date)
        bar.addWidget(QLabel(self.tr("to")))
        bar.addWidget(self.end_date)
        bar.addStretch(1)
        tiles = QGridLayout()
        for column, tile in enumerate(self._tiles):
            tiles.addWidget(tile, 0, column)
            tiles.setColumnStretch(column, 1)
        resolution = QWidget()
        column_layout = QVBoxLayout(resolution)
        column_layout.setContentsMargins(8, 8, 8, 8)
        column_layout.addWidget(self.resolution_table)
        repeat = QWidget()
        column_layout = QVBoxLayout(repeat)
        column_layout.setContentsMargins(8, 8, 8, 8)
        column_layout.addWidget(self.repeat_note)
        column_layout.addWidget(self.repeat_table, 1)
        self.tables.addTab(self.categories_table, self.tr("By category"))
        self.tables.addTab(resolution, self.tr("Time to resolve"))
        self.tables.addTab(repeat, self.tr("Repeat complainers"))
        chart_box = QWidget(objectName="analysisChartBox")
        chart_box.setMinimumHeight(240)
        chart_box.setLayout(self.chart_holder)
        self.chart_holder.setContentsMargins(0, 0, 0, 0)
        self.chart_holder.addWidget(self.chart_title)
        splitter = self.splitter
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(chart_box)
        splitter.addWidget(self.tables)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([300, 200])
        content = QWidget()
        column_layout = QVBoxLayout(content)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.addLayout(tiles)
        column_layout.addWidget(splitter, 1)
        self.pages.addWidget(content)
        self.pages.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.pages, 1)

    # -- the period ---------------------------------------------------------------------------
    def _preset(self, choice: int, today: date) -> Period | None:
        return {
            THIS_MONTH: Period.this_month(today),
            LAST_3_MONTHS: Period.last_months(today, 3),
            LAST_12_MONTHS: Period.last_months(today, 12),
            THIS_YEAR: Period.this_year(today),
        }.get(choice)

    def _show_dates(self, period: Period) -> None:
        for edit, day in ((self.start_date, period.start), (self.end_date, period.end)):
            with QSignalBlocker(edit):
                edit.setDate(QDate(day.year, day.month, day.day))

    def _period_chosen(self, choice: int) -> None:
        if choice != CUSTOM:
            self.refresh()

    def _dates_edited(self) -> None:
        # Editing a date turns the choice into a range of one's own.
        with QSignalBlocker(self.period_box):
            self.period_box.setCurrentIndex(CUSTOM)
        self._date_timer.start()

    def _start_changed(self, value: QDate) -> None:
        if value > self.end_date.date():
            with QSignalBlocker(self.end_date):
                self.end_date.setDate(value)
        self._dates_edited()

    def _end_changed(self, value: QDate) -> None:
        if value < self.start_date.date():
            with QSignalBlocker(self.start_date):
                self.start_date.setDate(value)
        self._dates_edited()

    def period(self) -> Period:
        start: date = self.start_date.date().toPython()  # type: ignore[assignment]
        end: date = self.end_date.date().toPython()  # type: ignore[assignment]
        return Period(start, end)

    def set_period(self, period: Period) -> None:
        """Show a range of one's own (From … to …) and read it."""
        with QSignalBlocker(self.period_box):
            self.period_box.setCurrentIndex(CUSTOM)
        self._show_dates(period)
        self.refresh()

    # -- reading ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the period again (a preset follows today: 'this month' moves on)."""
        self._date_timer.stop()
        now = self._clock()
        preset = self._preset(self.period_box.currentIndex(), now.date())
        if preset is not None:
            self._show_dates(preset)
        analysis = stats.analyse(self.period(), now)
        self.analysis = analysis
        if not analysis.total:
            self.empty.setText(self.tr("There are no complaints in this period."))
            self.pages.setCurrentWidget(self.empty)
            return
        self._show_summary(analysis)
        self._show_chart(analysis)
        self._show_categories(analysis)
        self._show_resolution(analysis)
        self._show_repeat(analysis)
        self.pages.setCurrentIndex(0)

    def _show_summary(self, analysis: Analysis) -> None:
        total = analysis.resolution.total
        self.total_value.setText(number(analysis.total))
        self.total_detail.setText(
            self.tr("{resolved} resolved, {open} still open").format(
                resolved=number(total.resolved), open=number(total.still_open)
            )
        )
        top = analysis.top_categories()
        count = next(c for c in analysis.categories if c.category == top[0])
        complaints = self.tr("%n complaint(s)", "", count.count)
        self.top_value.setText(category_names(top))
        if len(top) > 1:
            detail = self.tr("{complaints} each, {share} of all")
        else:
            detail = self.tr("{complaints}, {share} of all")
        self.top_detail.setText(detail.format(complaints=complaints, share=percent(count.share)))
        average = total.average_hours
        self.time_value.setText(NOTHING if average is None else duration(average))
        if average is None:
            self.time_detail.setText(self.tr("No complaint of this period is resolved yet."))
        else:
            self.time_detail.setText(self.tr("over %n resolved complaint(s)", "", total.resolved))
        share = total.on_time_share
        self.promise_value.setText(NOTHING if share is None else percent(share))
        if share is None:
            self.promise_detail.setText(self.tr("No promised time has come yet."))
        else:
            self.promise_detail.setText(
                self.tr("{on_time} of {due} answers due").format(
                    on_time=number(total.on_time), due=number(total.due)
                )
            )

    def _show_chart(self, analysis: Analysis) -> None:
        if self.chart is None:
            from app.ui.complaints.analysis_chart import MonthlyChart

            self.chart = MonthlyChart()
            self.chart_holder.addWidget(self.chart, 1)
            self.chart.show()  # now, not when the event loop next runs
        self.chart.show_analysis(analysis)

    def _show_categories(self, analysis: Analysis) -> None:
        months = analysis.months
        rows = [
            ReportRow(
                (
                    labels.category(c.category),
                    *(number(analysis.count(m, c.category)) for m in months),
                    number(c.count),
                    percent(c.share),
                ),
                (),
                c.category,
                COLOURS[c.category],
            )  # fmt: skip
            for c in analysis.categories
        ]
        everything = (self.tr("All categories"),
                      *(number(analysis.month_total(m)) for m in months),
                      number(analysis.total), percent(1.0))  # fmt: skip
        rows.append(ReportRow(everything, (), total=True))
        headers = [self.tr("Category"), *(month_name(m) for m in months), self.tr("Total"),
                   self.tr("Share")]  # fmt: skip
        self.categories_model.set_rows(headers, rows, range(1, len(headers)))
        fit_to_numbers(self.categories_table)

    def _resolution_row(self, name: str, r: Resolution, total: bool = False) -> ReportRow:
        average, share = r.average_hours, r.on_time_share
        on_time = NOTHING
        if share is not None:
            on_time = self.tr("{share} ({on_time} of {due})").format(
                share=percent(share), on_time=number(r.on_time), due=number(r.due)
            )
        cells = (name, number(r.received), number(r.resolved), number(r.still_open),
                 NOTHING if average is None else duration(average), on_time)  # fmt: skip
        return ReportRow(cells, (), r, total=total)

    def _show_resolution(self, analysis: Analysis) -> None:
        times = analysis.resolution
        rows = [self._resolution_row(month_name(r.month), r) for r in times.months if r.month]
        rows.append(self._resolution_row(self.tr("Whole period"), times.total, total=True))
        headers = [self.tr("Month received"), self.tr("Complaints"), self.tr("Resolved"),
                   self.tr("Still open"), self.tr("Average time to resolve"),
                   self.tr("Within the promised time")]  # fmt: skip
        self.resolution_model.set_rows(headers, rows)
        fit_to_numbers(self.resolution_table)

    def _show_repeat(self, analysis: Analysis) -> None:
        rows = [
            ReportRow(
                (
                    r.name,
                    r.member_no,
                    number(r.count),
                    texts.short_date(r.last_received.date()),
                    category_names(r.categories),
                ),
                (r.name, r.member_no, r.count, r.last_received.isoformat(), len(r.categories)),
                r,
            )  # fmt: skip
            for r in analysis.repeat
        ]
        headers = [self.tr("Name"), self.tr("Member no."), self.tr("Complaints"),
                   self.tr("Last complaint"), self.tr("What about")]  # fmt: skip
        self.repeat_model.set_rows(headers, rows)
        fit_columns(self.repeat_table)
        count = len(rows)
        self.tables.setTabText(2, self.tr("Repeat complainers (%n)", "", count))
        if count:
            note = self.tr(
                "Customers with a card who complained at least twice in this period. "
                "Double-click to open her card."
            )
        else:
            note = self.tr("Nobody with a card complained more than once in this period.")
        self.repeat_note.setText(note)

    def _repeat_row(self, row: int) -> stats.RepeatComplainer | None:
        source = self.repeat_sorted.mapToSource(self.repeat_sorted.index(row, 0))
        found = self.repeat_model.row(source.row())
        return found.item if found is not None else None
