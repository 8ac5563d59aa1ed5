"""Sell a package card (开卡/办次卡) at the counter: pick the package, say how she pays
— in cash, or from her stored value with the balance shown — and sell.

Paying from the stored value is refused as one chooses when the balance is short
(the service's own message), so nothing is sold half-way. The dialog never writes to
the database: `sell(product_id, paid_with)` is the caller's and returns the
service's refusal (None when sold); `load()` gives (balance, packages offered);
`manage()` opens the catalogue (the list is read again when it closes).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import PaidWith
from app.services import prepaid
from app.services.messages import Message
from app.services.packages import ProductData
from app.services.prepaid import Balance
from app.ui import texts
from app.ui.points.views import points_table
from app.ui.prepaid import labels
from app.ui.prepaid.products_model import COL_NAME, COL_STATUS, ProductsModel

ERROR_STYLE = "color: #c62828;"  # the card editor's red

Load = Callable[[], tuple[Balance, list[ProductData]]]


class SellDialog(QDialog):
    """The packages sold, how she pays, and what she gets; Sell (or a double-click) sells."""

    def __init__(
        self,
        customer_name: str,
        today: date,
        load: Load,
        sell: Callable[[int, PaidWith], Message | None],
        manage: Callable[[QWidget], QDialog] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sellDialog")
        self.setWindowTitle(self.tr("Sell a package card — {name}").format(name=customer_name))
        self._name = customer_name
        self._today = today
        self._load = load
        self._sell = sell
        self._manage = manage
        self._held = Balance()
        self.sold = False
        self.model = ProductsModel(self)
        self.table = points_table("sellProducts", self.model, stretch_last=False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnHidden(COL_STATUS, True)
        self.empty = QLabel(
            self.tr("No packages are sold yet: add them with “Manage packages…”."),
            objectName="sellEmpty",
            wordWrap=True,
        )
        self.summary = QLabel(objectName="sellSummary", wordWrap=True)
        self.summary.setStyleSheet("font-weight: bold;")
        self.cash = QRadioButton(self.tr("Paid in cash (or card, WeChat, Alipay)"))
        self.cash.setObjectName("sellCash")
        self.from_value = QRadioButton(objectName="sellFromValue")
        self._paid = QButtonGroup(self)
        self._paid.addButton(self.cash)
        self._paid.addButton(self.from_value)
        self.cash.setChecked(True)
        self.errors = QLabel(objectName="sellErrors", wordWrap=True, styleSheet=ERROR_STYLE)
        self.errors.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sell_button = QPushButton(self.tr("Sell"), objectName="sellOk")
        self.sell_button.setDefault(True)
        buttons.addButton(self.sell_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.manage_button = QPushButton(self.tr("Manage packages…"), objectName="sellManage")
        self.manage_button.setVisible(manage is not None)
        bottom = QHBoxLayout()
        bottom.addWidget(self.manage_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.summary)
        layout.addWidget(self.cash)
        layout.addWidget(self.from_value)
        layout.addWidget(self.errors)
        layout.addLayout(bottom)
        self.resize(640, 440)
        self.table.selectionModel().currentRowChanged.connect(self._refresh)
        self._paid.buttonToggled.connect(self._refresh)
        self.table.doubleClicked.connect(lambda _index: self.try_sell())
        self.sell_button.clicked.connect(self.try_sell)
        self.manage_button.clicked.connect(self._open_manage)
        buttons.rejected.connect(self.reject)
        self.reload()

    def reload(self) -> None:
        """Read her balance and the packages again (after a refusal or the catalogue)."""
        self._held, products = self._load()
        chosen = self.product()
        self.model.set_products(products)
        self.empty.setVisible(not products)
        self.table.setVisible(bool(products))
        self.from_value.setText(
            self.tr("From her stored value (balance {balance})").format(
                balance=labels.balance(self._held)
            )
        )
        row = self.model.row_of(chosen.id) if chosen and chosen.id is not None else -1
        if self.model.rowCount():
            self.table.selectRow(max(row, 0))
        self._refresh()

    def product(self) -> ProductData | None:
        return self.model.product(self.table.currentIndex().row())

    def paid_with(self) -> PaidWith:
        return PaidWith.STORED_VALUE if self.from_value.isChecked() else PaidWith.CASH

    def refusal(self) -> Message | None:
        """Why it cannot be sold as chosen now (the service would say the same)."""
        product = self.product()
        if product is None:
            return None
        short = self._held.total_fen < product.price_fen
        if self.paid_with() == PaidWith.STORED_VALUE and short:
            params = {
                "name": self._name,
                "balance": texts.money(self._held.total_fen),
                "amount": texts.money(product.price_fen),
            }
            return Message(prepaid.NOT_ENOUGH_VALUE, params)
        return None

    def _refresh(self, *_args: object) -> None:
        product = self.product()
        if product is None:
            self.summary.setText("")
        else:
            until = self._today + timedelta(days=product.validity_days)
            self.summary.setText(
                self.tr("{package}: {sessions} of {service}, valid until {date} — {price}").format(
                    package=product.name,
                    sessions=labels.sessions(product.sessions),
                    service=product.service,
                    date=texts.short_date(until),
                    price=texts.money(product.price_fen),
                )
            )
        self._show_refusal(self.refusal())
        self.sell_button.setEnabled(product is not None and self.refusal() is None)

    def _show_refusal(self, refusal: Message | None) -> None:
        self.errors.setText(texts.message(refusal) if refusal else "")
        self.errors.setVisible(refusal is not None)

    def try_sell(self) -> bool:
        """Sell the chosen package; a refusal is shown, the list read again, nothing sold."""
        product = self.product()
        if self.sold or product is None or product.id is None or self.refusal() is not None:
            return self.sold
        refused = self._sell(product.id, self.paid_with())
        if refused is not None:
            self.reload()
            self._show_refusal(refused)
            return False
        self.sold = True
        self.accept()
        return True

    def _open_manage(self) -> None:
        if self._manage is None:
            return
        catalogue = self._manage(self)
        catalogue.finished.connect(lambda _result: self.reload())
