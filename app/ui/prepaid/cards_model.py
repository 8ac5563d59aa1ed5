"""A customer's package cards (次卡) and one card's sessions as tables: each card with
its sessions, used, left, expiry and how it was paid (expired and used-up cards
greyed); each session used or returned with the visit it paid for."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QWidget

from app.models.enums import SessionKind
from app.services import packages
from app.services.packages import CardRecord, SessionRecord
from app.ui import texts
from app.ui.points import labels as points_labels
from app.ui.prepaid import labels

COL_NAME, COL_SESSIONS, COL_USED, COL_LEFT, COL_EXPIRES, COL_PAID = range(6)
S_NO, S_DATE, S_KIND, S_SESSIONS, S_LEFT, S_VISIT, S_OPERATOR, S_NOTE = range(8)
SORT_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
GREY, OUT, IN = QColor("#9e9e9e"), QColor("#c62828"), QColor("#2e7d32")
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

Index = QModelIndex | QPersistentModelIndex


class CardsModel(QAbstractTableModel):
    """Her cards, those she can use first (the earliest-expiring first), then those
    expired or used up, grey."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cards: list[CardRecord] = []
        self._today = date.today()

    def load(self, customer_id: int | None, today: date) -> None:
        self.beginResetModel()
        found = [] if customer_id is None else packages.cards(customer_id)
        self._cards = sorted(found, key=lambda c: not c.usable(today))  # stable: by expiry
        self._today = today
        self.endResetModel()

    def card(self, row: int) -> CardRecord | None:
        return self._cards[row] if 0 <= row < len(self._cards) else None

    def row_of(self, card_id: int) -> int:
        return next((r for r, c in enumerate(self._cards) if c.id == card_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._cards)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COL_PAID + 1

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section <= COL_PAID:
            return None
        return (
            self.tr("Package card"),
            self.tr("Sessions"),
            self.tr("Used"),
            self.tr("Left"),
            self.tr("Expires"),
            self.tr("Paid with"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        card = self.card(index.row()) if index.isValid() else None
        if card is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(card, col)
        if role == SORT_ROLE:
            raw = (card.name, card.sessions, card.used, card.left, card.expires_on)
            return raw[col] if col < len(raw) else self._text(card, col)
        if role == ROW_ROLE:
            return card
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_SESSIONS, COL_USED, COL_LEFT):
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and not card.usable(self._today):
            return QBrush(GREY)
        if role == Qt.ItemDataRole.FontRole and col == COL_LEFT and card.usable(self._today):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return labels.sessions_left(card, self._today) if card.left > 0 else None
        return None

    def _text(self, card: CardRecord, col: int) -> str:
        if col == COL_NAME:
            return card.name
        if col == COL_SESSIONS:
            return str(card.sessions)
        if col == COL_USED:
            return str(card.used)
        if col == COL_LEFT:
            return str(card.left)
        if col == COL_EXPIRES:
            day = texts.short_date(card.expires_on)
            if card.expired(self._today):
                return self.tr("{date} (expired)").format(date=day)
            return day
        return labels.paid_with(card.paid_with)


class SessionsModel(QAbstractTableModel):
    """One card's session entries, newest first, with the sessions left after each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._card: CardRecord | None = None
        self._entries: list[SessionRecord] = []
        self._visits: dict[int, str] = {}

    def load(
        self, card: CardRecord | None, visit_names: Callable[[], dict[int, str]] | None = None
    ) -> None:
        """The card's entries; `visit_names()` is asked only when an entry names a visit."""
        self.beginResetModel()
        self._card = card
        self._entries = [] if card is None else list(reversed(packages.card_sessions(card.id)))
        with_visit = visit_names is not None and any(e.visit_id for e in self._entries)
        self._visits = visit_names() if visit_names is not None and with_visit else {}
        self.endResetModel()

    @property
    def card(self) -> CardRecord | None:
        return self._card

    def entry(self, row: int) -> SessionRecord | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def row_of(self, entry_id: int) -> int:
        return next((r for r, e in enumerate(self._entries) if e.id == entry_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else S_NOTE + 1

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section <= S_NOTE:
            return None
        return (
            self.tr("No."),
            self.tr("Date"),
            self.tr("Kind"),
            self.tr("Sessions"),
            self.tr("Left after"),
            self.tr("Visit"),
            self.tr("Operator"),
            self.tr("Note"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None or self._card is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, col)
        if role == SORT_ROLE:
            raw = (entry.id, entry.posted_at, entry.kind.value, entry.sessions, -entry.used_after)
            return raw[col] if col < len(raw) else self._text(entry, col)
        if role == ROW_ROLE:
            return entry
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (S_NO, S_SESSIONS, S_LEFT):
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            if entry.reversed_by_id is not None:
                return QBrush(GREY)
            if col == S_SESSIONS and entry.sessions:
                return QBrush(IN if entry.sessions > 0 else OUT)
        if role == Qt.ItemDataRole.FontRole and entry.reversed_by_id is not None:
            font = QFont()
            font.setStrikeOut(col == S_SESSIONS)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and entry.reversed_by_id is not None:
            return points_labels.t(points_labels.REVERSED_BY).format(id=entry.reversed_by_id)
        return None

    def _text(self, entry: SessionRecord, col: int) -> str:
        assert self._card is not None
        if col == S_NO:
            return str(entry.id)
        if col == S_DATE:
            return texts.date_time(entry.posted_at)
        if col == S_KIND:
            return labels.session_kind(entry.kind)
        if col == S_SESSIONS:
            return ("+" if entry.sessions > 0 else "−") + str(abs(entry.sessions))
        if col == S_LEFT:
            return str(self._card.sessions - entry.used_after)
        if col == S_VISIT:
            if entry.reverses_id is not None:
                return points_labels.t(points_labels.REVERSES).format(id=entry.reverses_id)
            if entry.visit_id is None:
                return ""
            return self._visits.get(entry.visit_id) or points_labels.t(
                points_labels.VISIT_GONE
            ).format(id=entry.visit_id)
        if col == S_OPERATOR:
            return entry.operator
        return entry.note


def can_return(entry: SessionRecord | None) -> bool:
    """Only a session used, not yet returned, can be given back."""
    return entry is not None and entry.kind == SessionKind.USE and entry.reversed_by_id is None
