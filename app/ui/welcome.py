"""First start on an empty database: the shop's name, and an empty start or the sample shop."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.services import customers, demo, settings
from app.ui.signals import app_signals

SAMPLE_CUSTOMERS = 500
SAMPLE_SEED = 1


class WelcomeDialog(QDialog):
    """Asks the shop's name and whether to start empty or with the sample shop."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeDialog")
        self.setWindowTitle(self.tr("Welcome to Huitouke"))
        intro = QLabel(
            self.tr(
                "Huitouke keeps your customer cards, birthdays and visits on this computer, "
                "without internet.\nWhat is your shop called? It is printed on cards and used in "
                "greetings."
            )
        )
        intro.setWordWrap(True)
        self.shop_name = QLineEdit(objectName="welcomeShopName")
        self.shop_name.setPlaceholderText(self.tr("e.g. 美丽人生美容院"))
        self.shop_name.setMaxLength(60)
        self.operator = QLineEdit(objectName="welcomeOperator")
        self.operator.setPlaceholderText(self.tr("Recorded with every change, e.g. 王姐"))
        self.operator.setMaxLength(50)
        self.empty = QRadioButton(
            self.tr("Start with an empty customer list"), objectName="welcomeEmpty"
        )
        self.sample = QRadioButton(
            self.tr(
                "Load the sample shop (%n invented customers to try things out)",
                "",
                SAMPLE_CUSTOMERS,
            ),
            objectName="welcomeSample",
        )
        self.empty.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.empty)
        group.addButton(self.sample)
        form = QFormLayout()
        form.addRow(self.tr("Shop name"), self.shop_name)
        form.addRow(self.tr("Your name"), self.operator)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.empty)
        layout.addWidget(self.sample)
        layout.addWidget(buttons)
        self.resize(520, 240)

    def wants_sample(self) -> bool:
        return self.sample.isChecked()

    def name(self) -> str:
        return " ".join(self.shop_name.text().split())

    def operator_name(self) -> str:
        return " ".join(self.operator.text().split())


def offer_welcome(parent: QWidget, today: date | None = None) -> bool:
    """On the first start with an empty database, ask the shop's name and the owner's, and
    start empty or with the sample shop. Returns whether the welcome was shown."""
    if settings.get("welcome_done") or customers.customer_count(include_archived=True):
        return False
    dialog = WelcomeDialog(parent)
    dialog.exec()
    if dialog.name():
        settings.set_value("shop_name", dialog.name())
    if dialog.operator_name():
        settings.set_value("operator", dialog.operator_name())
    if dialog.wants_sample():
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            demo.fill_demo(SAMPLE_CUSTOMERS, SAMPLE_SEED, today or date.today())
        finally:
            QApplication.restoreOverrideCursor()
    settings.set_value("welcome_done", True)
    app_signals().settings_changed.emit()
    app_signals().customers_changed.emit()
    return True
