"""The rewards catalogue as a table: the redeem dialog lists what a customer can take
(what she cannot is greyed out, with the reason), the catalogue dialog lists all."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

from app.services.points_rules import RewardData
from app.ui.points import labels

COL_NAME, COL_KIND, COL_PRICE, COL_STOCK, COL_STATUS = range(5)
SORT_ROLE = Qt.ItemDataRole.UserRole
REWARD_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


def refusal(reward: RewardData, balance: int) -> str:
    """Why she cannot take this reward now ('' when she can)."""
    if not reward.active:
        return labels.t(labels.NOT_OFFERED)
    if reward.stock is not None and reward.stock <= 0:
        return labels.t(labels.OUT_OF_STOCK)
    if balance < reward.points_price:
        return labels.t(labels.NEEDS_MORE).format(
            points=labels.number(reward.points_price - balance)
        )
    return ""


class RewardsModel(QAbstractTableModel):
    """Rewards; with a `balance`, those she cannot take are disabled with the reason."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rewards: list[RewardData] = []
        self._balance: int | None = None

    def set_rewards(self, rewards: list[RewardData], balance: int | None = None) -> None:
        self.beginResetModel()
        self._rewards, self._balance = list(rewards), balance
        self.endResetModel()

    def reward(self, row: int) -> RewardData | None:
        return self._rewards[row] if 0 <= row < len(self._rewards) else None

    def row_of(self, reward_id: int) -> int:
        return next((r for r, w in enumerate(self._rewards) if w.id == reward_id), -1)

    def available(self, row: int) -> bool:
        reward = self.reward(row)
        return reward is not None and (self._balance is None or not refusal(reward, self._balance))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rewards)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COL_STATUS + 1

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (self.tr("Reward"), self.tr("Kind"), self.tr("Points"), self.tr("In stock"))
        if section < len(names):
            return names[section]
        return self.tr("Offered") if self._balance is None else ""

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.available(index.row()):
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        reward = self.reward(index.row()) if index.isValid() else None
        if reward is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(reward, col)
        if role == SORT_ROLE:
            raw: tuple[Any, ...] = (
                reward.name,
                reward.kind.value,
                reward.points_price,
                -1 if reward.stock is None else reward.stock,
            )
            return raw[col] if col < len(raw) else self._text(reward, col)
        if role == REWARD_ROLE:
            return reward
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_PRICE, COL_STOCK):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_STATUS:
            return self._text(reward, col) or None
        return None

    def _text(self, reward: RewardData, col: int) -> str:
        if col == COL_NAME:
            return reward.name
        if col == COL_KIND:
            value = labels.reward_value(reward)
            kind = labels.reward_kind(reward.kind)
            return f"{kind} · {value}" if value else kind
        if col == COL_PRICE:
            return labels.number(reward.points_price)
        if col == COL_STOCK:
            return labels.stock(reward)
        if self._balance is None:
            return self.tr("Yes") if reward.active else labels.t(labels.NOT_OFFERED)
        return refusal(reward, self._balance)
