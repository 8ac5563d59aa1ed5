"""Add or change one of the shop's dates: its name, day, kind, and whether it
comes back every year. The editor hands a `ShopDateData` to the caller's `save`
and shows the reasons it gets back beside the fields, keeping all that was typed.
Official days off and adjusted working days are one date each: only the shop's
own dates repeat, so "every year" is offered for those alone.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import DayKind
from app.services import holidays
from app.services.holidays import ShopDateData
from app.services.messages import FieldError
from app.ui import texts
from app.ui.calendar import labels

ERROR_STYLE = "color: #c62828;"
HINT_STYLE = "color: #555;"
KINDS = (DayKind.SHOP, DayKind.HOLIDAY, DayKind.WORKDAY)


class ShopDateEditor(QDialog):
    """One date: name, day, kind, every year or once. `save` returns the service's errors."""

    def __init__(
        self,
        data: ShopDateData | None,
        today: date,
        save: Callable[[ShopDateData], list[FieldError]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shopDateEditor")
        self._id = data.id if data else None
        self._save = save
        self.setWindowTitle(self.tr("Edit a shop date") if data else self.tr("Add a shop date"))
        self.name = QLineEdit(data.name if data else "", objectName="shopDateName")
        self.name.setPlaceholderText(self.tr("e.g. Shop anniversary, Members' day"))
        on = data.on if data else today
        self.on = QDateEdit(QDate(on.year, on.month, on.day), objectName="shopDateOn")
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("yyyy-MM-dd")
        self.kind = QComboBox(objectName="shopDateKind")
        for kind in KINDS:
            self.kind.addItem(labels.kind_name(kind), kind.value)
        self.kind.setCurrentIndex(KINDS.index(data.kind) if data and data.kind in KINDS else 0)
        self.yearly = QCheckBox(self.tr("Every year"), objectName="shopDateYearly")
        self.yearly.setChecked(data.yearly if data else True)
        self.kind_hint = QLabel(
            self.tr(
                "Official days off and adjusted working days change every year: "
                "enter each day of the published arrangement once."
            ),
            objectName="shopDateKindHint",
            wordWrap=True,
        )
        self.kind_hint.setStyleSheet(HINT_STYLE)
        self.errors = {f: self._error_label(f) for f in ("name", "on", "kind", "yearly", "")}
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("shopDateSave")
        form = QFormLayout()
        form.addRow(self.tr("Name of the day"), self._with_error(self.name, "name"))
        form.addRow(self.tr("Date"), self._with_error(self.on, "on"))
        form.addRow(self.tr("Kind"), self._with_error(self.kind, "kind"))
        form.addRow("", self.kind_hint)
        form.addRow("", self._with_error(self.yearly, "yearly"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors[""])
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self.resize(460, 240)

        self._touched = data is not None
        self.name.textChanged.connect(self._name_typed)
        self.on.dateChanged.connect(self._check)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.yearly.toggled.connect(self._check)
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        self._kind_changed()

    def _name_typed(self) -> None:
        self._touched = True
        self._check()

    def _check(self) -> None:
        """Validate as one types: Save only for a date the service will take; an
        untouched empty name is not an error yet."""
        errors = holidays.shop_date_errors(self.data())
        self.save_button.setEnabled(not errors)
        self.show_errors([e for e in errors if self._touched or e.field != "name"])

    def _error_label(self, name: str) -> QLabel:
        label = QLabel(objectName=f"shopDateError_{name or 'other'}", wordWrap=True)
        label.setStyleSheet(ERROR_STYLE)
        label.hide()
        return label

    def _with_error(self, widget: QWidget, name: str) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(self.errors[name])
        return box

    def _kind_changed(self) -> None:
        """Official days are one date each; only the shop's own dates repeat."""
        self.errors["kind"].hide()
        shop = self.kind.currentData() == DayKind.SHOP.value
        if not shop:
            self.yearly.setChecked(False)
        self.yearly.setEnabled(shop)
        self.kind_hint.setVisible(not shop)
        self._check()

    def data(self) -> ShopDateData:
        return ShopDateData(
            id=self._id,
            name=self.name.text(),
            kind=DayKind(self.kind.currentData()),
            on=self.on.date().toPython(),
            yearly=self.yearly.isChecked(),
        )

    def show_errors(self, errors: list[FieldError]) -> None:
        for label in self.errors.values():
            label.hide()
        for error in errors:
            label = self.errors.get(error.field, self.errors[""])
            label.setText(texts.message(error.message))
            label.show()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def try_save(self) -> bool:
        errors = self._save(self.data())
        self.show_errors(errors)
        if errors:
            return False
        self.accept()
        return True
