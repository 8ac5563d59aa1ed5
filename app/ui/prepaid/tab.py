"""The card's Prepaid tab (储值与次卡): the stored-value statement, and the package
cards with the sessions of the card chosen below them. A switch at the top shows
one or the other, so each has the tab's whole height in the narrow card.

The tab only asks (signals); the page's prepaid actions call the services.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QMenu,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.packages import CardRecord, SessionRecord
from app.services.prepaid import ValueRecord
from app.ui.points import labels as points_labels
from app.ui.points.views import points_table
from app.ui.prepaid.cards_model import CardsModel, SessionsModel, can_return
from app.ui.prepaid.value_model import ValueStatementModel, can_reverse

VALUE_PAGE, CARDS_PAGE = 0, 1
MAX_CARD_ROWS = 4


def _fit(table: QTableView) -> None:
    """Widths from the newest rows, so a long statement opens quickly."""
    table.horizontalHeader().setResizeContentsPrecision(40)
    table.resizeColumnsToContents()


class PrepaidTab(QWidget):
    """Her stored-value statement or her cards and their sessions, and what to do."""

    top_up_requested = Signal()
    refund_requested = Signal()
    sell_requested = Signal()
    use_requested = Signal()
    reverse_requested = Signal(int)  # stored-value entry id
    return_requested = Signal(int)  # session entry id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardPrepaid")
        self._customer_id: int | None = None
        self._today = date.min
        self._card_id: int | None = None
        self._visit_names: dict[int, str] | None = None
        self._enabled = True
        self.value_switch = QToolButton(objectName="prepaidShowValue", checkable=True)
        self.value_switch.setText(self.tr("Stored value"))
        self.cards_switch = QToolButton(objectName="prepaidShowCards", checkable=True)
        self.cards_switch.setText(self.tr("Package cards"))
        self._switches = QButtonGroup(self)
        self._switches.addButton(self.value_switch, VALUE_PAGE)
        self._switches.addButton(self.cards_switch, CARDS_PAGE)
        self.value_switch.setChecked(True)
        self._actions()
        self.buttons = QStackedWidget(objectName="prepaidButtons")
        self.buttons.addWidget(self.value_button)
        self.buttons.addWidget(self.cards_button)
        self.pages = QStackedWidget(objectName="prepaidPages")
        self.pages.addWidget(self._value_page())
        self.pages.addWidget(self._cards_page())
        header = QHBoxLayout()
        header.setSpacing(0)
        header.addWidget(self.value_switch)
        header.addWidget(self.cards_switch)
        header.addStretch(1)
        header.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(header)
        layout.addWidget(self.pages, 1)
        self._switches.idClicked.connect(self.show_page)
        self._value_changed()
        self._card_changed()

    def _actions(self) -> None:
        """Each page's first action on a button, the others in its menu (the card is
        narrow); the entry actions also on the rows' context menu."""

        def action(text: str, name: str, slot: Callable[[], object]) -> QAction:
            made = QAction(text, self, objectName=name)
            made.triggered.connect(slot)
            return made

        self.top_up_action = action(self.tr("Top up…"), "prepaidTopUp", self.top_up_requested.emit)
        self.refund_action = action(self.tr("Refund…"), "prepaidRefund", self.refund_requested.emit)
        self.reverse_action = action(
            self.tr("Reverse this stored-value entry…"), "prepaidReverse", self._reverse_current
        )
        self.sell_action = action(self.tr("Sell package…"), "prepaidSell", self.sell_requested.emit)
        self.use_action = action(self.tr("Use a session…"), "prepaidUse", self.use_requested.emit)
        self.return_action = action(
            self.tr("Return this session…"), "prepaidReturn", self._return_current
        )
        self.print_action = action(
            self.tr("Print prepaid statement…"), "prepaidPrint", self.print_statement
        )
        self.reverse_action.setToolTip(
            self.tr("Undo the chosen entry by a new one that names it; both stay listed.")
        )
        self.return_action.setToolTip(
            self.tr("Give back the chosen session (used by mistake); both stay listed.")
        )
        self.value_button = self._split_button(
            "prepaidValueButton",
            self.top_up_action,
            [self.refund_action, self.reverse_action, self.print_action],
        )
        self.cards_button = self._split_button(
            "prepaidCardsButton",
            self.sell_action,
            [self.use_action, self.return_action, self.print_action],
        )

    def _split_button(self, name: str, first: QAction, more: list[QAction]) -> QToolButton:
        button = QToolButton(objectName=name)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        first.setIconText(first.text())  # keep the "…": it opens a dialog
        button.setDefaultAction(first)
        menu = QMenu(button)
        menu.addActions([first, *more])
        button.setMenu(menu)
        return button

    # -- the two pages -----------------------------------------------------------------
    def _value_page(self) -> QWidget:
        self.value_model = ValueStatementModel(self)
        self.value_table = points_table("prepaidValueStatement", self.value_model)
        self.value_table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.value_table.addActions([self.reverse_action, self.top_up_action, self.refund_action])
        self.value_table.selectionModel().currentRowChanged.connect(self._value_changed)
        return self.value_table

    def _cards_page(self) -> QWidget:
        page = QWidget()
        self.cards_model = CardsModel(self)
        self.cards_table = points_table("prepaidCards", self.cards_model)
        self.cards_table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.cards_table.addActions([self.use_action, self.sell_action])
        self.sessions_model = SessionsModel(self)
        self.sessions_table = points_table("prepaidSessions", self.sessions_model)
        self.sessions_table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.sessions_table.addAction(self.return_action)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.cards_table)
        layout.addWidget(self.sessions_table, 1)
        self.cards_table.selectionModel().currentRowChanged.connect(self._card_changed)
        self.sessions_table.selectionModel().currentRowChanged.connect(self._session_changed)
        return page

    def _fit_cards(self) -> None:
        """The cards table at most as tall as its rows (up to four), the sessions below
        getting the rest; both may shrink, so the card's facts above keep their room."""
        table = self.cards_table
        rows = min(max(self.cards_model.rowCount(), 1), MAX_CARD_ROWS)
        row = table.verticalHeader().defaultSectionSize()
        frame = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        bar = table.horizontalScrollBar().sizeHint().height()
        table.setMaximumHeight(frame + rows * row + bar)
        table.setMinimumHeight(frame + row)
        self.sessions_table.setMinimumHeight(frame + row)

    # -- loading -----------------------------------------------------------------------
    def load(self, customer_id: int | None, today: date, enabled: bool = True) -> None:
        """Read her statement and cards; the card chosen before stays chosen."""
        if customer_id != self._customer_id:
            self._card_id = None
        self._customer_id = customer_id
        self._today = today
        self._visit_names = None
        self.value_model.load(customer_id)
        self.cards_model.load(customer_id, today)
        _fit(self.value_table)
        _fit(self.cards_table)
        self._fit_cards()
        for action in (self.top_up_action, self.refund_action, self.sell_action, self.use_action):
            action.setEnabled(enabled)
        self._enabled = enabled
        row = self.cards_model.row_of(self._card_id) if self._card_id is not None else -1
        if row < 0 and self.cards_model.rowCount():
            row = 0
        if row >= 0:
            self.cards_table.selectRow(row)
        self._card_changed()
        self._value_changed()
        has_value, has_cards = self.value_model.rowCount() > 0, self.cards_model.rowCount() > 0
        if has_cards and not has_value:
            self.show_page(CARDS_PAGE)
        elif has_value and not has_cards:
            self.show_page(VALUE_PAGE)

    def print_statement(self) -> QDialog | None:
        """Preview her prepaid statement (stored value and every card's sessions) to
        print or save as PDF; opened, not waited for."""
        if self._customer_id is None:
            return None
        from app.ui.printing.prepaid_print import preview_dialog  # QtPrintSupport: on use

        when = datetime.combine(self._today, time(12))
        dialog = preview_dialog(self, self._customer_id, when)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_page(self, page: int) -> None:
        self._switches.button(page).setChecked(True)
        self.pages.setCurrentIndex(page)
        self.buttons.setCurrentIndex(page)

    def _names(self) -> dict[int, str]:
        """Her visits by id, read once per load and only when a session names one."""
        if self._visit_names is None:
            customer = self._customer_id
            self._visit_names = points_labels.visit_names(customer) if customer else {}
        return self._visit_names

    # -- choosing ------------------------------------------------------------------------
    def current_entry(self) -> ValueRecord | None:
        return self.value_model.entry(self.value_table.currentIndex().row())

    def current_card(self) -> CardRecord | None:
        return self.cards_model.card(self.cards_table.currentIndex().row())

    def current_session(self) -> SessionRecord | None:
        return self.sessions_model.entry(self.sessions_table.currentIndex().row())

    def select_entry(self, entry_id: int) -> None:
        row = self.value_model.row_of(entry_id)
        if row >= 0:
            self.value_table.selectRow(row)

    def select_card(self, card_id: int) -> None:
        row = self.cards_model.row_of(card_id)
        if row >= 0:
            self.cards_table.selectRow(row)
            self._card_changed()

    def select_session(self, entry_id: int) -> None:
        row = self.sessions_model.row_of(entry_id)
        if row >= 0:
            self.sessions_table.selectRow(row)

    def _value_changed(self, *_args: object) -> None:
        possible = can_reverse(self.current_entry()) and self._enabled
        self.reverse_action.setEnabled(possible)

    def _card_changed(self, *_args: object) -> None:
        card = self.current_card()
        if card is not None:
            self._card_id = card.id
        self.sessions_model.load(card, self._names)
        _fit(self.sessions_table)
        self._session_changed()

    def _session_changed(self, *_args: object) -> None:
        possible = can_return(self.current_session()) and self._enabled
        self.return_action.setEnabled(possible)

    def _reverse_current(self) -> None:
        entry = self.current_entry()
        if can_reverse(entry) and entry is not None:
            self.reverse_requested.emit(entry.id)

    def _return_current(self) -> None:
        entry = self.current_session()
        if can_return(entry) and entry is not None:
            self.return_requested.emit(entry.id)
