"""The rows of a day's greeting list as a thin Qt model over `GreetingItem`s.

A festival day can list every customer (100,000 rows), so nothing is composed
up front: the message of a row is composed when the view paints it, and a small
cache keeps the rows on screen. Greetings still to send come first, the ones
already sent below them with a ✓.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from app.services import greetings
from app.services.greetings import GreetingItem, Template
from app.ui import texts
from app.ui.calendar import labels

Index = QModelIndex | QPersistentModelIndex

COL_SENT = 0
COL_DAY = 1
COL_NAME = 2
COL_MEMBER_NO = 3
COL_OCCASION = 4
COL_AGE = 5
COL_MOBILE = 6
COL_WECHAT = 7
COL_MESSAGE = 8
COLUMN_COUNT = 9

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
MESSAGE_ROLE = Qt.ItemDataRole.UserRole + 3  # the text to copy; '' when withheld

_CACHE_LIMIT = 2000  # composed messages kept: a few screens' worth
_SENT_COLOR = QColor("#8a8a8a")
_NOTE_COLOR = QColor("#a15c00")


def unique_items(items: list[GreetingItem]) -> list[GreetingItem]:
    """One row per customer, occasion and day, however the list was gathered."""
    return list({(i.customer_id, i.occasion, i.day): i for i in items}.values())


def label_key(item: GreetingItem) -> tuple[Any, ...]:
    """What an occasion label depends on: many rows share one label."""
    return (item.festival, item.kind, item.calendar, item.relation)


def _composed(
    items: list[GreetingItem],
    templates: dict[str, Template],
    shop: str,
    names: dict[tuple[Any, ...], str],
) -> Iterator[tuple[GreetingItem, str, str]]:
    for item in items:
        name = names[label_key(item)]
        yield item, name, greetings.compose(item, templates[item.template_key], shop, name)


class GreetingTableModel(QAbstractTableModel):
    """One section of the greeting list; `set_items` fills it, `set_sent` marks rows."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[GreetingItem] = []
        self._templates: dict[str, Template] = {}
        self._shop = ""
        self._messages: dict[int, str] = {}
        self._labels: dict[tuple[Any, ...], str] = {}
        self._italic = QFont()
        self._italic.setItalic(True)

    # -- what the panel uses ----------------------------------------------------
    def set_items(
        self, items: list[GreetingItem], templates: dict[str, Template], shop: str
    ) -> None:
        """Show `items`: unsent first, then sent, each in the order given."""
        self.beginResetModel()
        self._items = [i for i in items if not i.sent] + [i for i in items if i.sent]
        self._templates = templates
        self._shop = shop
        self._messages.clear()
        self._labels.clear()
        self.endResetModel()

    def items(self) -> list[GreetingItem]:
        return list(self._items)

    def item(self, row: int) -> GreetingItem:
        return self._items[row]

    def templates(self) -> dict[str, Template]:
        return dict(self._templates)

    def template_of(self, item: GreetingItem) -> Template:
        return self._templates[item.template_key]

    def occasion(self, item: GreetingItem) -> str:
        key = label_key(item)
        label = self._labels.get(key)
        if label is None:
            label = self._labels[key] = labels.occasion_label(item)
        return label

    def is_withheld(self, row: int) -> bool:
        item = self._items[row]
        return greetings.withheld(item, self.template_of(item))

    def message(self, row: int) -> str:
        """The composed greeting of a row ('' when withheld), composed on first use."""
        text = self._messages.get(row)
        if text is None:
            if len(self._messages) >= _CACHE_LIMIT:
                self._messages.clear()
            item = self._items[row]
            text = greetings.compose(item, self.template_of(item), self._shop, self.occasion(item))
            self._messages[row] = text
        return text

    def composed(self, rows: list[int] | None = None) -> Iterator[tuple[GreetingItem, str, str]]:
        """(item, occasion, message) of some rows (all by default), for Excel or the sent
        marks. What they depend on is taken now, so a worker thread can compose them."""
        items = list(self._items) if rows is None else [self._items[r] for r in rows]
        templates, shop = dict(self._templates), self._shop
        names = {label_key(i): self.occasion(i) for i in items}
        return _composed(items, templates, shop, names)

    def withheld_keys(self) -> set[str]:
        """The promotional templates that leave some row of this section without a message."""
        promotional = {k for k, t in self._templates.items() if t.promotional}
        if not promotional:
            return set()
        return {i.template_key for i in self._items if not i.marketing_consent} & promotional

    def sent_count(self) -> int:
        return sum(1 for i in self._items if i.sent)

    def set_sent(self, rows: list[int], sent_at: datetime | None) -> list[int]:
        """Mark rows sent (or not) and move them to their place; returns their new rows."""
        chosen = set(rows)
        changed = [
            i._replace(sent_at=sent_at, sent_message="") if n in chosen else i
            for n, i in enumerate(self._items)
        ]
        marked = [changed[n] for n in sorted(chosen)]
        self.set_items(changed, self._templates, self._shop)
        ids = {id(i) for i in marked}
        return [n for n, i in enumerate(self._items) if id(i) in ids]

    # -- Qt model ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                self.tr("Sent"),
                self.tr("Date"),
                self.tr("Name"),
                self.tr("Member no."),
                self.tr("Occasion"),
                self.tr("Age"),
                self.tr("Mobile"),
                self.tr("WeChat ID"),
                self.tr("Message"),
            ][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        row, column = index.row(), index.column()
        item = self._items[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, item, column)
        if role == ROW_ROLE:
            return item
        if role == MESSAGE_ROLE:
            return self.message(row)
        if role == SORT_ROLE:
            return self._sort_value(row, item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, item, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == COL_MESSAGE and self.is_withheld(row):
                return QBrush(_NOTE_COLOR)
            return QBrush(_SENT_COLOR) if item.sent else None
        if role == Qt.ItemDataRole.FontRole and column == COL_MESSAGE and self.is_withheld(row):
            return self._italic
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_SENT:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, row: int, item: GreetingItem, column: int) -> str:
        if column == COL_SENT:
            return "✓" if item.sent else ""
        if column == COL_DAY:
            return texts.short_date(item.day)
        if column == COL_NAME:
            return item.name
        if column == COL_MEMBER_NO:
            return item.member_no
        if column == COL_OCCASION:
            return self.occasion(item)
        if column == COL_AGE:
            return labels.age_text(item)
        if column == COL_MOBILE:
            return item.mobile
        if column == COL_WECHAT:
            return item.wechat
        if column == COL_MESSAGE:
            if self.is_withheld(row):
                return self.tr("No message: the greeting contains an offer")
            return self.message(row)
        return ""

    def _tooltip(self, row: int, item: GreetingItem, column: int) -> str | None:
        if column == COL_NAME:
            details = [item.member_no, item.mobile, item.wechat, labels.age_text(item)]
            if item.points:  # what {points} says in her greeting
                points = QLocale().toString(item.points)
                details.append(self.tr("{points} points").format(points=points))
            return " · ".join(d for d in details if d)
        if column == COL_SENT and item.sent:
            return self.tr("Sent {time}").format(time=texts.date_time(item.sent_at))
        if column == COL_MESSAGE:
            if self.is_withheld(row):
                return self.tr(
                    "The greeting template contains an offer, and this customer has not "
                    "agreed to marketing messages."
                )
            return self.message(row)
        return None

    def _sort_value(self, row: int, item: GreetingItem, column: int) -> Any:
        values: dict[int, Any] = {
            COL_SENT: int(item.sent),
            COL_DAY: item.day.isoformat(),
            COL_NAME: item.name,
            COL_MEMBER_NO: item.member_no,
            COL_OCCASION: self.occasion(item),
            COL_AGE: -1 if item.age is None else item.age,
            COL_MOBILE: item.mobile,
            COL_WECHAT: item.wechat,
        }
        if column == COL_MESSAGE:
            return self.message(row)
        return values.get(column)
