"""The words of the Today board in the user's language: each item as one short line
(and a tooltip with the rest), day headings, the holiday strip.

A QObject, so counts go through tr() with %n: lupdate marks only those as plural."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QObject

from app.models.enums import Calendar, DayKind
from app.services import holidays
from app.services.today import (
    Board,
    CardItem,
    ComplaintCallItem,
    ComplaintItem,
    FollowUpItem,
    HolidayItem,
    OccasionItem,
    Span,
)
from app.ui import texts
from app.ui.calendar import labels
from app.ui.complaints import labels as complaint_labels

if TYPE_CHECKING:  # loaded with the first board, not with this module
    from app.services.insight import LateCustomer
    from app.services.points_expiry import ExpiringPoints

SEP = " · "


def listed(names: list[str]) -> str:
    return ("、" if texts.is_chinese() else ", ").join(names)


class BoardTexts(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._complaint_words = complaint_labels.Complaints(self)

    # -- days -------------------------------------------------------------------------
    def day(self, day: date) -> str:
        """Tue 24 Nov / 11月24日 周二."""
        qdate = QDate(day.year, day.month, day.day)
        if texts.is_chinese():
            weekday = QLocale().dayName(qdate.dayOfWeek(), QLocale.FormatType.ShortFormat)
            return f"{day.month}月{day.day}日 {weekday}"
        return QLocale().toString(qdate, "ddd d MMM")

    def days(self, first: date, last: date) -> str:
        if first == last:
            return self.day(first)
        return self.tr("{first} – {last}").format(first=self.day(first), last=self.day(last))

    def day_heading(self, day: date, today: date) -> str:
        """Today · Sun 22 Nov; Tue 24 Nov · in 2 days."""
        offset = (day - today).days
        if offset == 0:
            return self.tr("Today") + SEP + self.day(day)
        if offset == 1:
            return self.tr("Tomorrow") + SEP + self.day(day)
        return self.day(day) + SEP + labels.days_until(day, today)

    def late(self, days: int) -> str:
        return self.tr("%n day(s) late", "", days)

    # -- birthdays ----------------------------------------------------------------------
    def occasion(self, item: OccasionItem) -> tuple[str, str]:
        occ = item.occasion
        what = labels.occasion_label(occ)
        if occ.person:
            what += f"（{occ.person}）" if texts.is_chinese() else f" ({occ.person})"
        parts = [occ.name, what, labels.age_text(occ)]
        parts.append(self.tr("✓ greeted") if item.sent else self.tr("not greeted yet"))
        tip = [occ.member_no, occ.mobile or occ.wechat]
        if occ.born_year or occ.calendar == Calendar.LUNAR:
            tip.append(self.tr("born {date}").format(date=texts.birthday(occ.born)))
        return SEP.join(p for p in parts if p), SEP.join(t for t in tip if t)

    # -- follow-ups ---------------------------------------------------------------------
    def follow_up(self, item: FollowUpItem, today: date) -> tuple[str, str]:
        when = self.late(item.days_late) if item.overdue else labels.days_until(item.due, today)
        parts = [item.name, when]
        if item.note:
            parts.append(item.note)
        tip = self.tr("Due {due}; last follow-up {done} by {channel}").format(
            due=self.day(item.due), done=self.day(item.last_done_on),
            channel=texts.channel(item.channel),
        )  # fmt: skip
        return SEP.join(parts), SEP.join(t for t in (item.member_no, item.mobile, tip) if t)

    def complaint_call(self, item: ComplaintCallItem, today: date) -> tuple[str, str]:
        who = item.name or item.contact or complaint_labels.t(complaint_labels.ANONYMOUS)
        when = self.late(item.days_late) if item.overdue else labels.days_until(item.due, today)
        text = SEP.join(p for p in (who, when, self.tr("complaint: {summary}").format(
            summary=item.summary)) if p)  # fmt: skip
        tip = self.tr("Call her back about the complaint she made; due {due}").format(
            due=self.day(item.due)
        )
        return text, tip

    # -- complaints ---------------------------------------------------------------------
    def complaint(self, item: ComplaintItem, now: datetime) -> tuple[str, str]:
        row = item.row
        who = row.customer_name or row.contact or complaint_labels.t(complaint_labels.ANONYMOUS)
        if item.overdue:
            gap = now - row.promised_by
            minutes = int(gap.total_seconds() // 60)
            when = self._complaint_words.late(gap.days, minutes // 60, minutes % 60)
        else:
            when = self.tr("answer by {time}").format(time=self.promised(row.promised_by, now))
        parts = [who, when, complaint_labels.category(row.category), row.summary]
        tip = SEP.join(
            (complaint_labels.status(row.status), complaint_labels.severity(row.severity),
             self.tr("received {time}").format(time=texts.date_time(row.received_at)))
        )  # fmt: skip
        return SEP.join(p for p in parts if p), tip

    def promised(self, at: datetime, now: datetime) -> str:
        if at.date() == now.date():
            return self.tr("today {time}").format(time=at.strftime("%H:%M"))
        return f"{self.day(at.date())} {at.strftime('%H:%M')}"

    # -- customers to wake --------------------------------------------------------------
    def late_customer(self, item: LateCustomer, today: date) -> tuple[str, str]:
        parts = [item.name, self.tr("%n day(s) since her last visit", "", item.days_since)]
        if item.late_on > today:  # becomes late within the span
            parts.append(self.tr("late from {day}").format(day=self.day(item.late_on)))
        if item.usual_gap_days:
            parts.append(self.tr("usually every %n day(s)", "", item.usual_gap_days))
        if item.monetary_fen:
            parts.append(texts.money(item.monetary_fen))
        tip = [
            item.member_no,
            item.mobile or "",
            self.tr("last visit {date}").format(date=texts.short_date(item.last_visit)),
            self.tr("%n visit(s) in all", "", item.visit_count),
        ]
        return SEP.join(parts), SEP.join(t for t in tip if t)

    # -- what runs out ------------------------------------------------------------------
    def points(self, item: ExpiringPoints, today: date) -> tuple[str, str]:
        amount = self.tr("%n point(s)", "", item.points)
        when = self.tr("expire {day} ({when})").format(
            day=self.day(item.expires_on), when=labels.days_until(item.expires_on, today)
        )
        tip = SEP.join(t for t in (item.member_no, item.mobile) if t)
        return SEP.join((item.name, amount, when)), tip

    def card(self, item: CardItem, today: date) -> tuple[str, str]:
        left = self.tr("%n session(s) left", "", item.sessions_left)
        when = self.tr("expires {day} ({when})").format(
            day=self.day(item.expires_on), when=labels.days_until(item.expires_on, today)
        )
        tip = SEP.join(t for t in (item.member_no, item.mobile) if t)
        return SEP.join((item.name, item.card_name, left, when)), tip

    def more(self, count: int) -> str:
        return self.tr("… and %n more", "", count)

    # -- holidays -----------------------------------------------------------------------
    def holiday(self, item: HolidayItem) -> str:
        mark = holidays.DayMark(item.day, item.kind, item.code, item.name, item.estimated)
        name = labels.mark_name(mark)
        if item.kind == DayKind.HOLIDAY:
            name = self.tr("{name} (day off)").format(name=name)
        return name

    def holiday_strip(self, board: Board) -> str:
        """Today: Winter Solstice · Next: New Year's Day, Thu 1 Jan, in 39 days."""
        parts = []
        if board.span == Span.DAY:
            names = listed([self.holiday(h) for h in board.holidays])
            if names:
                parts.append(self.tr("Today: {names}").format(names=names))
        else:
            names = listed(
                [f"{self.holiday(h)} ({self.days(h.day, h.last_day)})" for h in board.holidays]
            )
            if names:
                label = self.tr("This week: {names}") if board.span == Span.WEEK else None
                label = label or self.tr("Next 30 days: {names}")
                parts.append(label.format(names=names))
        nxt = board.next_holiday
        if nxt is not None:
            parts.append(
                self.tr("Next: {name}, {days} ({when})").format(
                    name=self.holiday(nxt), days=self.days(nxt.day, nxt.last_day),
                    when=labels.days_until(nxt.day, board.today),
                )
            )  # fmt: skip
        return "   ·   ".join(parts)
