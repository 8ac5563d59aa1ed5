"""Shop settings: name, who works the counter, language, masking of mobiles on print."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.ui.customers.photo_field import PhotoField


class SettingsDialog(QDialog):
    def __init__(self, values: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.shop_name = QLineEdit(values.get("shop_name", ""), objectName="settingsShopName")
        self.shop_name.setMaxLength(60)
        self.operator = QLineEdit(values.get("operator", ""), objectName="settingsOperator")
        self.operator.setMaxLength(50)
        self.operator.setPlaceholderText(self.tr("Recorded with every change"))
        self.language = QComboBox(objectName="settingsLanguage")
        self.language.addItem(self.tr("System language"), "")
        self.language.addItem("简体中文", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(values.get("language", ""))))
        self.mask_mobile = QCheckBox(
            self.tr("Print mobiles as 138****5678"), objectName="settingsMaskMobile"
        )
        self.mask_mobile.setChecked(bool(values.get("mask_mobile")))
        self.logo = PhotoField(as_png=True)
        self.logo.setObjectName("settingsLogo")
        self.logo.set_photo(values.get("logo"))
        self.complaint_days = {
            key: self._days_box(name, values.get(key, 0), 30)
            for key, name in (
                ("complaint_days_urgent", "settingsDaysUrgent"),
                ("complaint_days_serious", "settingsDaysSerious"),
                ("complaint_days_normal", "settingsDaysNormal"),
                ("complaint_follow_up_days", "settingsFollowUpDays"),
            )
        }
        complaints = QGroupBox(self.tr("Complaints"))
        days = QFormLayout(complaints)
        days.addRow(
            self.tr("Answer an urgent complaint within"),
            self.complaint_days["complaint_days_urgent"],
        )
        days.addRow(
            self.tr("Answer a serious complaint within"),
            self.complaint_days["complaint_days_serious"],
        )
        days.addRow(
            self.tr("Answer a normal complaint within"),
            self.complaint_days["complaint_days_normal"],
        )
        days.addRow(
            self.tr("Follow-up call after resolving"),
            self.complaint_days["complaint_follow_up_days"],
        )
        note = QLabel(self.tr("A new language applies after the program is restarted."))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Shop name"), self.shop_name)
        form.addRow(self.tr("Operator"), self.operator)
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", self.mask_mobile)
        form.addRow(self.tr("Logo for printed cards"), self.logo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(complaints)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def _days_box(self, name: str, value: Any, most: int) -> QSpinBox:
        box = QSpinBox(objectName=name)
        box.setRange(0, most)
        box.setValue(int(value) if isinstance(value, int) else 0)
        box.setSpecialValueText(self.tr("the same day"))
        box.setSuffix(self.tr(" day(s)"))
        return box

    def values(self) -> dict[str, Any]:
        return {
            **{key: box.value() for key, box in self.complaint_days.items()},
            "shop_name": " ".join(self.shop_name.text().split()),
            "operator": " ".join(self.operator.text().split()),
            "language": self.language.currentData(),
            "mask_mobile": self.mask_mobile.isChecked(),
            "logo": self.logo.photo(),
        }
