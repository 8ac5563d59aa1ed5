"""The birthday and holiday calendar (生日与节日): the month grid on the left; beside it
the chosen day (its festivals, days off and who celebrates), the coming days, and
the day's greeting list.

Built only when the owner first opens it (the main window makes it lazily): the
holiday tables and Excel export it needs would slow the program's start.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services import greetings, holidays
from app.ui.calendar import labels
from app.ui.calendar.day_panel import DayPanel, tag
from app.ui.calendar.greetings import GreetingsPanel
from app.ui.calendar.month_view import (
    OCCASION_COLOURS,
    SHOP,
    DayDelegate,
    MonthModel,
)
from app.ui.calendar.upcoming import UpcomingPanel
from app.ui.signals import app_signals

Clock = Callable[[], datetime]


class CalendarPage(QWidget):
    """A month of birthdays, anniversaries, festivals and days off."""

    open_customer = Signal(int)

    def __init__(self, clock: Clock = datetime.now, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarPage")
        self._clock = clock
        self.today = clock().date()
        self.selected = self.today
        self._stale = False

        self.today_button = QPushButton(self.tr("Today"), objectName="todayButton")
        self.previous_button = QToolButton(objectName="previousMonth")
        self.previous_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous_button.setToolTip(self.tr("Previous month (Page Up)"))
        self.next_button = QToolButton(objectName="nextMonth")
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.setToolTip(self.tr("Next month (Page Down)"))
        self.month_title = QLabel(objectName="monthTitle")
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.45)
        title_font.setBold(True)
        self.month_title.setFont(title_font)
        self.month_title.setMinimumWidth(150)
        self.estimated_note = QLabel(objectName="estimatedNote")
        self.estimated_note.setStyleSheet("color: #b06000;")
        self.estimated_note.setWordWrap(True)
        self.templates_button = QPushButton(self.tr("Greeting templates…"), objectName="templates")
        self.shop_dates_button = QPushButton(self.tr("Shop dates…"), objectName="shopDates")

        self.model = MonthModel(self)
        self.grid = QTableView(objectName="monthGrid")
        self.grid.setModel(self.model)
        self.grid.setItemDelegate(DayDelegate(self.grid))
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setStyleSheet("QTableView#monthGrid { gridline-color: #dadce0; }")
        self.grid.verticalHeader().hide()
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.horizontalHeader().setHighlightSections(False)
        self.grid.setMinimumSize(7 * 72, 6 * 70)

        self.day = DayPanel()
        self.upcoming = UpcomingPanel()
        self.tabs = QTabWidget(objectName="calendarTabs")
        self.tabs.addTab(self.day, self.tr("This day"))
        self.tabs.addTab(self.upcoming, self.tr("Upcoming"))
        self.greetings_panel = GreetingsPanel(self._clock)
        self.tabs.addTab(self.greetings_panel, self.tr("Greetings"))
        self.greetings_panel.open_customer.connect(self.open_customer)

        self._build_layout()
        self.previous_button.clicked.connect(self.previous_month)
        self.next_button.clicked.connect(self.next_month)
        self.today_button.clicked.connect(self.go_today)
        self.templates_button.clicked.connect(self.open_templates)
        self.shop_dates_button.clicked.connect(self.open_shop_dates)
        self.grid.selectionModel().currentChanged.connect(self._current_changed)
        self.day.open_customer.connect(self.open_customer)
        self.upcoming.open_customer.connect(self.open_customer)
        QShortcut(QKeySequence(Qt.Key.Key_PageUp), self, activated=self.previous_month)
        QShortcut(QKeySequence(Qt.Key.Key_PageDown), self, activated=self.next_month)

        self._reload_timer = QTimer(self, singleShot=True, interval=50)
        self._reload_timer.timeout.connect(self.reload)
        signals = app_signals()
        signals.customers_changed.connect(self._data_changed)
        signals.customer_changed.connect(self._customer_changed)
        signals.calendar_changed.connect(self._data_changed)
        signals.greetings_changed.connect(self._greetings_changed)
        self.show_month(self.today.year, self.today.month, self.today)
        self.upcoming.set_today(self.today)

    def _build_layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.today_button)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.next_button)
        bar.addSpacing(8)
        bar.addWidget(self.month_title)
        bar.addStretch(1)
        bar.addWidget(self.templates_button)
        bar.addWidget(self.shop_dates_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.estimated_note)
        left_layout.addWidget(self.grid, 1)
        left_layout.addWidget(self._legend())
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="calendarSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([640, 460])  # the month first; a remembered layout wins
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

    def _legend(self) -> QWidget:
        """What the dots in the cells mean."""
        legend = QWidget(objectName="calendarLegend")
        row = QHBoxLayout(legend)
        row.setContentsMargins(2, 0, 0, 0)
        row.setSpacing(12)
        for key, text in (
            ("solar", self.tr("Birthday")),
            ("lunar", self.tr("Lunar birthday")),
            ("anniversary", self.tr("Anniversary")),
            ("family_birthday", self.tr("Family birthday")),
        ):
            row.addWidget(tag(OCCASION_COLOURS[key], text))
        shop = QLabel("★ " + self.tr("Shop date"))
        shop.setStyleSheet(f"color: {SHOP.name()};")
        row.addWidget(shop)
        row.addStretch(1)
        return legend

    # -- months and days ----------------------------------------------------------
    def show_month(self, year: int, month: int, select: date | None = None) -> None:
        """Show a month and select a day of it (today if shown, else the first)."""
        if select is None or (select.year, select.month) != (year, month):
            in_month = (self.today.year, self.today.month) == (year, month)
            select = self.today if in_month else date(year, month, 1)
        self.model.show_month(year, month, self.today)
        self.month_title.setText(labels.month_title(year, month))
        estimated = holidays.is_estimated(year)
        self.estimated_note.setText(
            self.tr(
                "The official days off for {year} are not published yet; "
                "the days off shown are estimated."
            ).format(year=year)
            if estimated
            else ""
        )
        self.estimated_note.setVisible(estimated)
        self.select_day(select)

    def select_day(self, day: date) -> None:
        if (day.year, day.month) != (self.model.year, self.model.month):
            self.show_month(day.year, day.month, day)
            return
        self.selected = day
        index = self.model.index_of(day)
        self.grid.setCurrentIndex(index)
        self._show_day(day)

    def previous_month(self) -> None:
        first = date(self.model.year, self.model.month, 1) - timedelta(days=1)
        self.show_month(first.year, first.month)

    def next_month(self) -> None:
        first = date(self.model.year, self.model.month, 28) + timedelta(days=7)
        self.show_month(first.year, first.month)

    def go_today(self) -> None:
        today = self._clock().date()
        if today != self.today:  # the program ran past midnight: today's mark moves
            self.today = today
            self.show_month(today.year, today.month, today)
            self.upcoming.set_today(today)
        self.select_day(today)
        self.grid.setFocus()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """A day chosen by click or arrow key; a greyed day opens its own month."""
        day = self.model.day_at(current)
        if day is None or day == self.selected:
            return
        if day.month != self.model.month:
            QTimer.singleShot(0, lambda: self.select_day(day))  # not while the view clicks
            return
        self.selected = day
        self._show_day(day)

    def _show_day(self, day: date) -> None:
        self.day.show_day(
            day,
            self.today,
            self.model.marks_on(day),
            self.model.term_on(day),
            self.model.occasions_on(day),
            greetings.sent_marks(day, day + timedelta(days=1)),
        )
        self.greetings_panel.set_day(day)

    # -- reloading ------------------------------------------------------------------
    def reload(self) -> None:
        """Read everything again, keeping the month and the chosen day."""
        self._stale = False
        self.today = self._clock().date()
        self.show_month(self.model.year, self.model.month, self.selected)
        self.upcoming.set_today(self.today)

    def _data_changed(self) -> None:
        # A hidden page reloads when shown: at 100,000 customers a month takes ~0.5 s.
        if self.isVisible():
            self._reload_timer.start()
        else:
            self._stale = True

    def _customer_changed(self, _customer_id: int) -> None:
        # A bound method, not a lambda: Qt drops it when the page is deleted.
        self._data_changed()

    def _greetings_changed(self) -> None:
        day = self.selected
        self.day.model.set_sent(greetings.sent_marks(day, day + timedelta(days=1)))
        self.upcoming.refresh_sent()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        if self._stale or self._clock().date() != self.today:
            self.reload()
        super().showEvent(event)

    # -- dialogs ----------------------------------------------------------------------
    def open_templates(self) -> QDialog:
        from app.ui.calendar.templates_dialog import TemplatesDialog

        dialog = TemplatesDialog(self)
        dialog.open()
        return dialog

    def open_shop_dates(self) -> QDialog:
        from app.ui.calendar.shop_dates_dialog import ShopDatesDialog

        dialog = ShopDatesDialog(self, self._clock)
        dialog.open()
        return dialog

    # -- remembered layout --------------------------------------------------------------
    def save_layout(self, settings: QSettings) -> None:
        settings.setValue("calendar/splitter", self.splitter.saveState())

    def restore_layout(self, settings: QSettings) -> None:
        state = settings.value("calendar/splitter")
        if state is not None:
            self.splitter.restoreState(state)
