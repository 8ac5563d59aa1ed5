"""The Points page and the earning rule editor through the real window: the ledger
with its filters and pages, the daily totals, the points about to expire, expiry at
start and by hand, and a new version of the rule."""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QTableView

from app.models.connection import close
from app.models.enums import ExpiryPolicy, Grade, PointsKind
from app.services import customers, points, points_expiry, points_rules, visits
from app.services.dto import CustomerData, VisitData, VisitItemData
from app.services.points import LedgerFilter
from app.services.points_rules import RewardData, RuleData
from app.services.storage import StorageError
from app.ui import prompts
from app.ui.main_window import MainWindow
from app.ui.points import ledger_model, rule_dialog
from app.ui.points.ledger_model import COL_KIND, COL_NAME, COL_POINTS
from app.ui.points.totals_model import COL_EXPIRING

NOW = datetime(2026, 11, 22, 10, 30)


class Clock:
    """The window's clock, moved on by a test (never the computer's)."""

    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


def open_window(qtbot, db_path: Path, clock: Clock, lang: str = "en") -> MainWindow:
    from app.services import storage
    from app.ui.application import install_language, set_names

    set_names()
    storage.open_shop(str(db_path), clock().date())
    install_language(lang)
    window = MainWindow(str(db_path), clock=clock)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitUntil(lambda: window.expiry.finished, timeout=5000)
    return window


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    monkeypatch.setattr(MainWindow, "EXPIRY_DELAY_MS", 0)
    return Clock()


@pytest.fixture
def window(qtbot, db_path: Path, clock: Clock):
    win = open_window(qtbot, db_path, clock)
    yield win
    win.close()
    close()


def fill_shop() -> dict[str, int]:
    """A purchase, a gift by hand, a redemption in the last days, and an older gift."""
    ids = {
        name: customers.create_customer(CustomerData(name=name, grade=Grade.REGULAR), "店长", NOW)
        for name in ("张丽", "王芳", "李娜")
    }
    points.adjust(ids["李娜"], 50, "旧卡", "店长", datetime(2026, 9, 1, 10))
    perm = VisitData(date(2026, 11, 20), (VisitItemData("烫发", price_fen=36800),))
    visits.add_visit(ids["张丽"], perm, "小美", datetime(2026, 11, 20, 15))
    points.adjust(ids["王芳"], 200, "开业赠送", "店长", datetime(2026, 11, 21, 10))
    ids["reward"] = points_rules.save_reward(RewardData(None, "护手霜", 300, stock=5), NOW)
    points.redeem(ids["张丽"], ids["reward"], "小美", datetime(2026, 11, 22, 9))
    return ids


@pytest.fixture
def shop(window) -> dict[str, int]:
    return fill_shop()


@pytest.fixture
def page(window, shop):
    page = window.show_points()
    page.reload()
    return page


@pytest.fixture
def expiring_lot(window, clock: Clock) -> int:
    """A rule of one month's validity from today and 80 points given under it."""
    points_rules.save_rule(
        RuleData(effective_from=NOW.date(), expiry_policy=ExpiryPolicy.MONTHS, expiry_months=1),
        "店长",
        NOW,
    )
    customer = customers.create_customer(CustomerData(name="赵敏"), "店长", NOW)
    points.adjust(customer, 80, "老顾客回馈", "店长", NOW)  # good until 22 December
    clock.now = datetime(2026, 11, 25, 9)  # 27 days left
    return customer


def column(model, col: int) -> list[str]:
    return [model.index(r, col).data() for r in range(model.rowCount())]


def double_click(table: QTableView, row: int, col: int) -> None:
    rect = table.visualRect(table.model().index(row, col))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_points_page_is_fourth_and_built_when_opened(window) -> None:
    """The owner finds Points under Today, the customers and the calendar; start-up does
    not pay for it."""
    assert window.nav.item(3).text() == "Points"
    assert window._points is None
    window.nav.setCurrentRow(3)
    assert window.stack.currentWidget().objectName() == "pointsPage"


def test_ledger_lists_the_last_30_days_newest_first(page) -> None:
    """The owner sees the month's postings, newest on top, with who did them and why."""
    assert page.model.total == 3 and page.count.text().startswith("3 ")
    assert column(page.model, COL_NAME) == ["张丽", "王芳", "张丽"]
    assert column(page.model, COL_KIND) == ["Redemption", "Adjustment", "Purchase"]
    assert column(page.model, COL_POINTS) == ["−300", "+200", "+368"]
    entry = page.model.entry(0)
    assert (entry.reward_name, entry.operator, entry.balance_after) == ("护手霜", "小美", 68)


def test_kind_operator_and_date_filters(qtbot, page) -> None:
    """Filtering by kind, operator and dates finds exactly the entries asked for."""
    page.kind.setCurrentIndex(page.kind.findData(PointsKind.REDEMPTION))
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=2000)  # applied as one chooses
    assert column(page.model, COL_POINTS) == ["−300"]
    page.kind.setCurrentIndex(0)
    assert page.operator_box.findText("小美") >= 0 and page.operator_box.findText("店长") >= 0
    page.operator_box.setCurrentIndex(page.operator_box.findData("店长"))
    page.apply_filters()
    assert column(page.model, COL_NAME) == ["王芳"]
    page.start_date.setDate(QDate(2026, 9, 1))
    page.apply_filters()
    assert column(page.model, COL_NAME) == ["王芳", "李娜"]
    page.operator_box.setCurrentIndex(0)
    page.end_date.setDate(QDate(2026, 11, 20))
    page.apply_filters()
    assert page.model.total == 2  # the purchase on the 20th and the old gift
    assert page.ledger_filter() == LedgerFilter(start=date(2026, 9, 1), end=date(2026, 11, 21))


def test_daily_totals_add_up_to_the_entries(page) -> None:
    """Each day's earned, redeemed and adjusted points match the ledger's entries."""
    page.tabs.setCurrentIndex(1)
    by_day = {
        page.totals_model.day_total(r).day: page.totals_model.day_total(r)
        for r in range(page.totals_model.rowCount())
    }
    assert by_day[date(2026, 11, 20)].earned == 368
    assert by_day[date(2026, 11, 21)].adjusted == 200
    assert by_day[date(2026, 11, 22)].redeemed == 300
    whole = page.totals_model.sum()
    entries = [page.model.entry(r) for r in range(page.model.rowCount())]
    assert whole.earned - whole.redeemed - whole.expired + whole.adjusted == sum(
        e.points for e in entries
    )
    assert "earned 368" in page.totals_sum.text() and "net change +268" in page.totals_sum.text()


def test_ledger_reads_a_page_at_a_time(page, monkeypatch, shop) -> None:
    """A long ledger opens on its newest page and reads on as one scrolls, never twice."""
    monkeypatch.setattr(ledger_model, "PAGE_SIZE", 2)
    page.apply_filters()
    assert page.model.rowCount() == 2 and page.model.canFetchMore()
    points.adjust(shop["李娜"], 10, "补录", "店长", NOW)  # posted while the page is open
    page.model.fetchMore()
    ids = [page.model.entry(r).id for r in range(page.model.rowCount())]
    assert len(ids) == len(set(ids)) == 3 and not page.model.canFetchMore()


def test_expiring_list_shows_a_lot_within_30_days(qtbot, window, clock, expiring_lot) -> None:
    """Points that run out within 30 days are listed, so the shop can remind her."""
    page = window.show_points()
    page.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: page.expiring_model.rowCount() == 1, timeout=5000)
    row = page.expiring_model.expiring(0)
    assert (row.customer_id, row.points, row.expires_on) == (expiring_lot, 80, date(2026, 12, 22))
    assert page.expiring_model.index(0, COL_EXPIRING).data() == "80"
    assert not page.kind.isEnabled()  # the ledger's filters do not apply here


def test_double_click_opens_the_customer(qtbot, window, page, shop, expiring_lot) -> None:
    """Double-clicking a ledger line or an expiring customer opens her card."""
    double_click(page.table, 1, COL_NAME)
    assert window.stack.currentWidget() is window.customers
    assert window.customers.card.card.id == shop["王芳"]
    window.show_points()
    page.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: page.expiring_model.rowCount() == 1, timeout=5000)
    double_click(page.expiring_table, 0, 3)
    assert window.stack.currentWidget() is window.customers
    assert window.customers.card.card.id == expiring_lot


def test_run_expiry_posts_once(window, clock, expiring_lot, monkeypatch) -> None:
    """Expired points are taken off once; running it again changes nothing."""
    said: list[str] = []
    monkeypatch.setattr(prompts, "info", lambda parent, title, text: said.append(text))
    page = window.show_points()
    clock.now = datetime(2026, 12, 23, 9)
    assert page.run_expiry() == 1
    assert points.balance(expiring_lot) == 0
    assert page.run_expiry() == 0
    assert "nothing was posted" in said[-1]
    page.start_date.setDate(QDate(2026, 12, 1))
    page.end_date.setDate(QDate(2026, 12, 23))
    page.kind.setCurrentIndex(page.kind.findData(PointsKind.EXPIRY))
    page.apply_filters()
    assert column(page.model, COL_POINTS) == ["−80"]


def test_expiry_runs_at_start(qtbot, db_path: Path, clock: Clock) -> None:
    """Points past their date are expired when the program starts, without a click."""
    from app.services import storage

    storage.open_shop(str(db_path), NOW.date())
    rule = RuleData(effective_from=NOW.date(), expiry_policy=ExpiryPolicy.MONTHS, expiry_months=1)
    points_rules.save_rule(rule, "店长", NOW)
    customer = customers.create_customer(CustomerData(name="赵敏"), "店长", NOW)
    points.adjust(customer, 80, "老顾客回馈", "店长", NOW)
    close()
    clock.now = datetime(2026, 12, 23, 9)
    window = open_window(qtbot, db_path, clock)
    try:
        assert points.balance(customer) == 0
        assert "posted" in window.statusBar().currentMessage()
        assert points_expiry.expire_due(clock.now.date(), "", clock.now) == 0
    finally:
        window.close()
        close()


def test_expiry_at_start_shows_storage_failure(qtbot, db_path, clock, monkeypatch) -> None:
    """A locked or broken database at start is said plainly, not dropped."""
    shown: list[str] = []
    monkeypatch.setattr(prompts, "error", lambda parent, title, text: shown.append(text))

    def locked(*args):
        raise StorageError("locked")

    monkeypatch.setattr(points_expiry, "expire_due", locked)
    window = open_window(qtbot, db_path, clock)
    try:
        assert shown and "locked" not in shown[0] and shown[0]  # the plain message
    finally:
        window.close()
        close()


def test_expiry_at_start_bug_reaches_the_error_dialog(qtbot, db_path, clock, monkeypatch) -> None:
    """A bug in the start-up expiry reaches the error dialog and the log."""
    caught: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, value, tb: caught.append(value))

    def broken(*args):
        raise ValueError("bug")

    monkeypatch.setattr(points_expiry, "expire_due", broken)
    window = open_window(qtbot, db_path, clock)
    try:
        assert [str(e) for e in caught] == ["bug"]
    finally:
        window.close()
        close()


def test_rule_dialog_refuses_bad_values_as_one_types(window) -> None:
    """A wrong amount is pointed out while typing, and cannot be saved."""
    dialog = rule_dialog.RuleDialog(points_rules.rule_on(NOW.date()), [], NOW.date(), window)
    error = dialog.errors["fen_per_point"]
    dialog.yuan.setText("abc")
    assert dialog.form.isRowVisible(error) and error.text()
    assert not dialog.save_button.isEnabled() and dialog.example.text() == ""
    dialog.yuan.setText("0")
    assert "¥0.01" in error.text() and not dialog.save_button.isEnabled()
    dialog.yuan.setText("2")
    assert error.text() == "" and dialog.save_button.isEnabled()
    assert "552" in dialog.example.text()  # ¥368 / ¥2 × 150% × 200%
    dialog.policy.setCurrentIndex(dialog.policy.findData(ExpiryPolicy.MONTHS))
    assert dialog.months.isVisibleTo(dialog)
    assert dialog.effective.minimumDate() == QDate(2026, 11, 22)  # never in the past
    dialog.reject()


def test_rule_saved_as_a_new_version_from_the_menu(window, monkeypatch) -> None:
    """The owner sets a new rule from a day on; the old version stays for old points."""

    def answer(dialog) -> int:
        dialog.effective.setDate(QDate(2026, 12, 1))
        dialog.yuan.setText("2")
        dialog.policy.setCurrentIndex(dialog.policy.findData(ExpiryPolicy.MONTHS))
        dialog.months.setValue(12)
        dialog.excluded.setPlainText("洗发水\n  \n护发素")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(rule_dialog.RuleDialog, "exec", answer)
    window.findChild(type(window.menuBar().actions()[0]), "actionPointsRule").trigger()
    saved = points_rules.rules()[-1]
    assert (saved.effective_from, saved.fen_per_point) == (date(2026, 12, 1), 200)
    assert (saved.expiry_policy, saved.expiry_months) == (ExpiryPolicy.MONTHS, 12)
    assert saved.excluded_items == ("洗发水", "护发素")
    assert points_rules.rule_on(NOW.date()).fen_per_point == 100  # today's rule unchanged
    dialog = rule_dialog.RuleDialog(
        points_rules.rule_on(NOW.date()), points_rules.rules(), NOW.date(), None
    )
    assert dialog.version_table.rowCount() == 1
    assert dialog.version_table.item(0, 8).text() == "Not yet in force"
    assert dialog.yuan.text() == "2.00"  # the form starts from the version to come
    dialog.deleteLater()


def test_rewards_open_from_the_menu(qtbot, window) -> None:
    """The rewards catalogue is reached from the Settings menu."""
    window.findChild(type(window.menuBar().actions()[0]), "actionRewards").trigger()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None, timeout=2000)
    dialog = QApplication.activeModalWidget()
    assert type(dialog).__name__ == "RewardsDialog"
    dialog.reject()


def test_models_pass_modeltester(qtmodeltester, qtbot, page, expiring_lot) -> None:
    """The ledger, totals and expiring models follow Qt's rules (no wrong rows in views)."""
    qtmodeltester.check(page.model)
    page.tabs.setCurrentIndex(1)
    assert page.totals_model.rowCount() == 3
    qtmodeltester.check(page.totals_model)
    page.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: page.expiring_model.rowCount() == 1, timeout=5000)
    qtmodeltester.check(page.expiring_model)


# Fails until the points strings are in the Chinese .ts (the lead's merge); strict, so
# the mark is removed as soon as they are.
def test_chinese_points_page_has_no_english(qtbot, db_path: Path, clock: Clock) -> None:
    """A Chinese shop owner meets no English word on the Points page or the rule editor."""
    from tests.test_translations import english_left, visible_texts

    window = open_window(qtbot, db_path, clock, "zh_CN")
    try:
        fill_shop()
        page = window.show_points()
        page.reload()
        found = [window.nav.item(i).text() for i in range(window.nav.count())]
        for tab in range(page.tabs.count()):
            page.tabs.setCurrentIndex(tab)
            found += visible_texts(page)
        for model in (page.model, page.totals_model, page.expiring_model):
            found += [model.headerData(c, Qt.Orientation.Horizontal) or "" for c in
                      range(model.columnCount())]  # fmt: skip
            found += [str(model.index(r, c).data() or "") for r in range(model.rowCount())
                      for c in range(model.columnCount())]  # fmt: skip
        dialog = rule_dialog.RuleDialog(points_rules.rule_on(NOW.date()), [], NOW.date(), window)
        dialog.yuan.setText("x")
        found += visible_texts(dialog) + [dialog.example.text()]
        dialog.yuan.setText("1")
        found += [dialog.example.text(), dialog.months.suffix(), dialog.referral.suffix()]
        dialog.reject()
        assert english_left(found) == []
    finally:
        window.close()
        close()
