"""Flows through the real window: finding, creating and editing customers at the counter."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from app.models import Customer
from app.models.connection import close
from app.services import customers, history
from app.services.dto import CustomerData
from app.ui import prompts
from app.ui.customers.editor import CustomerEditor
from app.ui.customers.table_model import COL_MEMBER_NO, COL_NAME


@pytest.fixture
def window(qtbot, db_path: Path):
    import main

    win = main.create_main_window(str(db_path), "en")
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()
    close()


@pytest.fixture
def filled(window, now: datetime) -> dict[str, int]:
    people = {"曾小贤": "13912345678", "张三": "13800005678", "李四": "13500003333"}
    ids = {
        n: customers.create_customer(CustomerData(name=n, mobile=m), "x", now)
        for n, m in people.items()
    }
    window.customers.reload()
    return ids


def shown_names(window) -> list[str]:
    model = window.customers.model
    return [model.index(r, COL_NAME).data() for r in range(model.rowCount())]


def type_into(edit, text: str) -> None:
    """Type like a person; QTest only types ASCII, so Chinese arrives as an input-method commit."""
    if text.isascii():
        QTest.keyClicks(edit, text)
    else:
        edit.insert(text)


def type_search(qtbot, window, text: str) -> None:
    search = window.customers.search
    search.clear()
    type_into(search, text)
    qtbot.waitUntil(lambda: window.customers.model.query.text == text, timeout=2000)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("zxx", ["曾小贤"]),
        ("cxx", ["曾小贤"]),
        ("5678", ["曾小贤", "张三"]),
        ("100001", ["曾小贤"]),
        ("李", ["李四"]),
    ],
)
def test_search_as_one_types(qtbot, window, filled, text: str, expected: list[str]) -> None:
    """Typing initials, a phone tail or a member number shows exactly those customers."""
    type_search(qtbot, window, text)
    assert sorted(shown_names(window)) == sorted(expected)


def test_search_focused_on_start_and_by_ctrl_f(qtbot, window, filled) -> None:
    """The cashier can type at once, and Ctrl+F brings her back to the search box."""
    window.activateWindow()
    window.customers.table.setFocus()
    QTest.keyClick(window.customers, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.customers.search, timeout=2000)


def test_scanned_member_number_opens_card(qtbot, window, filled) -> None:
    """A scanner's member number + Enter shows that customer's card."""
    search = window.customers.search
    QTest.keyClicks(search, "100002")
    QTest.keyClick(search, Qt.Key.Key_Return)
    assert window.customers.card.card is not None
    assert window.customers.card.card.data.name == "张三"


def test_several_matches_never_open_one(qtbot, window, filled) -> None:
    """Two customers share a phone tail: Enter shows both and opens neither."""
    search = window.customers.search
    QTest.keyClicks(search, "5678")
    window.customers.card.show_card(None)
    QTest.keyClick(search, Qt.Key.Key_Return)
    assert len(shown_names(window)) == 2
    assert window.customers.card.card is None


def test_create_customer_through_dialog(qtbot, window) -> None:
    """A new card typed in the editor is stored and shown."""
    editor: CustomerEditor = window.customers.new_customer()
    type_into(editor.name, "王小丫")
    QTest.keyClicks(editor.mobile, "138 0000 1234")
    editor.try_save()
    assert not editor.isVisible()
    row = Customer.get(Customer.name == "王小丫")
    assert row.mobile == "13800001234"
    assert window.customers.card.card is not None
    assert window.customers.card.card.data.name == "王小丫"


def test_invalid_mobile_shows_message_and_stores_nothing(qtbot, window) -> None:
    """A 10-digit mobile is explained at the field; the card is not saved and stays open."""
    editor = window.customers.new_customer()
    type_into(editor.name, "王小丫")
    QTest.keyClicks(editor.mobile, "1380000123")
    editor.try_save()
    label = editor.findChild(QLabel, "error_mobile")
    assert label.isVisible() and "11 digits" in label.text()
    assert editor.isVisible()
    assert editor.name.text() == "王小丫"
    assert Customer.select().count() == 0


def test_validation_as_one_types(qtbot, window) -> None:
    """The message appears while typing, before the owner presses Save."""
    editor = window.customers.new_customer()
    QTest.keyClicks(editor.mobile, "12345")
    qtbot.waitUntil(lambda: editor.findChild(QLabel, "error_mobile").isVisible(), timeout=2000)


def test_unsaved_changes_prompt(qtbot, window, filled, monkeypatch) -> None:
    """Closing the editor with changes asks first; Cancel keeps the typing, Discard drops it."""
    editor = window.customers.edit_customer(filled["张三"])
    editor.name.setText("张三丰")
    answers = iter(["cancel", "discard"])
    monkeypatch.setattr(prompts, "save_discard_cancel", lambda *a: next(answers))
    editor.reject()
    assert editor.isVisible() and editor.name.text() == "张三丰"
    editor.reject()
    assert not editor.isVisible()
    assert customers.get_card(filled["张三"]).data.name == "张三"


def test_no_prompt_without_changes(qtbot, window, filled, monkeypatch) -> None:
    """Opening and closing a card without changes asks nothing."""
    editor = window.customers.edit_customer(filled["曾小贤"])
    monkeypatch.setattr(
        prompts, "save_discard_cancel", lambda *a: pytest.fail("asked without changes")
    )
    editor.reject()
    assert not editor.isVisible()


def test_edit_shows_in_history(qtbot, window, filled) -> None:
    """Editing 曾小贤's card shows the change, old → new, in her history tab."""
    editor = window.customers.edit_customer(filled["曾小贤"])
    editor.hobbies.setPlainText("打篮球")
    editor.try_save()
    changes = history.changes_of(filled["曾小贤"])
    assert changes[0].field == "hobbies" and changes[0].new_value == "打篮球"
    window.customers.show_customer(filled["曾小贤"])
    table = window.customers.card.changes
    assert table.item(0, 4).text() == "打篮球"


def test_archive_hides_from_list(qtbot, window, filled, monkeypatch) -> None:
    """An archived card leaves the counter list after a confirmation."""
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)
    window.customers.set_archived(filled["李四"], True)
    assert "李四" not in shown_names(window)
    window.customers.show_archived.setChecked(True)
    assert any("李四" in n for n in shown_names(window))


def test_erase_asks_and_removes_data(qtbot, window, filled, monkeypatch) -> None:
    """Erasing asks for confirmation, then no personal data is left."""
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: False)
    window.customers.erase_customer(filled["李四"])
    assert customers.get_card(filled["李四"]).data.name == "李四"
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)
    window.customers.erase_customer(filled["李四"])
    card = customers.get_card(filled["李四"])
    assert card.erased and card.data.mobile == ""


def test_model_passes_modeltester(qtmodeltester, window, filled) -> None:
    """The list model follows Qt's rules (no crashes or wrong rows in views)."""
    qtmodeltester.check(window.customers.model)


def test_list_of_100000_scrolls_to_last_row(qtbot, window, now: datetime) -> None:
    """At 100,000 customers the list opens and the last row can be reached and read."""
    from app.models import database

    rows = [
        (
            f"{200000 + i}",
            f"客户{i}",
            f"kehu{i}",
            "U",
            "solar",
            0,
            0,
            0,
            "regular",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            0,
            0,
            now,
            now,
            0,
            0,
        )
        for i in range(100_000)
    ]
    columns = (
        "member_no",
        "name",
        "name_pinyin",
        "gender",
        "birth_calendar",
        "birth_leap",
        "keep_leap_month",
        "marketing_consent",
        "grade",
        "phone",
        "wechat",
        "occupation",
        "employer",
        "position",
        "address",
        "district",
        "income_level",
        "family",
        "hobbies",
        "personality",
        "preferences",
        "skin_hair_type",
        "allergies",
        "source",
        "staff",
        "notes",
        "archived",
        "erased",
        "created_at",
        "updated_at",
        "visit_count",
        "total_spent_fen",
    )
    sql = f"INSERT INTO customer ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    with database.atomic():
        database.cursor().executemany(sql, rows)
    window.customers.reload()
    window.customers.table.sortByColumn(COL_MEMBER_NO, Qt.SortOrder.AscendingOrder)
    model = window.customers.model
    assert model.rowCount() == 100_000
    window.customers.table.scrollToBottom()
    QApplication.processEvents()
    assert model.index(99_999, COL_MEMBER_NO).data() == "299999"
    assert window.customers.table.rowAt(window.customers.table.viewport().height() - 2) > 99_900


def test_card_editor_keeps_every_field(qtbot, window, filled, now: datetime) -> None:
    """Opening and saving a full card changes nothing it did not touch."""
    cid = filled["曾小贤"]
    data = replace(
        customers.get_card(cid).data,
        hobbies="说笑话",
        tags=("老顾客", "爱聊天"),
        allergies="对酒精过敏",
    )
    customers.update_customer(cid, data, "x", now)
    editor = window.customers.edit_customer(cid)
    assert editor.data() == replace(customers.get_card(cid).data, referrer="")
    assert not editor.is_dirty()
    editor.close()


def test_record_visit_from_card(qtbot, window, filled) -> None:
    """A visit recorded from the card appears on it with the new total."""
    from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

    from app.ui.customers.visit_items import COL_ITEM, COL_PRICE

    window.customers.show_customer(filled["张三"])
    dialog = window.customers.record_visit(filled["张三"])
    table = dialog.findChild(QTableWidget, "visitItems")
    table.setItem(0, COL_ITEM, QTableWidgetItem("洗剪吹"))
    table.setItem(0, COL_PRICE, QTableWidgetItem("68"))
    assert dialog.try_save()
    card = customers.get_card(filled["张三"])
    assert (card.visit_count, card.total_spent_fen) == (1, 6800)
    assert window.customers.card.visits.rowCount() == 1
    assert window.customers.card.visits.item(0, 2).text() == "¥68.00"


def test_photo_chosen_shrunk_and_kept(qtbot, window, filled, tmp_path: Path) -> None:
    """A big phone photo is stored small on the card; a non-picture is refused with a message."""
    from PySide6.QtGui import QColor, QImage

    big = QImage(3000, 2000, QImage.Format.Format_RGB32)
    big.fill(QColor("#e91e63"))
    picture = tmp_path / "photo.png"
    big.save(str(picture))
    not_picture = tmp_path / "notes.txt"
    not_picture.write_text("hello")
    editor = window.customers.edit_customer(filled["张三"])
    assert not editor.photo.load_file(str(not_picture))
    assert editor.photo.problem.text()
    assert editor.photo.load_file(str(picture))
    editor.try_save()
    stored = customers.get_card(filled["张三"]).data.photo
    assert stored is not None and 0 < len(stored) < 100_000
    assert history.changes_of(filled["张三"])[0].field == "photo"


def test_referrer_named_as_one_types(qtbot, window, filled) -> None:
    """The referrer field shows who it names, or says at once that nobody has that number."""
    editor = window.customers.new_customer()
    type_into(editor.name, "王小丫")
    type_into(editor.referrer, "100001")
    qtbot.waitUntil(lambda: "曾小贤" in editor.referrer_name.text(), timeout=2000)
    editor.referrer.setText("999999")
    label = editor.findChild(QLabel, "error_referrer")
    qtbot.waitUntil(lambda: not label.isHidden(), timeout=2000)  # on a tab not shown
    assert "999999" in label.text() and editor.referrer_name.text() == ""
    editor.referrer.setText("13912345678")
    editor.try_save()
    new = customers.find_by_member_no("100004")
    assert customers.get_card(new).referrer_name == "曾小贤"


def test_search_has_focus_on_start(qtbot, window) -> None:
    """The cashier can type a name or scan a card the moment the program is open: the
    Today board's find field has the focus, and what she types goes on in the customers'
    search."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.today.find, timeout=2000)
    qtbot.keyClicks(window.today.find, "w")  # then on, the keys go where the focus is
    assert window.stack.currentWidget() is window.customers
    assert QApplication.focusWidget() is window.customers.search
    qtbot.keyClicks(QApplication.focusWidget(), "ang")
    assert window.customers.search.text() == "wang"
    assert QApplication.focusWidget() is window.customers.search
    window.show_today()
    QTest.keySequence(window, QKeySequence.StandardKey.Find)
    assert window.stack.currentWidget() is window.customers


def test_same_mobile_noted_not_refused(qtbot, window, filled) -> None:
    """A second card with a known mobile is pointed out (likely a duplicate), yet allowed."""
    editor = window.customers.new_customer()
    type_into(editor.name, "曾小贤妈妈")
    type_into(editor.mobile, "139 1234 5678")
    qtbot.waitUntil(lambda: "曾小贤 · 100001" in editor.mobile_note.text(), timeout=2000)
    editor.try_save()
    assert not editor.isVisible()
    own = window.customers.edit_customer(filled["曾小贤"])
    own.validate_now()
    assert "曾小贤 · 100001" not in own.mobile_note.text()
    own.done(0)


def test_export_writes_what_the_list_shows(qtbot, window, filled, tmp_path: Path) -> None:
    """Export… writes the customers the search shows, in the list's order, to Excel."""
    from openpyxl import load_workbook

    type_search(qtbot, window, "5678")
    path = window.customers.excel.export_list(str(tmp_path / "list"))
    assert path is not None and path.suffix == ".xlsx"
    book = load_workbook(path)
    sheet = book.worksheets[0]
    names = [row[1] for row in sheet.iter_rows(min_row=2, values_only=True)]
    book.close()
    assert sorted(names) == ["张三", "曾小贤"]


def test_export_error_is_a_message(qtbot, window, filled, tmp_path: Path, monkeypatch) -> None:
    """A folder that does not exist gives a plain message, not a crash."""
    shown = []
    monkeypatch.setattr(prompts, "warn", lambda parent, title, text: shown.append(text))
    assert window.customers.excel.export_list(str(tmp_path / "missing" / "x.xlsx")) is None
    assert shown and "does not exist" in shown[0]


def test_import_from_the_excel_menu(qtbot, window, filled, tmp_path: Path, monkeypatch) -> None:
    """Excel → Import customers: mistakes shown first, then a clean file lands in the list."""
    from openpyxl import Workbook
    from PySide6.QtWidgets import QPushButton

    monkeypatch.setattr(prompts, "info", lambda *a: None)
    path = tmp_path / "名单.xlsx"

    def write(mobile: str) -> None:
        book = Workbook()
        book.active.append(["姓名", "手机", "生日"])
        book.active.append(["王小丫", mobile, "1990/8/15"])
        book.save(path)

    write("1380000123")  # ten digits
    dialog = window.customers.excel.import_customers(str(path))
    button = dialog.findChild(QPushButton, "importButton")
    assert not button.isEnabled()
    write("13800001234")
    qtbot.mouseClick(dialog.findChild(QPushButton, "recheckButton"), Qt.MouseButton.LeftButton)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    type_search(qtbot, window, "wxy")
    assert shown_names(window) == ["王小丫"]


def test_template_download(qtbot, window, tmp_path: Path) -> None:
    """The template has the import headers in the owner's language and an example row."""
    from openpyxl import load_workbook

    path = window.customers.excel.save_template(str(tmp_path / "template"))
    book = load_workbook(path)
    headers = [c.value for c in book.worksheets[0][1]]
    book.close()
    assert "name" in headers or "姓名" in headers


def test_export_one_card(qtbot, window, filled, tmp_path: Path) -> None:
    """The card's own lists (visits, follow-ups) go to Excel with her card."""
    from openpyxl import load_workbook

    path = window.customers.excel.export_card(filled["曾小贤"], str(tmp_path / "card.xlsx"))
    book = load_workbook(path)
    titles = book.sheetnames
    rows = list(book.worksheets[0].iter_rows(min_row=2, values_only=True))
    book.close()
    assert len(titles) >= 3 and [r[1] for r in rows] == ["曾小贤"]


def test_greet_on_both_birthdays_from_the_editor(qtbot, window, filled) -> None:
    """A customer who keeps her 农历 birthday too is set up in the editor and the card
    then names both coming birthdays."""
    from app.models.enums import Calendar
    from app.services.dto import Birthday

    editor = window.customers.edit_customer(filled["张三"])
    editor.birthday.set_value(Birthday(Calendar.SOLAR, 3, 15))
    assert not editor.celebrate_both.isEnabled()  # no year: nothing to convert
    editor.birthday.set_value(Birthday(Calendar.SOLAR, 3, 15, 1990))
    assert editor.celebrate_both.isEnabled()
    assert "Lunar month 2, day 19" in editor.celebrate_both.text()
    editor.celebrate_both.setChecked(True)
    editor.try_save()
    row = Customer.get_by_id(filled["张三"])
    assert row.celebrate_both and (row.other_birth_month, row.other_birth_day) == (2, 19)
    window.customers.show_customer(filled["张三"])
    labels = [w.text() for w in window.customers.card.findChildren(QLabel)]
    assert "Next birthday" in labels and "Next lunar birthday" in labels
