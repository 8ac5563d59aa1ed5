"""The month grid: six weeks of seven days (Monday first), each day with its lunar
date or festival, the official 休/班 badge, the shop's dates and the customers
who celebrate.

The whole 42-day window is read at once and each cell's texts are prepared then;
painting a cell only reads what was prepared. A shop with many customers (hundreds
of birthdays a day at 100,000) gets each day's counts, read from the month-day
indexes alone, and a day's names when the day is opened: the month must paint at
once at any size.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.models.enums import Calendar, DayKind, OccasionKind
from app.services import birthdays, holidays
from app.services.birthdays import Occasion
from app.services.holidays import DayMark
from app.ui.calendar import labels

Index = QModelIndex | QPersistentModelIndex

ROWS = 6
COLUMNS = 7
CELL_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_LINES = 8  # occasion lines a cell can show; the rest are counted
TOOLTIP_OCCASIONS = 15  # names listed in a day's tooltip; the rest are counted
# Up to this many occasions in the six weeks, the cells show names; above, counts.
NAMES_UP_TO = 1500

# Calm colours: one accent, red for days off and festivals, a colour per occasion.
ACCENT = QColor("#1a73e8")
SELECTED_FILL = QColor("#e8f0fe")
OTHER_MONTH_FILL = QColor("#f6f7f9")
DAY_OFF_FILL = QColor("#fff5f4")
TEXT = QColor("#202124")
MUTED = QColor("#9aa0a6")
LUNAR = QColor("#80868b")
FESTIVAL = QColor("#c5221f")
MARKETING = QColor("#b06000")
TERM = QColor("#188038")
SHOP = QColor("#8430ce")
DAY_OFF_BADGE = QColor("#d93025")
ESTIMATED_BADGE = QColor("#ee8a83")
WORKDAY_BADGE = QColor("#6b7178")
OCCASION_COLOURS = {
    "solar": QColor("#d81b60"),
    "lunar": QColor("#e37400"),
    OccasionKind.ANNIVERSARY.value: QColor("#8e24aa"),
    OccasionKind.FAMILY_BIRTHDAY.value: QColor("#00897b"),
}


@dataclass
class DayCell:
    """What one cell shows, prepared when the month is loaded."""

    day: date
    in_month: bool
    small_text: str = ""  # the lunar day, or the festival / solar term of the day
    small_colour: QColor = field(default_factory=lambda: LUNAR)
    badge: DayKind | None = None  # HOLIDAY (休) or WORKDAY (班)
    estimated: bool = False
    shop_names: list[str] = field(default_factory=list)
    lines: list[tuple[str, str]] = field(default_factory=list)  # (colour key, text)
    count: int = 0


def colour_key(occ: Occasion) -> str:
    if occ.kind == OccasionKind.BIRTHDAY:
        return occ.calendar.value
    return occ.kind.value


def first_shown_day(year: int, month: int) -> date:
    first = date(year, month, 1)
    return first - timedelta(days=first.weekday())


class MonthModel(QAbstractTableModel):
    """Six weeks around one month; `show_month` reads everything the cells need."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.year, self.month = 2000, 1
        self.today = date.min
        self.start = first_shown_day(2000, 1)
        self._cells: list[DayCell] = []
        self._occasions: dict[date, list[Occasion]] = {}
        self._counts: dict[date, dict[OccasionKind, int]] = {}
        self._names = True  # the occasions of every day are loaded
        self._marks: dict[date, list[DayMark]] = {}
        self._terms: dict[date, str] = {}

    def show_month(self, year: int, month: int, today: date) -> None:
        self.beginResetModel()
        self.year, self.month, self.today = year, month, today
        self.start = first_shown_day(year, month)
        end = self.start + timedelta(days=ROWS * COLUMNS)
        self._counts = birthdays.occasion_counts(self.start, end)
        total = sum(sum(per_day.values()) for per_day in self._counts.values())
        self._names = total <= NAMES_UP_TO
        self._occasions = defaultdict(list)
        if self._names:
            for occ in birthdays.occasions_between(self.start, end):
                self._occasions[occ.day].append(occ)
        self._marks = defaultdict(list)
        for mark in holidays.marks_between(self.start, end):
            self._marks[mark.day].append(mark)
        self._terms = dict(holidays.terms_between(self.start, end))
        self._cells = [self._cell(self.start + timedelta(days=i)) for i in range(ROWS * COLUMNS)]
        self.endResetModel()

    def _cell(self, day: date) -> DayCell:
        cell = DayCell(day, day.month == self.month)
        marks = self._marks.get(day, [])
        festivals = [m for m in marks if m.kind == DayKind.FESTIVAL]
        marketing = [m for m in marks if m.kind == DayKind.MARKETING]
        if festivals:
            cell.small_text, cell.small_colour = labels.mark_name(festivals[0]), FESTIVAL
        elif day in self._terms:
            cell.small_text, cell.small_colour = self.term_on(day), TERM
        elif marketing:
            cell.small_text, cell.small_colour = labels.mark_name(marketing[0]), MARKETING
        else:
            cell.small_text = labels.lunar_day_text(day)
        for mark in marks:
            if mark.kind in (DayKind.HOLIDAY, DayKind.WORKDAY):
                cell.badge, cell.estimated = mark.kind, mark.estimated
            elif mark.kind == DayKind.SHOP:
                cell.shop_names.append(mark.name)
        if self._names:
            occasions = self._occasions.get(day, [])
            cell.count = len(occasions)
            cell.lines = [(colour_key(o), self._short(o)) for o in occasions[:MAX_LINES]]
        else:
            cell.lines = self._count_lines(self._counts.get(day, {}))
            cell.count = len(cell.lines)  # every occasion is counted in a line
        return cell

    def _count_lines(self, per_day: dict[OccasionKind, int]) -> list[tuple[str, str]]:
        """ "283 birthdays", "41 anniversaries", "30 in the family" for a large shop."""
        lines = []
        if per_day.get(OccasionKind.BIRTHDAY):
            text = self.tr("%n birthday(s)", "", per_day[OccasionKind.BIRTHDAY])
            lines.append(("solar", text))
        if per_day.get(OccasionKind.ANNIVERSARY):
            text = self.tr("%n anniversary(-ies)", "", per_day[OccasionKind.ANNIVERSARY])
            lines.append((OccasionKind.ANNIVERSARY.value, text))
        if per_day.get(OccasionKind.FAMILY_BIRTHDAY):
            text = self.tr("%n in the family", "", per_day[OccasionKind.FAMILY_BIRTHDAY])
            lines.append((OccasionKind.FAMILY_BIRTHDAY.value, text))
        return lines

    def _short(self, occ: Occasion) -> str:
        """张丽, 张丽 (农历), 张丽 (纪念日), 张丽 (女儿): one cell line."""
        if occ.kind == OccasionKind.ANNIVERSARY:
            return self.tr("{name} (anniversary)").format(name=occ.name)
        if occ.kind == OccasionKind.FAMILY_BIRTHDAY:
            relation = occ.relation or self.tr("family")
            return self.tr("{name} ({relation})").format(name=occ.name, relation=relation)
        if occ.calendar == Calendar.LUNAR:
            return self.tr("{name} (lunar)").format(name=occ.name)
        return occ.name

    # -- what the page uses ---------------------------------------------------
    def day_at(self, index: Index) -> date | None:
        if not index.isValid():
            return None
        return self.start + timedelta(days=index.row() * COLUMNS + index.column())

    def index_of(self, day: date) -> QModelIndex:
        offset = (day - self.start).days
        if not 0 <= offset < ROWS * COLUMNS:
            return QModelIndex()
        return self.index(offset // COLUMNS, offset % COLUMNS)

    def cell(self, day: date) -> DayCell | None:
        index = self.index_of(day)
        return self._cells[index.row() * COLUMNS + index.column()] if index.isValid() else None

    def occasions_on(self, day: date) -> list[Occasion]:
        if not self._names and day not in self._occasions and self.index_of(day).isValid():
            # A large shop's day is read when it is opened (~3 ms for 400 occasions).
            self._occasions[day] = birthdays.occasions_between(day, day + timedelta(days=1))
        return list(self._occasions.get(day, []))

    def marks_on(self, day: date) -> list[DayMark]:
        return list(self._marks.get(day, []))

    def term_on(self, day: date) -> str:
        """The solar term that begins on the day (立冬, Start of Winter), or ""."""
        term = self._terms.get(day)
        return labels.term_name(term) if term else ""

    def tooltip(self, day: date) -> str:
        """Everything of the day, one line each."""
        lines = [labels.day_title(day), labels.lunar_date_text(day)]
        lines += [f"{labels.kind_name(m.kind)}: {labels.mark_name(m)}" for m in self.marks_on(day)]
        if self.term_on(day):
            lines.append(self.term_on(day))
        occasions = self.occasions_on(day)
        for occ in occasions[:TOOLTIP_OCCASIONS]:
            age = labels.age_text(occ)
            text = f"{occ.name} · {labels.occasion_label(occ)}"
            lines.append(f"{text} · {age}" if age else text)
        if len(occasions) > TOOLTIP_OCCASIONS:
            more = len(occasions) - TOOLTIP_OCCASIONS
            lines.append(self.tr("… and {count} more").format(count=more))
        return "\n".join(lines)

    # -- Qt model -----------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or not self._cells else ROWS

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or not self._cells else COLUMNS

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < COLUMNS
        ):
            return QLocale().dayName(section + 1, QLocale.FormatType.ShortFormat)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not self._cells:
            return None
        cell = self._cells[index.row() * COLUMNS + index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(cell.day.day)
        if role == CELL_ROLE:
            return cell
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(cell.day)
        return None


class _Fonts:
    """The delegate's fonts for one base font, made once."""

    def __init__(self, base: QFont) -> None:
        self.number = QFont(base)
        self.number.setPointSizeF(base.pointSizeF() * 1.2)
        self.number.setBold(True)
        self.small = QFont(base)
        self.small.setPointSizeF(base.pointSizeF() * 0.85)
        self.name = QFont(base)
        self.name.setPointSizeF(base.pointSizeF() * 0.95)
        self.number_metrics = QFontMetrics(self.number)
        self.small_metrics = QFontMetrics(self.small)
        self.name_metrics = QFontMetrics(self.name)


class DayDelegate(QStyledItemDelegate):
    """Paints a prepared DayCell: number and badge, lunar line, shop dates, occasions."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.day_names = {DayKind.HOLIDAY: self.tr("Off"), DayKind.WORKDAY: self.tr("Work")}
        self._font_cache: dict[str, _Fonts] = {}

    def _fonts(self, base: QFont) -> _Fonts:
        key = base.key()
        if key not in self._font_cache:
            self._font_cache[key] = _Fonts(base)
        return self._font_cache[key]

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        cell: DayCell | None = index.data(CELL_ROLE)
        if cell is None:
            return
        model = index.model()
        today = isinstance(model, MonthModel) and cell.day == model.today
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        rect: QRect = option.rect  # type: ignore[attr-defined]
        fonts = self._fonts(option.font)  # type: ignore[attr-defined]
        dim = not cell.in_month
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if selected:
            fill = SELECTED_FILL
        elif dim:
            fill = OTHER_MONTH_FILL
        else:
            fill = DAY_OFF_FILL if cell.badge == DayKind.HOLIDAY else QColor("white")
        painter.fillRect(rect, fill)
        if selected or today:
            painter.setPen(QPen(ACCENT, 2 if today else 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        inner = rect.adjusted(6, 3, -5, -3)

        # The day number (today's in a filled accent pill) and the 休/班 badge.
        number = str(cell.day.day)
        top = fonts.number_metrics.height()
        number_rect = QRect(inner.left(), inner.top(), inner.width(), top)
        painter.setFont(fonts.number)
        if today:
            pill = QRect(inner.left() - 4, inner.top(), 0, top)
            pill.setWidth(max(top, fonts.number_metrics.horizontalAdvance(number) + 10))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ACCENT)
            painter.drawRoundedRect(pill, top / 2, top / 2)
            painter.setPen(QColor("white"))
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, number)
        else:
            colour = FESTIVAL if cell.badge == DayKind.HOLIDAY else TEXT
            painter.setPen(MUTED if dim else colour)
            painter.drawText(number_rect, Qt.AlignmentFlag.AlignVCenter, number)
        painter.setFont(fonts.small)
        small = fonts.small_metrics
        if cell.badge is not None:
            self._paint_badge(painter, cell, number_rect, small)

        # The lunar line, then the shop's dates and the occasions as space allows.
        y = inner.top() + top
        painter.setPen(MUTED if dim else cell.small_colour)
        self._line(painter, small, inner.left(), y, inner.width(), cell.small_text)
        y += small.height() + 2
        painter.setFont(fonts.name)
        metrics = fonts.name_metrics
        line = metrics.height()
        room = max(0, (inner.bottom() - y + 1) // line)
        for name in cell.shop_names[:room]:
            painter.setPen(MUTED if dim else SHOP)
            self._line(painter, metrics, inner.left(), y, inner.width(), f"★ {name}")
            y, room = y + line, room - 1
        shown = min(len(cell.lines), room)
        if shown < cell.count:
            shown = min(shown, max(0, room - 1))  # keep a line for "+N"
        dot = max(5, line // 3)
        for key, text in cell.lines[:shown]:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(MUTED if dim else OCCASION_COLOURS.get(key, ACCENT))
            painter.drawEllipse(inner.left(), y + (line - dot) // 2, dot, dot)
            painter.setPen(MUTED if dim else TEXT)
            left = inner.left() + dot + 4
            self._line(painter, metrics, left, y, inner.right() - left + 1, text)
            y += line
        if shown < cell.count and room > shown:
            painter.setPen(MUTED if dim else ACCENT)
            painter.setFont(fonts.small)
            more = self.tr("+{count} more").format(count=cell.count - shown)
            self._line(painter, small, inner.left(), y, inner.width(), more)
        painter.restore()

    def _paint_badge(
        self, painter: QPainter, cell: DayCell, number_rect: QRect, metrics: QFontMetrics
    ) -> None:
        assert cell.badge is not None
        text = self.day_names[cell.badge]
        width = metrics.horizontalAdvance(text) + 8
        height = metrics.height() + 2
        badge = QRect(number_rect.right() - width + 1, number_rect.top() + 1, width, height)
        colour = WORKDAY_BADGE if cell.badge == DayKind.WORKDAY else DAY_OFF_BADGE
        if cell.estimated:
            colour = ESTIMATED_BADGE
        if not cell.in_month:
            colour = QColor(colour)
            colour.setAlpha(110)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(badge, 3, 3)
        painter.setPen(QColor("white"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)

    @staticmethod
    def _line(
        painter: QPainter, metrics: QFontMetrics, x: int, y: int, width: int, text: str
    ) -> None:
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        painter.drawText(
            QRect(x, y, width, metrics.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            elided,
        )
