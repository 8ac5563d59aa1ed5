"""沉睡客户: the customers who stayed away longer than their own rhythm, the most
valuable first — with her last visit, her usual gap, how late she is, and a follow-up
call one click away."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import Segment
from app.services import insight, settings
from app.services.insight import DormantFilter, LateCustomer
from app.services.rfm import IMPORTANT
from app.ui import texts
from app.ui.insight import labels
from app.ui.insight.rows_model import SORT_ROLE, Column, RowsModel

Clock = Callable[[], datetime]


def _gap(c: LateCustomer) -> str:
    if c.usual_gap_days is None:
        return labels.t(QT_TRANSLATE_NOOP("Insight", "shop's default"))
    return labels.t(QT_TRANSLATE_NOOP("Insight", "every {days} days")).format(days=c.usual_gap_days)


def _late_after(c: LateCustomer) -> str:
    return labels.t(QT_TRANSLATE_NOOP("Insight", "Late after {days} days without a visit")).format(
        days=c.late_after_days
    )


COLUMNS: list[Column[LateCustomer]] = [
    Column(QT_TRANSLATE_NOOP("Insight", "Member no."), lambda c: c.member_no),
    Column(QT_TRANSLATE_NOOP("Insight", "Name"), lambda c: c.name),
    Column(QT_TRANSLATE_NOOP("Insight", "Mobile"), lambda c: c.mobile or ""),
    Column(QT_TRANSLATE_NOOP("Insight", "Grade"), lambda c: labels.segment(c.segment),
           sort=lambda c: list(Segment).index(c.segment),
           colour=lambda c: labels.IMPORTANT if c.segment in IMPORTANT else None),
    Column(QT_TRANSLATE_NOOP("Insight", "Spent (period)"), lambda c: texts.money(c.monetary_fen),
           sort=lambda c: c.monetary_fen, right=True),
    Column(QT_TRANSLATE_NOOP("Insight", "Visits"), lambda c: str(c.visit_count),
           sort=lambda c: c.visit_count, right=True),
    Column(QT_TRANSLATE_NOOP("Insight", "Last visit"), lambda c: texts.short_date(c.last_visit),
           sort=lambda c: c.last_visit.toordinal()),
    Column(QT_TRANSLATE_NOOP("Insight", "Usual rhythm"), _gap,
           sort=lambda c: c.usual_gap_days if c.usual_gap_days is not None else 10**6,
           tooltip=_late_after),
    Column(QT_TRANSLATE_NOOP("Insight", "Days away"), lambda c: str(c.days_since),
           sort=lambda c: c.days_since, right=True),
    Column(QT_TRANSLATE_NOOP("Insight", "Days late"), lambda c: str(c.days_late),
           sort=lambda c: c.days_late, right=True, colour=lambda c: labels.LATE),
]  # fmt: skip

# (label, at least, at most) days late
SPANS = (
    (QT_TRANSLATE_NOOP("Insight", "To wake (late up to {wake} days)"), 0, "wake"),
    (QT_TRANSLATE_NOOP("Insight", "All late customers"), 0, None),
    (QT_TRANSLATE_NOOP("Insight", "Late 1–3 months"), 30, 90),
    (QT_TRANSLATE_NOOP("Insight", "Late over 3 months"), 91, None),
)


class DormantTab(QWidget):
    open_customer = Signal(int)
    follow_up = Signal(int)  # record a follow-up call for her

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dormantTab")
        self._clock = clock
        self.span = QComboBox(objectName="dormantSpan")
        self.important = QCheckBox(self.tr("Important grades only"), objectName="dormantImportant")
        self.count = QLabel(objectName="dormantCount")
        self.rule = QLabel(objectName="dormantRule", wordWrap=True)
        self.rule.setStyleSheet("color: #555;")
        self.model: RowsModel[LateCustomer] = RowsModel(COLUMNS, "Insight", self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(objectName="dormantTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's order
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _: self._open())
        self.call = QPushButton(self.tr("Record a follow-up…"), objectName="dormantFollowUp")
        self.call.clicked.connect(self._follow_up)
        self.open_card = QPushButton(self.tr("Open card"), objectName="dormantOpen")
        self.open_card.clicked.connect(self._open)
        self.export = QPushButton(self.tr("Export…"), objectName="dormantExport")
        self.export.clicked.connect(lambda: self.export_list())
        self.rules = QPushButton(self.tr("Rules…"), objectName="dormantRules")
        self.rules.clicked.connect(self.edit_rules)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show:")))
        top.addWidget(self.span)
        top.addWidget(self.important)
        top.addStretch(1)
        top.addWidget(self.count)
        buttons = QHBoxLayout()
        for button in (self.call, self.open_card, self.export):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.rules)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.rule)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._fill_spans()
        self.span.currentIndexChanged.connect(lambda _: self.refresh())
        self.important.toggled.connect(lambda _: self.refresh())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())

    def _fill_spans(self) -> None:
        wake = int(settings.get("dormant_wake_days"))
        self.span.blockSignals(True)
        at = max(0, self.span.currentIndex())
        self.span.clear()
        for text, _low, _high in SPANS:
            self.span.addItem(labels.t(text).format(wake=wake))
        self.span.setCurrentIndex(at)
        self.span.blockSignals(False)

    def choice(self) -> DormantFilter:
        _text, low, high = SPANS[max(0, self.span.currentIndex())]
        if high == "wake":
            high = int(settings.get("dormant_wake_days"))
        return DormantFilter(
            min_days_late=low,
            max_days_late=high if isinstance(high, int) else None,
            important_only=self.important.isChecked(),
        )

    def refresh(self) -> None:
        self._fill_spans()
        today = self._clock().date()
        rows = insight.dormant(today, self.choice())
        self.model.set_rows(rows)
        spent = sum(c.monetary_fen for c in rows)
        self.count.setText(
            self.tr("%n customer(s)", "", len(rows))
            + " · "
            + self.tr("spent {money} in the period").format(money=texts.money(spent))
        )
        self.rule.setText(self._rule_text())
        self._enable()

    def _rule_text(self) -> str:
        rhythm = insight.Rhythm.from_settings()
        return self.tr(
            "Late: away longer than {pct} % of her usual gap between visits, and at least "
            "{min} days; with fewer than {visits} visits, after {default} days."
        ).format(
            pct=rhythm.factor_pct,
            min=rhythm.min_days,
            visits=rhythm.min_visits,
            default=rhythm.default_days,
        )

    def selected(self) -> LateCustomer | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row(self.proxy.mapToSource(rows[0]).row())

    def _enable(self) -> None:
        chosen = self.selected() is not None
        self.call.setEnabled(chosen)
        self.open_card.setEnabled(chosen)
        self.export.setEnabled(self.model.rowCount() > 0)

    def _open(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.open_customer.emit(chosen.customer_id)

    def _follow_up(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.follow_up.emit(chosen.customer_id)

    def shown_rows(self) -> list[LateCustomer]:
        """The rows in the order shown (after a click on a header)."""
        rows = []
        for r in range(self.proxy.rowCount()):
            row = self.model.row(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
            if row is not None:
                rows.append(row)
        return rows

    def export_list(self, path: str = "") -> None:
        from app.ui.insight.export import export_rows

        export_rows(self, "dormant", self.shown_rows(), self._clock, path)

    def edit_rules(self) -> None:
        from app.ui.insight.rules_dialog import RulesDialog

        dialog = RulesDialog(self)
        dialog.saved.connect(self.rules_changed)
        dialog.open()

    rules_changed = Signal()
