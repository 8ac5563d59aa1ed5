"""The package catalogue (套餐) as a table: name, the service a session pays for, the
sessions, the price and how long a card lasts; packages no longer sold are grey.
The sell dialog lists the offered ones, the catalogue dialog all."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QWidget

from app.services.packages import ProductData
from app.ui import texts
from app.ui.prepaid import labels

COL_NAME, COL_SERVICE, COL_SESSIONS, COL_PRICE, COL_VALIDITY, COL_STATUS = range(6)
SORT_ROLE = Qt.ItemDataRole.UserRole
PRODUCT_ROLE = Qt.ItemDataRole.UserRole + 1
GREY = QColor("#9e9e9e")
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

Index = QModelIndex | QPersistentModelIndex


class ProductsModel(QAbstractTableModel):
    """Packages in the order given; those no longer sold are grey."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._products: list[ProductData] = []

    def set_products(self, products: list[ProductData]) -> None:
        self.beginResetModel()
        self._products = list(products)
        self.endResetModel()

    def product(self, row: int) -> ProductData | None:
        return self._products[row] if 0 <= row < len(self._products) else None

    def row_of(self, product_id: int) -> int:
        return next((r for r, p in enumerate(self._products) if p.id == product_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._products)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COL_STATUS + 1

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section <= COL_STATUS:
            return None
        return (
            self.tr("Package"),
            self.tr("Service"),
            self.tr("Sessions"),
            self.tr("Price"),
            self.tr("Valid for"),
            self.tr("On sale"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        product = self.product(index.row()) if index.isValid() else None
        if product is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(product, col)
        if role == SORT_ROLE:
            raw = (
                product.name,
                product.service,
                product.sessions,
                product.price_fen,
                product.validity_days,
                product.active,
            )  # fmt: skip
            return raw[col]
        if role == PRODUCT_ROLE:
            return product
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_SESSIONS, COL_PRICE):
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and not product.active:
            return QBrush(GREY)
        return None

    def _text(self, product: ProductData, col: int) -> str:
        if col == COL_NAME:
            return product.name
        if col == COL_SERVICE:
            return product.service
        if col == COL_SESSIONS:
            return str(product.sessions)
        if col == COL_PRICE:
            return texts.money(product.price_fen)
        if col == COL_VALIDITY:
            return labels.days(product.validity_days)
        return self.tr("On sale") if product.active else self.tr("No longer sold")
