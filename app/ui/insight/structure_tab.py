"""The customer structure (客户结构分析), a tab of the Insight page: for a chosen period,
how the revenue and the customers divide by RFM grade, ABC class, membership level,
category, item and district; new and returning customers month by month; how many came
back (复购率). A chart and a table with a totals row; Export… writes every view to Excel,
Categories… gives the items sold their category.

The numbers are the structure service's (the export's too). A view is read when it is
chosen and kept until the period, the visits or the categories change; the chart
(pyqtgraph) is made when the tab is first shown.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.services import structure, structure_categories, structure_months
from app.services.messages import ServiceError, ValidationError
from app.services.structure import Breakdown, Dimension, Period, Row, RowKind
from app.services.structure_months import NewAndReturning
from app.services.visits import format_fen
from app.ui import prompts, texts
from app.ui.complaints.analysis_chart import month_name
from app.ui.complaints.analysis_model import ReportModel, ReportRow, fit_to_numbers
from app.ui.insight import structure_labels as words
from app.ui.points.views import date_edit, points_table
from app.ui.signals import app_signals

if TYPE_CHECKING:
    from app.ui.insight.structure_chart import Series, StructureChart

Clock = Callable[[], datetime]
Result = Breakdown | NewAndReturning
THIS_MONTH, LAST_3_MONTHS, LAST_12_MONTHS, THIS_YEAR, CUSTOM = range(5)
NOTHING = "—"


def number(value: int | None) -> str:
    return NOTHING if value is None else QLocale().toString(value)


def percent(value: Decimal | None) -> str:
    return NOTHING if value is None else f"{QLocale().toString(float(value), 'f', 1)}%"


def money(fen: int | None) -> str:
    if fen is None:
        return NOTHING
    return f"-¥{format_fen(-fen)}" if fen < 0 else f"¥{format_fen(fen)}"


class StructureTab(QWidget):
    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("structureTab")
        self._clock = clock
        self.result: Result | None = None
        self.chart: StructureChart | None = None
        self._cache: dict[tuple[Period, str], Result] = {}
        self._stale = True
        today = clock().date()
        self.period_box = QComboBox(objectName="structurePeriod")
        self.period_box.addItems(
            [self.tr("This month"), self.tr("Last 3 months"), self.tr("Last 12 months"),
             self.tr("This year"), self.tr("From … to …")]
        )  # fmt: skip
        self.period_box.setCurrentIndex(LAST_12_MONTHS)
        last_12 = Period.last_months(today, 12)
        self.start_date = date_edit("structureFrom", last_12.start)
        self.end_date = date_edit("structureTo", last_12.end)
        self.view_box = QComboBox(objectName="structureView")
        for key, name in words.VIEWS:
            self.view_box.addItem(words.t(name), key)
        self.categories_button = QPushButton(
            self.tr("Categories…"), objectName="structureCategories"
        )
        self.export_button = QPushButton(self.tr("Export…"), objectName="structureExport")
        self.summary = QLabel(objectName="structureSummary", wordWrap=True)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.note = QLabel(objectName="structureNote", wordWrap=True)
        self.note.setStyleSheet("color: #616161")
        self.message = QLabel(objectName="structureMessage", wordWrap=True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.model = ReportModel(parent=self)
        self.table = points_table("structureTable", self.model, False)
        self.chart_holder = QVBoxLayout()
        self.pages = QStackedWidget(objectName="structurePages")
        self._build_layout()

        self._date_timer = QTimer(self, singleShot=True, interval=200)
        self._date_timer.timeout.connect(self.read)
        self.period_box.currentIndexChanged.connect(self._period_chosen)
        self.start_date.dateChanged.connect(self._dates_edited)
        self.end_date.dateChanged.connect(self._dates_edited)
        self.view_box.currentIndexChanged.connect(lambda _: self.read())
        self.export_button.clicked.connect(lambda: self.export())
        self.categories_button.clicked.connect(self.edit_categories)
        signals = app_signals()
        signals.customers_changed.connect(self.data_changed)
        signals.customer_changed.connect(self.data_changed)
        signals.settings_changed.connect(self.data_changed)

    def _build_layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Period")))
        bar.addWidget(self.period_box)
        bar.addWidget(QLabel(self.tr("from")))
        bar.addWidget(self.start_date)
        bar.addWidget(QLabel(self.tr("to")))
        bar.addWidget(self.end_date)
        bar.addSpacing(16)
        bar.addWidget(QLabel(self.tr("Show")))
        bar.addWidget(self.view_box)
        bar.addStretch(1)
        bar.addWidget(self.categories_button)
        bar.addWidget(self.export_button)
        chart_box = QWidget(objectName="structureChartBox")
        chart_box.setMinimumHeight(240)
        chart_box.setLayout(self.chart_holder)
        self.chart_holder.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter(Qt.Orientation.Vertical, objectName="structureSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(chart_box)
        splitter.addWidget(self.table)
        splitter.setSizes([320, 220])
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.summary)
        column.addWidget(self.note)
        column.addWidget(splitter, 1)
        self.pages.addWidget(content)
        self.pages.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.pages, 1)

    # -- the period and the view --------------------------------------------------------------
    def period(self) -> Period:
        start: date = self.start_date.date().toPython()  # type: ignore[assignment]
        end: date = self.end_date.date().toPython()  # type: ignore[assignment]
        return Period(start, end)

    def set_period(self, period: Period) -> None:
        """Show a range of one's own (From … to …) and read it."""
        with QSignalBlocker(self.period_box):
            self.period_box.setCurrentIndex(CUSTOM)
        self._show_dates(period)
        self.read()

    def view(self) -> str:
        return str(self.view_box.currentData())

    def set_view(self, key: str) -> None:
        self.view_box.setCurrentIndex(self.view_box.findData(key))

    def _show_dates(self, period: Period) -> None:
        for edit, day in ((self.start_date, period.start), (self.end_date, period.end)):
            with QSignalBlocker(edit):
                edit.setDate(QDate(day.year, day.month, day.day))

    def _period_chosen(self, choice: int) -> None:
        if choice != CUSTOM:
            self.read()

    def _dates_edited(self) -> None:
        # Editing a date makes the period one's own; both dates stay as typed.
        with QSignalBlocker(self.period_box):
            self.period_box.setCurrentIndex(CUSTOM)
        self._date_timer.start()

    def data_changed(self, *_: object) -> None:
        self._cache.clear()
        self._stale = True
        if self.isVisible():
            self.read()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self.chart is None:
            from app.ui.insight.structure_chart import StructureChart

            self.chart = StructureChart()
            self.chart_holder.addWidget(self.chart, 1)
        if self._stale:
            self.read()
        elif self.result is not None:
            self._draw(self.result)

    # -- reading ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the view again from the database."""
        self._cache.clear()
        self.read()

    def read(self) -> None:
        """Show the chosen view of the chosen period (a preset follows today)."""
        self._date_timer.stop()
        self._stale = False
        today = self._clock().date()
        preset = {
            THIS_MONTH: Period.this_month(today),
            LAST_3_MONTHS: Period.last_months(today, 3),
            LAST_12_MONTHS: Period.last_months(today, 12),
            THIS_YEAR: Period.this_year(today),
        }.get(self.period_box.currentIndex())
        if preset is not None:
            self._show_dates(preset)
        key = (self.period(), self.view())
        try:
            result = self._cache.get(key) or self._compute(key[0], key[1], today)
        except ServiceError as exc:
            self.result = None
            self._show_message(texts.message(exc.message))
            return
        self._cache[key] = result
        self.result = result
        customers = (
            result.customers if isinstance(result, NewAndReturning) else result.total.customers
        )
        if not customers:
            self._show_message(self.tr("There are no visits in this period."))
            return
        self.export_button.setEnabled(True)
        self.pages.setCurrentIndex(0)
        if isinstance(result, NewAndReturning):
            self._show_months(result)
        else:
            self._show_breakdown(result)
        self._draw(result)

    def _compute(self, period: Period, view: str, today: date) -> Result:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if view == words.MONTHS:
                return structure_months.new_and_returning(period, today)
            return structure.breakdown(Dimension(view), period, today)
        finally:
            QApplication.restoreOverrideCursor()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.pages.setCurrentWidget(self.message)
        self.export_button.setEnabled(False)

    # -- a breakdown --------------------------------------------------------------------------
    def _show_breakdown(self, result: Breakdown) -> None:
        total = result.total
        self.summary.setText(
            self.tr("Revenue {revenue} · {customers} · {visits} · repeat rate {rate}").format(
                revenue=money(total.revenue_fen),
                customers=self.tr("%Ln customer(s)", "", total.customers),
                visits=self.tr("%Ln visit(s)", "", total.visits),
                rate=percent(total.repeat_rate),
            )
        )
        self.note.setText(self._note(result))
        grouped = result.dimension in structure.BY_CUSTOMER
        headers = [words.t(words.GROUP_HEADERS[result.dimension]), self.tr("Customers"),
                   self.tr("% of customers"), self.tr("Visits"), self.tr("Revenue"),
                   self.tr("% of revenue"), self.tr("Per customer")]  # fmt: skip
        if grouped:
            headers += [self.tr("Repeat rate"), self.tr("On file")]
        rows = [self._row(result, r, grouped) for r in result.rows]
        whole = Decimal(100)
        cells = [self.tr("Total"), number(total.customers), percent(whole), number(total.visits),
                 money(total.revenue_fen), percent(whole if total.revenue_fen else None),
                 money(total.average_fen)]  # fmt: skip
        if grouped:
            cells += [percent(total.repeat_rate), number(total.on_file)]
        rows.append(ReportRow(tuple(cells), (), total, total=True))
        self.model.set_rows(headers, rows, range(1, len(headers)))
        fit_to_numbers(self.table)

    def _row(self, result: Breakdown, r: Row, grouped: bool) -> ReportRow:
        cells = [words.group_name(result.dimension, r), number(r.customers),
                 percent(r.customer_share), number(r.visits), money(r.revenue_fen),
                 percent(r.revenue_share), money(r.average_fen)]  # fmt: skip
        if grouped:
            cells += [percent(r.repeat_rate), number(r.on_file)]
        return ReportRow(tuple(cells), (), r)

    def _note(self, result: Breakdown) -> str:
        notes = {
            Dimension.SEGMENT: self.tr(
                "Customers are counted by their RFM grade today (the shop's own grade where "
                "one is given); those not graded yet are shown apart."
            ),
            Dimension.ABC: self.tr(
                "Class A: the customers bringing the first 80% of the revenue; B: the next "
                "15%; C: the rest. Customers are counted by their class today."
            ),
            Dimension.MEMBERSHIP: self.tr(
                "Customers are counted by the level on their card today."
            ),
            Dimension.CATEGORY: self.tr(
                "The revenue of the items sold, by the category given to each item "
                "(Categories…). A customer who bought in several categories counts in each; "
                "the total counts her once."
            ),
            Dimension.ITEM: self.tr(
                "The revenue of each item sold. A customer who bought several items counts "
                "in each; the total counts her once."
            ),
            Dimension.DISTRICT: self.tr("Customers are counted by the district on their card."),
            Dimension.FREQUENCY: self.tr(
                "Repeat rate: the customers who came twice or more in the period, of all who came."
            ),
        }
        text = notes[result.dimension]
        if any(r.kind == RowKind.NOT_IN_ITEMS for r in result.rows):
            text += " " + self.tr(
                "“Not in the items”: what visits were charged beyond the sum of their items."
            )
        return text

    # -- new and returning ----------------------------------------------------------------------
    def _show_months(self, result: NewAndReturning) -> None:
        self.summary.setText(
            self.tr("{customers} in the period: {new} new, {returning} returning").format(
                customers=self.tr("%Ln customer(s)", "", result.customers),
                new=number(result.new),
                returning=number(result.returning),
            )
        )
        self.note.setText(
            self.tr(
                "New: her first visit ever was in the month. Returning: she came in the month "
                "and had come before. The whole period counts each customer once."
            )
        )
        headers = [self.tr("Month"), self.tr("Customers"), self.tr("New"), self.tr("Returning"),
                   self.tr("% new"), self.tr("Visits"), self.tr("Revenue")]  # fmt: skip
        rows = [
            ReportRow(
                (
                    month_name(m.month),
                    number(m.customers),
                    number(m.new),
                    number(m.returning),
                    percent(m.new_share),
                    number(m.visits),
                    money(m.revenue_fen),
                ),
                (),
                m,
            )  # fmt: skip
            for m in result.months
        ]
        rows.append(
            ReportRow(
                (
                    self.tr("Whole period"),
                    number(result.customers),
                    number(result.new),
                    number(result.returning),
                    percent(result.new_share),
                    number(result.visits),
                    money(result.revenue_fen),
                ),
                (),
                result,
                total=True,
            )  # fmt: skip
        )
        self.model.set_rows(headers, rows, range(1, len(headers)))
        fit_to_numbers(self.table)

    # -- the chart ----------------------------------------------------------------------------
    def _draw(self, result: Result) -> None:
        if self.chart is None:
            return  # made, and drawn, when the tab is first shown
        if isinstance(result, NewAndReturning):
            self.chart.show_months(
                [m.month for m in result.months],
                [m.new for m in result.months],
                [m.returning for m in result.months],
            )
            return
        groups, series = self._chart_series(result)
        self.chart.show_shares(groups, series)

    def _chart_series(self, result: Breakdown) -> tuple[list[str], list[Series]]:
        """The groups' shares; past a dozen groups the smallest are drawn as one."""
        from app.ui.insight.structure_chart import CUSTOMERS, MOST_GROUPS, REVENUE, Series

        rows = list(result.rows)
        names = [words.group_name(result.dimension, r) for r in rows]
        revenue = [float(r.revenue_share) for r in rows]
        people = [None if r.customer_share is None else float(r.customer_share) for r in rows]
        if len(rows) > MOST_GROUPS:
            kept = MOST_GROUPS - 1
            names = [*names[:kept], words.t(words.OTHERS)]
            revenue = [*revenue[:kept], float(sum(r.revenue_share for r in rows[kept:]))]
            together = None if result.overlapping else sum(p or 0 for p in people[kept:])
            people = [*people[:kept], together]
        return names, [
            Series(self.tr("Share of the revenue"), REVENUE, tuple(revenue)),
            Series(self.tr("Share of the customers"), CUSTOMERS, tuple(people)),
        ]

    # -- export and categories ------------------------------------------------------------------
    def export(self, path: str = "") -> Path | None:
        """Ask where (unless `path` is given), then write every view of the period."""
        from app.services import structure_exports
        from app.ui.application import current_language
        from app.ui.background import run_busy

        title = self.tr("Export to Excel")
        today = self._clock().date()
        period = self.period()
        try:
            structure.checked(period, today)
        except ServiceError as exc:
            prompts.warn(self, title, texts.message(exc.message))
            return None
        if not path:
            name = self.tr("customer-structure")
            path = prompts.save_file(
                self, title, self.tr("Excel workbooks (*.xlsx)"), f"{name}-{today.isoformat()}.xlsx"
            )
        if not path:
            return None
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        language = current_language()
        try:
            return run_busy(
                self,
                self.tr("Writing the Excel file…"),
                lambda: structure_exports.export_structure(Path(path), period, today, language),
            )
        except ServiceError as exc:
            prompts.warn(self, title, texts.message(exc.message))
            return None

    def edit_categories(self) -> bool:
        """Categories…: give the items sold their category; True when some were saved."""
        from app.ui.application import current_language
        from app.ui.insight.structure_categories import CategoryDialog

        title = self.tr("Categories of the items")
        items = structure_categories.sold_items()
        if not items:
            prompts.info(
                self, title, self.tr("No items are sold yet: a category is given to an item sold.")
            )
            return False
        offered = sorted(
            set(structure_categories.category_names())
            | set(structure_categories.usual_categories(current_language()))
        )
        dialog = CategoryDialog(items, offered, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        changes = dialog.result_changes().categories
        if not changes:
            return False
        try:
            structure_categories.assign_categories(changes)
        except ValidationError as exc:
            prompts.warn(self, title, "\n".join(texts.message(e.message) for e in exc.errors))
            return False
        app_signals().settings_changed.emit()
        return True
