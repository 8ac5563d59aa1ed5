"""One section of the Today board: a title with its count, a compact list grouped
under small headings, and a friendly line when there is nothing to show.

A line that leads somewhere keeps its target — ("customer", id) or ("complaint", id)
— and double-click or Enter on it announces `activated(kind, id)`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

TARGET_ROLE = Qt.ItemDataRole.UserRole + 1
CUSTOMER = "customer"
COMPLAINT = "complaint"
HEADING_COLOUR = "#5f6368"
EMPTY_COLOUR = "#80868b"


class BoardPanel(QFrame):
    """Emits `activated(kind, id)` for a line with a target (kind: customer/complaint)."""

    activated = Signal(str, int)

    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Panel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._title = title
        self.title = QLabel(title, objectName=f"{name}Title")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)  # a narrow window (1024 px and less) still fits
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.note = QLabel(objectName=f"{name}Note")
        self.note.setStyleSheet(f"color: {HEADING_COLOUR};")
        self.note.setVisible(False)
        self.list = QListWidget(objectName=f"{name}List")
        self.list.setUniformItemSizes(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemActivated.connect(self._activate)
        self.empty = QLabel(objectName=f"{name}Empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(f"color: {EMPTY_COLOUR};")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addWidget(self.stack, 1)

    # -- filling ---------------------------------------------------------------------
    def set_count(self, count: int, extra: str = "", urgent: bool = False) -> None:
        """'Follow-ups 5 · 2 overdue': the extra in red when it is urgent."""
        title = f"<b>{_escape(self._title)}</b>&nbsp;&nbsp;<b>{count:,}</b>"
        if extra:
            style = ' style="color: #c62828;"' if urgent else ""
            title += f" · <span{style}>{_escape(extra)}</span>"
        self.title.setText(title)

    def set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def clear(self) -> None:
        self.list.clear()

    def add_heading(self, text: str) -> None:
        item = QListWidgetItem(text, self.list)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = QFont(self.list.font())
        font.setBold(True)
        item.setFont(font)
        item.setForeground(QBrush(QColor(HEADING_COLOUR)))

    def add_line(
        self,
        text: str,
        target: tuple[str, int] | None,
        colour: str | None = None,
        tooltip: str = "",
    ) -> QListWidgetItem:
        item = QListWidgetItem(text, self.list)
        if target is not None:
            item.setData(TARGET_ROLE, target)
        if colour:
            item.setForeground(QBrush(QColor(colour)))
        if tooltip:
            item.setToolTip(tooltip)
        return item

    def add_more(self, text: str) -> None:
        item = QListWidgetItem(text, self.list)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = QFont(self.list.font())
        font.setItalic(True)
        item.setFont(font)
        item.setForeground(QBrush(QColor(EMPTY_COLOUR)))

    def finish(self, empty_text: str) -> None:
        """Show the list, or the empty line when nothing was added."""
        self.empty.setText(empty_text)
        self.stack.setCurrentWidget(self.list if self.list.count() else self.empty)

    def set_waiting(self, text: str) -> None:
        self.list.clear()
        self.empty.setText(text)
        self.stack.setCurrentWidget(self.empty)

    # -- reading ---------------------------------------------------------------------
    def is_empty(self) -> bool:
        return self.stack.currentWidget() is self.empty

    def lines(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    def targets(self) -> list[tuple[str, int]]:
        found = []
        for row in range(self.list.count()):
            target = self.list.item(row).data(TARGET_ROLE)
            if target is not None:
                found.append(tuple(target))
        return found

    def _activate(self, item: QListWidgetItem) -> None:
        target = item.data(TARGET_ROLE)
        if target is not None:
            kind, target_id = target
            self.activated.emit(str(kind), int(target_id))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
