"""The insight page (客户分析): dormant customers, grading, the evaluation form and the
customer structure, one tab each. A tab fills itself when first shown, and again when
shown after the data changed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.ui.insight.dormant_tab import DormantTab
from app.ui.insight.evaluation_tab import EvaluationTab
from app.ui.insight.grading_tab import GradingTab
from app.ui.insight.regrading import Regrading
from app.ui.insight.structure_tab import StructureTab
from app.ui.signals import app_signals

Clock = Callable[[], datetime]


class InsightPage(QWidget):
    open_customer = Signal(int)
    follow_up = Signal(int)

    def __init__(
        self,
        clock: Clock,
        operator: Callable[[], str],
        regrading: Regrading,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("insightPage")
        self._clock = clock
        self._regrading = regrading
        self.tabs = QTabWidget(objectName="insightTabs")
        self.dormant = DormantTab(clock)
        self.grading = GradingTab(clock, operator)
        self.evaluation = EvaluationTab(clock, operator)
        self.structure = StructureTab(clock)
        self.tabs.addTab(self.dormant, self.tr("Dormant customers"))
        self.tabs.addTab(self.grading, self.tr("Grading"))
        self.tabs.addTab(self.evaluation, self.tr("Evaluation"))
        self.tabs.addTab(self.structure, self.tr("Structure"))
        self._stale: set[QWidget] = {self.dormant, self.grading}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

        for tab in (self.dormant, self.grading, self.evaluation):
            tab.open_customer.connect(self.open_customer)
        self.dormant.follow_up.connect(self.follow_up)
        self.dormant.rules_changed.connect(self._regrade)
        self.grading.edit_rules.connect(self.dormant.edit_rules)
        self.grading.regrade.connect(self._regrade)
        regrading.graded.connect(lambda _: self.data_changed())
        regrading.graded.connect(lambda _: self.structure.data_changed())  # grades moved
        self.tabs.currentChanged.connect(lambda _: self._fill_current())
        app_signals().customers_changed.connect(self.data_changed)
        app_signals().customer_changed.connect(self.data_changed)

    def _regrade(self) -> None:
        if self._regrading.start():
            self.grading.set_running(True)

    def data_changed(self, *_: object) -> None:
        """The grades or the visits changed: every tab is filled again when next shown."""
        self.grading.set_running(self._regrading.running)
        self._stale = {self.dormant, self.grading}  # the other two keep themselves fresh
        if self.isVisible():
            self._fill_current()

    def _fill_current(self) -> None:
        tab = self.tabs.currentWidget()
        if tab in self._stale:
            self._stale.discard(tab)
            tab.refresh()  # type: ignore[attr-defined]

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.grading.set_running(self._regrading.running)
        self._fill_current()

    def restore_layout(self, store: QSettings) -> None:
        self.tabs.setCurrentIndex(int(store.value("insight/tab", 0) or 0))

    def save_layout(self, store: QSettings) -> None:
        store.setValue("insight/tab", self.tabs.currentIndex())
