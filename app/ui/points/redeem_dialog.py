"""Redeem a reward at the counter (积分兑换) in two clicks: "Redeem…" on the card, then a
double-click on the reward.

The dialog shows her balance on top and the active rewards; those she cannot take
now (too few points, out of stock) are greyed out with the reason. It never writes
to the database: `redeem(reward_id, note)` is the caller's and returns the service's
refusal (None when posted). A refusal — another counter spent the points or took the
last one meanwhile — is shown as a message and the list is read again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.messages import Message
from app.services.points_rules import RewardData
from app.ui import prompts, texts
from app.ui.points import labels
from app.ui.points.rewards_model import COL_NAME, COL_STATUS, RewardsModel


class RedeemDialog(QDialog):
    """The rewards she can take now; double-click (or select and Redeem) takes one.

    `load()` gives (balance, active rewards); `manage()` opens the catalogue and
    returns it (the list is read again when it closes)."""

    def __init__(
        self,
        customer_name: str,
        load: Callable[[], tuple[int, list[RewardData]]],
        redeem: Callable[[int, str], Message | None],
        manage: Callable[[QWidget], QDialog] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("redeemDialog")
        self.setWindowTitle(self.tr("Redeem points — {name}").format(name=customer_name))
        self._name = customer_name
        self._load = load
        self._redeem = redeem
        self._manage = manage
        self.redeemed_reward: int | None = None
        self.balance = QLabel(objectName="redeemBalance")
        self.balance.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.model = RewardsModel(self)
        self.table = QTableView(objectName="redeemRewards")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_STATUS, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(
            self.tr("No rewards are offered yet: add them with “Manage rewards…”."),
            objectName="redeemEmpty",
            wordWrap=True,
        )
        self.note = QLineEdit(objectName="redeemNote")
        self.note.setPlaceholderText(self.tr("Note (optional), e.g. the colour she chose"))
        self.note.setMaxLength(200)
        hint = QLabel(self.tr("Double-click a reward to redeem it."), objectName="redeemHint")
        hint.setStyleSheet("color: #616161;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.redeem_button = QPushButton(self.tr("Redeem"), objectName="redeemOk")
        self.redeem_button.setDefault(True)
        buttons.addButton(self.redeem_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.manage_button = QPushButton(self.tr("Manage rewards…"), objectName="redeemManage")
        self.manage_button.setVisible(manage is not None)
        bottom = QHBoxLayout()
        bottom.addWidget(self.manage_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.balance)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(hint)
        layout.addWidget(self.note)
        layout.addLayout(bottom)
        self.resize(620, 440)

        self.table.doubleClicked.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.redeem_button.clicked.connect(self.redeem_selected)
        self.manage_button.clicked.connect(self._open_manage)
        buttons.rejected.connect(self.reject)
        self.reload()

    def reload(self) -> None:
        """Read her balance and the rewards again (after a refusal or the catalogue)."""
        balance, rewards = self._load()
        self.model.set_rewards(rewards, balance)
        self.balance.setText(
            self.tr("{name} has {points} points").format(
                name=self._name, points=labels.number(balance)
            )
        )
        self.empty.setVisible(not rewards)
        self.table.setVisible(bool(rewards))
        first = next((r for r in range(self.model.rowCount()) if self.model.available(r)), -1)
        if first >= 0:
            self.table.selectRow(first)
        self._selection_changed()

    def selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _selection_changed(self, *_args: object) -> None:
        self.redeem_button.setEnabled(self.model.available(self.selected_row()))

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid() and self.model.available(index.row()):
            self.redeem_row(index.row())

    def redeem_selected(self) -> bool:
        row = self.selected_row()
        return self.model.available(row) and self.redeem_row(row)

    def redeem_row(self, row: int) -> bool:
        """Post the redemption of the reward in `row`; True when posted (and closed)."""
        reward = self.model.reward(row)
        if reward is None or reward.id is None:
            return False
        return self.redeem(reward.id)

    def redeem(self, reward_id: int) -> bool:
        refused = self._redeem(reward_id, self.note.text().strip())
        if refused is not None:
            prompts.warn(self, self.tr("Redeem points"), texts.message(refused))
            self.reload()
            return False
        self.redeemed_reward = reward_id
        self.accept()
        return True

    def _open_manage(self) -> None:
        if self._manage is None:
            return
        catalogue = self._manage(self)
        catalogue.finished.connect(lambda _result: self.reload())
