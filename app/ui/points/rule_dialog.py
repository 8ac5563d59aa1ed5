"""The earning rule editor (积分规则): the rule in force and its versions, and a form
for a new version from a chosen day (today or later).

A rule never changes what was already earned: each entry keeps the points and the
expiry date it was posted with, so the form only ever adds a version. The form
checks as the owner types and shows, live, what a ¥368 purchase would earn.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import ExpiryPolicy, Grade
from app.services import points_rules, visits
from app.services.messages import ValidationError
from app.services.points_rules import RuleData
from app.ui import prompts, texts
from app.ui.points import labels

Clock = Callable[[], datetime]
EXAMPLE_FEN = 36800  # a ¥368 purchase: the example the owner reads under the form
POLICIES = (ExpiryPolicy.NEVER, ExpiryPolicy.MONTHS, ExpiryPolicy.END_OF_NEXT_YEAR)
ERROR_STYLE = "color: #c62828;"


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class RuleDialog(QDialog):
    """Returns the new version with `rule()`; the caller saves it."""

    def __init__(
        self, in_force: RuleData, versions: list[RuleData], today: date, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ruleDialog")
        self.setWindowTitle(self.tr("Points rule"))
        self.setMinimumWidth(620)
        self._today = today
        self._versions = versions
        self.version_table = QTableWidget(objectName="ruleVersions")
        self.version_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.version_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.version_table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.version_table.verticalHeader().hide()
        self.version_table.setToolTip(self.tr("Click a version to start from its values"))
        self._fill_versions(in_force)

        self.effective = QDateEdit(objectName="ruleEffective", calendarPopup=True)
        self.effective.setDisplayFormat("yyyy-MM-dd" if texts.is_chinese() else "d MMM yyyy")
        self.effective.setMinimumDate(_qdate(today))
        self.replaces = QLabel(objectName="ruleReplaces", wordWrap=True)
        self.yuan = QLineEdit(objectName="ruleYuanPerPoint")
        self.yuan.setMaximumWidth(110)
        self.vip = self._percent("ruleVip")
        self.important = self._percent("ruleImportant")
        self.regular = self._percent("ruleRegular")
        self.birthday = self._percent("ruleBirthday")
        self.referral = QSpinBox(objectName="ruleReferral", maximum=100_000)
        self.referral.setSuffix(self.tr(" points"))
        self.policy = QComboBox(objectName="rulePolicy")
        for policy, text in zip(
            POLICIES,
            (
                self.tr("Never expire"),
                self.tr("Expire after"),
                self.tr("Expire at the end of the next year"),
            ),
            strict=True,
        ):
            self.policy.addItem(text, policy)
        self.months = QSpinBox(objectName="ruleMonths", minimum=1, maximum=120)
        self.months.setSuffix(self.tr(" months"))
        self.excluded = QPlainTextEdit(objectName="ruleExcluded")
        self.excluded.setPlaceholderText(self.tr("One item name a line, e.g. 洗发水"))
        self.excluded.setFixedHeight(64)
        self.example = QLabel(objectName="ruleExample", wordWrap=True)
        self.errors: dict[str, QLabel] = {}
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("ruleSave")
        self._build_layout()
        self.load(versions[-1] if versions and versions[-1].effective_from > today else in_force)
        for signal in (
            self.effective.dateChanged, self.yuan.textChanged, self.vip.valueChanged,
            self.important.valueChanged, self.regular.valueChanged, self.birthday.valueChanged,
            self.referral.valueChanged, self.policy.currentIndexChanged, self.months.valueChanged,
            self.excluded.textChanged,
        ):  # fmt: skip
            signal.connect(self.validate)
        self.version_table.itemSelectionChanged.connect(self._version_chosen)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.validate()
        self.yuan.setFocus()  # the rate is what the owner changes most

    def _percent(self, name: str) -> QSpinBox:
        spin = QSpinBox(objectName=name, maximum=1000, singleStep=10)
        spin.setSuffix("%")
        return spin

    def _add_error(self, form: QFormLayout, field: str) -> None:
        """A row under the field for its message, hidden while the value is fine."""
        label = QLabel(objectName=f"ruleError_{field}", wordWrap=True)
        label.setStyleSheet(ERROR_STYLE)
        form.addRow("", label)
        form.setRowVisible(label, False)
        self.errors[field] = label

    def _build_layout(self) -> None:
        form = self.form = QFormLayout()
        date_row = QHBoxLayout()
        date_row.addWidget(self.effective)
        date_row.addWidget(self.replaces, 1)
        form.addRow(self.tr("Starts on"), date_row)
        self._add_error(form, "effective_from")
        yuan_row = QHBoxLayout()
        yuan_row.addWidget(QLabel("¥"))
        yuan_row.addWidget(self.yuan)
        yuan_row.addWidget(QLabel(self.tr("spent earns 1 point (rounded down)")), 1)
        form.addRow(self.tr("Earning"), yuan_row)
        self._add_error(form, "fen_per_point")
        grades = QHBoxLayout()
        for grade, spin in ((Grade.VIP, self.vip), (Grade.IMPORTANT, self.important),
                            (Grade.REGULAR, self.regular)):  # fmt: skip
            grades.addWidget(QLabel(texts.grade(grade)))
            grades.addWidget(spin)
            grades.addSpacing(10)
        grades.addStretch(1)
        form.addRow(self.tr("Points by grade"), grades)
        self._add_error(form, "grades")
        birthday_row = QHBoxLayout()
        birthday_row.addWidget(self.birthday)
        birthday_row.addWidget(QLabel(self.tr("of the usual points")), 1)
        form.addRow(self.tr("Birthday month"), birthday_row)
        self._add_error(form, "birthday_pct")
        referral_row = QHBoxLayout()
        referral_row.addWidget(self.referral)
        referral_note = QLabel(self.tr("to the referrer, at the new customer's first purchase"))
        referral_row.addWidget(referral_note, 1)
        form.addRow(self.tr("Referral bonus"), referral_row)
        self._add_error(form, "referral_points")
        expiry_row = QHBoxLayout()
        expiry_row.addWidget(self.policy)
        expiry_row.addWidget(self.months)
        expiry_row.addStretch(1)
        form.addRow(self.tr("Validity"), expiry_row)
        self._add_error(form, "expiry_months")
        form.addRow(self.tr("Items that earn no points"), self.excluded)
        keep = QLabel(
            self.tr(
                "Points already earned keep the rule and the expiry date they were earned with."
            )
        )
        keep.setWordWrap(True)
        keep.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        bold = QFont(self.font())
        bold.setBold(True)
        for text, widget in ((self.tr("The rule and its versions"), self.version_table),
                             (self.tr("New version"), None)):  # fmt: skip
            title = QLabel(text)
            title.setFont(bold)
            layout.addWidget(title)
            if widget is not None:
                layout.addWidget(widget)
                layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.example)
        layout.addWidget(keep)
        layout.addWidget(self.buttons)

    # -- versions ---------------------------------------------------------------
    def _validity(self, rule: RuleData) -> str:
        if rule.expiry_policy == ExpiryPolicy.MONTHS:
            return self.tr("%n month(s)", "", rule.expiry_months)
        if rule.expiry_policy == ExpiryPolicy.END_OF_NEXT_YEAR:
            return self.tr("End of the next year")
        return self.tr("Never expire")

    def _fill_versions(self, in_force: RuleData) -> None:
        """The newest version first; the one in force in bold."""
        table = self.version_table
        headers = (
            self.tr("Starts on"), self.tr("¥ a point"), texts.grade(Grade.VIP),
            texts.grade(Grade.IMPORTANT), texts.grade(Grade.REGULAR), self.tr("Birthday month"),
            self.tr("Referral bonus"), self.tr("Validity"), self.tr("Status"),
        )  # fmt: skip
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        shown = list(reversed(self._versions)) or [in_force]
        table.setRowCount(len(shown))
        for row, rule in enumerate(shown):
            if not self._versions:
                start, status = self.tr("Program default"), self.tr("In force")
            else:
                start = texts.short_date(rule.effective_from)
                status = (
                    self.tr("In force") if rule == in_force
                    else self.tr("Not yet in force") if rule.effective_from > self._today
                    else ""
                )  # fmt: skip
            cells = (
                start, texts.money(rule.fen_per_point), f"{rule.vip_pct}%",
                f"{rule.important_pct}%", f"{rule.regular_pct}%", f"{rule.birthday_pct}%",
                labels.number(rule.referral_points), self._validity(rule), status,
            )  # fmt: skip
            excluded = "\n".join(rule.excluded_items)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, rule)
                if excluded:
                    item.setToolTip(self.tr("Items that earn no points:") + "\n" + excluded)
                if rule == in_force:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        rows = min(len(shown), 4)
        table.setFixedHeight(table.horizontalHeader().sizeHint().height() + rows * 24 + 4)
        table.verticalHeader().setDefaultSectionSize(24)

    def _version_chosen(self) -> None:
        item = self.version_table.currentItem()
        rule = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if isinstance(rule, RuleData):
            self.load(rule)  # a starting point for the new version

    # -- the form ---------------------------------------------------------------
    def load(self, rule: RuleData) -> None:
        start = max(rule.effective_from, self._today)
        self.effective.setDate(_qdate(start))
        self.yuan.setText(visits.format_fen(rule.fen_per_point).replace(",", ""))
        self.vip.setValue(rule.vip_pct)
        self.important.setValue(rule.important_pct)
        self.regular.setValue(rule.regular_pct)
        self.birthday.setValue(rule.birthday_pct)
        self.referral.setValue(rule.referral_points)
        self.policy.setCurrentIndex(POLICIES.index(rule.expiry_policy))
        self.months.setValue(rule.expiry_months)
        self.excluded.setPlainText("\n".join(rule.excluded_items))

    def _yuan_fen(self) -> int | None:
        try:
            return visits.parse_money(self.yuan.text())
        except ValueError:
            return None

    def rule(self) -> RuleData:
        """The form as a rule (¥ per point 0 when the amount cannot be read)."""
        fen = self._yuan_fen() or 0
        policy = self.policy.currentData()
        return RuleData(
            effective_from=self.effective.date().toPython(),  # type: ignore[arg-type]
            fen_per_point=fen,
            vip_pct=self.vip.value(),
            important_pct=self.important.value(),
            regular_pct=self.regular.value(),
            birthday_pct=self.birthday.value(),
            excluded_items=tuple(
                n.strip() for n in self.excluded.toPlainText().splitlines() if n.strip()
            ),
            referral_points=self.referral.value(),
            expiry_policy=ExpiryPolicy(policy),
            expiry_months=self.months.value(),
        )

    def validate(self) -> bool:
        rule = self.rule()
        found: dict[str, str] = {}
        for error in points_rules.rule_errors(rule, self._today):
            field = (
                "grades"
                if error.field in ("vip_pct", "important_pct", "regular_pct")
                else error.field
            )
            found.setdefault(field, texts.message(error.message))
        if self._yuan_fen() is None:
            found["fen_per_point"] = self.tr("Enter an amount such as 1 or 0.50.")
        for field, label in self.errors.items():
            label.setText(found.get(field, ""))
            self.form.setRowVisible(label, field in found)
        self.months.setVisible(rule.expiry_policy == ExpiryPolicy.MONTHS)
        replaced = [v for v in self._versions if v.effective_from == rule.effective_from]
        self.replaces.setText(
            self.tr("Replaces the version of that day, not yet in force.") if replaced else ""
        )
        if found:
            self.example.setText("")
        else:
            earned = points_rules.earned_points(rule, Grade.VIP, True, [("", EXAMPLE_FEN)])
            self.example.setText(
                self.tr("A ¥368 purchase by a VIP in her birthday month earns %Ln point(s).", "",
                        earned)
            )  # fmt: skip
        self.save_button.setEnabled(not found)
        return not found

    def accept(self) -> None:
        if self.validate():
            super().accept()


def edit_rule(parent: QWidget | None, clock: Clock, operator: Callable[[], str]) -> bool:
    """Show the editor; save the new version when the owner saves. True when saved."""
    today = clock().date()
    dialog = RuleDialog(points_rules.rule_on(today), points_rules.rules(), today, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    try:
        points_rules.save_rule(dialog.rule(), operator(), clock())
    except ValidationError as exc:  # e.g. midnight passed while the dialog was open
        text = "\n".join(texts.message(e.message) for e in exc.errors)
        prompts.warn(parent, dialog.windowTitle(), text)
        return False
    return True
