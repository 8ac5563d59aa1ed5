"""The Points page (积分): the ledger across customers with its filters, the totals
per day, and the points that run out in the next 30 days.

Built only when the owner first opens it (the main window makes it lazily). The
ledger reads a page of 500 entries at a time; the list of expiring points, which
walks every customer's lots, is read off the UI thread when its tab is opened.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QSettings, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import PointsKind
from app.services import points, points_expiry, storage
from app.services.points import LedgerFilter
from app.ui import errors, prompts
from app.ui.background import run_busy
from app.ui.points import labels
from app.ui.points.ledger_model import LedgerModel
from app.ui.points.totals_model import DailyTotalsModel, ExpiringModel, net
from app.ui.points.views import date_edit, fit_columns, open_on_activate, points_table
from app.ui.signals import app_signals

Clock = Callable[[], datetime]
DEFAULT_DAYS = 30  # the ledger opens on the last 30 days
EXPIRING_DAYS = 30
TAB_LEDGER, TAB_TOTALS, TAB_EXPIRING = range(3)


class PointsPage(QWidget):
    """Emits `open_customer(id)` when a row is double-clicked (or Enter)."""

    open_customer = Signal(int)

    def __init__(
        self, clock: Clock, operator: Callable[[], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pointsPage")
        self._clock = clock
        self._operator = operator
        self._stale = False
        self._expiring_stale = True
        self._totals_stale = True
        self._fitted = False  # the columns fit their texts once (or as remembered)
        today = clock().date()
        self.start_date = date_edit("ledgerFrom", today - timedelta(days=DEFAULT_DAYS - 1))
        self.end_date = date_edit("ledgerTo", today)
        self.kind = QComboBox(objectName="ledgerKind")
        self.kind.addItem(self.tr("All kinds"), "")
        for kind in PointsKind:
            self.kind.addItem(labels.kind(kind), kind)
        self.operator_box = QComboBox(objectName="ledgerOperator")
        self.operator_box.setMinimumContentsLength(8)
        self.expire_button = QPushButton(self.tr("Run expiry now"), objectName="runExpiry")
        self.expire_button.setToolTip(
            self.tr("Post the expiry of points past their last day (also done at every start)")
        )
        self.rule_button = QPushButton(self.tr("Points rule…"), objectName="pointsRuleButton")
        self.rewards_button = QPushButton(self.tr("Rewards…"), objectName="rewardsButton")

        self.model = LedgerModel(self)
        self.table = points_table("ledgerTable", self.model)
        self.count = QLabel(objectName="ledgerCount")
        self.totals_model = DailyTotalsModel(self)
        self.totals_table = points_table("dailyTotals", self.totals_model, stretch_last=False)
        self.totals_table.horizontalHeader().setDefaultSectionSize(120)
        self.totals_sum = QLabel(objectName="totalsSum", wordWrap=True)
        self.expiring_model = ExpiringModel(self)
        self.expiring_table = points_table("expiringTable", self.expiring_model, stretch_last=False)
        self.expiring_note = QLabel(objectName="expiringNote", wordWrap=True)
        self.tabs = QTabWidget(objectName="pointsTabs")
        self._build_layout()

        self._filter_timer = QTimer(self, singleShot=True, interval=150)
        self._filter_timer.timeout.connect(self.apply_filters)
        self._reload_timer = QTimer(self, singleShot=True, interval=50)
        self._reload_timer.timeout.connect(self.reload)
        self.start_date.dateChanged.connect(self._start_changed)
        self.end_date.dateChanged.connect(self._end_changed)
        self.kind.currentIndexChanged.connect(self._filter_timer.start)
        self.operator_box.currentIndexChanged.connect(self._filter_timer.start)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.expire_button.clicked.connect(self.run_expiry)
        self.rule_button.clicked.connect(self.edit_rule)
        self.rewards_button.clicked.connect(self.open_rewards)
        open_on_activate(self.table, self.model.entry, self.open_customer.emit)
        open_on_activate(self.expiring_table, self.expiring_model.expiring, self.open_customer.emit)
        signals = app_signals()
        signals.customers_changed.connect(self._data_changed)
        signals.customer_changed.connect(self._customer_changed)
        self.reload()

    def _build_layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Posted from")))
        bar.addWidget(self.start_date)
        bar.addWidget(QLabel(self.tr("to")))
        bar.addWidget(self.end_date)
        bar.addSpacing(12)
        bar.addWidget(self.kind)
        bar.addWidget(self.operator_box)
        bar.addStretch(1)
        bar.addWidget(self.expire_button)
        bar.addWidget(self.rule_button)
        bar.addWidget(self.rewards_button)
        ledger = QWidget()
        column = QVBoxLayout(ledger)
        column.setContentsMargins(8, 8, 8, 8)
        column.addWidget(self.count)
        column.addWidget(self.table, 1)
        totals = QWidget()
        column = QVBoxLayout(totals)
        column.setContentsMargins(8, 8, 8, 8)
        column.addWidget(self.totals_sum)
        column.addWidget(self.totals_table, 1)
        expiring = QWidget()
        column = QVBoxLayout(expiring)
        column.setContentsMargins(8, 8, 8, 8)
        column.addWidget(self.expiring_note)
        column.addWidget(self.expiring_table, 1)
        self.tabs.addTab(ledger, self.tr("Ledger"))
        self.tabs.addTab(totals, self.tr("Daily totals"))
        self.tabs.addTab(expiring, self.tr("Expiring in 30 days"))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)

    # -- filters ----------------------------------------------------------------
    def _start_changed(self, value: QDate) -> None:
        if value > self.end_date.date():
            self.end_date.setDate(value)
        self._filter_timer.start()

    def _end_changed(self, value: QDate) -> None:
        if value < self.start_date.date():
            self.start_date.setDate(value)
        self._filter_timer.start()

    def date_range(self) -> tuple[date, date]:
        """The first day shown and the day after the last (the services' [start, end))."""
        start: date = self.start_date.date().toPython()  # type: ignore[assignment]
        last: date = self.end_date.date().toPython()  # type: ignore[assignment]
        return start, last + timedelta(days=1)

    def ledger_filter(self) -> LedgerFilter:
        start, end = self.date_range()
        kind = self.kind.currentData()
        return LedgerFilter(
            start=start,
            end=end,
            kinds=(PointsKind(kind),) if kind else (),  # the combo gives the value back
            operator=self.operator_box.currentData() or "",
        )

    def apply_filters(self) -> None:
        """Read the ledger again for the filters shown, and the daily totals when shown
        (over two years of a million entries they take ~0.6 s)."""
        self._filter_timer.stop()
        self.model.set_filter(self.ledger_filter())
        self.count.setText(self.tr("%Ln entry(s), newest first", "", self.model.total))
        if not self._fitted and self.model.rowCount():
            self.table.resizeColumnsToContents()  # once: then the owner's widths stay
            self._fitted = True
        self._totals_stale = True
        if self.tabs.currentIndex() == TAB_TOTALS:
            self.load_totals()

    def load_totals(self) -> None:
        self._totals_stale = False
        self.totals_model.set_totals(points.daily_totals(*self.date_range()))
        total = self.totals_model.sum()
        self.totals_sum.setText(
            self.tr(
                "Whole period, all kinds and operators: earned {earned} · redeemed {redeemed}"
                " · expired {expired} · adjusted {adjusted} · net change {net}"
            ).format(
                earned=labels.number(total.earned),
                redeemed=labels.number(total.redeemed),
                expired=labels.number(total.expired),
                adjusted=labels.signed(total.adjusted),
                net=labels.signed(net(total)),
            )
        )

    def _fill_operators(self) -> None:
        chosen = self.operator_box.currentData() or ""
        self.operator_box.blockSignals(True)
        self.operator_box.clear()
        self.operator_box.addItem(self.tr("All operators"), "")
        for name in points.operators():
            self.operator_box.addItem(name, name)
        self.operator_box.setCurrentIndex(max(0, self.operator_box.findData(chosen)))
        self.operator_box.blockSignals(False)

    def _tab_changed(self, tab: int) -> None:
        # Kind and operator filter the ledger only; the dates filter the totals too.
        self.kind.setEnabled(tab == TAB_LEDGER)
        self.operator_box.setEnabled(tab == TAB_LEDGER)
        self.start_date.setEnabled(tab != TAB_EXPIRING)
        self.end_date.setEnabled(tab != TAB_EXPIRING)
        if tab == TAB_TOTALS and self._totals_stale:
            self.load_totals()
        if tab == TAB_EXPIRING and self._expiring_stale:
            QTimer.singleShot(0, self._expiring_if_stale)  # after the tab has painted

    # -- reading ----------------------------------------------------------------
    def reload(self) -> None:
        self._stale = False
        self._fill_operators()
        self.apply_filters()
        self._expiring_stale = True
        if self.tabs.currentIndex() == TAB_EXPIRING:
            self.load_expiring()

    def _expiring_if_stale(self) -> None:
        if self._expiring_stale:
            self.load_expiring()

    def load_expiring(self) -> None:
        """Walks the lots of every customer with points due soon: off the UI thread."""
        today = self._clock().date()
        rows = run_busy(
            self, self.tr("Finding points that expire soon…"),
            lambda: points_expiry.expiring_soon(today, EXPIRING_DAYS),
        )  # fmt: skip
        self._expiring_stale = False
        self.expiring_model.set_rows(rows, today)
        fit_columns(self.expiring_table)
        self.expiring_note.setText(
            self.tr(
                "%n customer(s) have points that run out in the next 30 days; "
                "remind them to come back. Double-click to open a card.",
                "",
                len({r.customer_id for r in rows}),
            )
        )

    def _data_changed(self) -> None:
        if self.isVisible():
            self._reload_timer.start()
        else:
            self._stale = True

    def _customer_changed(self, _customer_id: int) -> None:
        self._data_changed()  # a bound method: Qt drops it with the page

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        if self._stale:
            self.reload()
        super().showEvent(event)

    # -- actions ----------------------------------------------------------------
    def run_expiry(self) -> int | None:
        """Post what has run out and say how many entries were posted."""
        now = self._clock()
        operator = self._operator()
        try:
            posted = run_busy(
                self, self.tr("Expiring points…"),
                lambda: points_expiry.expire_due(now.date(), operator, now),
            )  # fmt: skip
        except Exception as exc:
            if storage.storage_failure(exc) is None:
                raise  # a bug: the error dialog and the log
            prompts.error(self, *errors.message_for(exc, ""))
            return None
        if posted:
            app_signals().customers_changed.emit()  # balances changed
            self.reload()
        prompts.info(
            self,
            self.tr("Run expiry now"),
            self.tr("%n expiry entry(s) posted.", "", posted)
            if posted
            else self.tr("No points have run out: nothing was posted."),
        )
        return posted

    def edit_rule(self) -> None:
        from app.ui.points.rule_dialog import edit_rule

        edit_rule(self, self._clock, self._operator)

    def open_rewards(self) -> None:
        from app.ui.points.rewards_dialog import open_rewards

        open_rewards(self, self._clock)

    # -- remembered layout ---------------------------------------------------------
    def save_layout(self, settings: QSettings) -> None:
        settings.setValue("points/ledger_header", self.table.horizontalHeader().saveState())

    def restore_layout(self, settings: QSettings) -> None:
        state = settings.value("points/ledger_header")
        if state is not None:
            self._fitted = self.table.horizontalHeader().restoreState(state)
