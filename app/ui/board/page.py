"""The Today board (看板), the first screen: the date and the coming holiday, then six
panels — birthdays and anniversaries to greet, follow-ups to make, open complaints,
customers drifting away, points and package cards about to run out — for today, the
coming week or the coming 30 days.

The page is built without reading anything; the board is read each time the page is
shown (after it has painted), when the span changes, on F5, every five minutes while
shown, and when the data changes while it is shown. Double-click or Enter on a line
opens her card or the complaint.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import today as today_board
from app.services.today import Board, Span
from app.ui.board.lines import BoardTexts
from app.ui.board.panel import COMPLAINT, CUSTOMER, BoardPanel
from app.ui.calendar import labels
from app.ui.complaints.labels import DUE, OVERDUE
from app.ui.signals import app_signals

Clock = Callable[[], datetime]
GREETED = "#188038"


class TodayPage(QWidget):
    """Emits `open_customer(id)` for her card and `open_complaint(id)` for a complaint."""

    open_customer = Signal(int)
    open_complaint = Signal(int)
    find_customer = Signal(str)  # the first keys typed in the find field: search for her

    # Overdue is a matter of time: the board is read again this often while shown.
    REFRESH_INTERVAL_MS = 5 * 60_000

    def __init__(
        self, clock: Clock, operator: Callable[[], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("todayPage")
        self._clock = clock
        self._operator = operator
        self._stale = True
        self.board: Board | None = None
        self.words = BoardTexts(self)

        self.date_title = QLabel(objectName="boardDate")
        font = self.date_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.date_title.setFont(font)
        self.lunar_date = QLabel(objectName="boardLunarDate")
        self.lunar_date.setStyleSheet("color: #5f6368;")
        self.holiday_line = QLabel(objectName="boardHolidays")
        self.holiday_line.setWordWrap(True)
        self.holiday_line.setStyleSheet("color: #b06000;")

        # A name, pinyin, phone tail or a scanned card, the moment the program is open:
        # the first key typed takes the search to the customers page.
        self.find = QLineEdit(objectName="todayFind", clearButtonEnabled=True)
        self.find.setPlaceholderText(
            self.tr("Find a customer: name, pinyin, phone tail or scan her card")
        )
        self.find.setMinimumWidth(140)
        self.find.setMaximumWidth(380)
        self.find.textEdited.connect(self._find_typed)

        self.spans = QButtonGroup(self)
        self.span_buttons: dict[Span, QPushButton] = {}
        for span, text, name in (
            (Span.DAY, self.tr("Today"), "spanDay"),
            (Span.WEEK, self.tr("This week"), "spanWeek"),
            (Span.MONTH, self.tr("This month"), "spanMonth"),
        ):
            button = QPushButton(text, objectName=name, checkable=True)
            self.spans.addButton(button)
            self.span_buttons[span] = button
        self.span_buttons[Span.DAY].setChecked(True)
        self.spans.buttonClicked.connect(lambda _button: self.refresh())
        self.refresh_button = QPushButton(self.tr("Refresh"), objectName="refreshBoard")
        self.refresh_button.setToolTip(self.tr("Read the board again (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, activated=self.refresh)

        self.occasions = BoardPanel("occasions", self.tr("Birthdays & anniversaries"))
        self.follow_ups = BoardPanel("followUps", self.tr("Follow-ups"))
        self.complaints = BoardPanel("complaints", self.tr("Complaints"))
        self.waking = BoardPanel("waking", self.tr("Customers to wake"))
        self.points = BoardPanel("points", self.tr("Points about to expire"))
        self.cards = BoardPanel("cards", self.tr("Package cards expiring"))
        self.panels = [
            self.occasions, self.follow_ups, self.complaints,
            self.waking, self.points, self.cards,
        ]  # fmt: skip
        for panel in self.panels:
            panel.activated.connect(self._open)
            panel.set_waiting(self.tr("Reading…"))
        self._layout()

        signals = app_signals()
        for signal in (
            signals.customers_changed, signals.customer_changed, signals.complaints_changed,
            signals.greetings_changed, signals.calendar_changed,
        ):  # fmt: skip
            signal.connect(self._data_changed)
        self._timer = QTimer(self, interval=self.REFRESH_INTERVAL_MS)
        self._timer.timeout.connect(self._tick)

    def _layout(self) -> None:
        spans = QHBoxLayout()
        spans.setSpacing(0)
        for button in self.span_buttons.values():
            spans.addWidget(button)
        top = QHBoxLayout()
        dates = QVBoxLayout()
        dates.setSpacing(2)
        line = QHBoxLayout()
        line.addWidget(self.date_title)
        line.addSpacing(12)
        line.addWidget(self.lunar_date)
        line.addStretch(1)
        dates.addLayout(line)
        dates.addWidget(self.holiday_line)
        top.addLayout(dates, 2)
        top.addWidget(self.find, 1, Qt.AlignmentFlag.AlignTop)
        top.addSpacing(12)
        top.addLayout(spans)
        top.addSpacing(12)
        top.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignTop)
        grid = QGridLayout()
        grid.setSpacing(8)
        for index, panel in enumerate(self.panels):
            grid.addWidget(panel, index // 3, index % 3)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        for row in range(2):
            grid.setRowStretch(row, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 12)
        layout.addLayout(top)
        layout.addSpacing(4)
        layout.addLayout(grid, 1)

    def _find_typed(self, text: str) -> None:
        if text.strip():
            self.find.clear()
            self.find_customer.emit(text)

    # -- the span ------------------------------------------------------------------------
    def span(self) -> Span:
        for span, button in self.span_buttons.items():
            if button.isChecked():
                return span
        return Span.DAY

    def set_span(self, span: Span) -> None:
        self.span_buttons[span].setChecked(True)
        self.refresh()

    # -- reading -------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._timer.start()
        # Read again on every return (a sale or a card changed elsewhere may announce
        # nothing), after the page has painted: the first screen appears at once.
        self._stale = True
        QTimer.singleShot(0, self._refresh_if_shown)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        self._timer.stop()
        super().hideEvent(event)

    def _refresh_if_shown(self) -> None:
        if self.isVisible() and self._stale:
            self.refresh()

    def _data_changed(self, *_args: object) -> None:
        self._stale = True
        if self.isVisible():
            QTimer.singleShot(0, self._refresh_if_shown)

    def _tick(self) -> None:
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Read the board for the chosen span and show it."""
        now = self._clock()
        board = today_board.board(now.date(), self.span(), now)
        self.board = board
        self._stale = False
        self.date_title.setText(labels.day_title(board.today))
        self.lunar_date.setText(labels.lunar_date_text(board.today))
        strip = self.words.holiday_strip(board)
        self.holiday_line.setText(strip)
        self.holiday_line.setVisible(bool(strip))
        self._show_occasions(board)
        self._show_follow_ups(board)
        self._show_complaints(board, now)
        self._show_waking(board)
        self._show_expiring(board)

    # -- the panels ------------------------------------------------------------------------
    def _span_words(self, board: Board) -> str:
        if board.span == Span.DAY:
            return self.tr("today")
        if board.span == Span.WEEK:
            return self.tr("this week")
        return self.tr("in the next 30 days")

    def _show_occasions(self, board: Board) -> None:
        panel, section, w = self.occasions, board.occasions, self.words
        panel.clear()
        extra = self.tr("%n greeted", "", board.greeted) if board.greeted else ""
        panel.set_count(section.count, extra)
        note = self.tr("%n today", "", board.occasions_today) if board.span == Span.DAY else ""
        panel.set_note(note)
        day = None
        for item in section.items:
            if item.day != day:
                day = item.day
                panel.add_heading(w.day_heading(day, board.today))
            text, tip = w.occasion(item)
            colour = GREETED if item.sent else None
            panel.add_line(text, (CUSTOMER, item.customer_id), colour, tip)
        if section.more:
            panel.add_more(w.more(section.more))
        if board.greetings_end == board.end:
            empty = self.tr("No birthdays or anniversaries {when}.")
            panel.finish(empty.format(when=self._span_words(board)))
        else:
            panel.finish(self.tr("No birthdays or anniversaries this week."))

    def _show_follow_ups(self, board: Board) -> None:
        panel, w, today = self.follow_ups, self.words, board.today
        due, overdue, calls = board.follow_ups, board.follow_ups_overdue, board.complaint_calls
        panel.clear()
        late = overdue.count + board.complaint_calls_overdue
        extra = self.tr("%n overdue", "", late) if late else ""
        panel.set_count(due.count + overdue.count + calls.count, extra, urgent=bool(late))
        panel.set_note("")
        if calls.count:
            panel.add_heading(self.tr("Complaint follow-up calls"))
            for call in calls.items:
                text, tip = w.complaint_call(call, today)
                colour = OVERDUE if call.overdue else DUE
                panel.add_line(text, (COMPLAINT, call.complaint_id), colour, tip)
            if calls.more:
                panel.add_more(w.more(calls.more))
        if due.count:
            panel.add_heading(self.tr("Due {when}").format(when=self._span_words(board)))
            for item in due.items:
                text, tip = w.follow_up(item, today)
                panel.add_line(text, (CUSTOMER, item.customer_id), None, tip)
            if due.more:
                panel.add_more(w.more(due.more))
        if overdue.count:
            panel.add_heading(self.tr("Overdue"))
            for item in overdue.items:
                text, tip = w.follow_up(item, today)
                panel.add_line(text, (CUSTOMER, item.customer_id), OVERDUE, tip)
            if overdue.more:
                panel.add_more(w.more(overdue.more))
        empty = self.tr("No follow-ups due {when}.")
        panel.finish(empty.format(when=self._span_words(board)))

    def _show_complaints(self, board: Board, now: datetime) -> None:
        panel, section, w = self.complaints, board.complaints, self.words
        panel.clear()
        late = board.complaints_overdue
        panel.set_count(section.count, self.tr("%n overdue", "", late) if late else "", bool(late))
        for item in section.items:
            text, tip = w.complaint(item, now)
            panel.add_line(text, (COMPLAINT, item.complaint_id), OVERDUE if item.overdue else None,
                           tip)  # fmt: skip
        if section.more:
            panel.add_more(w.more(section.more))
        panel.finish(self.tr("No open complaints."))

    def _show_waking(self, board: Board) -> None:
        panel, section, w = self.waking, board.waking, self.words
        panel.clear()
        panel.set_count(section.count)
        panel.set_note(self.tr("Late by their own rhythm; the most valuable first"))
        for item in section.items:
            text, tip = w.late_customer(item, board.today)
            panel.add_line(text, (CUSTOMER, item.customer_id), None, tip)
        if section.more:
            panel.add_more(w.more(section.more))
        empty = self.tr("Nobody is drifting away {when}.")
        panel.finish(empty.format(when=self._span_words(board)))

    def _show_expiring(self, board: Board) -> None:
        w, today = self.words, board.today
        days = (board.expiry_end - board.start).days + 1
        within = self.tr("Within %n day(s)", "", days)
        for panel, section, line, empty in (
            (self.points, board.points_expiring, w.points,
             self.tr("No points expire within %n day(s).", "", days)),
            (self.cards, board.cards_expiring, w.card,
             self.tr("No package cards expire within %n day(s).", "", days)),
        ):  # fmt: skip
            panel.clear()
            panel.set_count(section.count)
            panel.set_note(within)
            for item in section.items:
                text, tip = line(item, today)
                soon = (item.expires_on - today).days < 7
                panel.add_line(text, (CUSTOMER, item.customer_id), DUE if soon else None, tip)
            if section.more:
                panel.add_more(w.more(section.more))
            panel.finish(empty)

    # -- opening -----------------------------------------------------------------------------
    def _open(self, kind: str, target_id: int) -> None:
        if kind == COMPLAINT:
            self.open_complaint.emit(target_id)
        else:
            self.open_customer.emit(target_id)
