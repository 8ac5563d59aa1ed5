"""The rewards catalogue (礼品目录): what points can be redeemed for — a gift, or a
discount voucher worth so many yuan — its points price, its stock (or not counted),
and whether the counter offers it now. A reward is never deleted: redemptions name
it; one no longer offered is switched off.

`open_rewards(parent, clock)` opens it from the main window's menu or the redeem
dialog. The editor checks as one types and hands a `RewardData` to the service.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import RewardKind
from app.services import points, points_rules, visits
from app.services.messages import FieldError, Message, ValidationError
from app.services.points_rules import RewardData
from app.ui import texts
from app.ui.points import labels
from app.ui.points.rewards_model import COL_NAME, RewardsModel

ERROR_STYLE = "color: #c62828;"  # the card editor's red
Clock = Callable[[], datetime]


class RewardEditor(QDialog):
    """One reward: name, gift or discount (and its value), points price, stock, offered."""

    def __init__(
        self, reward: RewardData | None, clock: Clock, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rewardEditor")
        self.setWindowTitle(self.tr("New reward") if reward is None else self.tr("Edit reward"))
        self.reward_id = reward.id if reward else None
        self._clock = clock
        self._saved = False
        self.name = QLineEdit(objectName="rewardName")
        self.name.setMaxLength(points_rules.MAX_NAME)
        self.name.setPlaceholderText(self.tr("e.g. Hand cream 50 ml"))
        self.kind = QComboBox(objectName="rewardKind")
        for value in RewardKind:
            self.kind.addItem(labels.reward_kind(value), value.value)
        self.value = QLineEdit(objectName="rewardValue")
        self.value.setPlaceholderText(self.tr("Worth in ¥, e.g. 50"))
        self.price = QSpinBox(objectName="rewardPrice")
        self.price.setRange(0, points.MAX_POINTS)
        self.price.setSingleStep(50)
        self.price.setGroupSeparatorShown(True)
        self.stock = QSpinBox(objectName="rewardStock")
        self.stock.setRange(0, 1_000_000)
        self.not_counted = QCheckBox(self.tr("Not counted"), objectName="rewardNotCounted")
        self.active = QCheckBox(self.tr("Offered at the counter"), objectName="rewardActive")
        self.errors = QLabel(objectName="rewardErrors", wordWrap=True, styleSheet=ERROR_STYLE)
        self.errors.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("rewardSave")
        stock_row = QHBoxLayout()
        stock_row.addWidget(self.stock)
        stock_row.addWidget(self.not_counted)
        stock_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Reward name"), self.name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Discount value"), self.value)
        form.addRow(self.tr("Points price"), self.price)
        form.addRow(self.tr("In stock"), stock_row)
        form.addRow("", self.active)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)
        self.resize(440, 280)
        self._show(reward or RewardData(None, "", 100, stock=None))
        for signal in (self.name.textChanged, self.value.textChanged):
            signal.connect(self._edited)
        for spin in (self.price, self.stock):
            spin.valueChanged.connect(self._edited)
        self.kind.currentIndexChanged.connect(self._edited)
        self.not_counted.toggled.connect(self._edited)
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        self.name.setFocus()

    def _show(self, reward: RewardData) -> None:
        self.name.setText(reward.name)
        self.kind.setCurrentIndex(self.kind.findData(reward.kind.value))
        if reward.kind == RewardKind.DISCOUNT:
            self.value.setText(visits.format_fen(reward.discount_fen))
        self.price.setValue(reward.points_price)
        self.stock.setValue(reward.stock or 0)
        self.not_counted.setChecked(reward.stock is None)
        self.active.setChecked(reward.active)
        self._enable()

    def _enable(self) -> None:
        self.value.setEnabled(self.kind.currentData() == RewardKind.DISCOUNT.value)
        self.stock.setEnabled(not self.not_counted.isChecked())

    def _discount_fen(self) -> int | None:
        """The value typed in fen; None when it is not an amount of money."""
        if self.kind.currentData() != RewardKind.DISCOUNT.value:
            return 0
        try:
            return visits.parse_money(self.value.text())
        except ValueError:
            return None

    def data(self) -> RewardData:
        return RewardData(
            id=self.reward_id,
            name=self.name.text().strip(),
            points_price=self.price.value(),
            kind=RewardKind(self.kind.currentData()),
            discount_fen=self._discount_fen() or 0,
            stock=None if self.not_counted.isChecked() else self.stock.value(),
            active=self.active.isChecked(),
        )

    def _errors(self) -> list[FieldError]:
        errors = points_rules.reward_errors(self.data())
        if self._discount_fen() is None and self.value.text().strip():
            errors = [e for e in errors if e.field != "discount_fen"]
            errors.append(FieldError("discount_fen", Message(visits.BAD_MONEY)))
        return errors

    def _edited(self, *_args: object) -> None:
        self._enable()
        self._show_errors(self._errors())

    def _show_errors(self, errors: list[FieldError]) -> None:
        lines = dict.fromkeys(texts.message(e.message) for e in errors)
        self.errors.setText("\n".join(lines))
        self.errors.setVisible(bool(lines))
        self.save_button.setEnabled(not lines)

    def try_save(self) -> bool:
        """Save the reward; stay open and say why when something is wrong."""
        if self._saved:
            return True
        errors = self._errors()
        if not errors:
            try:
                self.reward_id = points_rules.save_reward(self.data(), self._clock())
            except ValidationError as exc:
                errors = exc.errors
        self._show_errors(errors)
        if errors:
            return False
        self._saved = True
        self.accept()
        return True


class RewardsDialog(QDialog):
    """All rewards, offered or not; add and edit them."""

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rewardsDialog")
        self.setWindowTitle(self.tr("Rewards"))
        self._clock = clock
        self.model = RewardsModel(self)
        self.table = QTableView(objectName="rewardsTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        intro = QLabel(
            self.tr(
                "What customers can redeem their points for. A reward no longer given is "
                "switched off, never deleted: past redemptions keep its name."
            ),
            wordWrap=True,
        )
        self.add_button = QPushButton(self.tr("Add reward…"), objectName="rewardsAdd")
        self.edit_button = QPushButton(self.tr("Edit…"), objectName="rewardsEdit")
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
        self.resize(640, 420)
        self.add_button.clicked.connect(lambda: self.edit(None))
        self.edit_button.clicked.connect(self._edit_current)
        self.table.doubleClicked.connect(lambda index: self._edit_row(index.row()))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        buttons.rejected.connect(self.reject)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        self.model.set_rewards(points_rules.rewards())
        row = self.model.row_of(select) if select is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        self._selection_changed()

    def _selection_changed(self, *_args: object) -> None:
        self.edit_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def _edit_current(self) -> None:
        index: QModelIndex = self.table.currentIndex()
        if index.isValid():
            self._edit_row(index.row())

    def _edit_row(self, row: int) -> None:
        reward = self.model.reward(row)
        if reward is not None:
            self.edit(reward)

    def edit(self, reward: RewardData | None) -> RewardEditor:
        """Open the editor for a reward (None: a new one); the list follows when saved."""
        editor = RewardEditor(reward, self._clock, self)
        editor.accepted.connect(lambda: self.reload(editor.reward_id))
        editor.open()
        return editor


def open_rewards(parent: QWidget | None, clock: Clock = datetime.now) -> RewardsDialog:
    """Open the rewards catalogue (not blocking) and return it."""
    dialog = RewardsDialog(clock, parent)
    dialog.open()
    return dialog
