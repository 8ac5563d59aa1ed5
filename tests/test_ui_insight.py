"""The insight page through the real window, on the demo shop for a fixed day: the
dormant list shows the service's customers and opens the right card; a follow-up is
one click away; the shop keeps a grade of its own; the lists export as shown; saving
the rules grades everyone again; the Chinese screens are in Chinese."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from app.models.connection import close
from app.models.enums import Segment
from app.services import grades, insight, settings
from app.services.demo import fill_demo
from app.services.insight import DormantFilter

NOW = datetime(2026, 11, 23, 9, 30)
TODAY = NOW.date()


def open_window(qtbot, db_path: Path, lang: str = "en"):
    from app.services import storage
    from app.ui.application import ensure_chinese_font, install_language, set_names
    from app.ui.main_window import MainWindow

    set_names()
    storage.open_shop(str(db_path), TODAY)
    install_language(lang)
    ensure_chinese_font(QApplication.instance())
    window = MainWindow(str(db_path), clock=lambda: NOW)
    qtbot.addWidget(window)
    window.show()
    return window


def demo_shop(db_path: Path) -> None:
    from app.services import storage

    storage.open_shop(str(db_path), TODAY)
    fill_demo(300, 7, TODAY)
    close()


def test_the_dormant_list_is_the_services_and_opens_her_card(qtbot, db_path):
    demo_shop(db_path)
    win = open_window(qtbot, db_path)
    try:
        page = win.show_insight()
        tab = page.dormant
        page.tabs.setCurrentWidget(tab)
        wake = insight.dormant(TODAY, DormantFilter(max_days_late=30))
        assert wake, "the demo shop has customers to wake"
        assert [r.customer_id for r in tab.shown_rows()] == [c.customer_id for c in wake]
        assert tab.count.text().startswith(f"{len(wake)} customer")
        tab.span.setCurrentIndex(1)  # all late
        assert len(tab.shown_rows()) == len(insight.dormant(TODAY))
        first = tab.shown_rows()[0]
        tab.table.selectRow(0)
        with qtbot.waitSignal(tab.open_customer) as opened:
            tab.table.doubleClicked.emit(tab.proxy.index(0, 1))
        assert opened.args == [first.customer_id]
        assert win.stack.currentWidget() is win.customers
        assert win.customers.card.card.id == first.customer_id
        win.show_insight()
        tab.table.selectRow(0)
        tab.call.click()
        dialog = next(
            w for w in QApplication.topLevelWidgets() if w.objectName() == "followUpDialog"
        )
        assert first.name in dialog.windowTitle()
        dialog.reject()
    finally:
        win.close()
        close()


def test_the_shop_keeps_its_own_grade(qtbot, db_path):
    demo_shop(db_path)
    win = open_window(qtbot, db_path)
    try:
        tab = win.show_insight().grading
        page = win.show_insight()
        page.tabs.setCurrentWidget(tab)
        important = grades.graded([Segment.IMPORTANT_VALUE])
        assert len(tab.shown_rows()) == len(important)
        totals = tab.totals_model.rows()
        assert sum(t.customers for t in totals) == len(grades.graded())
        tab.table.selectRow(0)
        chosen = tab.selected()
        assert chosen is not None
        action = next(
            a for a in tab.set_grade.menu().actions() if a.text() == "Important to win back"
        )
        action.trigger()
        card = insight.card_insight(chosen.customer_id)
        assert card is not None and card.manual and card.segment is Segment.IMPORTANT_WIN_BACK
        assert chosen.customer_id not in [r.customer_id for r in tab.shown_rows()]
        tab.segment.setCurrentIndex(tab.segment.findData(Segment.IMPORTANT_WIN_BACK.value))
        row = next(r for r in tab.shown_rows() if r.customer_id == chosen.customer_id)
        assert row.manual
        shown = tab.proxy.index(tab.shown_rows().index(row), 2).data()
        assert shown.startswith("Important to win back")
        assert "✎" in shown
    finally:
        win.close()
        close()


def test_lists_export_as_shown(qtbot, db_path, tmp_path):
    demo_shop(db_path)
    win = open_window(qtbot, db_path)
    try:
        page = win.show_insight()
        tab = page.dormant
        page.tabs.setCurrentWidget(tab)
        tab.table.sortByColumn(9, Qt.SortOrder.DescendingOrder)  # the longest late first
        shown = tab.shown_rows()
        target = tmp_path / "late.xlsx"
        tab.export_list(str(target))
        sheet = openpyxl.load_workbook(target).active
        rows = list(sheet.iter_rows(values_only=True))
        assert rows[0][0] == "member_no" and len(rows) == len(shown) + 1
        assert [r[0] for r in rows[1:]] == [c.member_no for c in shown]
        assert [r[10] for r in rows[1:]] == [c.days_late for c in shown]
        page.tabs.setCurrentWidget(page.grading)
        graded = tmp_path / "graded.xlsx"
        page.grading.export_list(str(graded))
        rows = list(openpyxl.load_workbook(graded).active.iter_rows(values_only=True))
        assert len(rows) == len(page.grading.shown_rows()) + 1
        assert rows[1][2] == "important value"
    finally:
        win.close()
        close()


def test_saving_the_rules_grades_everyone_again(qtbot, db_path):
    demo_shop(db_path)
    win = open_window(qtbot, db_path)
    try:
        page = win.show_insight()
        page.tabs.setCurrentWidget(page.dormant)
        before = len(insight.dormant(TODAY))
        page.dormant.edit_rules()
        dialog = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "insightRules")
        assert isinstance(dialog, QDialog)
        dialog.spins["dormant_factor_pct"].setValue(400)
        dialog.spins["dormant_min_days"].setValue(60)
        with qtbot.waitSignal(win.regrading.graded, timeout=20000):
            dialog._save()
        assert settings.get("dormant_factor_pct") == 400
        assert len(insight.dormant(TODAY)) < before
        page.tabs.setCurrentWidget(page.dormant)
        page.dormant.span.setCurrentIndex(1)
        assert len(page.dormant.shown_rows()) == len(insight.dormant(TODAY))
        assert "400 %" in page.dormant.rule.text()
    finally:
        win.close()
        close()


def test_the_chinese_insight_screens_have_no_english(qtbot, db_path):
    from app.ui.insight.rules_dialog import RulesDialog
    from tests.test_translations import english_left, visible_texts

    demo_shop(db_path)
    win = open_window(qtbot, db_path, "zh_CN")
    try:
        page = win.show_insight()
        page.tabs.setCurrentWidget(page.dormant)
        found = visible_texts(win)
        found += [page.dormant.proxy.index(0, c).data() or "" for c in range(10)]
        found += [page.dormant.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(10)]
        page.tabs.setCurrentWidget(page.grading)
        found += visible_texts(page.grading)
        found += [page.grading.proxy.index(0, c).data() or "" for c in range(10)]
        found += [page.grading.totals_proxy.index(r, 0).data() for r in range(9)]
        found += [a.text() for a in page.grading.set_grade.menu().actions()]
        found += [page.tabs.tabText(i) for i in range(page.tabs.count())]
        rules = RulesDialog(win)
        found += visible_texts(rules)
        rules.reject()
        assert english_left([t for t in found if t]) == []
        assert page.tabs.tabText(0) == "沉睡客户"
    finally:
        win.close()
        close()


def test_the_first_screen_is_the_today_board_and_its_lines_open_the_record(qtbot, db_path):
    """She starts the program in the morning: the board shows whom to wake, and a
    double-click on one opens her card; a late complaint opens its window."""
    from PySide6.QtTest import QTest

    from app.ui.board.panel import TARGET_ROLE

    demo_shop(db_path)
    win = open_window(qtbot, db_path)
    try:
        assert win.stack.currentWidget() is win.today
        qtbot.waitUntil(lambda: win.today.board is not None, timeout=5000)
        panel = win.today.waking
        assert panel.list.count() > 0
        wake = insight.waking(TODAY, limit=1)[0]
        item = next(
            panel.list.item(r)
            for r in range(panel.list.count())
            if panel.list.item(r).data(TARGET_ROLE) is not None
        )
        assert item.data(TARGET_ROLE)[1] == wake.customer_id
        rect = panel.list.visualItemRect(item)
        QTest.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        QTest.mouseDClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert win.stack.currentWidget() is win.customers
        assert win.customers.card.card.id == wake.customer_id
        win.show_today()
        complaints = win.today.complaints.list
        row = next(r for r in range(complaints.count()) if complaints.item(r).data(TARGET_ROLE))
        complaint_id = complaints.item(row).data(TARGET_ROLE)[1]
        dialog = win.open_complaint(complaint_id)
        assert dialog.isVisible() and win.stack.currentWidget() is win.today
        dialog.reject()
    finally:
        win.close()
        close()
