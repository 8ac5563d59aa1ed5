"""Parts of the greetings panel: one list (a heading with its counts, a note, the
table, and marking its rows sent), the festival selector, and the Excel export.

The panel has two lists: the customers to greet, and apart from them those who
have not agreed to marketing messages.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import greetings
from app.ui import prompts, texts
from app.ui.calendar import labels
from app.ui.calendar.greetings_model import (
    COL_AGE,
    COL_DAY,
    COL_MEMBER_NO,
    COL_MESSAGE,
    COL_MOBILE,
    COL_NAME,
    COL_OCCASION,
    COL_SENT,
    COL_WECHAT,
    GreetingTableModel,
)

WIDTHS = {
    COL_SENT: 40,
    COL_NAME: 80,
    COL_MEMBER_NO: 80,
    COL_OCCASION: 130,
    COL_AGE: 110,
    COL_MOBILE: 104,
    COL_WECHAT: 110,
}
# Shown only when the list is at least this wide, in this order.
OPTIONAL_COLUMNS = ((COL_MOBILE, 700), (COL_AGE, 820), (COL_WECHAT, 940), (COL_MEMBER_NO, 1040))
NOTE_STYLE = "color: #a15c00;"
EXPORT_NAME = QT_TRANSLATE_NOOP("GreetingsPanel", "Greetings {date}")
EXPORT_TITLE = QT_TRANSLATE_NOOP("GreetingsPanel", "Export to Excel")
EXCEL_FILES = QT_TRANSLATE_NOOP("GreetingsPanel", "Excel workbooks (*.xlsx)")
WRITING = QT_TRANSLATE_NOOP("GreetingsPanel", "Writing the Excel file…")
BUSY_FROM = 300  # rows marked at once before the work leaves the UI thread


class GreetingSection(QWidget):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.model = GreetingTableModel(self)
        self.heading = QLabel(objectName=f"{name}Heading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.note = QLabel(objectName=f"{name}Note", wordWrap=True)
        self.note.setStyleSheet(NOTE_STYLE)
        self.note.hide()
        self.table = QTableView(objectName=f"{name}Table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        # Fixed row heights: a view of 100,000 rows never measures them.
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        for column, width in WIDTHS.items():
            header.resizeSection(column, width)
        self.table.setColumnHidden(COL_DAY, True)  # one day: the panel's title says it
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        """In a narrow place the message keeps its room: the details go first (they
        remain in the name's tooltip)."""
        super().resizeEvent(event)
        for column, needed in OPTIONAL_COLUMNS:
            self.table.setColumnHidden(column, event.size().width() < needed)

    def has_selection(self) -> bool:
        return self.table.selectionModel().hasSelection()

    def selected_rows(self) -> list[int]:
        # From the selection's ranges: one index per row would cost ~1 s at 100,000 rows.
        rows: set[int] = set()
        for block in self.table.selectionModel().selection():
            rows.update(range(block.top(), block.bottom() + 1))
        return sorted(rows)

    def current_row(self) -> int | None:
        """The row the keyboard is on if it is selected, else the first selected one."""
        rows = self.selected_rows()
        current = self.table.currentIndex().row()
        if current in rows:
            return current
        return rows[0] if rows else None

    def select(self, row: int) -> None:
        """Select one row, whatever keys are held (selectRow would toggle under Ctrl)."""
        if 0 <= row < self.model.rowCount():
            index = self.model.index(row, COL_NAME)
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
            flags |= QItemSelectionModel.SelectionFlag.Rows
            self.table.selectionModel().setCurrentIndex(index, flags)
            self.table.scrollTo(index)

    def set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def mark(self, rows: list[int], now: datetime, operator: str) -> None:
        """Record the rows' greetings as sent, with the message each got; the line
        selected afterwards holds the next person to greet."""
        rows = [r for r in rows if not self.model.item(r).sent]
        if not rows:
            return
        composed = self.model.composed(rows)

        def write() -> None:
            done = list(composed)
            greetings.mark_sent([d[0] for d in done], now, operator, [d[2] for d in done])

        self._run(self.tr("Marking the greetings as sent…"), len(rows), write)
        self.model.set_sent(rows, now)
        self.select(min(min(rows), self.model.rowCount() - 1))

    def unmark(self, rows: list[int]) -> None:
        items = [self.model.item(r) for r in rows if self.model.item(r).sent]
        rows = [r for r in rows if self.model.item(r).sent]
        if not rows:
            return

        def write() -> None:
            greetings.mark_unsent(items)

        self._run(self.tr("Marking the greetings as not sent…"), len(rows), write)
        self.select(min(self.model.set_sent(rows, None)))

    def _run(self, label: str, count: int, work: Callable[[], None]) -> None:
        """A few rows at once; a festival's thousands off the UI thread."""
        if count <= BUSY_FROM:
            work()
            return
        from app.ui.background import run_busy

        run_busy(self, label, work)


class MessagePreview(QLabel):
    """The whole message of the selected customer, as it will be copied: the list's
    column is often too narrow to read it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("greetingPreview")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("QLabel { background: #f6f8f6; padding: 6px; }")
        self.setFixedHeight(4 * self.fontMetrics().lineSpacing() + 16)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def show_row(self, model: GreetingTableModel | None, row: int | None) -> None:
        if model is None or row is None:
            self.setStyleSheet("QLabel { background: #f6f8f6; padding: 6px; color: #888; }")
            self.setText(self.tr("Select a customer to read her whole message here."))
            return
        withheld = model.is_withheld(row)
        color = NOTE_STYLE if withheld else ""
        self.setStyleSheet(f"QLabel {{ background: #f6f8f6; padding: 6px; {color} }}")
        text = model.index(row, COL_MESSAGE).data(Qt.ItemDataRole.ToolTipRole)
        self.setText(f"{model.item(row).name}: {text}")


class FestivalChoice(QWidget):
    """ "Also send festival greetings: 中秋节", shown on festival days only."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("greetingsFestivalRow")
        self._codes: list[str] = []
        self.check = QCheckBox(objectName="greetingsFestival")
        self.choice = QComboBox(objectName="greetingsFestivalChoice")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check)
        row.addWidget(self.choice)
        row.addStretch()
        self.hide()
        self.check.toggled.connect(self.changed)
        self.choice.currentIndexChanged.connect(
            lambda: self.changed.emit() if self.check.isChecked() else None
        )

    def set_festivals(self, codes: list[str]) -> None:
        """Offer the day's festivals, none chosen (the same ones again keep the choice);
        hidden when there are none."""
        if codes == self._codes:
            return
        self._codes = list(codes)
        names = [labels.festival_name(c) for c in codes]
        for widget in (self.check, self.choice):
            widget.blockSignals(True)
        self.check.setChecked(False)
        self.choice.clear()
        for code, name in zip(codes, names, strict=True):
            self.choice.addItem(name, code)
        if len(codes) == 1:
            text = self.tr("Also send festival greetings: {festival}").format(festival=names[0])
        else:
            text = self.tr("Also send festival greetings:")
        self.check.setText(text)
        self.choice.setVisible(len(codes) > 1)
        self.setVisible(bool(codes))
        for widget in (self.check, self.choice):
            widget.blockSignals(False)

    def code(self) -> str | None:
        if not self.check.isChecked() or self.choice.count() == 0:
            return None
        return str(self.choice.currentData())


def export_lists(
    parent: QWidget, models: list[GreetingTableModel], day: date, path: str = ""
) -> Path | None:
    """Write the lists' rows, messages composed, to an .xlsx file (asking where when no
    path is given); a file that cannot be written is a message, not a crash."""
    from app.services.messages import ServiceError
    from app.ui.application import current_language
    from app.ui.background import run_busy

    def _t(text: str) -> str:
        return QCoreApplication.translate("GreetingsPanel", text)

    title = _t(EXPORT_NAME).format(date=day.isoformat())
    if not path:
        path = prompts.save_file(parent, _t(EXPORT_TITLE), _t(EXCEL_FILES), f"{title}.xlsx")
    if not path:
        return None
    if not path.lower().endswith(".xlsx"):
        path += ".xlsx"
    target, language = Path(path), current_language()
    rows = itertools.chain.from_iterable(m.composed() for m in models)
    try:
        return run_busy(
            parent,
            _t(WRITING),
            lambda: greetings.export_greetings(rows, target, language, title),
        )
    except ServiceError as exc:
        prompts.warn(parent, _t(EXPORT_TITLE), texts.message(exc.message))
        return None
