"""客户分级: the customers per RFM grade with their share of the revenue, the 80/20 view,
and the customers of a grade — where the shop can keep a grade of its own for one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import Segment
from app.services import grades, insight, settings
from app.services.grades import GradedCustomer, SegmentTotal
from app.services.rfm import IMPORTANT
from app.ui import texts
from app.ui.insight import labels
from app.ui.insight.pareto_curve import ParetoCurve
from app.ui.insight.rows_model import SORT_ROLE, Column, RowsModel

Clock = Callable[[], datetime]
ORDER = list(Segment)


def _share(part: int, whole: int) -> str:
    return f"{part * 100 / whole:.1f}%" if whole else "—"


def _score(value: int) -> str:
    return str(value) if value else ""


def _important(segment: Segment) -> str | None:
    return labels.IMPORTANT if segment in IMPORTANT else None


CUSTOMER_COLUMNS: list[Column[GradedCustomer]] = [
    Column(QT_TRANSLATE_NOOP("Insight", "Member no."), lambda c: c.member_no),
    Column(QT_TRANSLATE_NOOP("Insight", "Name"), lambda c: c.name),
    Column(QT_TRANSLATE_NOOP("Insight", "Grade"),
           lambda c: labels.segment(c.segment) + (" ✎" if c.manual else ""),
           sort=lambda c: ORDER.index(c.segment), colour=lambda c: _important(c.segment),
           tooltip=lambda c: labels.t(QT_TRANSLATE_NOOP(
               "Insight", "Set by the shop; computed: {grade}")).format(
                   grade=labels.segment(c.computed)) if c.manual else None),
    Column(QT_TRANSLATE_NOOP("Insight", "ABC"), lambda c: c.abc),
    Column(QT_TRANSLATE_NOOP("Insight", "Days since purchase"),
           lambda c: "" if c.recency_days is None else str(c.recency_days),
           sort=lambda c: 10**6 if c.recency_days is None else c.recency_days, right=True),
    Column(QT_TRANSLATE_NOOP("Insight", "Purchases"), lambda c: str(c.frequency),
           sort=lambda c: c.frequency, right=True),
    Column(QT_TRANSLATE_NOOP("Insight", "Spent (period)"), lambda c: texts.money(c.monetary_fen),
           sort=lambda c: c.monetary_fen, right=True),
    Column("R", lambda c: _score(c.r), sort=lambda c: c.r, right=True),
    Column("F", lambda c: _score(c.f), sort=lambda c: c.f, right=True),
    Column("M", lambda c: _score(c.m), sort=lambda c: c.m, right=True),
]  # fmt: skip


def _total_columns(total: Callable[[], tuple[int, int]]) -> list[Column[SegmentTotal]]:
    return [
        Column(QT_TRANSLATE_NOOP("Insight", "Grade"), lambda t: labels.segment(t.segment),
               sort=lambda t: ORDER.index(t.segment), colour=lambda t: _important(t.segment)),
        Column(QT_TRANSLATE_NOOP("Insight", "Customers"), lambda t: f"{t.customers:,}",
               sort=lambda t: t.customers, right=True),
        Column(QT_TRANSLATE_NOOP("Insight", "Share"), lambda t: _share(t.customers, total()[0]),
               sort=lambda t: t.customers, right=True),
        Column(QT_TRANSLATE_NOOP("Insight", "Revenue"), lambda t: texts.money(t.revenue_fen),
               sort=lambda t: t.revenue_fen, right=True),
        Column(QT_TRANSLATE_NOOP("Insight", "Share of revenue"),
               lambda t: _share(t.revenue_fen, total()[1]), sort=lambda t: t.revenue_fen,
               right=True),
    ]  # fmt: skip


def _table(name: str) -> QTableView:
    table = QTableView(objectName=name)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def _sorted(model: RowsModel, table: QTableView, parent: QWidget) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    table.setModel(proxy)
    table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    return proxy


class GradingTab(QWidget):
    open_customer = Signal(int)
    regrade = Signal()  # the owner asks for a grading now
    edit_rules = Signal()

    def __init__(
        self, clock: Clock, operator: Callable[[], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("gradingTab")
        self._clock = clock
        self._operator = operator
        self._totals = (0, 0)
        self.when = QLabel(objectName="gradedOn", wordWrap=True)
        self.again = QPushButton(self.tr("Grade again now"), objectName="gradeAgain")
        self.again.clicked.connect(self.regrade)
        self.rules = QPushButton(self.tr("Rules…"), objectName="gradingRules")
        self.rules.clicked.connect(self.edit_rules)

        self.totals_model: RowsModel[SegmentTotal] = RowsModel(
            _total_columns(lambda: self._totals), "Insight", self
        )
        self.totals_table = _table("gradeTotals")
        self.totals_proxy = _sorted(self.totals_model, self.totals_table, self)
        self.totals_table.clicked.connect(self._pick_segment)
        self.pareto_text = QLabel(objectName="paretoText", wordWrap=True)
        self.curve = ParetoCurve()
        pareto_box = QGroupBox(self.tr("80/20: who brings the revenue"))
        pareto_layout = QVBoxLayout(pareto_box)
        pareto_layout.addWidget(self.pareto_text)
        pareto_layout.addWidget(self.curve, 1)

        self.segment = QComboBox(objectName="gradeFilter")
        self.segment.addItem(self.tr("All grades"), None)
        for value in Segment:
            self.segment.addItem(labels.segment(value), value.value)
        self.segment.setCurrentIndex(1)  # 重要价值: the few that matter most
        self.segment.currentIndexChanged.connect(lambda _: self._fill_customers())
        self.count = QLabel(objectName="gradeCount")
        self.set_grade = QToolButton(objectName="setGrade")
        self.set_grade.setText(self.tr("Set her grade"))
        self.set_grade.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.set_grade)
        for value in Segment:
            if value is Segment.NO_PURCHASE:
                continue
            action = QAction(labels.segment(value), menu)
            action.triggered.connect(lambda _=False, v=value: self._set_manual(v))
            menu.addAction(action)
        menu.addSeparator()
        self.use_computed = QAction(self.tr("Use the computed grade"), menu)
        self.use_computed.triggered.connect(lambda: self._set_manual(None))
        menu.addAction(self.use_computed)
        self.set_grade.setMenu(menu)
        self.open_card = QPushButton(self.tr("Open card"), objectName="gradeOpen")
        self.open_card.clicked.connect(self._open)
        self.export = QPushButton(self.tr("Export…"), objectName="gradeExport")
        self.export.clicked.connect(lambda: self.export_list())
        self.model: RowsModel[GradedCustomer] = RowsModel(CUSTOMER_COLUMNS, "Insight", self)
        self.table = _table("gradedCustomers")
        self.proxy = _sorted(self.model, self.table, self)
        self.table.doubleClicked.connect(lambda _: self._open())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())

        head = QHBoxLayout()
        head.addWidget(self.when, 1)
        head.addWidget(self.again)
        head.addWidget(self.rules)
        upper = QHBoxLayout()
        upper.addWidget(self.totals_table, 3)
        upper.addWidget(pareto_box, 2)
        tools = QHBoxLayout()
        tools.addWidget(QLabel(self.tr("Customers of:")))
        tools.addWidget(self.segment)
        tools.addWidget(self.count)
        tools.addStretch(1)
        for widget in (self.set_grade, self.open_card, self.export):
            tools.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(upper, 2)
        layout.addLayout(tools)
        layout.addWidget(self.table, 3)

    def set_running(self, running: bool) -> None:
        self.again.setEnabled(not running)
        if running:
            self.when.setText(self.tr("Grading the customers…"))

    def refresh(self) -> None:
        on = grades.computed_on()
        if on is None:
            self.when.setText(self.tr("Not graded yet: grade the customers to see this."))
        else:
            months = int(settings.get("rfm_months"))
            start = insight.period_start(on, months)
            self.when.setText(
                self.tr(
                    "Graded on {day} over the last %n month(s) ({start} – {day}): recency, "
                    "frequency and money, each against the shop's average.",
                    "",
                    months,
                ).format(day=texts.short_date(on), start=texts.short_date(start))
            )
        totals = grades.segment_totals()
        self._totals = (sum(t.customers for t in totals), sum(t.revenue_fen for t in totals))
        self.totals_model.set_rows(totals)
        view = grades.pareto()
        if view.buyers:
            self.pareto_text.setText(
                self.tr(
                    "The top 20 % ({top} customers) brought {share} of the revenue; "
                    "80 % of it came from {few} customers ({few_share} of {buyers} buyers)."
                ).format(
                    top=f"{view.top_count:,}",
                    share=f"{view.top_share * 100:.0f}%",
                    few=f"{view.customers_for_80:,}",
                    few_share=f"{view.customers_for_80 * 100 / view.buyers:.0f}%",
                    buyers=f"{view.buyers:,}",
                )
            )
            self.curve.set_curve(view.curve, (view.top_count / view.buyers, view.top_share))
        else:
            self.pareto_text.setText(self.tr("No purchases in the period."))
            self.curve.set_curve((), None)
        self._fill_customers()

    def _pick_segment(self, index: object) -> None:
        row = self.totals_model.row(self.totals_proxy.mapToSource(index).row())  # type: ignore[arg-type]
        if row is not None:
            self.segment.setCurrentIndex(self.segment.findData(row.segment.value))

    def _fill_customers(self) -> None:
        value = self.segment.currentData()
        rows = grades.graded([Segment(value)] if value else [])
        self.model.set_rows(rows)
        self.count.setText(self.tr("%n customer(s)", "", len(rows)))
        self._enable()

    def selected(self) -> GradedCustomer | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row(self.proxy.mapToSource(rows[0]).row())

    def _enable(self) -> None:
        chosen = self.selected()
        self.set_grade.setEnabled(chosen is not None)
        self.open_card.setEnabled(chosen is not None)
        self.use_computed.setEnabled(chosen is not None and chosen.manual)
        self.export.setEnabled(self.model.rowCount() > 0)

    def _open(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.open_customer.emit(chosen.customer_id)

    def _set_manual(self, segment: Segment | None) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        insight.set_manual_segment(chosen.customer_id, segment, self._operator(), self._clock())
        keep = chosen.customer_id
        self.refresh()
        for r in range(self.proxy.rowCount()):
            row = self.model.row(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
            if row is not None and row.customer_id == keep:
                self.table.selectRow(r)
                break

    def shown_rows(self) -> list[GradedCustomer]:
        rows = []
        for r in range(self.proxy.rowCount()):
            row = self.model.row(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
            if row is not None:
                rows.append(row)
        return rows

    def export_list(self, path: str = "") -> None:
        from app.ui.insight.export import export_rows

        export_rows(self, "graded", self.shown_rows(), self._clock, path)
