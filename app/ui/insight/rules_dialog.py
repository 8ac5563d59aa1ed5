"""The insight rules: when a customer counts as late (her rhythm), how long she is
worth a call to wake her, and the grading's period. Saving regrades everyone."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services import settings

# setting key → (lowest, highest, suffix kind)
LIMITS = {
    "dormant_factor_pct": (100, 1000),
    "dormant_min_days": (1, 3650),
    "dormant_default_days": (1, 3650),
    "dormant_min_visits": (2, 50),
    "dormant_wake_days": (1, 365),
    "rfm_months": (1, 60),
}


class RulesDialog(QDialog):
    saved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("insightRules")
        self.setWindowTitle(self.tr("Dormant customers and grading"))
        self.spins: dict[str, QSpinBox] = {}
        form = QFormLayout()
        rows = {
            "dormant_factor_pct": (self.tr("Late after her usual gap times"), " %"),
            "dormant_min_days": (self.tr("Never late sooner than"), self.tr(" days")),
            "dormant_min_visits": (self.tr("Visits needed for her own rhythm"), ""),
            "dormant_default_days": (self.tr("With fewer visits: late after"), self.tr(" days")),
            "dormant_wake_days": (self.tr("Worth a call to wake her for"), self.tr(" days")),
            "rfm_months": (self.tr("Grade over the last"), self.tr(" months")),
        }
        for key, (label, suffix) in rows.items():
            low, high = LIMITS[key]
            spin = QSpinBox(objectName=key, minimum=low, maximum=high, suffix=suffix)
            spin.setValue(int(settings.get(key)))
            self.spins[key] = spin
            form.addRow(label, spin)
        note = QLabel(
            self.tr(
                "Example: she comes every 20 days; at 200 % she is late after 40 days "
                "away. Saving grades every customer again."
            ),
            wordWrap=True,
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def _save(self) -> None:
        for key, spin in self.spins.items():
            settings.set_value(key, spin.value())
        self.saved.emit()
        self.accept()
