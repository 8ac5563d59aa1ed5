"""First start on an empty database: the shop's name, and an empty start or the sample shop."""

from __future__ import annotations

from PySide6.QtWidgets import (
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
        self.empty = QRadioButton(
            self.tr("Start with an empty customer list"), objectName="welcomeEmpty"
        )
        self.sample = QRadioButton(
            self.tr("Load the sample shop (500 invented customers to try things out)"),
            objectName="welcomeSample",
        )
        self.empty.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.empty)
        group.addButton(self.sample)
        form = QFormLayout()
        form.addRow(self.tr("Shop name"), self.shop_name)
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
