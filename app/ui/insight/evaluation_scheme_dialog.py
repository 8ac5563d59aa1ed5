"""The evaluation form's scheme (评估指标与权重): which indicators count and how much, with
the sum of the weights shown as one types ("Total 100", red until it is 100), how each
indicator scores, the grade bands and what each grade recommends.

A bad scheme is refused with its reasons, beside the fields and in a message, and the
dialog stays open with everything typed; evaluations already kept keep their weights.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import Recommendation
from app.services import evaluation, visits
from app.services.evaluation import DEFAULT, GRADES, Indicator, Scheme, Weighting
from app.ui import prompts, texts
from app.ui.insight import evaluation_words as words

ERROR_STYLE = "color: #c62828;"
OK_STYLE = "color: #2e7d32;"
# The scale fields of each indicator: (Scheme field, lowest, highest); spending is typed
# as money in a line edit.
_SCALES: dict[Indicator, tuple[tuple[str, int, int], ...]] = {
    Indicator.FREQUENCY: (("visits_full", 1, 1000),),
    Indicator.RECENCY: (("recency_full_days", 0, 3650), ("recency_zero_days", 1, 3650)),
    Indicator.TENURE: (("tenure_full_years", 1, 50),),
    Indicator.REFERRALS: (("referrals_full", 1, 1000),),
    Indicator.COMPLAINTS: (("complaint_penalty", 1, 100),),
    Indicator.SATISFACTION: (("satisfaction_neutral", 0, 100),),
}


class SchemeDialog(QDialog):
    """Returns the scheme typed with `scheme()`; Save keeps it when it is sound."""

    def __init__(self, current: Scheme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evaluationSchemeDialog")
        self.setWindowTitle(self.tr("Evaluation scheme"))
        self.setMinimumWidth(760)
        self.enabled: dict[Indicator, QCheckBox] = {}
        self.weights: dict[Indicator, QSpinBox] = {}
        self.scales: dict[str, QSpinBox] = {
            name: QSpinBox(objectName=f"scheme_{name}", minimum=low, maximum=high)
            for scales in _SCALES.values()
            for name, low, high in scales
        }
        self.spend = QLineEdit(objectName="schemeSpendFull")
        self.spend.setMaximumWidth(110)
        self.total = QLabel(objectName="schemeWeightTotal")
        self.period = QSpinBox(objectName="schemePeriod", minimum=1, maximum=120)
        self.period.setSuffix(self.tr(" months"))
        self.period.setMaximumWidth(140)
        self.bands = {
            grade: QSpinBox(objectName=f"schemeGrade{grade}", minimum=1, maximum=100)
            for grade in GRADES[:3]
        }
        self.advice: dict[str, QComboBox] = {}
        for grade in GRADES:
            combo = QComboBox(objectName=f"schemeAdvice{grade}")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            for value in (Recommendation.MAINTAIN, Recommendation.IMPROVE, Recommendation.END):
                combo.addItem(words.recommendation(value), value.value)
            self.advice[grade] = combo
        self.errors: dict[str, QLabel] = {}
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("schemeSave")
        self.defaults_button = QPushButton(self.tr("Default values"), objectName="schemeDefaults")
        self.buttons.addButton(self.defaults_button, QDialogButtonBox.ButtonRole.ResetRole)
        self._build(current)
        self.load(current)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.defaults_button.clicked.connect(lambda: self.load(DEFAULT))

    # -- building ----------------------------------------------------------------
    def _error_label(self, field: str) -> QLabel:
        label = QLabel(objectName=f"schemeError_{field}", wordWrap=True)
        label.setStyleSheet(ERROR_STYLE)
        label.hide()
        self.errors[field] = label
        return label

    def _scale_widgets(self, indicator: Indicator) -> QWidget:
        """The indicator's scale, as a sentence with fields in it."""
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        s = self.scales
        parts: list[QWidget | str]
        if indicator == Indicator.SPEND:
            parts = [self.tr("full marks at ¥"), self.spend, self.tr("or more in the period")]
        elif indicator == Indicator.FREQUENCY:
            parts = [self.tr("full marks at"), s["visits_full"],
                     self.tr("visits or more in the period")]  # fmt: skip
        elif indicator == Indicator.RECENCY:
            parts = [self.tr("full marks within"), s["recency_full_days"],
                     self.tr("days, none from"), s["recency_zero_days"],
                     self.tr("days")]  # fmt: skip
        elif indicator == Indicator.TENURE:
            parts = [self.tr("full marks at"), s["tenure_full_years"], self.tr("years or more")]
        elif indicator == Indicator.REFERRALS:
            parts = [self.tr("full marks at"), s["referrals_full"],
                     self.tr("customers referred or more")]  # fmt: skip
        elif indicator == Indicator.COMPLAINTS:
            parts = [self.tr("100 without complaints,"), s["complaint_penalty"],
                     self.tr("points off for each")]  # fmt: skip
        else:
            parts = [self.tr("average 1–5: 1 → 0, 5 → 100; no follow-up:"),
                     s["satisfaction_neutral"], self.tr("points")]  # fmt: skip
        for part in parts:
            row.addWidget(QLabel(part) if isinstance(part, str) else part)
        row.addStretch(1)
        return box

    def _build(self, current: Scheme) -> None:
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Indicator")), 0, 0)
        grid.addWidget(QLabel(self.tr("Weight")), 0, 1)
        grid.addWidget(QLabel(self.tr("How it scores (0–100)")), 0, 2)
        fields = {
            Indicator.SPEND: "spend_full_fen", Indicator.FREQUENCY: "visits_full",
            Indicator.RECENCY: "recency_zero_days", Indicator.TENURE: "tenure_full_years",
            Indicator.REFERRALS: "referrals_full", Indicator.COMPLAINTS: "complaint_penalty",
            Indicator.SATISFACTION: "satisfaction_neutral",
        }  # fmt: skip
        row = 1
        for indicator in Indicator:
            tick = QCheckBox(words.name(indicator), objectName=f"schemeUse_{indicator.value}")
            weight = QSpinBox(objectName=f"schemeWeight_{indicator.value}", maximum=100)
            self.enabled[indicator], self.weights[indicator] = tick, weight
            grid.addWidget(tick, row, 0)
            grid.addWidget(weight, row, 1)
            grid.addWidget(self._scale_widgets(indicator), row, 2)
            tick.toggled.connect(self._update_total)
            weight.valueChanged.connect(self._update_total)
            row += 1
            grid.addWidget(self._error_label(fields[indicator]), row, 2)
            if indicator == Indicator.RECENCY:
                grid.addWidget(self._error_label("recency_full_days"), row + 1, 2)
                row += 1
            row += 1
        grid.addWidget(self.total, row, 0, 1, 2)
        grid.addWidget(self._error_label("weights"), row, 2)
        indicators = QGroupBox(self.tr("Indicators and weights"))
        indicators.setLayout(grid)

        table = QGridLayout()
        table.addWidget(QLabel(self.tr("Period")), 0, 0)
        table.addWidget(self.period, 0, 1, 1, 2)
        table.addWidget(self._error_label("period_months"), 1, 1, 1, 3)
        table.addWidget(QLabel(self.tr("Grade")), 2, 0)
        table.addWidget(QLabel(self.tr("Total from")), 2, 1)
        table.addWidget(QLabel(self.tr("Recommendation")), 2, 2)
        for row, grade in enumerate(GRADES, start=3):
            table.addWidget(QLabel(grade), row, 0)
            if grade in self.bands:
                table.addWidget(self.bands[grade], row, 1)
            else:
                table.addWidget(QLabel(self.tr("below C")), row, 1)
            table.addWidget(self.advice[grade], row, 2)
        table.addWidget(self._error_label("grades"), 3 + len(GRADES), 0, 1, 4)
        table.setColumnStretch(3, 1)
        form = QVBoxLayout()
        form.addLayout(table)
        grading = QGroupBox(self.tr("Period, grades and recommendations"))
        grading.setLayout(form)

        kept = QLabel(
            self.tr("Evaluations already kept keep the weights and scores they were made with.")
        )
        kept.setWordWrap(True)
        kept.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.addWidget(indicators)
        layout.addWidget(grading)
        layout.addWidget(kept)
        layout.addWidget(self.buttons)

    # -- the values ------------------------------------------------------------------
    def load(self, scheme: Scheme) -> None:
        for w in scheme.weightings:
            self.enabled[w.indicator].setChecked(w.enabled)
            self.weights[w.indicator].setValue(max(0, min(100, w.weight)))
        self.spend.setText(visits.format_fen(scheme.spend_full_fen).replace(",", ""))
        for name, spin in self.scales.items():
            spin.setValue(getattr(scheme, name))
        self.period.setValue(scheme.period_months)
        for grade, spin in self.bands.items():
            spin.setValue(getattr(scheme, f"grade_{grade.lower()}"))
        for grade, combo in self.advice.items():
            combo.setCurrentIndex(combo.findData(scheme.advice(grade).value))
        self._show_errors({})
        self._update_total()

    def _spend_fen(self) -> int | None:
        try:
            return visits.parse_money(self.spend.text())
        except ValueError:
            return None

    def scheme(self) -> Scheme:
        """The scheme as typed (spending 0 when the amount cannot be read)."""
        weightings = tuple(
            Weighting(i, self.weights[i].value(), self.enabled[i].isChecked()) for i in Indicator
        )
        values: dict[str, object] = {name: spin.value() for name, spin in self.scales.items()}
        values.update(
            weightings=weightings,
            spend_full_fen=self._spend_fen() or 0,
            period_months=self.period.value(),
            grade_a=self.bands["A"].value(),
            grade_b=self.bands["B"].value(),
            grade_c=self.bands["C"].value(),
        )
        for grade, combo in self.advice.items():
            values[f"advice_{grade.lower()}"] = Recommendation(combo.currentData())
        return replace(DEFAULT, **values)  # type: ignore[arg-type]

    def _update_total(self) -> None:
        for indicator in Indicator:
            self.weights[indicator].setEnabled(self.enabled[indicator].isChecked())
        total = self.scheme().weight_total()
        self.total.setText(self.tr("Total {total}").format(total=total))
        self.total.setStyleSheet(OK_STYLE if total == 100 else ERROR_STYLE)

    def problems(self) -> dict[str, str]:
        found: dict[str, str] = {}
        for error in evaluation.scheme_errors(self.scheme()):
            found.setdefault(error.field, texts.message(error.message))
        if self._spend_fen() is None:
            found["spend_full_fen"] = self.tr("Enter an amount such as 5000.")
        return found

    def _show_errors(self, found: dict[str, str]) -> None:
        for field, label in self.errors.items():
            label.setText(found.get(field, ""))
            label.setVisible(field in found)

    def accept(self) -> None:
        """Save: refused with the reasons while the scheme is not sound."""
        found = self.problems()
        self._show_errors(found)
        if found:
            prompts.warn(self, self.windowTitle(), "\n".join(dict.fromkeys(found.values())))
            return
        evaluation.save_scheme(self.scheme())
        super().accept()


def edit_scheme(parent: QWidget | None) -> SchemeDialog:
    """Open the scheme editor (not waited for); Save keeps the scheme."""
    dialog = SchemeDialog(evaluation.scheme(), parent)
    dialog.open()
    return dialog


__all__ = ["SchemeDialog", "edit_scheme"]
