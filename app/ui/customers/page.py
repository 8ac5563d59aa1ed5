"""The customer area: the counter search, the list, and the card beside it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSettings, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services import customers, privacy, settings, visits
from app.services.dto import CustomerData, FollowUpData, VisitData
from app.services.messages import FieldError, ServiceError, ValidationError
from app.services.search import SearchQuery
from app.ui import prompts, texts
from app.ui.customers.card_view import CardView
from app.ui.customers.excel_actions import ExcelActions
from app.ui.customers.table_model import (
    COL_ALLERGY,
    COL_BIRTHDAY,
    COL_LAST_VISIT,
    CustomerTableModel,
)
from app.ui.points.card_actions import PointsActions
from app.ui.prepaid.actions import PrepaidActions
from app.ui.signals import app_signals

if TYPE_CHECKING:
    from app.ui.customers.editor import CustomerEditor

Clock = Callable[[], datetime]


class CustomersPage(QWidget):
    """Find a customer in a keystroke; open, edit and add to her card."""

    def __init__(
        self,
        operator: Callable[[], str],
        clock: Clock = datetime.now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customersPage")
        self._operator = operator
        self._clock = clock
        self.search = QLineEdit(objectName="customerSearch")
        self.search.setPlaceholderText(
            self.tr("Name, pinyin initials (zs), last 4 digits of the mobile, or member number")
        )
        self.search.setClearButtonEnabled(True)
        self.show_archived = QCheckBox(self.tr("Show archived"), objectName="showArchived")
        self.count = QLabel(objectName="customerCount")
        self.new_button = QPushButton(self.tr("New customer"), objectName="newCustomer")
        self.new_button.setToolTip(self.tr("Ctrl+N"))
        self.print_button = QToolButton(objectName="printCards")
        self.print_button.setText(self.tr("Print"))
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        print_menu = QMenu(self.print_button)
        for kind, title in (
            ("relationship", self.tr("Relationship cards of the selected customers…")),
            ("member", self.tr("Member cards of the selected customers…")),
        ):
            print_menu.addAction(title, lambda k=kind: self.print_cards(k, self.selected_ids()))
        print_menu.addSeparator()
        for kind, title in (
            ("relationship", self.tr("Relationship cards of everyone listed…")),
            ("member", self.tr("Member cards of everyone listed…")),
        ):
            print_menu.addAction(title, lambda k=kind: self.print_cards(k, self.listed_ids()))
        self.print_button.setMenu(print_menu)
        self.excel = ExcelActions(self, self.listed_ids, operator, clock)
        self.excel_button = QToolButton(objectName="excelMenu")
        self.excel_button.setText(self.tr("Excel"))
        self.excel_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.excel_menu = QMenu(self.excel_button)
        self.excel_menu.addAction(self.tr("Export the list…"), self.excel.export_list)
        self.excel_menu.addAction(self.tr("Export everything…"), self.excel.export_everything)
        self.excel_menu.addSeparator()
        self.excel_menu.addAction(self.tr("Import customers…"), self.excel.import_customers)
        self.excel_menu.addAction(
            self.tr("Download the import template…"), self.excel.save_template
        )
        self.excel_button.setMenu(self.excel_menu)
        self.model = CustomerTableModel(self)
        self.table = QTableView(objectName="customerTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSortIndicator(COL_LAST_VISIT, Qt.SortOrder.DescendingOrder)
        header.setSectionsMovable(True)
        header.resizeSection(COL_ALLERGY, 28)
        header.resizeSection(COL_BIRTHDAY, 170)  # 农历1988年闰四月初十 / Lunar leap month 4…
        self.card = CardView(clock)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="customerSplitter")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.show_archived)
        bar.addWidget(self.excel_button)
        bar.addWidget(self.print_button)
        bar.addWidget(self.new_button)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.card)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self._timer = QTimer(self, singleShot=True, interval=60)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self._search_entered)
        self.show_archived.toggled.connect(self.run_search)
        self.new_button.clicked.connect(self.new_customer)
        self.table.doubleClicked.connect(self._open_index)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        QShortcut(
            QKeySequence(Qt.Key.Key_Down),
            self.search,
            activated=self._search_key_down,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_search)
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.new_customer)
        QShortcut(
            QKeySequence(Qt.Key.Key_Return),
            self.table,
            activated=self._open_current,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        QShortcut(
            QKeySequence(Qt.Key.Key_Enter),
            self.table,
            activated=self._open_current,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.card.edit_requested.connect(self.edit_customer)
        self.card.visit_requested.connect(self.record_visit)
        self.card.follow_up_requested.connect(self.record_follow_up)
        self.card.archive_requested.connect(self.set_archived)
        self.card.erase_requested.connect(self.erase_customer)
        self.card.export_requested.connect(self.excel.export_card)
        self.card.complaint_requested.connect(self.record_complaint)
        self.card.open_complaint_requested.connect(self.open_complaint)
        self.card.evaluate_requested.connect(self.evaluate)
        self.points = PointsActions(self, operator, clock)
        self.points.attach(self.card)
        self.prepaid = PrepaidActions(self, operator, clock)
        self.prepaid.attach(self.card)
        signals = app_signals()
        signals.customers_changed.connect(self.reload)
        signals.customer_changed.connect(self._customer_changed)
        self.run_search()

    # -- search -------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _query(self) -> SearchQuery:
        current = self.model.query
        return SearchQuery(
            self.search.text(), self.show_archived.isChecked(), current.sort, current.descending
        )

    def run_search(self) -> None:
        """Show the matches; a single match (or an exact member number) is shown on the card,
        several matches never pick one."""
        self._timer.stop()
        self.model.set_query(self._query())
        total = self.model.total
        self.count.setText(self.tr("%n customer(s)", "", total))
        target = self._single_match()
        if target is not None and self.search.text().strip():
            self.show_customer(target)
        else:
            self.table.clearSelection()
            self.card.show_card(None, total if self.search.text().strip() else 0)

    def _single_match(self) -> int | None:
        result = self.model.result
        if result.exact_member_id is not None:
            return result.exact_member_id
        return result.ids[0] if len(result.ids) == 1 else None

    def _search_entered(self) -> None:
        """Enter in the search box: a scanned member number (or a single match) opens the
        card; with several matches the cashier picks one in the list."""
        self.run_search()
        if self._single_match() is not None:
            self.search.selectAll()

    def _search_key_down(self) -> None:
        """Down arrow in the search box walks into the list of matches."""
        if self.model.rowCount():
            self.table.setFocus(Qt.FocusReason.TabFocusReason)
            if not self.table.currentIndex().isValid():
                self.select_row(0)

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def show_customer(self, customer_id: int) -> None:
        row = self.model.row_of(customer_id)
        if row >= 0:
            self.select_row(row)
        self._show_card(customer_id)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        customer_id = self.model.customer_id(current.row()) if current.isValid() else None
        self._show_card(customer_id)

    def _show_card(self, customer_id: int | None) -> None:
        try:
            self.card.show_card(customers.get_card(customer_id) if customer_id else None)
        except ServiceError:
            self.card.show_card(None)

    def selected_ids(self) -> list[int]:
        """The selected customers in list order; else the one whose card is open."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        ids = [cid for r in rows if (cid := self.model.customer_id(r)) is not None]
        if not ids and self.card.card is not None:
            ids = [self.card.card.id]
        return ids

    def listed_ids(self) -> list[int]:
        """Everyone the list shows, in its order (search, filter and sort applied)."""
        return self.model.all_ids()

    def print_cards(self, kind: str, customer_ids: list[int]) -> None:
        from app.ui.printing import print_cards  # printing loads on first use

        print_cards(self, kind, customer_ids, settings.logo())

    def reload(self) -> None:
        shown = self.card.card.id if self.card.card else None
        self.model.refresh()
        self.count.setText(self.tr("%n customer(s)", "", self.model.total))
        if shown is not None:
            self.show_customer(shown)

    def _customer_changed(self, customer_id: int) -> None:
        if self.card.card is not None and self.card.card.id == customer_id:
            self._show_card(customer_id)
        self.model.refresh()

    # -- actions --------------------------------------------------------------
    def _open_index(self, index: QModelIndex) -> None:
        customer_id = self.model.customer_id(index.row())
        if customer_id is not None:
            self.edit_customer(customer_id)

    def _open_current(self) -> None:
        self._open_index(self.table.currentIndex())

    def _suggestions(self) -> dict[str, list[str]]:
        """What each free-text field already holds, most used first; the usual sources of a
        salon's customers are offered even before any card has one."""
        found = {name: customers.known_values(name) for name in ("district", "source", "staff")}
        usual = [texts.t(s) for s in texts.USUAL_SOURCES]
        found["source"] += [s for s in usual if s not in found["source"]]
        return found

    def _save_handler(self, customer_id: int | None) -> Callable[[CustomerData], list[FieldError]]:
        def save(data: CustomerData) -> list[FieldError]:
            try:
                if customer_id is None:
                    self._created = customers.create_customer(data, self._operator(), self._clock())
                else:
                    customers.update_customer(customer_id, data, self._operator(), self._clock())
            except ValidationError as exc:
                return exc.errors
            except ServiceError as exc:
                return [FieldError("", exc.message)]
            return []

        return save

    def new_customer(self) -> CustomerEditor:
        from app.ui.customers.editor import CustomerEditor

        self._created: int | None = None
        editor = CustomerEditor(
            None,
            self._clock().date(),
            self._save_handler(None),
            self._suggestions(),
            self,
            customers.describe_referrer,
            customers.others_with_mobile,
        )
        editor.accepted.connect(self._after_create)
        editor.open()
        return editor

    def _after_create(self) -> None:
        if self._created is not None:
            self.search.clear()
            self.run_search()
            app_signals().customers_changed.emit()
            self.show_customer(self._created)

    def edit_customer(self, customer_id: int) -> CustomerEditor | None:
        from app.ui.customers.editor import CustomerEditor

        try:
            card = customers.get_card(customer_id)
        except ServiceError as exc:
            prompts.warn(self, self.tr("Customer"), texts.message(exc.message))
            return None
        if card.erased:
            return None
        editor = CustomerEditor(
            card.data,
            self._clock().date(),
            self._save_handler(customer_id),
            self._suggestions(),
            self,
            customers.describe_referrer,
            lambda mobile: customers.others_with_mobile(mobile, customer_id),
        )
        editor.accepted.connect(lambda: app_signals().customer_changed.emit(customer_id))
        editor.open()
        return editor

    def record_visit(self, customer_id: int) -> QWidget:
        from app.ui.customers.visit_dialog import VisitDialog

        card = customers.get_card(customer_id)
        panel = self.prepaid.visit_panel(customer_id)

        def save(data: VisitData) -> list[FieldError]:
            try:
                visit_id = visits.add_visit(customer_id, data, self._operator(), self._clock())
            except ValidationError as exc:
                return exc.errors
            except ServiceError as exc:
                return [FieldError("", exc.message)]
            if panel is not None:  # paid, a session used, only once the visit is stored
                self.prepaid.after_visit(customer_id, visit_id, panel)
            return []

        staff = customers.known_values("staff")
        today = self._clock().date()
        dialog = VisitDialog(card.data.name, today, save, staff, self, prepaid=panel)
        dialog.accepted.connect(lambda: app_signals().customer_changed.emit(customer_id))
        dialog.open()
        return dialog

    def record_follow_up(self, customer_id: int) -> QWidget:
        from app.ui.customers.follow_up_dialog import FollowUpDialog

        card = customers.get_card(customer_id)

        def save(data: FollowUpData) -> list[FieldError]:
            try:
                visits.add_follow_up(customer_id, data, self._operator(), self._clock())
            except ValidationError as exc:
                return exc.errors
            except ServiceError as exc:
                return [FieldError("", exc.message)]
            return []

        dialog = FollowUpDialog(card.data.name, self._clock().date(), save, self)
        dialog.accepted.connect(lambda: app_signals().customer_changed.emit(customer_id))
        dialog.open()
        return dialog

    def record_complaint(self, customer_id: int) -> QWidget:
        from app.ui.complaints.page import record_complaint

        return record_complaint(self, self._clock, self._operator, customer_id)

    def evaluate(self, customer_id: int) -> QWidget | None:
        """Her relationship evaluation form (客户关系评估表), kept dated when saved."""
        from app.ui.insight.evaluation_form import evaluate_customer

        return evaluate_customer(self, customer_id, self._clock, self._operator)

    def open_complaint(self, complaint_id: int) -> QWidget:
        from app.ui.complaints.complaint_dialog import ComplaintDialog

        dialog = ComplaintDialog(complaint_id, self._clock, self._operator, self)
        dialog.open_customer.connect(self.show_customer)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def set_archived(self, customer_id: int, archived: bool) -> None:
        card = customers.get_card(customer_id)
        if archived and not prompts.confirm(
            self,
            self.tr("Archive"),
            self.tr(
                "Archive {name}? The card leaves the counter list but stays in the history "
                "and reports; you can bring it back with 'Show archived'."
            ).format(name=card.data.name),
        ):
            return
        try:
            privacy.set_archived(customer_id, archived, self._operator(), self._clock())
        except ServiceError as exc:
            prompts.warn(self, self.tr("Archive"), texts.message(exc.message))
            return
        app_signals().customers_changed.emit()

    def erase_customer(self, customer_id: int) -> None:
        card = customers.get_card(customer_id)
        if not prompts.confirm(
            self,
            self.tr("Erase personal data"),
            self.tr(
                "Erase all personal data of {name} ({member_no})?\n\nName, phone numbers, "
                "birthday, address, notes and history values are removed for good. Visits "
                "and amounts stay, so the shop's totals remain right. This cannot be undone."
            ).format(name=card.data.name, member_no=card.data.member_no),
            destructive=True,
        ):
            return
        privacy.erase_customer(customer_id, self._operator(), self._clock())
        app_signals().customers_changed.emit()

    # -- remembered layout ----------------------------------------------------
    def save_layout(self, settings: QSettings) -> None:
        settings.setValue("customers/splitter", self.splitter.saveState())
        settings.setValue("customers/header", self.table.horizontalHeader().saveState())

    def restore_layout(self, settings: QSettings) -> None:
        splitter = settings.value("customers/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        header = settings.value("customers/header")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)
