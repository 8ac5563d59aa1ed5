"""The birthday and holiday calendar through the real window: the month grid, the
chosen day, the coming days, and opening a customer's card from them."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.models.connection import close
from app.models.enums import Calendar, DayKind
from app.services import customers, greetings, holidays, lunar
from app.services.dto import Birthday, CustomerData
from app.ui.calendar.month_view import CELL_ROLE, MonthModel
from app.ui.calendar.upcoming import (
    COL_AGE,
    COL_DATE,
    COL_NAME,
    COL_POINTS,
    COL_SENT,
    SORT_ROLE,
)
from app.ui.signals import app_signals

LUNAR_DAY = lunar.to_solar(2026, 10, 15, False)  # 农历十月十五 in 2026: 23 November


def open_window(qtbot, db_path: Path, now: datetime, lang: str):
    from app.services import storage
    from app.ui.application import ensure_chinese_font, install_language, set_names
    from app.ui.main_window import MainWindow

    set_names()
    storage.open_shop(str(db_path), now.date())
    install_language(lang)
    ensure_chinese_font(QApplication.instance())
    window = MainWindow(str(db_path), clock=lambda: now)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


@pytest.fixture
def window(qtbot, db_path: Path, now: datetime):
    win = open_window(qtbot, db_path, now, "en")
    yield win
    win.close()
    close()


@pytest.fixture
def shop(window, now: datetime) -> dict[str, int]:
    """Three customers celebrating around 22 November 2026 (the tests' today)."""
    cards = {
        "张丽": CustomerData(name="张丽", birthday=Birthday(Calendar.SOLAR, 11, 3, 1990)),
        "王芳": CustomerData(name="王芳", birthday=Birthday(Calendar.LUNAR, 10, 15, 1985)),
        "李娜": CustomerData(name="李娜", anniversary=Birthday(Calendar.SOLAR, 11, 22, 2016)),
        "赵敏": CustomerData(name="赵敏", birthday=Birthday(Calendar.SOLAR, 11, 26)),
    }
    ids = {name: customers.create_customer(data, "店长", now) for name, data in cards.items()}
    app_signals().customers_changed.emit()
    return ids


@pytest.fixture
def page(window, shop):
    page = window.show_calendar()
    page.reload()
    return page


def cell_names(model: MonthModel, day: date) -> list[str]:
    cell = model.cell(day)
    assert cell is not None
    return [text for _, text in cell.lines]


def click_day(page, day: date) -> None:
    index = page.model.index_of(day)
    rect = page.grid.visualRect(index)
    QTest.mouseClick(page.grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_calendar_is_third_entry_and_built_when_opened(qtbot, window) -> None:
    """The owner finds the calendar under Today and the customers; start-up does not pay for it."""
    assert window.nav.item(2).text() == "Calendar"
    assert window._calendar is None
    window.nav.setCurrentRow(2)
    assert window.stack.currentWidget().objectName() == "calendarPage"
    assert window.calendar_page().month_title.text() == "November 2026"


def test_month_shows_solar_and_lunar_birthdays(qtbot, page) -> None:
    """Each birthday shows on its day, a lunar one on this year's solar date."""
    assert cell_names(page.model, date(2026, 11, 3)) == ["张丽"]
    assert cell_names(page.model, LUNAR_DAY) == ["王芳 (lunar)"]
    assert cell_names(page.model, date(2026, 11, 22)) == ["李娜 (anniversary)"]
    assert "王芳" in page.model.tooltip(LUNAR_DAY)
    assert page.model.cell(date(2026, 11, 22)).small_text == "Minor Snow"  # 小雪
    assert page.model.cell(date(2026, 11, 11)).small_text == "Double Eleven"
    page.grid.viewport().grab()  # paints every cell without error


def test_october_days_off_and_working_day(qtbot, page) -> None:
    """National Day week shows 休 on 1–7 October 2026 and 班 on Saturday 10 October."""
    page.show_month(2026, 10)
    badges = {d: page.model.cell(date(2026, 10, d)).badge for d in range(1, 12)}
    assert [d for d, b in badges.items() if b == DayKind.HOLIDAY] == list(range(1, 8))
    assert [d for d, b in badges.items() if b == DayKind.WORKDAY] == [10]
    assert page.month_title.text() == "October 2026"
    page.grid.viewport().grab()


def test_estimated_year_is_marked(qtbot, page) -> None:
    """A year whose days off are not yet published says its 休 days are only estimated."""
    page.show_month(2026, 11)
    assert page.estimated_note.isHidden()
    year = max(holidays.published_years()) + 1
    page.show_month(year, 10)
    assert not page.estimated_note.isHidden() and str(year) in page.estimated_note.text()
    assert page.model.cell(date(year, 10, 1)).estimated


def test_month_buttons_and_today(qtbot, page) -> None:
    """Next, previous and Today move the grid, and Today selects today's date."""
    page.next_button.click()
    assert page.month_title.text() == "December 2026"
    page.previous_button.click()
    page.previous_button.click()
    assert page.month_title.text() == "October 2026"
    page.today_button.click()
    assert page.month_title.text() == "November 2026"
    assert page.selected == date(2026, 11, 22)
    assert page.model.day_at(page.grid.currentIndex()) == date(2026, 11, 22)


def test_clicking_a_day_lists_its_occasions(qtbot, page) -> None:
    """Clicking a day shows its date, its lunar date and who celebrates on it."""
    click_day(page, LUNAR_DAY)
    assert page.selected == LUNAR_DAY
    assert "23 November 2026" in page.day.title.text()
    assert "month 10, day 15" in page.day.lunar.text()
    model = page.day.model
    assert [model.index(r, COL_NAME).data() for r in range(model.rowCount())] == ["王芳"]
    click_day(page, date(2026, 10, 28))  # a greyed day of October opens October
    qtbot.waitUntil(lambda: page.month_title.text() == "October 2026", timeout=2000)


def test_day_marks_listed(qtbot, page) -> None:
    """The chosen day says what it is: an official day off and its festival."""
    page.select_day(date(2026, 10, 1))
    lines = page.day.mark_lines()
    assert "Official day off National Day" in lines
    assert "Marketing day National Day" in lines


def test_double_click_in_day_list_opens_card(qtbot, window, page, shop) -> None:
    """Double-clicking a customer under the chosen day opens her card."""
    page.select_day(date(2026, 11, 3))
    table = page.day.table
    rect = table.visualRect(page.day.model.index(0, COL_NAME))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.stack.currentWidget() is window.customers
    assert window.customers.card.card is not None
    assert window.customers.card.card.id == shop["张丽"]


def test_upcoming_sorted_by_date_with_age(qtbot, page) -> None:
    """The coming week lists everyone in date order, with the age she turns."""
    model = page.upcoming.model
    rows = [
        (model.index(r, COL_DATE).data(), model.index(r, COL_NAME).data())
        for r in range(model.rowCount())
    ]
    assert [name for _, name in rows] == ["李娜", "王芳", "赵敏"]
    ages = {model.index(r, COL_NAME).data(): model.index(r, COL_AGE).data() for r in range(3)}
    assert ages == {"李娜": "10-year anniversary", "王芳": "turns 41", "赵敏": ""}
    page.upcoming.days.setValue(1)
    assert model.rowCount() == 1


def test_upcoming_shows_points_balance(qtbot, page, shop, now: datetime) -> None:
    """Whoever celebrates soon is listed with her points, so the greeting can invite her
    to redeem them; a posting at the counter shows after the next reload."""
    from app.services import points

    points.post_opening(shop["王芳"], 1280, "店长", now)
    app_signals().customer_changed.emit(shop["王芳"])
    model = page.upcoming.model
    qtbot.waitUntil(lambda: model.index(1, COL_POINTS).data() == "1,280", timeout=2000)
    shown = {model.index(r, COL_NAME).data(): model.index(r, COL_POINTS).data() for r in range(3)}
    assert shown == {"李娜": "0", "王芳": "1,280", "赵敏": "0"}
    assert model.headerData(COL_POINTS, Qt.Orientation.Horizontal) == "Points"
    page.upcoming.table.sortByColumn(COL_POINTS, Qt.SortOrder.DescendingOrder)
    assert model.index(0, COL_NAME).data() == "王芳"
    assert model.index(0, COL_POINTS).data(SORT_ROLE) == 1280
    page.select_day(LUNAR_DAY)
    assert page.day.model.points(page.day.model.occasion(0)) == 1280  # beside the grid too


def test_enter_in_upcoming_opens_card(qtbot, window, page, shop) -> None:
    """Enter on a row of the coming days opens that customer's card."""
    page.tabs.setCurrentWidget(page.upcoming)
    table = page.upcoming.table
    table.setFocus()
    table.selectionModel().setCurrentIndex(
        page.upcoming.model.index(1, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    QTest.keyClick(table, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.customers
    assert window.customers.card.card.id == shop["王芳"]


def test_sent_greeting_ticked(qtbot, page, now: datetime) -> None:
    """A greeting marked sent shows a tick, so nobody is greeted twice."""
    items = [i for i in greetings.greeting_list(LUNAR_DAY) if i.name == "王芳"]
    greetings.mark_sent(items, now, "店长")
    app_signals().greetings_changed.emit()
    model = page.upcoming.model
    sent = {model.index(r, COL_NAME).data(): model.index(r, COL_SENT).data() for r in range(3)}
    assert sent == {"李娜": "", "王芳": "✓", "赵敏": ""}


def test_new_customer_appears_after_change(qtbot, page, now: datetime) -> None:
    """A card saved elsewhere shows in the calendar without reopening it."""
    customers.create_customer(
        CustomerData(name="周雪", birthday=Birthday(Calendar.SOLAR, 11, 3)), "店长", now
    )
    app_signals().customers_changed.emit()
    qtbot.waitUntil(lambda: "周雪" in cell_names(page.model, date(2026, 11, 3)), timeout=2000)


def test_models_pass_modeltester(qtmodeltester, page) -> None:
    """The grid and list models follow Qt's rules (no crashes or wrong rows in views)."""
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.upcoming.model)
    page.select_day(date(2026, 11, 3))
    qtmodeltester.check(page.day.model)


def test_month_cells_carry_prepared_data(page) -> None:
    """The painter reads prepared cells, never the database."""
    index = page.model.index_of(date(2026, 11, 3))
    assert page.model.data(index, CELL_ROLE).count == 1


# Fails until the calendar's strings are in the Chinese .ts (the lead's next step);
# strict, so the mark is removed as soon as they are.
def test_chinese_calendar_has_no_english(qtbot, db_path: Path, now: datetime) -> None:
    """A Chinese shop owner meets no English word on the calendar, its cells or its lists."""
    from tests.test_translations import english_left, visible_texts

    window = open_window(qtbot, db_path, now, "zh_CN")
    try:
        for data in (
            CustomerData(name="王芳", birthday=Birthday(Calendar.LUNAR, 10, 15, 1985)),
            CustomerData(name="李娜", anniversary=Birthday(Calendar.SOLAR, 11, 22, 2016)),
        ):
            customers.create_customer(data, "店长", now)
        page = window.show_calendar()
        page.reload()
        page.select_day(date(2026, 11, 22))
        texts = [window.nav.item(i).text() for i in range(window.nav.count())]
        for tab in range(page.tabs.count()):
            page.tabs.setCurrentIndex(tab)
            texts += visible_texts(page)
        texts += [page.model.tooltip(date(2026, 11, d)) for d in (11, 22, 23, 26)]
        for month in (10, 11):
            page.show_month(2026, month)
            for row in range(6):
                for column in range(7):
                    cell = page.model.data(page.model.index(row, column), CELL_ROLE)
                    texts += [cell.small_text, *(t for _, t in cell.lines)]
        texts += [*page.day.mark_lines(), page.day.lunar.text(), page.day.occasions_title.text()]
        for model in (page.day.model, page.upcoming.model):
            texts += [
                str(model.index(r, c).data() or "")
                for r in range(model.rowCount())
                for c in range(model.columnCount())
            ]
        assert english_left(texts) == []
    finally:
        window.close()
        close()


def test_buttons_open_templates_and_shop_dates(qtbot, page) -> None:
    """The owner reaches the greeting templates and the shop's own dates from the calendar."""
    for button, name in (
        (page.templates_button, "TemplatesDialog"),
        (page.shop_dates_button, "ShopDatesDialog"),
    ):
        button.click()
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None, timeout=2000)
        dialog = QApplication.activeModalWidget()
        assert type(dialog).__name__ == name
        dialog.reject()


def test_shop_date_shows_after_change(qtbot, page, now: datetime) -> None:
    """The shop's own anniversary appears on its day once saved."""
    holidays.save_shop_date(
        holidays.ShopDateData(None, "店庆", DayKind.SHOP, date(2020, 11, 18), True), now
    )
    app_signals().calendar_changed.emit()
    qtbot.waitUntil(
        lambda: page.model.cell(date(2026, 11, 18)).shop_names == ["店庆"], timeout=2000
    )
    page.select_day(date(2026, 11, 18))
    assert "Shop date 店庆" in page.day.mark_lines()


def test_arrow_key_past_month_end_opens_next_month(qtbot, page) -> None:
    """Walking the days with the arrow keys carries on into the next month."""
    page.select_day(date(2026, 11, 30))
    page.grid.setFocus()
    QTest.keyClick(page.grid, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: page.month_title.text() == "December 2026", timeout=2000)
    assert page.selected == date(2026, 12, 1)
