"""A birthday as shops know it: solar or lunar, year optional, lunar leap month."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QSpinBox, QWidget

from app.models.enums import Calendar
from app.services.dto import Birthday
from app.ui import texts

NO_YEAR = 1899  # the spin box's minimum, shown as "year unknown"
MAX_YEAR = 2100


class BirthdayEdit(QWidget):
    """Calendar (none/solar/lunar), year (optional), month, day and the leap flag."""

    changed = Signal()

    def __init__(self, lunar_allowed: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lunar_allowed = lunar_allowed
        self.calendar = QComboBox(objectName="birthdayCalendar")
        self.calendar.addItem(self.tr("Not given"), None)
        self.calendar.addItem(texts.t(texts.CALENDARS[Calendar.SOLAR]), Calendar.SOLAR)
        if lunar_allowed:
            self.calendar.addItem(texts.t(texts.CALENDARS[Calendar.LUNAR]), Calendar.LUNAR)
        self.year = QSpinBox(objectName="birthdayYear")
        self.year.setRange(NO_YEAR, MAX_YEAR)
        self.year.setSpecialValueText(self.tr("Year unknown"))
        self.year.setValue(NO_YEAR)
        self.year.setMinimumWidth(
            self.year.fontMetrics().horizontalAdvance(self.year.specialValueText()) + 40
        )
        self.year.setToolTip(self.tr("Leave at 'Year unknown' when only the day is known."))
        self.month = QComboBox(objectName="birthdayMonth")
        self.day = QComboBox(objectName="birthdayDay")
        self.leap = QCheckBox(self.tr("Leap month"), objectName="birthdayLeap")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.calendar, self.year, self.month, self.day, self.leap):
            layout.addWidget(widget)
        layout.addStretch(1)
        self._fill_names()
        self.calendar.currentIndexChanged.connect(self._calendar_changed)
        for signal in (
            self.year.valueChanged,
            self.month.currentIndexChanged,
            self.day.currentIndexChanged,
            self.leap.toggled,
        ):
            signal.connect(self.changed)
        self._calendar_changed()

    def _calendar(self) -> Calendar | None:
        value = self.calendar.currentData()
        return Calendar(value) if value is not None else None

    def _fill_names(self) -> None:
        lunar = self._calendar() == Calendar.LUNAR
        month, day = self.month.currentIndex(), self.day.currentIndex()
        self.month.blockSignals(True)
        self.day.blockSignals(True)
        self.month.clear()
        self.day.clear()
        for m in range(1, 13):
            self.month.addItem(texts.lunar_month_name(m) if lunar else self._solar_month(m), m)
        for d in range(1, 31 if lunar else 32):
            self.day.addItem(texts.lunar_day_name(d) if lunar else self._solar_day(d), d)
        self.month.setCurrentIndex(max(month, 0))
        self.day.setCurrentIndex(min(max(day, 0), self.day.count() - 1))
        self.month.blockSignals(False)
        self.day.blockSignals(False)

    def _solar_month(self, month: int) -> str:
        return (
            self.tr("Month {month}").format(month=month) if not texts.is_chinese() else f"{month}月"
        )

    def _solar_day(self, day: int) -> str:
        return self.tr("Day {day}").format(day=day) if not texts.is_chinese() else f"{day}日"

    def _calendar_changed(self) -> None:
        cal = self._calendar()
        self._fill_names()
        for widget in (self.year, self.month, self.day):
            widget.setEnabled(cal is not None)
        self.leap.setVisible(cal == Calendar.LUNAR)
        if cal != Calendar.LUNAR:
            self.leap.setChecked(False)
        self.changed.emit()

    def value(self) -> Birthday | None:
        cal = self._calendar()
        if cal is None:
            return None
        year = self.year.value()
        return Birthday(
            cal,
            int(self.month.currentData()),
            int(self.day.currentData()),
            None if year == NO_YEAR else year,
            self.leap.isChecked() if cal == Calendar.LUNAR else False,
        )

    def set_value(self, value: Birthday | None) -> None:
        if value is None or (value.calendar == Calendar.LUNAR and not self._lunar_allowed):
            self.calendar.setCurrentIndex(0)
            return
        self.calendar.setCurrentIndex(self.calendar.findData(value.calendar))
        self._fill_names()
        self.year.setValue(value.year or NO_YEAR)
        self.month.setCurrentIndex(value.month - 1)
        self.day.setCurrentIndex(min(value.day, self.day.count()) - 1)
        self.leap.setChecked(value.leap)
