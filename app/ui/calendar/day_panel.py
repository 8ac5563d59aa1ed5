"""The "This day" tab beside the month grid: the chosen day's solar and lunar date,
what the day is (day off, working day, festival, marketing day, the shop's own
date) and who celebrates on it; a double-click opens the customer's card."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from app.models.enums import DayKind
from app.services.birthdays import Occasion
from app.services.holidays import DayMark
from app.ui.calendar import labels
from app.ui.calendar.month_view import (
    DAY_OFF_BADGE,
    FESTIVAL,
    MARKETING,
    SHOP,
    TERM,
    WORKDAY_BADGE,
)
from app.ui.calendar.upcoming import (
    COL_DATE,
    COL_DAYS,
    OccasionTableModel,
    SentMarks,
    fit_columns,
    occasion_table,
    open_on_activate,
)

KIND_COLOURS = {
    DayKind.HOLIDAY: DAY_OFF_BADGE,
    DayKind.WORKDAY: WORKDAY_BADGE,
    DayKind.FESTIVAL: FESTIVAL,
    DayKind.MARKETING: MARKETING,
    DayKind.SHOP: SHOP,
}


class DayPanel(QWidget):
    """One day: its date, its marks and its occasions."""

    open_customer = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dayPanel")
        self.title = QLabel(objectName="dayTitle")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        self.lunar = QLabel(objectName="dayLunar")
        self.lunar.setStyleSheet("color: #5f6368;")
        self.marks = QWidget(objectName="dayMarks")
        self.marks_layout = QGridLayout(self.marks)
        self.marks_layout.setContentsMargins(0, 2, 0, 2)
        self.marks_layout.setHorizontalSpacing(10)
        self.marks_layout.setVerticalSpacing(3)
        self.marks_layout.setColumnStretch(1, 1)
        self.occasions_title = QLabel(objectName="dayOccasionsTitle")
        self.occasions_title.setWordWrap(True)
        self._mark_lines: list[str] = []
        self.model = OccasionTableModel(self)
        self.table = occasion_table(self.model, "dayOccasions")
        self.table.setSortingEnabled(False)
        self.table.setColumnHidden(COL_DATE, True)
        self.table.setColumnHidden(COL_DAYS, True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 8)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.lunar)
        layout.addWidget(self.marks)
        layout.addSpacing(4)
        layout.addWidget(self.occasions_title)
        layout.addWidget(self.table, 1)
        open_on_activate(self.table, self.model, self.open_customer.emit)

    def show_day(
        self,
        day: date,
        today: date,
        marks: list[DayMark],
        term: str,
        occasions: list[Occasion],
        sent: SentMarks,
    ) -> None:
        self.title.setText(labels.day_title(day))
        lunar = labels.lunar_date_text(day)
        if day >= today:
            lunar += " · " + labels.days_until(day, today)
        self.lunar.setText(lunar)
        lines = [
            (KIND_COLOURS.get(m.kind, SHOP), labels.kind_name(m.kind), labels.mark_name(m))
            for m in marks
        ]
        if term:
            lines.append((TERM, self.tr("Solar term"), term))
        self._show_marks(lines)
        if occasions:
            self.occasions_title.setText(
                self.tr("%n occasion(s) — double-click to open the card", "", len(occasions))
            )
        else:
            self.occasions_title.setText(self.tr("No birthdays or anniversaries on this day."))
        self.table.setVisible(bool(occasions))
        self.model.set_occasions(occasions, today, sent)
        fit_columns(self.table)

    def _show_marks(self, lines: list[tuple[QColor, str, str]]) -> None:
        """One row per mark: its kind as a coloured tag, then its name."""
        while self.marks_layout.count():
            item = self.marks_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for row, (colour, kind, name) in enumerate(lines):
            self.marks_layout.addWidget(tag(colour, kind), row, 0)
            self.marks_layout.addWidget(QLabel(name), row, 1)
        self.marks.setVisible(bool(lines))
        self._mark_lines = [f"{kind} {name}" for _, kind, name in lines]

    def mark_lines(self) -> list[str]:
        """What the marks say, as text (for tests)."""
        return list(self._mark_lines)


def tag(colour: QColor, text: str) -> QLabel:
    """● text, in a colour: a kind of day or of occasion."""
    label = QLabel(f"● {text}")
    label.setStyleSheet(f"color: {colour.name()};")
    return label
