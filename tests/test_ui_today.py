"""The Today board through the real page: a sample salon's day shows whom to greet,
whom to call back, the late complaints and the customers drifting away, with true
counts in the titles and overdue lines in red; a double-click or Enter opens her
card or the complaint; the span switch reads the week; an empty shop says so."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from app.services import complaints, customers, insight
from app.services.complaints import ComplaintData
from app.services.demo import fill_demo
from app.services.dto import CustomerData
from app.services.today import Span, board
from app.ui.board.page import TodayPage
from app.ui.board.panel import COMPLAINT, CUSTOMER, TARGET_ROLE
from app.ui.complaints.labels import OVERDUE

NOW = datetime(2026, 11, 22, 10, 30)
COUNT = 300


def make_page(qtbot, now: datetime = NOW) -> TodayPage:
    page = TodayPage(lambda: now, lambda: "前台")
    qtbot.addWidget(page)
    page.resize(1100, 720)
    return page


@pytest.fixture
def shop(db) -> int:
    """300 sample customers of a salon, the same on every run."""
    count = fill_demo(COUNT, 7, NOW.date())
    insight.recompute_all(NOW.date())
    return count


def first_target_row(panel) -> int:
    return next(row for row in range(panel.list.count()) if panel.list.item(row).data(TARGET_ROLE))


def test_a_sample_salon_day_shows_every_section(qtbot, shop) -> None:
    """The first screen would show nothing of what the shop has to do today."""
    page = make_page(qtbot)
    page.refresh()
    expected = board(NOW.date(), Span.DAY, NOW)
    assert page.date_title.text() == "Sunday, 22 November 2026"
    assert page.holiday_line.text()  # the next festival at least
    occasions = expected.occasions
    assert occasions.count > 0 and f"{occasions.count:,}" in page.occasions.title.text()
    assert len(page.occasions.targets()) == len(occasions.items)
    assert {t[1] for t in page.occasions.targets()} == {o.customer_id for o in occasions.items}
    assert any(occasions.items[0].occasion.name in line for line in page.occasions.lines())
    follow = expected.follow_ups.count + expected.follow_ups_overdue.count
    follow += expected.complaint_calls.count
    assert follow > 0 and f"{follow:,}" in page.follow_ups.title.text()
    assert expected.complaints.count > 0
    assert f"{expected.complaints.count:,}" in page.complaints.title.text()
    complaint_targets = [t for t in page.complaints.targets() if t[0] == COMPLAINT]
    assert [t[1] for t in complaint_targets] == [c.complaint_id for c in expected.complaints.items]
    assert expected.waking.count > 0
    assert f"{expected.waking.count:,}" in page.waking.title.text()
    assert [t[1] for t in page.waking.targets()] == [c.customer_id for c in expected.waking.items]
    for panel in page.panels:
        if panel.list.count():
            assert not panel.is_empty()


def test_overdue_lines_are_red(qtbot, shop) -> None:
    """A late complaint or a missed call would look like any other line."""
    page = make_page(qtbot)
    page.refresh()
    expected = board(NOW.date(), Span.DAY, NOW)
    late = [c for c in expected.complaints.items if c.overdue]
    assert late, "the sample shop has an overdue complaint"
    panel = page.complaints
    row = next(
        r for r in range(panel.list.count())
        if panel.list.item(r).data(TARGET_ROLE) == [COMPLAINT, late[0].complaint_id]
        or panel.list.item(r).data(TARGET_ROLE) == (COMPLAINT, late[0].complaint_id)
    )  # fmt: skip
    assert panel.list.item(row).foreground().color() == QColor(OVERDUE)
    assert expected.complaints_overdue and "overdue" in panel.title.text()


def test_double_click_and_enter_open_her_card_or_the_complaint(qtbot, shop) -> None:
    """The owner would have to look the customer up again to call her."""
    page = make_page(qtbot)
    page.show()
    page.refresh()
    panel = page.occasions
    row = first_target_row(panel)
    kind, cid = panel.list.item(row).data(TARGET_ROLE)
    assert kind == CUSTOMER
    rect = panel.list.visualItemRect(panel.list.item(row))
    with qtbot.waitSignal(page.open_customer, timeout=1000) as opened:
        QTest.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        QTest.mouseDClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [cid]
    assert cid == board(NOW.date(), Span.DAY, NOW).occasions.items[0].customer_id

    complaints_list = page.complaints.list
    row = first_target_row(page.complaints)
    complaints_list.setFocus()
    complaints_list.setCurrentRow(row)
    expected = board(NOW.date(), Span.DAY, NOW).complaints.items[0].complaint_id
    with qtbot.waitSignal(page.open_complaint, timeout=1000) as opened:
        QTest.keyClick(complaints_list, Qt.Key.Key_Return)
    assert opened.args == [expected]


def test_headings_are_not_links(qtbot, shop) -> None:
    """Enter on a day heading would open some random card."""
    page = make_page(qtbot)
    page.show()
    page.refresh()
    heading = page.occasions.list.item(0)
    first = page.board.occasions.items[0].day
    assert heading.data(TARGET_ROLE) is None
    assert heading.text() == page.words.day_heading(first, NOW.date())
    assert heading.text().endswith(f"in {(first - NOW.date()).days} days")
    page.occasions.list.setCurrentRow(0)
    with qtbot.assertNotEmitted(page.open_customer):
        page.occasions.list.itemActivated.emit(heading)


def test_the_week_and_month_boards(qtbot, shop) -> None:
    """Switching to the week would still show only today's work."""
    page = make_page(qtbot)
    page.show()
    page.refresh()
    day_follow_ups = page.follow_ups.title.text()
    qtbot.mouseClick(page.span_buttons[Span.WEEK], Qt.MouseButton.LeftButton)
    assert page.span() == Span.WEEK and page.board is not None
    assert page.board.end == date(2026, 11, 28)
    week = board(NOW.date(), Span.WEEK, NOW)
    total = week.follow_ups.count + week.follow_ups_overdue.count + week.complaint_calls.count
    assert f"{total:,}" in page.follow_ups.title.text()
    assert page.follow_ups.title.text() != day_follow_ups or total == 0
    page.set_span(Span.MONTH)
    assert page.board.end == NOW.date() + timedelta(days=29)
    assert f"{page.board.occasions.count:,}" in page.occasions.title.text()


def test_an_empty_shop_says_there_is_nothing_to_do(qtbot, db) -> None:
    """A new shop's first screen would show blank boxes, or fail."""
    page = make_page(qtbot)
    page.refresh()
    for panel in page.panels:
        assert panel.is_empty() and panel.empty.text()
        assert panel.list.count() == 0
    assert page.occasions.empty.text() == "No birthdays or anniversaries this week."
    assert page.complaints.empty.text() == "No open complaints."
    assert "Thanksgiving" in page.holiday_line.text()


def test_the_board_reads_itself_when_shown_and_after_a_change(qtbot, db) -> None:
    """The first screen would stay blank at start, or show yesterday's complaints."""
    page = make_page(qtbot)
    assert page.board is None  # nothing read while the window is built
    page.show()
    qtbot.waitUntil(lambda: page.board is not None, timeout=2000)
    assert page.complaints.is_empty()
    cid = customers.create_customer(CustomerData(name="王芳"), "x", NOW)
    complaints.record(
        ComplaintData(
            cid, NOW - timedelta(days=1), *_complaint_kinds(), "等了四十分钟",
            NOW - timedelta(hours=2),
        ),
        "前台",
        NOW,
    )  # fmt: skip
    from app.ui.signals import app_signals

    app_signals().complaints_changed.emit()
    qtbot.waitUntil(lambda: not page.complaints.is_empty(), timeout=2000)
    assert "王芳" in page.complaints.lines()[0]
    assert page.complaints.list.item(0).foreground().color() == QColor(OVERDUE)


def _complaint_kinds():
    from app.models.enums import ComplaintCategory, ComplaintChannel, Severity

    return ComplaintChannel.PHONE, ComplaintCategory.SERVICE, Severity.NORMAL
