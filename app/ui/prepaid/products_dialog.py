"""The package catalogue (套餐/次卡): what package cards the shop sells — a name, the
service a session pays for, the number of sessions, the price and how many days a
card lasts. A package is never deleted (cards sold keep its name); one no longer
sold is switched off.

`open_packages(parent, clock)` opens it from the Settings menu or the sell dialog.
The editor checks as one types and hands a `ProductData` to the service.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services import packages, visits
from app.services.messages import FieldError, Message, ValidationError
from app.services.packages import ProductData
from app.ui import texts
from app.ui.points.views import points_table
from app.ui.prepaid.products_model import COL_NAME, ProductsModel

ERROR_STYLE = "color: #c62828;"  # the card editor's red
Clock = Callable[[], datetime]


class ProductEditor(QDialog):
    """One package: name, service, sessions, price, days valid, sold or not."""

    def __init__(
        self, product: ProductData | None, clock: Clock, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("productEditor")
        self.setWindowTitle(self.tr("New package") if product is None else self.tr("Edit package"))
        self.product_id = product.id if product else None
        self._clock = clock
        self._saved = False
        self.name = QLineEdit(objectName="productName")
        self.name.setMaxLength(100)
        self.name.setPlaceholderText(self.tr("e.g. Facial 10-session card"))
        self.service = QLineEdit(objectName="productService")
        self.service.setMaxLength(100)
        self.service.setPlaceholderText(self.tr("The visit item it pays for, e.g. Facial"))
        self.sessions = QSpinBox(objectName="productSessions")
        self.sessions.setRange(1, 1000)
        self.price = QLineEdit(objectName="productPrice")
        self.price.setPlaceholderText(self.tr("e.g. 2980"))
        self.price.setMaxLength(20)
        self.validity = QSpinBox(objectName="productValidity")
        self.validity.setRange(1, 3650)
        self.validity.setSingleStep(30)
        self.validity.setSuffix(self.tr(" days"))
        self.active = QCheckBox(self.tr("Sold at the counter"), objectName="productActive")
        self.errors = QLabel(objectName="productErrors", wordWrap=True, styleSheet=ERROR_STYLE)
        self.errors.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("productSave")
        form = QFormLayout()
        form.addRow(self.tr("Package name"), self.name)
        form.addRow(self.tr("Service"), self.service)
        form.addRow(self.tr("Sessions"), self.sessions)
        form.addRow(self.tr("Price (¥)"), self.price)
        form.addRow(self.tr("Valid for"), self.validity)
        form.addRow("", self.active)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)
        self.resize(460, 280)
        self._show(product or ProductData(None, "", "", 10, 0, 365))
        for line in (self.name, self.service, self.price):
            line.textChanged.connect(self._edited)
        for spin in (self.sessions, self.validity):
            spin.valueChanged.connect(self._edited)
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        self.name.setFocus()

    def _show(self, product: ProductData) -> None:
        self.name.setText(product.name)
        self.service.setText(product.service)
        self.sessions.setValue(product.sessions)
        self.price.setText(visits.format_fen(product.price_fen) if product.price_fen else "")
        self.validity.setValue(product.validity_days)
        self.active.setChecked(product.active)

    def _price_fen(self) -> int | None:
        text = self.price.text().strip()
        try:
            return visits.parse_money(text) if text else 0
        except ValueError:
            return None

    def data(self) -> ProductData:
        return ProductData(
            self.product_id,
            self.name.text().strip(),
            self.service.text().strip(),
            self.sessions.value(),
            self._price_fen() or 0,
            self.validity.value(),
            self.active.isChecked(),
        )

    def _errors(self) -> list[FieldError]:
        errors = packages.product_errors(self.data())
        if self._price_fen() is None:
            errors.append(FieldError("price_fen", Message(visits.BAD_MONEY)))
        return errors

    def _edited(self, *_args: object) -> None:
        self._show_errors(self._errors())

    def _show_errors(self, errors: list[FieldError]) -> None:
        lines = dict.fromkeys(texts.message(e.message) for e in errors)
        self.errors.setText("\n".join(lines))
        self.errors.setVisible(bool(lines))
        self.save_button.setEnabled(not lines)

    def try_save(self) -> bool:
        """Save the package; stay open and say why when something is wrong."""
        if self._saved:
            return True
        errors = self._errors()
        if not errors:
            try:
                self.product_id = packages.save_product(self.data(), self._clock())
            except ValidationError as exc:
                errors = exc.errors
        self._show_errors(errors)
        if errors:
            return False
        self._saved = True
        self.accept()
        return True


class PackagesDialog(QDialog):
    """All packages, sold or not; add and edit them."""

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packagesDialog")
        self.setWindowTitle(self.tr("Packages"))
        self._clock = clock
        self.model = ProductsModel(self)
        self.table = points_table("packagesTable", self.model, stretch_last=False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        intro = QLabel(
            self.tr(
                "The package cards the shop sells: so many sessions of a service, for a "
                "price, valid so many days from the sale. A package no longer sold is "
                "switched off, never deleted: cards sold keep their name and sessions."
            ),
            wordWrap=True,
        )
        self.add_button = QPushButton(self.tr("Add package…"), objectName="packagesAdd")
        self.edit_button = QPushButton(self.tr("Edit…"), objectName="packagesEdit")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addWidget(self.edit_button)
        bar.addStretch(1)
        bar.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        self.resize(680, 420)
        self.add_button.clicked.connect(lambda: self.edit(None))
        self.edit_button.clicked.connect(lambda: self._edit_row(self.table.currentIndex().row()))
        self.table.doubleClicked.connect(lambda index: self._edit_row(index.row()))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        buttons.rejected.connect(self.reject)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        self.model.set_products(packages.products())
        row = self.model.row_of(select) if select is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        self._selection_changed()

    def _selection_changed(self, *_args: object) -> None:
        self.edit_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def _edit_row(self, row: int) -> None:
        product = self.model.product(row)
        if product is not None:
            self.edit(product)

    def edit(self, product: ProductData | None) -> ProductEditor:
        """Open the editor for a package (None: a new one); the list follows when saved."""
        editor = ProductEditor(product, self._clock, self)
        editor.accepted.connect(lambda: self.reload(editor.product_id))
        editor.open()
        return editor


def open_packages(parent: QWidget | None, clock: Clock = datetime.now) -> PackagesDialog:
    """Open the package catalogue (not blocking) and return it."""
    dialog = PackagesDialog(clock, parent)
    dialog.open()
    return dialog
